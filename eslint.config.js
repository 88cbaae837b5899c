import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import local from './.eslint/local-rules.js';

/** Imports flow one way: app → features → store → domain (DESIGN.md). */
const layer = (from, forbidden) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((f) => ({
          group: [`**/${f}/*`, `**/${f}/**`],
          message: `src/${from} may not import from src/${f}.`,
        })),
      },
    ],
  },
});

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
    rules: { 'local/no-html-sinks': 'error' },
  },
  {
    files: ['src/**/*.tsx'],
    rules: { 'local/no-literal-ui-text': 'error', 'local/safe-href': 'error' },
  },
  layer('domain', ['store', 'features', 'app', 'components', 'i18n']),
  layer('store', ['features', 'app', 'components']),
  layer('components', ['features', 'app']),
  layer('features', ['app']),
);
