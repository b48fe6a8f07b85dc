import { describe, expect, it } from 'vitest';
import { importGraph, importsOf, PROJECT_ROOT, type ImportEdge } from './import-graph.js';
import { violations } from './layers.js';

const edge = (from: string, specifier: string): ImportEdge => importsOf(from, `import x from '${specifier}';`)[0];

/** The rule each import breaks, or `ok`. */
const verdict = (from: string, specifier: string) => violations([edge(from, specifier)]).map(v => v.rule)[0] ?? 'ok';

describe('layers', () => {
    it('reads every import of the sources, static, re-exported and dynamic', () => {
        const graph = importGraph(PROJECT_ROOT, ['language-server', 'src']);
        expect(graph.length).toBeGreaterThan(300);
        const fromCli = graph.filter(e => e.from === 'src/cli/main.ts').map(e => e.specifier);
        expect(fromCli).toContain('./commands/check.js');
        expect(graph.some(e => e.from === 'src/extension/protocol.ts' && e.to.kind === 'file' && e.to.path === 'language-server/protocol.ts')).toBe(true);
    });

    it('no file imports across a forbidden edge', () => {
        const found = violations(importGraph(PROJECT_ROOT, ['language-server', 'src']))
            .map(v => `${v.edge.from} → ${v.edge.specifier}: ${v.rule}`);
        expect(found).toEqual([]);
    });

    describe('the checker fails on each forbidden edge', () => {
        it.each([
            ['language-server/evaluation/evaluate.ts', '../workspace/plan-closure.js', 'evaluation imports only the model and decimal.js'],
            ['language-server/evaluation/evaluate.ts', 'langium', 'evaluation imports only the model and decimal.js'],
            ['language-server/evaluation/uncertainty/simulate.ts', 'node:fs', 'evaluation imports only the model and decimal.js'],
            ['language-server/model/build-plan.ts', '../workspace/plan-closure.js', 'model does not import workspace, lsp, report or diff'],
            ['language-server/model/build-plan.ts', '../report/index.js', 'model does not import workspace, lsp, report or diff'],
            ['language-server/model/plan.ts', '../diff/plan-diff.js', 'model does not import workspace, lsp, report or diff'],
            ['language-server/report/report.ts', '../lsp/figure-text.js', 'report and diff do not import lsp'],
            ['language-server/diff/render-diff.ts', '../lsp/hover-text.js', 'report and diff do not import lsp'],
            ['language-server/validation/document-validator.ts', 'vscode-languageserver', 'the core and the CLI do not import the LSP layer or vscode-languageserver'],
            ['language-server/workspace/plan-evaluations.ts', 'langium/lsp', 'the core and the CLI do not import the LSP layer or vscode-languageserver'],
            ['language-server/crmplan-core-module.ts', './crmplan-module.js', 'the core and the CLI do not import the LSP layer or vscode-languageserver'],
            ['src/cli/commands/check.ts', '../../../language-server/lsp/hover-text.js', 'the core and the CLI do not import the LSP layer or vscode-languageserver'],
            ['src/cli/commands/report.ts', 'vscode-languageserver/node', 'the core and the CLI do not import the LSP layer or vscode-languageserver'],
            ['src/extension/status-bar.ts', '../../language-server/lsp/custom-requests.js', 'the extension imports of the server only the protocol and the glossary'],
            ['src/extension/main.ts', '../../language-server/evaluation/index.js', 'the extension imports of the server only the protocol and the glossary'],
            ['language-server/protocol.ts', './i18n/locale.js', 'the protocol imports nothing']
        ])('%s → %s', (from, specifier, rule) => {
            expect(verdict(from, specifier)).toBe(rule);
        });
    });

    describe('and lets the allowed edges through', () => {
        it.each([
            ['language-server/evaluation/evaluate.ts', '../model/plan.js'],
            ['language-server/evaluation/evaluate.ts', 'decimal.js'],
            ['language-server/lsp/hover-provider.ts', 'vscode-languageserver'],
            ['language-server/lsp/hover-provider.ts', '../report/index.js'],
            ['src/cli/commands/fmt.ts', '../../../language-server/crmplan-module.js'],
            ['src/extension/status-bar.ts', '../../language-server/protocol.js'],
            ['src/extension/locale.ts', '../../language-server/i18n/locale.js'],
            ['src/extension/main.ts', 'vscode-languageclient/node']
        ])('%s → %s', (from, specifier) => {
            expect(verdict(from, specifier)).toBe('ok');
        });
    });
});
