/**
 * Guardrail lines in the TextMate grammar (as VS Code tokenises them), the
 * formatter (canonical spacing, comments kept) and completion (bases,
 * metrics, comparisons, units, currencies).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';
import { createCrmPlanServices } from '../../language-server/crmplan-module.js';
import { checkFiles, MINIMAL_PLAN } from '../helpers/workspace.js';

const GRAMMAR = fileURLToPath(new URL('../../syntaxes/crmplan.tmLanguage.json', import.meta.url));
let grammar: IGrammar;

beforeAll(async () => {
    const require = createRequire(import.meta.url);
    const wasm = await readFile(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
            createOnigString: (text: string) => new oniguruma.OnigString(text)
        }),
        loadGrammar: async scopeName => (scopeName === 'source.crmplan' ? parseRawGrammar(await readFile(GRAMMAR, 'utf8'), GRAMMAR) : null)
    });
    grammar = (await registry.loadGrammar('source.crmplan'))!;
});

function scopesOf(line: string): Array<[string, string]> {
    return grammar.tokenizeLine(line, INITIAL).tokens
        .map(token => [line.substring(token.startIndex, token.endIndex), token.scopes.at(-1)!] as [string, string])
        .filter(([text]) => text.trim() !== '');
}

describe('TextMate grammar', () => {
    it('highlights the head of a guardrail, its limit and its reason', () => {
        expect(scopesOf('require p10 npv >= 0 "Board"')).toEqual([
            ['require', 'keyword.control.guardrail.require.crmplan'],
            ['p10', 'constant.language.basis.crmplan'],
            ['npv', 'support.variable.metric.crmplan'],
            ['>=', 'keyword.operator.comparison.crmplan'],
            ['0', 'constant.numeric.decimal.crmplan'],
            ['"', 'punctuation.definition.string.begin.crmplan'],
            ['Board', 'string.quoted.double.crmplan'],
            ['"', 'punctuation.definition.string.end.crmplan']
        ]);
        expect(scopesOf('expect benefit <= 18 months').slice(0, 3)).toEqual([
            ['expect', 'keyword.control.guardrail.expect.crmplan'],
            ['benefit', 'support.variable.metric.crmplan'],
            ['<=', 'keyword.operator.comparison.crmplan']
        ]);
        expect(scopesOf('require pv-roi > 5%')[1]).toEqual(['pv-roi', 'support.variable.metric.crmplan']);
    });

    it('still highlights a benefit declaration as one', () => {
        expect(scopesOf('benefit MoreDeals "More deals" {')[0]).toEqual(['benefit', 'storage.type.benefit.crmplan']);
    });
});

describe('formatter', () => {
    const services = createCrmPlanServices({ ...EmptyFileSystem }).CrmPlan;

    it('writes one rule per line with single spaces, keeping comments', async () => {
        const text = `${MINIMAL_PLAN}\nrequire   roi>=100 %   "Board"   // finance\nexpect p10   npv >= 0\n/* budget */ require tco <= 600000\n`;
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/formatting/guardrails.crmplan'));
        const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.textDocument.uri }, options: { tabSize: 4, insertSpaces: true } });
        const formatted = TextDocument.applyEdits(document.textDocument, edits);
        expect(formatted.slice(formatted.indexOf('require'))).toBe('require roi >= 100% "Board"  // finance\nexpect p10 npv >= 0\n/* budget */\nrequire tco <= 600000\n');
    });
});

describe('completion', () => {
    async function labelsAt(text: string): Promise<string[]> {
        const offset = text.indexOf('|');
        const source = text.replace('|', '');
        const workspace = await checkFiles({ 'plan.crmplan': source });
        const document = workspace.document('plan.crmplan');
        const list = await workspace.services.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(offset)
        });
        return (list?.items ?? []).map(item => item.label);
    }

    it('offers the bases and metrics after `require`', async () => {
        const labels = await labelsAt(`${MINIMAL_PLAN}\nrequire |`);
        expect(labels).toEqual(expect.arrayContaining(['p10', 'p50', 'p90', 'forecast', 'trend', 'roi', 'pv-roi', 'irr', 'npv', 'tco', 'benefit', 'payback', 'matrix']));
    });

    it('offers the comparisons after a metric', async () => {
        expect(await labelsAt(`${MINIMAL_PLAN}\nrequire p10 npv |`)).toEqual(expect.arrayContaining(['>=', '<=', '>', '<']));
    });

    it('offers units and the currencies after a limit', async () => {
        const labels = await labelsAt(`${MINIMAL_PLAN}\nrate USD 7.10 CNY\n\nrequire tco <= 1000 |`);
        expect(labels).toEqual(expect.arrayContaining(['%', 'months', 'CNY', 'USD']));
    });
});
