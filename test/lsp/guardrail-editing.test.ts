/**
 * Guardrail lines in the formatter (canonical spacing, comments kept) and in
 * completion (bases, metrics, comparisons, units, currencies).
 */
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createCrmPlanServices } from '../../language-server/crmplan-module.js';
import { checkFiles, MINIMAL_PLAN } from '../helpers/workspace.js';

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
