// ESLint: TypeScript's recommended rules, Lit's template rules and the web component rules, for every script we
// write (src, tests, build, bench, demo). Formatting is Prettier's job (npm run format), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', '.tmp/', 'demo/sample-feed.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', 'build/**', 'scripts/**', 'bench/**', 'test/server/**', 'test/cli/**', 'test/build/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests assert through chai's expression style (`expect(x).to.be.true`) and reach into what they test.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
