import { readFileSync, writeFileSync } from 'node:fs';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { expectHover } from 'langium/test';
import { describe, expect, it, vi } from 'vitest';
import { createCrmPlanServices } from '../../language-server/crmplan-module.js';
import { checkFiles, type CheckedWorkspace } from '../helpers/workspace.js';

const ACME = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

/** The fixture with the hover marker `<|>` placed `inner` characters into the `nth` occurrence of `snippet`. */
function marked(snippet: string, inner = 1, nth = 0): string {
    let at = -1;
    for (let i = 0; i <= nth; i++) {
        at = ACME.indexOf(snippet, at + 1);
        if (at < 0) {
            throw new Error(`'${snippet}' occurs fewer than ${nth + 1} times in the fixture`);
        }
    }
    return ACME.slice(0, at + inner) + '<|>' + ACME.slice(at + inner);
}

/** Markdown of the hover at `inner` characters into the first occurrence of `snippet` in `text`. */
async function hoverAt(workspace: CheckedWorkspace, document: LangiumDocument, text: string, snippet: string, inner = 1): Promise<string | undefined> {
    const at = text.indexOf(snippet);
    expect(at, `'${snippet}' in the text`).toBeGreaterThanOrEqual(0);
    const hover = await workspace.services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(at + inner)
    });
    return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
}

describe('hover with langium/test helpers', () => {
    const services = createCrmPlanServices({ ...NodeFileSystem }).CrmPlan;
    const hover = expectHover(services);
    const validated = { validation: true };

    it('shows a requirement\'s value, how it was computed and its rank on its declaration', async () => {
        await hover({ text: marked('LeadFollowUp "'), index: 0, parseOptions: validated, hover: /\*\*Value 6\.65\*\*/, disposeAfterCheck: true });
        await hover({ text: marked('LeadFollowUp "'), index: 0, parseOptions: validated, hover: /rank \*\*1 of 4\*\*/, disposeAfterCheck: true });
        await hover({ text: marked('LeadFollowUp "'), index: 0, parseOptions: validated, hover: /`SalesEfficiency`: 60% × 9 = 5\.40\n- `CustomerExperience`: 25% × 5 = 1\.25/, disposeAfterCheck: true });
    });

    it('shows the same figures on references to the requirement', async () => {
        // `needs LeadFollowUp` in Pipeline, `covers LeadFollowUp 90%` and `from LeadFollowUp` in MoreDeals.
        for (const snippet of ['needs LeadFollowUp', 'covers LeadFollowUp', 'from LeadFollowUp']) {
            await hover({ text: marked(snippet, snippet.indexOf('Lead') + 2), index: 0, parseOptions: validated, hover: /Value 6\.65[\s\S]*rank \*\*1 of 4\*\*/, disposeAfterCheck: true });
        }
    });

    it('shows a vendor\'s ROI and NPV on its declaration and on `choose`', async () => {
        await hover({ text: marked('Fxiaoke "'), index: 0, parseOptions: validated, hover: /\| ROI \| 126\.12% \|\n\| NPV \| ¥449,553\.71 \|/, disposeAfterCheck: true });
        await hover({ text: marked('choose Fxiaoke', 9), index: 0, parseOptions: validated, hover: /ROI \| 126\.12%[\s\S]*NPV \| ¥449,553\.71/, disposeAfterCheck: true });
    });
});

