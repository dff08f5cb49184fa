/**
 * ESLint (flat config): `npm run lint`, and part of `npm test`, so CI runs it.
 *
 * - typescript-eslint's recommended rules for all TypeScript, ESLint's own for all JavaScript.
 * - eslint-plugin-react-hooks for the pane (rules of hooks, exhaustive dependencies).
 * - Microsoft's eslint-plugin-office-addins, as in Microsoft's add-in templates
 *   (Office-Addin-TaskPane-React extends `plugin:office-addins/react`): load before read,
 *   sync after load, no sync in loops, isNullObject. Its preset brings its own older copy of
 *   typescript-eslint and Prettier; ESLint refuses two copies of one plugin, so the preset's
 *   office-addins rules are taken with Microsoft's severities, and its Prettier rule is not
 *   (formatting is style only, and this code base was never Prettier-formatted).
 */
import js from '@eslint/js';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((config) => Object.entries(config.rules ?? {})).filter(([name]) => name.startsWith('office-addins/')),
);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench/out/', 'tmp/', 'ut/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused names are bugs; a leading underscore says "unused on purpose" (callbacks, rest siblings).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // Node scripts, written as CommonJS: bin/, server/, scripts/, bench/, the tool configs.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The pane's browser code runs in a browser (and under jsdom in tests).
    files: ['src/taskpane/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // React lives in the pane only; the hook rules run the React Compiler's analysis, which is the
    // slowest part of linting, so they are not spent on the engine or the CLI.
    files: ['src/taskpane/**/*.{ts,tsx}', 'tests/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Office.js code: the Excel adapter, the pane, and their tests on the fake Excel. Not the
    // ExcelJS code (src/hosts/xlsx, batch, tools): the rules know Office.js by method names such as
    // getCell, and ExcelJS's cells need no load or sync.
    files: ['src/hosts/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'tests/hosts/excel/**/*.ts', 'tests/fakes/**/*.ts', 'tests/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: officeAddinsRules,
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'tests/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
);
