// Types for the project's lint rules (local-rules.js), so tests can load them with RuleTester.
import type { ESLint } from 'eslint';

declare const plugin: ESLint.Plugin & {
  rules: Record<
    'no-literal-ui-text' | 'no-html-sinks' | 'safe-href' | 'feature-entry',
    import('eslint').Rule.RuleModule
  >;
};
export default plugin;
