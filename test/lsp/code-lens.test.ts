import { readFileSync, writeFileSync } from 'node:fs';
import type { LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { CodeLens } from 'vscode-languageserver';
import type { CrmPlanServices } from '../../language-server/crmplan-module.js';
import { checkFiles } from '../helpers/workspace.js';

const ACME = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

async function lenses(services: CrmPlanServices, document: LangiumDocument): Promise<CodeLens[]> {
    return await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
}

/** Each lens as `line: title` (1-based lines), the way a reader sees them above the text. */
function shown(found: CodeLens[]): string[] {
    return found.map(lens => `${lens.range.start.line + 1}: ${lens.command?.title}`);
}

function lineOf(text: string, snippet: string): number {
    const at = text.indexOf(snippet);
    if (at < 0) {
        throw new Error(`'${snippet}' not found`);
    }
    return text.slice(0, at).split('\n').length;
}

describe('code lens', () => {
    it('shows the chosen option\'s figures and "Open report" on the plan header, and each vendor\'s matrix rank', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME });
        const document = workspace.document('acme.crmplan');
        const found = await lenses(workspace.services, document);
        const plan = lineOf(ACME, 'plan "');
        expect(shown(found)).toEqual([
            `${plan}: 纷享销客 专业版 (chosen, recommended): ROI 126.12% · NPV ¥449,553.71 · payback 15.64 months`,
            `${plan}: Open report`,
            `${lineOf(ACME, 'vendor Fxiaoke')}: Matrix rank 1 of 2 · score 8.79`,
            `${lineOf(ACME, 'vendor Zoho')}: Matrix rank 2 of 2 · score 7.65`
        ]);
        expect(found[1].command).toEqual({ title: 'Open report', command: 'crmplan.showReportPreview', arguments: [document.uri.toString()] });
        // Figure lenses are labels, not commands.
        expect(found[0].command?.command).toBe('');
    });

    it('names the recommended option when the chosen one is not it', async () => {
        const text = ACME.replace('choose Fxiaoke', 'choose Zoho');
        const workspace = await checkFiles({ 'acme.crmplan': text });
        const found = shown(await lenses(workspace.services, workspace.document('acme.crmplan')));
        expect(found.slice(0, 3)).toEqual([
            '4: Zoho CRM Professional (chosen): ROI 74.26% · NPV ¥317,693.05 · payback 18.82 months',
            '4: ★ Recommended: 纷享销客 专业版 (highest NPV)',
            '4: Open report'
        ]);
    });

    it('shows the recommended option when nothing is chosen', async () => {
        const text = ACME.replace('    choose Fxiaoke\n', '');
        const workspace = await checkFiles({ 'acme.crmplan': text });
        const found = shown(await lenses(workspace.services, workspace.document('acme.crmplan')));
        expect(found[0]).toBe('4: 纷享销客 专业版 (recommended): ROI 126.12% · NPV ¥449,553.71 · payback 15.64 months');
    });

    it('gives one matrix lens per edition when a vendor has several', async () => {
        const text = ACME.replace('        licence 119 CNY per user per month billed yearly\n    }\n',
            '        licence 119 CNY per user per month billed yearly\n    }\n    edition Enterprise "旗舰版" {\n        licence 239 CNY per user per month billed yearly\n    }\n')
            .replace('choose Fxiaoke', 'choose Fxiaoke.Professional');
        const workspace = await checkFiles({ 'acme.crmplan': text });
        expect(workspace.diagnostics('acme.crmplan').filter(d => d.severity === 'error')).toEqual([]);
        const found = shown(await lenses(workspace.services, workspace.document('acme.crmplan')));
        const vendorLine = lineOf(text, 'vendor Fxiaoke');
        expect(found.filter(lens => lens.startsWith(`${vendorLine}:`))).toEqual([
            `${vendorLine}: Professional: Matrix rank 1 of 3 · score 8.79`,
            expect.stringMatching(new RegExp(`^${vendorLine}: Enterprise: Matrix rank \\d of 3 · score \\d\\.\\d\\d$`))
        ]);
    });

    it('marks out-of-date figures and says when there are none', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME }, { freshServices: true });
        const services = workspace.services;
        const uri = workspace.document('acme.crmplan').uri;
        writeFileSync(uri.fsPath, ACME.replace('impact SalesEfficiency 9', 'impact Nowhere 9'));
        await services.shared.workspace.DocumentBuilder.update([uri], []);
        const stale = shown(await lenses(services, services.shared.workspace.LangiumDocuments.getDocument(uri)!));
        expect(stale[0]).toBe('4: ⟳ 纷享销客 专业版 (chosen, recommended): ROI 126.12% · NPV ¥449,553.71 · payback 15.64 months (out of date)');
        expect(stale[1]).toBe('4: Open report');
        expect(stale[2]).toBe(`${lineOf(ACME, 'vendor Fxiaoke')}: ⟳ Matrix rank 1 of 2 · score 8.79 (out of date)`);

        const never = await checkFiles({ 'acme.crmplan': ACME.replace('impact SalesEfficiency 9', 'impact Nowhere 9') });
        expect(shown(await lenses(never.services, never.document('acme.crmplan')))).toEqual([
            '4: No figures yet: the plan has errors.',
            '4: Open report'
        ]);
    });

    it('has no lenses in a catalogue', async () => {
        const workspace = await checkFiles({ 'catalog.crmplan': 'goal Speed "Faster sales" weight 100%\n' });
        expect(await lenses(workspace.services, workspace.document('catalog.crmplan'))).toEqual([]);
    });

    it('speaks Simplified Chinese when the locale is zh-CN', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME }, { locale: 'zh-CN' });
        const found = shown(await lenses(workspace.services, workspace.document('acme.crmplan')));
        expect(found).toEqual([
            '4: 纷享销客专业版（已选、推荐）：投资回报率（ROI） 126.12% · 净现值（NPV） ¥449,553.71 · 静态投资回收期 15.64 个月',
            '4: 打开报告',
            `${lineOf(ACME, 'vendor Fxiaoke')}: 矩阵排名第 1 名（共 2 个）· 得分 8.79`,
            `${lineOf(ACME, 'vendor Zoho')}: 矩阵排名第 2 名（共 2 个）· 得分 7.65`
        ]);
    });
});

describe('code lens after go-live', () => {
    it('shows the planned ROI beside the forecast and the trend of the actuals', async () => {
        const monitored = readFileSync(new URL('../fixtures/acme-monitoring.crmplan', import.meta.url), 'utf8');
        const workspace = await checkFiles({ 'acme.crmplan': monitored });
        const found = shown(await lenses(workspace.services, workspace.document('acme.crmplan')));
        expect(found).toContain(`${lineOf(monitored, 'plan "')}: Actuals to 2027-09: ROI planned 126.12% · forecast 115.77% · trend 57.55%`);
        const before = await checkFiles({ 'acme.crmplan': ACME });
        expect(shown(await lenses(before.services, before.document('acme.crmplan'))).some(title => title.includes('Actuals'))).toBe(false);
    });
});
