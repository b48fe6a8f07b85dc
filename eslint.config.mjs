// @ts-check
// ESLint 9 (flat config) with typescript-eslint. `npm run lint`; `npm test` runs it first.
// The `no-restricted-imports` rules mirror the layers of test/architecture/layers.ts
// (the test is the authority: it resolves every import; these flag the same edges in the editor).
import eslint from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Patterns that reach the LSP layer of the server, or the LSP libraries. */
const lspLayer = {
    group: ['**/lsp/*', '**/crmplan-module.js', 'vscode-languageserver', 'vscode-languageserver/*', 'langium/lsp'],
    message: 'The core and the CLI stay out of the LSP layer (test/architecture/layers.ts).'
};

export default tseslint.config(
    {
        ignores: ['out/**', 'node_modules/**', 'language-server/generated/**', '**/*.d.ts', 'coverage/**']
    },
    eslint.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ['**/*.ts'],
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
            // `typeof import('…')` stays allowed: tests type modules they import dynamically.
            '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
            // Control characters are matched on purpose: reports escape them, tests write them into hostile plans.
            'no-control-regex': 'off',
            'eqeqeq': ['error', 'always'],
            'prefer-const': 'error',
            'no-var': 'error'
        }
    },
    {
        files: ['**/*.mjs', '**/*.cjs'],
        languageOptions: { globals: { ...globals.node } },
        rules: {
            '@typescript-eslint/no-require-imports': 'off'
        }
    },
    {
        // Functions the end-to-end test runs inside the browser page.
        files: ['test/e2e/**/*.mjs'],
        languageOptions: { globals: { ...globals.node, ...globals.browser } }
    },
    {
        files: ['language-server/evaluation/**/*.ts'],
        rules: {
            'no-restricted-imports': ['error', {
                patterns: [{
                    regex: '^(?!decimal\\.js$|\\.{1,2}/|\\.\\./\\.\\./model/|\\.\\./model/).*',
                    message: 'The evaluation imports only the model and decimal.js (test/architecture/layers.ts).'
                }, {
                    group: ['../workspace/*', '../lsp/*', '../report/*', '../diff/*', '../validation/*', '../generated/*', '../i18n/*', '../display/*', '../scoping/*', '../parser/*',
                        '../../workspace/*', '../../lsp/*', '../../report/*', '../../diff/*', '../../validation/*', '../../generated/*', '../../i18n/*', '../../display/*'],
                    message: 'The evaluation imports only the model and decimal.js (test/architecture/layers.ts).'
                }]
            }]
        }
    },
    {
        files: ['language-server/model/**/*.ts'],
        rules: {
            'no-restricted-imports': ['error', {
                patterns: [{
                    group: ['../workspace/*', '../lsp/*', '../report/*', '../diff/*'],
                    message: 'The model does not import workspace, lsp, report or diff (test/architecture/layers.ts).'
                }, lspLayer]
            }]
        }
    },
    {
        files: ['language-server/report/**/*.ts', 'language-server/diff/**/*.ts'],
        rules: {
            'no-restricted-imports': ['error', { patterns: [lspLayer] }]
        }
    },
    {
        files: ['src/cli/**/*.ts', 'language-server/**/*.ts'],
        ignores: ['src/cli/commands/fmt.ts', 'language-server/lsp/**', 'language-server/crmplan-module.ts', 'language-server/main.ts',
            'language-server/evaluation/**', 'language-server/model/**', 'language-server/report/**', 'language-server/diff/**'],
        rules: {
            'no-restricted-imports': ['error', { patterns: [lspLayer] }]
        }
    },
    {
        files: ['src/extension/**/*.ts'],
        rules: {
            'no-restricted-imports': ['error', {
                patterns: [{
                    regex: '^\\.\\./\\.\\./language-server/(?!protocol\\.js$|i18n/)',
                    message: 'The extension imports of the server only the protocol and the glossary (test/architecture/layers.ts).'
                }, {
                    group: ['../cli/*'],
                    message: 'The extension does not import the CLI.'
                }]
            }]
        }
    }
);
