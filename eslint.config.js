import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import local from './.eslint/local-rules.js';

/*
 * Import boundaries (README, "Layout") as no-restricted-imports patterns. ESLint keeps only the
 * last matching config's options for a rule, so each folder's config lists all of its patterns.
 */
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** src/ is the app that ships: nothing from the folders beside it. */
const OUTSIDE_APP = {
  regex: '^(\\.\\./)+(tests|tools|build)(/|$)',
  message: 'src/ is the app that ships; it may not import from tests/, tools/ or build/.',
};
/** src/domain is plain TypeScript, run in the page, in workers and in Node tests. */
const UI_LIBRARIES = {
  regex: '^(react|react-dom|zustand|leaflet|react-leaflet|recharts)(/|$)',
  message: 'src/domain may not import React, zustand, Leaflet or recharts.',
};
const NODE_BUILTINS = {
  regex: `^(node:.*|${builtinModules.map(escape).join('|')})$`,
  message: 'src/domain runs in the browser: no Node built-in modules.',
};
/** Tools and build plugins share helpers through tools/lib/, never through the tests. */
const NO_TESTS = {
  regex: '^(\\.\\./)+tests(/|$)',
  message: 'tools/ and build/ may not import from tests/ (shared helpers live in tools/lib/).',
};

const restrict = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

/** Imports flow one way: app → features → store → domain (DESIGN.md). */
const layer = (from, forbidden, extra = []) =>
  restrict(
    [`src/${from}/**/*.{ts,tsx}`],
    [
      OUTSIDE_APP,
      ...extra,
      ...forbidden.map((f) => ({
        group: [`**/${f}/*`, `**/${f}/**`],
        message: `src/${from} may not import from src/${f}.`,
      })),
    ],
  );

export default tseslint.config(
  { ignores: ['dist', 'dist-*', '*.tmp.mjs', 'node_modules', 'coverage', 'tests/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, local },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'local/no-html-sinks': 'error', 'local/feature-entry': 'error' },
  },
  {
    files: ['src/**/*.tsx'],
    rules: { 'local/no-literal-ui-text': 'error', 'local/safe-href': 'error' },
  },
  restrict(['src/**/*.{ts,tsx}'], [OUTSIDE_APP]),
  layer(
    'domain',
    ['store', 'features', 'app', 'components', 'i18n'],
    [UI_LIBRARIES, NODE_BUILTINS],
  ),
  layer('store', ['features', 'app', 'components']),
  layer('components', ['features', 'app']),
  layer('features', ['app']),
  restrict(['tools/**/*.{ts,tsx,js,mjs}', 'build/**/*.{ts,tsx,js,mjs}'], [NO_TESTS]),
);
