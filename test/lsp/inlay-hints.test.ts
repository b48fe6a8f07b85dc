import { readFileSync, writeFileSync } from 'node:fs';
import type { LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { InlayHint, Position } from 'vscode-languageserver';
import type { CrmPlanServices } from '../../language-server/crmplan-module.js';
import { checkFiles } from '../helpers/workspace.js';

const ACME = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

/** 0-based position just after the first occurrence of `snippet` (after `after`, when given). */
function endOf(text: string, snippet: string, after = ''): Position {
    const from = after ? text.indexOf(after) : 0;
    const at = text.indexOf(snippet, from);
    if (from < 0 || at < 0) {
        throw new Error(`'${snippet}' not found`);
    }
    const before = text.slice(0, at + snippet.length).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

async function hints(services: CrmPlanServices, document: LangiumDocument, range = WHOLE): Promise<InlayHint[]> {
    return await services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range }) ?? [];
}

function labels(found: InlayHint[]): string[] {
    return found.map(hint => String(hint.label));
}

function configure(services: CrmPlanServices, inlayHints: Record<string, boolean>): void {
    services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { crmplan: { inlayHints } } });
}

describe('inlay hints', () => {
    it('by default shows each option\'s ROI, NPV and payback after its edition, and requirement priorities', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME }, { freshServices: true });
        const found = await hints(workspace.services, workspace.document('acme.crmplan'));
        expect(labels(found)).toEqual([
            'value 6.65 · #1',
            'value 5.40 · #2',
            'value 3.90 · #3',
            'value 2.50 · #4',
            'ROI 126% · NPV ¥449,554 · payback 15.6 mo',
            'ROI 74% · NPV ¥317,693 · payback 18.8 mo'
        ]);
        const fxiaoke = found[4];
        expect(fxiaoke.position).toEqual(endOf(ACME, '"专业版"'));
        expect(fxiaoke.paddingLeft).toBe(true);
        expect(fxiaoke.tooltip).toBe('纷享销客 专业版 (chosen, recommended): ROI 126.12% · NPV ¥449,553.71 · payback 15.64 months');
        expect(found[0].position).toEqual(endOf(ACME, 'impact SalesEfficiency 9, CustomerExperience 5'));
        expect(found[3].tooltip).toBe('Rank 4 of 4 (could), not within capacity');
    });

    it('shows amount totals over the horizon when `crmplan.inlayHints.amounts` is on', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME }, { freshServices: true });
        configure(workspace.services, { amounts: true, roi: false, priority: false });
        const found = await hints(workspace.services, workspace.document('acme.crmplan'));
        expect(labels(found)).toEqual([
            '= ¥214,200 over 36 mo', // Fxiaoke licence
            '= ¥293,940 over 36 mo', // Zoho licence, converted from USD
            '= ¥30,000 in 2027-01', // Zoho's connector
            '= ¥15,000 in 2027-01',
            '= ¥80,000 in 2027-02',
            '= ¥36,000 in 2027-03',
            '= ¥85,000 over 34 mo',
            // Benefits differ by option (coverage): the chosen option's, named.
            '= ¥774,375 over 32 mo (纷享销客 专业版)',
            '= ¥198,400 over 32 mo (纷享销客 专业版)'
        ]);
        const maintenance = found[6];
        expect(maintenance.position).toEqual(endOf(ACME, '2500 per month from 2027-03'));
        expect(found[7].tooltip).toBe('for 纷享销客 专业版; differs by option\n' +
            '纷享销客 专业版 (chosen, recommended): ¥774,375.00\nZoho CRM Professional: ¥730,125.00');
    });

    it('names the recommended option on benefit lines when nothing is chosen', async () => {
        const text = ACME.replace('    choose Fxiaoke\n', '');
        const workspace = await checkFiles({ 'acme.crmplan': text }, { freshServices: true });
        configure(workspace.services, { amounts: true });
        const found = labels(await hints(workspace.services, workspace.document('acme.crmplan')));
        expect(found).toContain('= ¥774,375 over 32 mo (纷享销客 专业版)');
        const chooseZoho = await checkFiles({ 'acme.crmplan': ACME.replace('choose Fxiaoke', 'choose Zoho') }, { freshServices: true });
        configure(chooseZoho.services, { amounts: true });
        expect(labels(await hints(chooseZoho.services, chooseZoho.document('acme.crmplan')))).toContain('= ¥730,125 over 32 mo (Zoho CRM Professional)');
    });

    it('switches each kind off through its setting', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME }, { freshServices: true });
        const document = workspace.document('acme.crmplan');
        configure(workspace.services, { roi: false });
        expect(labels(await hints(workspace.services, document)).filter(l => l.startsWith('ROI'))).toEqual([]);
        expect(labels(await hints(workspace.services, document)).filter(l => l.startsWith('value'))).toHaveLength(4);
        configure(workspace.services, { priority: false });
        expect(labels(await hints(workspace.services, document)).filter(l => l.startsWith('value'))).toEqual([]);
        expect(labels(await hints(workspace.services, document)).filter(l => l.startsWith('ROI'))).toHaveLength(2);
        configure(workspace.services, { roi: false, priority: false, amounts: false });
        expect(await hints(workspace.services, document)).toEqual([]);
    });

    it('gives a requirement with several impact lines one priority hint, after the last', async () => {
        const text = ACME.replace('impact SalesEfficiency 9, CustomerExperience 5', 'impact SalesEfficiency 9\n    impact CustomerExperience 5');
        const workspace = await checkFiles({ 'acme.crmplan': text }, { freshServices: true });
        const found = (await hints(workspace.services, workspace.document('acme.crmplan'))).filter(h => String(h.label) === 'value 6.65 · #1');
        expect(found.map(h => h.position)).toEqual([endOf(text, 'impact CustomerExperience 5')]);
    });

    it('answers only for the requested range', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME }, { freshServices: true });
        const zohoStart = endOf(ACME, 'vendor Zoho').line;
        const found = await hints(workspace.services, workspace.document('acme.crmplan'), {
            start: { line: zohoStart, character: 0 }, end: { line: zohoStart + 3, character: 0 }
        });
        expect(labels(found)).toEqual(['ROI 74% · NPV ¥317,693 · payback 18.8 mo']);
    });

    it('shows a vendor without editions as one option, after its name', async () => {
        const text = ACME.replace('vendor Zoho "Zoho CRM" {\n    edition Professional {\n        licence 23 USD per user per month billed yearly\n    }\n', 'vendor Zoho "Zoho CRM" {\n');
        const workspace = await checkFiles({ 'acme.crmplan': text }, { freshServices: true });
        expect(workspace.diagnostics('acme.crmplan').filter(d => d.severity === 'error')).toEqual([]);
        const found = (await hints(workspace.services, workspace.document('acme.crmplan'))).filter(h => String(h.label).startsWith('ROI'));
        expect(found).toHaveLength(2);
        expect(found[1].position).toEqual(endOf(text, '"Zoho CRM"'));
    });

    it('marks out-of-date figures with ⟳ and says so in the tooltip', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME }, { freshServices: true });
        const services = workspace.services;
        const uri = workspace.document('acme.crmplan').uri;
        writeFileSync(uri.fsPath, ACME.replace('impact SalesEfficiency 9', 'impact Nowhere 9'));
        await services.shared.workspace.DocumentBuilder.update([uri], []);
        const document = services.shared.workspace.LangiumDocuments.getDocument(uri)!;
        expect(document.diagnostics?.some(d => d.severity === 1)).toBe(true);
        const found = await hints(services, document);
        expect(labels(found)).toContain('⟳ ROI 126% · NPV ¥449,554 · payback 15.6 mo');
        expect(labels(found)).toContain('⟳ value 6.65 · #1');
        expect(String(found[0].tooltip)).toContain('⟳ Out of date: figures from the last version without errors.');
    });

    it('shows nothing for a plan that never evaluated', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME.replace('impact SalesEfficiency 9', 'impact Nowhere 9') }, { freshServices: true });
        expect(await hints(workspace.services, workspace.document('acme.crmplan'))).toEqual([]);
    });

    it('speaks Simplified Chinese when the locale is zh-CN', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME }, { freshServices: true, locale: 'zh-CN' });
        configure(workspace.services, { amounts: true });
        const found = labels(await hints(workspace.services, workspace.document('acme.crmplan')));
        expect(found).toContain('价值 6.65 · 第 1 名');
        expect(found).toContain('投资回报率 126% · 净现值 ¥449,554 · 静态投资回收期 15.6 个月');
        expect(found).toContain('= ¥85,000，共 34 个月');
    });
});