describe('hover content', () => {
    it('details a requirement: MoSCoW, effort, capacity and each vendor\'s coverage', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME });
        const document = workspace.document('acme.crmplan');
        const lead = await hoverAt(workspace, document, ACME, 'LeadFollowUp "');
        expect(lead).toContain('**requirement LeadFollowUp** — Automatic lead follow-up reminders');
        expect(lead).toContain('`must` · rank **1 of 4** · effort 6 person-weeks');
        expect(lead).toContain('Within capacity: yes (0 of 24 person-weeks used before it)');
        expect(lead).toContain('Coverage: `Fxiaoke` 90% · `Zoho` 85%');

        const segments = await hoverAt(workspace, document, ACME, 'Segments "');
        expect(segments).toContain('**Value 2.50**');
        expect(segments).toContain('rank **4 of 4**');
        expect(segments).toContain('Within capacity: no (10 person-weeks do not fit: 18 of 24 already used)');
    });

    it('lists every option of a vendor with TCO, benefit, ROI, NPV, payback, IRR, matrix score and ranks', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME });
        const zoho = await hoverAt(workspace, workspace.document('acme.crmplan'), ACME, 'Zoho "');
        expect(zoho).toContain('| | Zoho CRM Professional |');
        for (const row of ['| TCO | ¥539,940.00 |', '| Total benefit | ¥940,925.00 |', '| ROI | 74.26% |', '| NPV | ¥317,693.05 |',
            '| Payback | 18.82 months |', '| IRR (annual) | 80.63% |', '| Matrix score | 7.65 |', '| Rank by NPV | 2 of 2 |', '| Rank by matrix | 2 of 2 |']) {
            expect(zoho).toContain(row);
        }
        const fxiaoke = await hoverAt(workspace, workspace.document('acme.crmplan'), ACME, 'Fxiaoke "');
        expect(fxiaoke).toContain('| | 纷享销客 专业版 (chosen, recommended) |');
        expect(fxiaoke).toContain('| IRR (annual) | 141.53% |');
    });

    it('shows an edition\'s licence with the currency conversion used', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME });
        const edition = await hoverAt(workspace, workspace.document('acme.crmplan'), ACME, 'Professional {');
        expect(edition).toContain('**edition Zoho.Professional**');
        expect(edition).toContain('| ROI | 74.26% |');
        expect(edition).toContain('Licence: ¥163.30 per seat per month × 50 seats, billed yearly → ¥293,940.00 for 36 months billed');
        expect(edition).toContain('23 USD = ¥163.30 (rate USD 7.1 CNY)');
    });

    it('gives a licence whose seats follow rollout waves its total for the seat-months billed', async () => {
        const waves = ACME.replace('department Sales "Sales" { users 40 }', 'department Sales "Sales" {\n    users 20\n    users 40 from 2027-07\n}');
        const workspace = await checkFiles({ 'acme.crmplan': waves });
        const edition = await hoverAt(workspace, workspace.document('acme.crmplan'), waves, 'Professional "');
        expect(edition).toContain('Licence: ¥119.00 per month, billed yearly → ¥199,920.00 for 1,680 seat-months billed (the users as they roll out)');
    });

    it('shows a cost\'s lines and its total over the horizon per option', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME });
        const document = workspace.document('acme.crmplan');
        const maintenance = await hoverAt(workspace, document, ACME, 'Maintenance "');
        expect(maintenance).toContain('**cost Maintenance** — CRM administration · indirect');
        expect(maintenance).toContain('- ¥2,500.00 per month, 2027-03 to 2029-12 (34 months): ¥85,000.00');
        expect(maintenance).toContain('Total over 36 months: **¥85,000.00** (every option)');

        const training = await hoverAt(workspace, document, ACME, 'Training "');
        expect(training).toContain('6 hours × ¥120.00 per hour × 50 users = ¥36,000.00 once in 2027-03: ¥36,000.00');

        // A vendor's own cost is part of that vendor's options only.
        const connector = await hoverAt(workspace, document, ACME, 'Connector "');
        expect(connector).toContain('Total over 36 months: **¥30,000.00** (Zoho CRM Professional)');
    });

    it('converts a cost in another currency and says with which rate', async () => {
        const text = ACME.replace('15000 once\n', '2000 USD once\n');
        const workspace = await checkFiles({ 'acme.crmplan': text });
        const dataImport = await hoverAt(workspace, workspace.document('acme.crmplan'), text, 'DataImport "');
        expect(dataImport).toContain('- ¥14,200.00 once in 2027-01: ¥14,200.00');
        expect(dataImport).toContain('- ¥14,200.00 once in 2027-01: ¥14,200.00  \n  2,000 USD = ¥14,200.00 (rate USD 7.1 CNY)');
    });

    it('shows a benefit per option, with the coverage applied', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME });
        const benefit = await hoverAt(workspace, workspace.document('acme.crmplan'), ACME, 'MoreDeals "');
        expect(benefit).toContain('From `LeadFollowUp`, `Pipeline` · live 2027-05 · ramp 6 months');
        expect(benefit).toContain('- ¥30,000.00 per month, 2027-05 to 2029-12 (32 months)');
        expect(benefit).toContain('| 纷享销客 专业版 (chosen, recommended) | 87.5% | ¥774,375.00 |');
        expect(benefit).toContain('| Zoho CRM Professional | 82.5% | ¥730,125.00 |');
    });

    it('shows an edition\'s own coverage beside its vendor\'s, and the benefit it earns with it', async () => {
        // Zoho gets an Enterprise edition that covers Pipeline 95% (the vendor: 80%).
        const text = ACME.replace('    covers LeadFollowUp 85%, Pipeline 80%', '    edition Enterprise {\n        licence 40 USD per user per month\n        covers Pipeline 95%\n    }\n    covers LeadFollowUp 85%, Pipeline 80%');
        expect(text).not.toBe(ACME);
        const workspace = await checkFiles({ 'acme.crmplan': text });
        const document = workspace.document('acme.crmplan');
        expect(workspace.diagnostics('acme.crmplan').filter(d => d.severity === 'error')).toEqual([]);
        const pipeline = await hoverAt(workspace, document, text, 'Pipeline "');
        expect(pipeline).toContain('Coverage: `Fxiaoke` 85% · `Zoho` 80% · `Zoho.Enterprise` 95%');
        // MoreDeals is from LeadFollowUp and Pipeline: Zoho.Professional (85 + 80) / 2 = 82.5% of 885000 = 730125,
        // Zoho.Enterprise (85 + 95) / 2 = 90% of 885000 = 796500.
        const benefit = await hoverAt(workspace, document, text, 'MoreDeals "');
        expect(benefit).toContain('| Zoho CRM Professional | 82.5% | ¥730,125.00 |');
        expect(benefit).toContain('| Zoho CRM Enterprise | 90% | ¥796,500.00 |');
    });

    it('shows a goal\'s weight and the requirements it feeds, on a reference too', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME });
        const goal = await hoverAt(workspace, workspace.document('acme.crmplan'), ACME, 'impact SalesEfficiency', 9);
        expect(goal).toContain('**goal SalesEfficiency** — Raise sales efficiency · weight 60%');
        expect(goal).toContain('- `LeadFollowUp`: impact 9 → 5.40 of value 6.65');
        expect(goal).toContain('- `Reports`: impact 5 → 3.00 of value 3.90');
        expect(goal).not.toContain('Segments');
    });

    it('shows a criterion\'s weight, how it is measured and each option\'s score', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME });
        const document = workspace.document('acme.crmplan');
        const fit = await hoverAt(workspace, document, ACME, 'Fit "');
        expect(fit).toContain('weight 40% · measured by coverage');
        expect(fit).toMatch(/- 纷享销客 专业版: 8\.24 → [\d.]+ of matrix score 8\.79/);
        const usability = await hoverAt(workspace, document, ACME, 'score Usability', 7);
        expect(usability).toContain('weight 20% · scored per vendor');
        expect(usability).toContain('- Zoho CRM Professional: 7.00 → 1.40 of matrix score 7.65');
    });

    it('keeps the documentation-comment hover for other declarations', async () => {
        const text = ACME.replace('department Sales', '/** The field sales team. */\ndepartment Sales');
        const workspace = await checkFiles({ 'acme.crmplan': text });
        const department = await hoverAt(workspace, workspace.document('acme.crmplan'), text, 'Sales "Sales"');
        expect(department).toBe('The field sales team.');
    });

    it('speaks Simplified Chinese when the locale is zh-CN', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME }, { locale: 'zh-CN' });
        const document = workspace.document('acme.crmplan');
        const lead = await hoverAt(workspace, document, ACME, 'LeadFollowUp "');
        expect(lead).toContain('**需求 LeadFollowUp**');
        expect(lead).toContain('**价值 6.65** = Σ 目标权重 × 影响');
        expect(lead).toContain('排名 **第 1 名（共 4 个）**');
        expect(lead).toContain('在实施容量内：是（此前已用 0 / 24 人周）');
        const vendor = await hoverAt(workspace, document, ACME, 'Fxiaoke "');
        expect(vendor).toContain('| 投资回报率（ROI） | 126.12% |');
        expect(vendor).toContain('| 净现值（NPV） | ¥449,553.71 |');
        expect(vendor).toContain('| 静态投资回收期 | 15.64 个月 |');
    });
});

