// ESLint for the project's own code (run by `npm test` through scripts/test.mjs, and by `npm run lint`).
// Besides typescript-eslint's recommended rules it enforces the architecture: the engine is pure,
// the CLI and the language server reach it only through its facade, and the extension shares
// nothing with the server but the protocol constants.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** Node's own modules, with and without the `node:` prefix: the engine runs in any JavaScript host. */
const NODE_BUILTINS = ['node:*', ...builtinModules.filter((name) => !name.startsWith('_'))];
const ENGINE_FACADE_MESSAGE = 'Import the engine through its facade (server/src/engine, i.e. engine/index.ts).';

export default tseslint.config(
  {
    // Generated: the schemas' validators (scripts/schema-validators.mjs).
    ignores: [
      'node_modules/',
      'dist/',
      'out/',
      '.cache/',
      'test-results/',
      'test/fixtures/',
      'test/e2e/fixtures/',
      'examples/',
      'server/src/engine/schema/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { '@stylistic': stylistic },
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // No source line over 160 characters; long string literals, template literals and URLs are wrapped too.
      '@stylistic/max-len': ['error', { code: 160, tabWidth: 2 }],
      // tsc's noUnusedLocals/noUnusedParameters already check this, with the same `_` convention.
      '@typescript-eslint/no-unused-vars': 'off',
      // The parsers, the template masking and the colour tests match control characters on purpose.
      'no-control-regex': 'off',
      // LSP request and notification types follow vscode-languageserver's `namespace X { type }` convention.
      '@typescript-eslint/no-namespace': 'off',
      // package.json is read with `require` so esbuild inlines it (it lies outside the server's tsc project).
      '@typescript-eslint/no-require-imports': ['error', { allow: ['/package\\.json$'] }],
      // A timer assigned after the callback that clears it is declared: `let` is needed there.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(['process', 'console', 'URL', 'Buffer', 'performance', 'setTimeout', 'clearTimeout'].map((name) => [name, 'readonly'])),
    },
  },
  {
    // The pure engine: no Node module, no LSP, no VS Code, nothing from the layers built on it.
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.filter((name) => !name.includes('*')).map((name) => ({ name, message: 'The engine does no I/O: no Node module.' })),
          patterns: [
            { group: ['node:*'], message: 'The engine does no I/O: no Node module.' },
            { group: ['vscode', 'vscode-*'], message: 'The engine knows nothing of LSP or VS Code.' },
            {
              group: ['**/lsp', '**/lsp/**', '**/cli', '**/cli/**', '**/config/**', '**/files/**', '**/report/**', '**/client/**'],
              message: 'The engine imports nothing from the layers built on it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI, the language server and the other I/O layers: the engine only through its facade.
    files: ['server/src/{cli,lsp,config,files,report}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/engine/*', '!**/engine/index'], message: ENGINE_FACADE_MESSAGE }] }],
    },
  },
  {
    // The test harness's message matcher takes any params; its callers narrow them.
    files: ['test/lsp/lsp-harness.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The extension: from the server only the protocol constants it shares with it.
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)server/(?!src/lsp/protocol$)', message: 'The client imports only server/src/lsp/protocol.ts.' }] },
      ],
    },
  },
);
