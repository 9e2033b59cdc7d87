// Lint: TypeScript strictness plus the layering rules of the architecture —
// shared/ imports no runtime, renderer/ never reaches electron/, nothing imports upward.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'crypto',
  'url',
  'stream',
  'events',
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'out', 'test-results', 'tests/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ is runtime-agnostic: no Node imports.' },
            {
              group: ['electron', 'react', 'react-dom', 'better-sqlite3'],
              message: 'shared/ imports no runtime.',
            },
            {
              group: ['**/electron/**', '**/renderer/**', '**/tests/**'],
              message: 'shared/ imports nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', 'better-sqlite3'],
              message: 'renderer/ talks only to the typed API client.',
            },
            { group: nodeBuiltins, message: 'renderer/ runs in the browser sandbox: no Node imports.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/shell/**', 'electron/transports/ipc*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'Only the shell and the IPC binding import electron.' },
            { group: ['**/renderer/**', '**/tests/**'], message: 'electron/ imports nothing above it.' },
          ],
        },
      ],
    },
  },
);