describe('hover without current figures', () => {
    it('shows the last good figures, marked out of date, while the plan has errors', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME }, { freshServices: true });
        const services = workspace.services;
        const uri = workspace.document('acme.crmplan').uri;
        expect(await hoverAt(workspace, workspace.document('acme.crmplan'), ACME, 'LeadFollowUp "')).not.toContain('Out of date');

        // Edit the file: an unknown goal is an error, and the impact changes the value it would have.
        const broken = ACME.replace('impact SalesEfficiency 9, CustomerExperience 5', 'impact Nowhere 2, CustomerExperience 5');
        writeFileSync(URI.parse(uri.toString()).fsPath, broken);
        await services.shared.workspace.DocumentBuilder.update([uri], []);
        const document = services.shared.workspace.LangiumDocuments.getDocument(uri)!;
        expect(document.diagnostics?.some(d => d.severity === 1)).toBe(true);

        const lead = await hoverAt(workspace, document, broken, 'LeadFollowUp "');
        expect(lead).toMatch(/^\*⟳ Out of date: figures from the last version without errors\.\*/);
        expect(lead).toContain('**Value 6.65**');
        const vendor = await hoverAt(workspace, document, broken, 'Fxiaoke "');
        expect(vendor).toContain('Out of date');
        expect(vendor).toContain('| NPV | ¥449,553.71 |');

        // A declaration added since the last good figures has none.
        const added = broken + '\nrequirement Later "Later" {\n    could\n}\n';
        writeFileSync(URI.parse(uri.toString()).fsPath, added);
        await services.shared.workspace.DocumentBuilder.update([uri], []);
        const later = await hoverAt(workspace, services.shared.workspace.LangiumDocuments.getDocument(uri)!, added, 'Later "');
        expect(later).toContain('`Later` is not in the last figures without errors.');
    });

    it('says so when a plan has never evaluated', async () => {
        const text = ACME.replace('impact SalesEfficiency 9', 'impact Nowhere 9');
        const workspace = await checkFiles({ 'acme.crmplan': text });
        const lead = await hoverAt(workspace, workspace.document('acme.crmplan'), text, 'LeadFollowUp "');
        expect(lead).toContain('**requirement LeadFollowUp** — Automatic lead follow-up reminders');
        expect(lead).toContain('No figures yet: the plan has errors.');
        expect(lead).not.toContain('6.65');
    });

    it('says a catalogue has no figures of its own', async () => {
        const catalogue = 'goal Speed "Faster sales" weight 100%\n';
        const workspace = await checkFiles({ 'catalog.crmplan': catalogue });
        const goal = await hoverAt(workspace, workspace.document('catalog.crmplan'), catalogue, 'Speed');
        expect(goal).toContain('No figures: this file is a catalogue');
    });

    it('reads figures only from PlanEvaluations', async () => {
        const workspace = await checkFiles({ 'acme.crmplan': ACME }, { freshServices: true });
        const evaluations = workspace.services.workspace.PlanEvaluations;
        const spy = vi.spyOn(evaluations, 'figures').mockReturnValue({ status: 'none', reason: 'errors' });
        try {
            const lead = await hoverAt(workspace, workspace.document('acme.crmplan'), ACME, 'LeadFollowUp "');
            expect(spy).toHaveBeenCalledWith(workspace.document('acme.crmplan'));
            expect(lead).toContain('No figures yet');
            expect(lead).not.toContain('6.65');
        } finally {
            spy.mockRestore();
        }
    });
});
