/**
 * The project's own lint rules.
 * - no-literal-ui-text: UI text goes through the message catalogue, so JSX text and user-facing
 *   string attributes (aria-label, title, alt, placeholder) may not be literals.
 * - no-html-sinks: data renders as text; raw-HTML and eval sinks are forbidden (innerHTML and
 *   outerHTML, also as el['innerHTML']; insertAdjacentHTML, createContextualFragment, setHTMLUnsafe;
 *   Leaflet's bindPopup, bindTooltip and setContent, which take HTML strings; document.write;
 *   dangerouslySetInnerHTML and srcDoc; eval, Function and new Function; setTimeout, setInterval
 *   with a string of code).
 * - safe-href: a link's href (action, formAction, xlinkHref) is a literal or goes through
 *   safeHref() (src/domain/safe-href.ts), so that data can never make a javascript: link.
 * - feature-entry: a feature (src/features/<name>/) is imported from outside it only through its
 *   index.ts, statically or with import(); inside a feature, its own files import each other freely.
 */
import { dirname, relative, resolve, sep } from 'node:path';
const USER_FACING_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'title',
  'alt',
  'placeholder',
  'label',
]);

// Punctuation and separators that carry no language (" · ", ": ", "(", "“") are allowed.
const LANGUAGE_FREE = /^[\s\p{P}\p{S}\d]*$/u;

const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'UI text must come from the message catalogue' },
    schema: [],
  },
  create(context) {
    const check = (node, value) => {
      if (typeof value === 'string' && !LANGUAGE_FREE.test(value))
        context.report({
          node,
          message: `UI text "${value.trim().slice(0, 40)}" must come from the message catalogue (t()).`,
        });
    };
    return {
      JSXText(node) {
        check(node, node.value);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!USER_FACING_ATTRIBUTES.has(name) || !node.value) return;
        if (node.value.type === 'Literal') check(node, node.value.value);
        if (
          node.value.type === 'JSXExpressionContainer' &&
          node.value.expression.type === 'Literal'
        )
          check(node, node.value.expression.value);
      },
      'JSXExpressionContainer > Literal'(node) {
        if (node.parent.parent?.type !== 'JSXAttribute') check(node, node.value);
      },
    };
  },
};

const SINK_PROPERTIES = new Set(['innerHTML', 'outerHTML']);
const SINK_CALLS = new Set([
  'bindPopup',
  'bindTooltip',
  'setContent',
  'insertAdjacentHTML',
  'createContextualFragment',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
]);
const DOCUMENT_WRITES = new Set(['write', 'writeln']);
const GLOBALS = new Set(['window', 'globalThis', 'self']);
const TIMERS = new Set(['setTimeout', 'setInterval']);
const SRCDOC = new Set(['srcDoc', 'srcdoc']);

/** The name a property is reached by: `a.b` and `a['b']` both give 'b'. */
function propertyName(member) {
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  if (member.computed && member.property.type === 'Literal') return String(member.property.value);
  return null;
}

/** `name`, or `window.name` / `globalThis.name` / `self.name`. */
function isGlobal(node, name) {
  if (node.type === 'Identifier') return node.name === name;
  return (
    node.type === 'MemberExpression' &&
    node.object.type === 'Identifier' &&
    GLOBALS.has(node.object.name) &&
    propertyName(node) === name
  );
}

/** Whether an expression is (or is built from) a string: code, when handed to a timer. */
function isStringish(node) {
  if (!node) return false;
  if (node.type === 'Literal') return typeof node.value === 'string';
  if (node.type === 'TemplateLiteral') return true;
  if (node.type === 'BinaryExpression' && node.operator === '+')
    return isStringish(node.left) || isStringish(node.right);
  return false;
}

