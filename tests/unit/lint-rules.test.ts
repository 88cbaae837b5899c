/**
 * The project's own lint rules (.eslint/local-rules.js), run by ESLint's RuleTester on small
 * sources: what each forbids, and that the ordinary code around it passes.
 */
import { fileURLToPath } from 'node:url';
import { ESLint, RuleTester } from 'eslint';
import { describe, expect, it } from 'vitest';
import local from '../../.eslint/local-rules.js';

// RuleTester declares its cases through these hooks; hand it vitest's.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: {
    ecmaVersion: 'latest',
    sourceType: 'module',
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

const invalid = (code: string, messagePart: string) => ({
  code,
  errors: [{ message: new RegExp(messagePart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }],
});

tester.run('no-html-sinks', local.rules['no-html-sinks'], {
  valid: [
    'el.textContent = name;',
    'const t = setTimeout(() => commit(next), 200);',
    'setTimeout(schedule, 250);',
    'window.setInterval(tick, 1000);',
    'marker.getElement();',
    'new URL(path, base);',
    'const label = <span title={name}>{name}</span>;',
    'const r = el.getBoundingClientRect();',
    "obj['textContent'] = x;",
  ],
  invalid: [
    invalid('el.innerHTML = name;', 'innerHTML is forbidden'),
    invalid("el['innerHTML'] = name;", 'innerHTML is forbidden'),
    invalid('el.outerHTML = name;', 'outerHTML is forbidden'),
    invalid("el.insertAdjacentHTML('beforeend', name);", 'insertAdjacentHTML() takes HTML'),
    invalid('range.createContextualFragment(name);', 'createContextualFragment() takes HTML'),
    invalid('el.setHTMLUnsafe(name);', 'setHTMLUnsafe() takes HTML'),
    invalid('marker.bindPopup(name);', 'bindPopup() takes HTML'),
    invalid("marker['bindTooltip'](name);", 'bindTooltip() takes HTML'),
    invalid('popup.setContent(name);', 'setContent() takes HTML'),
    invalid('document.write(name);', 'document.write is forbidden'),
    invalid('document.writeln(name);', 'document.write is forbidden'),
    invalid(
      'const a = <div dangerouslySetInnerHTML={{ __html: name }} />;',
      'dangerouslySetInnerHTML',
    ),
    invalid('const f = <iframe srcDoc={name} />;', 'srcDoc takes HTML'),
    invalid('eval(code);', 'eval is forbidden'),
    invalid('window.eval(code);', 'eval is forbidden'),
    invalid('globalThis.eval(code);', 'eval is forbidden'),
    invalid("new Function('return 1');", 'new Function is forbidden'),
    invalid("new window.Function('return 1');", 'new Function is forbidden'),
    invalid("Function('return 1')();", 'Function() compiles code'),
    invalid("setTimeout('alert(1)', 0);", 'setTimeout with a string'),
    invalid('setTimeout(`run(${x})`, 0);', 'setTimeout with a string'),
    invalid("window.setInterval('tick(' + n + ')', 100);", 'setInterval with a string'),
  ],
});

tester.run('safe-href', local.rules['safe-href'], {
  valid: [
    'const a = <a href="#main">skip</a>;',
    'const a = <a href={`#main`}>skip</a>;',
    'const a = <a href={safeHref(source.url)}>x</a>;',
    'const a = <a href={safeHref(source.url) ?? undefined}>x</a>;',
    'const f = <form action="/search" />;',
    'const i = <img src={url} alt="" />;',
  ],
  invalid: [
    invalid('const a = <a href={source.url}>x</a>;', 'href must be a literal or safeHref'),
    invalid('const a = <a href={`${base}/x`}>x</a>;', 'href must be a literal or safeHref'),
    invalid('const a = <a href={safeHref(u) ?? u}>x</a>;', 'href must be a literal or safeHref'),
    invalid('const f = <form action={target} />;', 'action must be a literal or safeHref'),
    invalid('const b = <button formAction={target} />;', 'formAction must be a literal'),
    invalid('const u = <use xlinkHref={target} />;', 'xlinkHref must be a literal'),
  ],
});

tester.run('no-literal-ui-text', local.rules['no-literal-ui-text'], {
  valid: [
    "const a = <p>{t('app.title')}</p>;",
    'const a = <p> · </p>;',
    "const a = <button aria-label={t('x')}>×</button>;",
  ],
  invalid: [
    invalid('const a = <p>Hello</p>;', 'must come from the message catalogue'),
    invalid('const a = <button title="Close" />;', 'must come from the message catalogue'),
    invalid("const a = <p>{'Hello'}</p>;", 'must come from the message catalogue'),
  ],
});

/*
 * Import boundaries (no-restricted-imports in eslint.config.js), run through the project's own
 * config, so the file globs are tested with the patterns: a passing and a failing import each.
 */
tester.run('feature-entry', local.rules['feature-entry'], {
  valid: [
    // Through the feature's index, statically or lazily.
    {
      code: "import { MapPanel } from '../map/index.ts';",
      filename: '/r/src/features/presenter/p.tsx',
    },
    { code: "const m = import('../features/charts/index.ts');", filename: '/r/src/app/shell.tsx' },
    // Inside a feature, its own files, subfolders included.
    { code: "import { x } from './site-list.tsx';", filename: '/r/src/features/map/map-panel.tsx' },
    {
      code: "import { y } from '../map-follow.tsx';",
      filename: '/r/src/features/map/clusters/c.tsx',
    },
    // Anything that is not a feature.
    { code: "import { z } from '../../domain/clauses.ts';", filename: '/r/src/features/map/m.ts' },
    { code: "import React from 'react';", filename: '/r/src/app/app.tsx' },
  ],
  invalid: [
    {
      code: "import { TYPE_COLOURS } from '../map/type-style.ts';",
      filename: '/r/src/features/print/print-map.tsx',
      errors: [{ message: /through src\/features\/map\/index\.ts/ }],
    },
    {
      code: "const m = import('../features/charts/charts-grid.tsx');",
      filename: '/r/src/app/shell.tsx',
      errors: [{ message: /charts feature/ }],
    },
    {
      code: "export { ProjectsTable } from '../features/table/projects-table.tsx';",
      filename: '/r/src/app/x.ts',
      errors: [{ message: /table feature/ }],
    },
  ],
});

describe('import boundaries (eslint.config.js)', () => {
  const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../', import.meta.url)) });
  const restricted = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === 'no-restricted-imports')
      .map((m) => m.message);
  };
  const cases: [file: string, source: string, rejectedWith: string | null][] = [
    // src/ imports nothing from tests/, tools/ or build/.
    ['src/features/x.ts', '../domain/schema.ts', null],
    ['src/features/x.ts', '../../tests/fixtures/bundled.ts', 'src/ is the app that ships'],
    ['src/app/x.ts', '../../tools/lib/chromium.ts', 'src/ is the app that ships'],
    ['src/main.ts', '../build/basemap.ts', 'src/ is the app that ships'],
    // src/domain: no React, zustand, Leaflet or recharts.
    ['src/domain/x.ts', 'zod', null],
    ['src/domain/x.ts', 'react', 'src/domain may not import React'],
    ['src/domain/x.ts', 'zustand/vanilla', 'src/domain may not import React'],
    ['src/domain/x.ts', 'react-leaflet', 'src/domain may not import React'],
    ['src/features/x.ts', 'recharts', null],
    // src/domain: no Node built-ins, with or without node:.
    ['src/domain/x.ts', './fs.ts', null],
    ['src/domain/x.ts', 'node:fs', 'no Node built-in modules'],
    ['src/domain/x.ts', 'path', 'no Node built-in modules'],
    // The layers still hold where the patterns are combined.
    ['src/domain/x.ts', '../store/store.ts', 'src/domain may not import from src/store'],
    ['src/features/x.ts', '../../tests/x.ts', 'src/ is the app that ships'],
    // tools/ and build/ import nothing from tests/; tests may import them.
    ['tools/x.ts', '../src/domain/schema.ts', null],
    ['tools/bench/x.ts', '../../tests/fixtures/synth-dataset.ts', 'may not import from tests/'],
    ['build/x.ts', '../tests/fixtures/bundled.ts', 'may not import from tests/'],
    ['tests/unit/x.test.ts', '../../tools/lib/chromium.ts', null],
  ];
  for (const [file, source, rejectedWith] of cases) {
    it(`${file}: ${rejectedWith === null ? 'may' : 'may not'} import ${source}`, async () => {
      const messages = await restricted(file, `import '${source}';\n`);
      if (rejectedWith === null) expect(messages).toEqual([]);
      else expect(messages).toEqual([expect.stringContaining(rejectedWith)]);
    });
  }
});
