/**
 * The project's own lint rules.
 * - no-literal-ui-text: UI text goes through the message catalogue, so JSX text and user-facing
 *   string attributes (aria-label, title, alt, placeholder) may not be literals.
 * - no-html-sinks: data renders as text; raw-HTML and eval sinks are forbidden.
 */
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
const SINK_CALLS = new Set(['bindPopup', 'bindTooltip', 'setContent', 'insertAdjacentHTML']);
const DOCUMENT_WRITES = new Set(['write', 'writeln']);

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
      },
      MemberExpression(node) {
        if (!node.computed && SINK_PROPERTIES.has(node.property.name))
          context.report({
            node,
            message: `${node.property.name} is forbidden: render data as text.`,
          });
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type === 'Identifier' && callee.name === 'eval')
          context.report({ node, message: 'eval is forbidden.' });
        if (
          callee.type === 'MemberExpression' &&
          !callee.computed &&
          SINK_CALLS.has(callee.property.name)
        )
          context.report({
            node,
            message: `${callee.property.name}() takes HTML strings: use React children.`,
          });
        if (
          callee.type === 'MemberExpression' &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'document' &&
          DOCUMENT_WRITES.has(callee.property.name)
        )
          context.report({ node, message: 'document.write is forbidden.' });
      },
      NewExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'Function')
          context.report({ node, message: 'new Function is forbidden.' });
      },
    };
  },
};

export default { rules: { 'no-literal-ui-text': noLiteralUiText, 'no-html-sinks': noHtmlSinks } };