const noHtmlSinks = {
  meta: {
    type: 'problem',
    docs: { description: 'Data renders as text: no raw-HTML or eval sinks' },
    schema: [],
  },
  create(context) {
    return {
      JSXAttribute(node) {
        if (node.name.name === 'dangerouslySetInnerHTML')
          context.report({
            node,
            message: 'dangerouslySetInnerHTML is forbidden: render data as text.',
          });
        if (SRCDOC.has(node.name.name))
          context.report({ node, message: 'srcDoc takes HTML: render data as text.' });
      },
      MemberExpression(node) {
        const name = propertyName(node);
        if (name !== null && SINK_PROPERTIES.has(name))
          context.report({ node, message: `${name} is forbidden: render data as text.` });
      },
      CallExpression(node) {
        const callee = node.callee;
        if (isGlobal(callee, 'eval')) context.report({ node, message: 'eval is forbidden.' });
        if (isGlobal(callee, 'Function'))
          context.report({ node, message: 'Function() compiles code from a string: forbidden.' });
        for (const timer of TIMERS)
          if (isGlobal(callee, timer) && isStringish(node.arguments[0]))
            context.report({
              node,
              message: `${timer} with a string runs it as code: pass a function.`,
            });
        const name = callee.type === 'MemberExpression' ? propertyName(callee) : null;
        if (name !== null && SINK_CALLS.has(name))
          context.report({
            node,
            message: `${name}() takes HTML strings: use React children.`,
          });
        if (
          name !== null &&
          DOCUMENT_WRITES.has(name) &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'document'
        )
          context.report({ node, message: 'document.write is forbidden.' });
      },
      NewExpression(node) {
        if (isGlobal(node.callee, 'Function'))
          context.report({ node, message: 'new Function is forbidden.' });
      },
    };
  },
};

const HREF_ATTRIBUTES = new Set(['href', 'xlinkHref', 'xlink:href', 'action', 'formAction']);

/** `safeHref(…)`, or `safeHref(…) ?? fallback` / `safeHref(…) || fallback` with a literal fallback. */
function isSafeHref(node) {
  if (node.type === 'CallExpression')
    return node.callee.type === 'Identifier' && node.callee.name === 'safeHref';
  if (node.type === 'LogicalExpression' && (node.operator === '??' || node.operator === '||'))
    return (
      isSafeHref(node.left) &&
      (node.right.type === 'Literal' ||
        (node.right.type === 'Identifier' && node.right.name === 'undefined'))
    );
  return false;
}

const safeHrefRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Links from data are http(s) only: href goes through safeHref()' },
    schema: [],
  },
  create(context) {
    return {
      JSXAttribute(node) {
        const name =
          node.name.type === 'JSXNamespacedName'
            ? `${node.name.namespace.name}:${node.name.name.name}`
            : node.name.name;
        if (!HREF_ATTRIBUTES.has(name) || !node.value || node.value.type === 'Literal') return;
        const expression =
          node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        const literal =
          expression.type === 'Literal' ||
          (expression.type === 'TemplateLiteral' && expression.expressions.length === 0);
        if (!literal && !isSafeHref(expression))
          context.report({
            node,
            message: `${name} must be a literal or safeHref(…): a URL from data could be javascript:.`,
          });
      },
    };
  },
};

/** The feature a path lies in (src/features/<name>/…), with the rest of the path; else null. */
function featureOf(path) {
  const parts = path.split(sep);
  for (let i = parts.length - 3; i >= 0; i--)
    if (parts[i] === 'src' && parts[i + 1] === 'features')
      return { name: parts[i + 2], rest: parts.slice(i + 3).join('/') };
  return null;
}

const featureEntry = {
  meta: {
    type: 'problem',
    docs: { description: 'A feature is imported from outside only through its index.ts' },
    schema: [],
  },
  create(context) {
    const from = featureOf(context.filename);
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = featureOf(resolve(dirname(context.filename), source));
      if (!target || target.name === from?.name || target.rest === 'index.ts') return;
      context.report({
        node,
        message: `Import the ${target.name} feature through src/features/${target.name}/index.ts, not ${relative(dirname(context.filename), resolve(dirname(context.filename), source))}.`,
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default {
  rules: {
    'no-literal-ui-text': noLiteralUiText,
    'no-html-sinks': noHtmlSinks,
    'safe-href': safeHrefRule,
    'feature-entry': featureEntry,
  },
};
