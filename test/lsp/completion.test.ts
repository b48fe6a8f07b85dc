/**
 * Completion in context: keywords, references filtered by kind, editions of
 * the chosen vendor, currencies and units.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { expectCompletion } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver';
import { createCrmPlanServices } from '../../language-server/crmplan-module.js';
import { checkFiles } from '../helpers/workspace.js';

const FIXTURE = readFileSync(join(__dirname, '../fixtures/acme-sales-automation.crmplan'), 'utf8');
const EXAMPLES = join(__dirname, '../../examples');

/**
 * The completion items at `|` after replacing `find` in `source` with
 * `replace` (which holds the `|`). Other files load beside it.
 */
async function completeIn(source: string, find: string, replace: string, others: Record<string, string> = {}, path = 'plan.crmplan'): Promise<CompletionItem[]> {
    expect(source).toContain(find);
    const marked = source.replace(find, replace);
    const offset = marked.indexOf('|');
    expect(offset).toBeGreaterThanOrEqual(0);
    const text = marked.slice(0, offset) + marked.slice(offset + 1);
    const workspace = await checkFiles({ ...others, [path]: text });
    const document = workspace.document(path);
    const list = await workspace.services.lsp.CompletionProvider!.getCompletion(document, {
        textDocument: { uri: document.textDocument.uri },
        position: document.textDocument.positionAt(offset)
    });
    return list?.items ?? [];
}

async function labels(find: string, replace: string): Promise<string[]> {
    return (await completeIn(FIXTURE, find, replace)).map(item => item.label);
}

describe('references, filtered by kind', () => {
    it('offers costs, benefits, KPIs and departments by kind inside actuals blocks', async () => {
        const monitoring = readFileSync(join(__dirname, '../fixtures/acme-monitoring.crmplan'), 'utf8');
        const at = async (replace: string) => (await completeIn(monitoring, '    cost Customization 92000\n', replace)).map(item => item.label);
        // The plan's costs; Zoho's WeChat connector is not payable while Fxiaoke is chosen (CRM030).
        expect(await at('    cost |\n')).toEqual(['DataImport', 'Customization', 'Training', 'Maintenance']);
        expect(await at('    benefit |\n')).toEqual(['MoreDeals', 'SalesTime']);
        expect(await at('    kpi |\n')).toEqual(['WinRate']);
        expect(await at('    users |\n')).toEqual(['Sales', 'Service']);
        // With Zoho chosen its own cost is offered too.
        const zoho = monitoring.replace('choose Fxiaoke', 'choose Zoho');
        expect(zoho).not.toBe(monitoring);
        const labelsWithZoho = (await completeIn(zoho, '    cost Customization 92000\n', '    cost |\n')).map(item => item.label);
        expect(labelsWithZoho).toEqual(['DataImport', 'Customization', 'Training', 'Maintenance', 'Connector']);
    });

    it('offers both vendors after `choose`, and nothing else', async () => {
        expect(await labels('    choose Fxiaoke\n', '    choose |\n')).toEqual(['Fxiaoke', 'Zoho']);
        expect(await labels('    choose Fxiaoke\n', '    choose Zo|\n')).toEqual(['Zoho']);
    });

    it('offers the editions of the vendor after `choose Vendor.`', async () => {
        expect(await labels('    choose Fxiaoke\n', '    choose Fxiaoke.|\n')).toEqual(['Professional']);
        const items = await completeIn(FIXTURE, '    choose Fxiaoke\n', '    choose Fxiaoke.Pro|\n');
        expect(items.map(item => item.label)).toEqual(['Professional']);
        expect(items[0].detail).toBe('Edition');
    });

    it('offers only the chosen vendor\'s editions when vendors have several', async () => {
        const manufacturer = readFileSync(join(EXAMPLES, 'manufacturer-sales-automation.crmplan'), 'utf8');
        const yunke = await completeIn(manufacturer, '    choose Yunke.Standard', '    choose Yunke.|');
        expect(yunke.map(item => item.label).sort()).toEqual(['Enterprise', 'Standard']);
        const beacon = await completeIn(manufacturer, '    choose Yunke.Standard', '    choose Beacon.|');
        expect(beacon.map(item => item.label)).toEqual(['Growth']);
    });

    it('offers goals after `impact`, and no requirement', async () => {
        const offered = await labels('impact SalesEfficiency 9, CustomerExperience 5', 'impact |');
        expect(offered).toEqual(['SalesEfficiency', 'CustomerExperience', 'DataQuality']);
        expect(offered).not.toContain('LeadFollowUp');
        expect(await labels('impact SalesEfficiency 9, CustomerExperience 5', 'impact SalesEfficiency 9, |'))
            .toEqual(['SalesEfficiency', 'CustomerExperience', 'DataQuality']);
    });

    it('offers requirements after `needs`, `covers`, `from` and `delivers`', async () => {
        const requirements = ['LeadFollowUp', 'Pipeline', 'Reports', 'Segments'];
        expect(await labels('    needs LeadFollowUp\n', '    needs |\n')).toEqual(requirements);
        expect(await labels('covers LeadFollowUp 90%', 'covers |')).toEqual(requirements);
        expect(await labels('from LeadFollowUp, Pipeline', 'from |')).toEqual(requirements);
        expect(await labels('delivers LeadFollowUp', 'delivers |')).toEqual(requirements);
    });

    it('offers `covers` in an edition block and requirements after it', async () => {
        const edition = '        licence 119 CNY per user per month billed yearly\n';
        expect(await labels(edition, `${edition}        |\n`)).toEqual(expect.arrayContaining(['licence', 'covers']));
        expect(await labels(edition, `${edition}        covers |\n`)).toEqual(['LeadFollowUp', 'Pipeline', 'Reports', 'Segments']);
    });

    it('offers in a scenario the costs, benefits and vendors, then the vendor\'s editions and `licence` after the dots', async () => {
        const source = `${FIXTURE}\nscenario Dearer {\n    Zoho.Professional.licence 110%\n}\n`;
        const at = async (replace: string) => (await completeIn(source, '    Zoho.Professional.licence 110%\n', replace)).map(item => item.label);
        expect(await at('    Zo|\n')).toEqual(['Zoho']);
        expect(await at('    |\n')).toEqual(expect.arrayContaining(['MoreDeals', 'DataImport', 'Connector', 'Fxiaoke', 'Zoho', 'users', 'discount', 'rate', 'internal', 'effort']));
        expect(await at('    Zoho.|\n')).toEqual(expect.arrayContaining(['Professional', 'licence']));
        expect(await at('    Zoho.Professional.|\n')).toEqual(expect.arrayContaining(['licence']));
        expect(await at('    Zoho.Professional.|\n')).not.toContain('Professional');
    });

    it('offers in a scenario\'s `covers` and `score` lines the vendors, editions, requirements and criteria', async () => {
        const source = `${FIXTURE}\nscenario Weak {\n    Zoho.Professional.licence 110%\n}\n`;
        const at = async (replace: string) => (await completeIn(source, '    Zoho.Professional.licence 110%\n', replace)).map(item => item.label);
        expect(await at('    covers |\n')).toEqual(['Fxiaoke', 'Zoho']);
        expect(await at('    covers Zoho |\n')).toEqual(['LeadFollowUp', 'Pipeline', 'Reports', 'Segments']);
        expect(await at('    covers Zoho.|\n')).toEqual(['Professional']);
        expect(await at('    covers Zoho.Professional |\n')).toEqual(['LeadFollowUp', 'Pipeline', 'Reports', 'Segments']);
        expect(await at('    score |\n')).toEqual(['Fxiaoke', 'Zoho']);
        expect(await at('    score Zoho |\n')).toEqual(['Fit', 'Cost', 'Usability', 'Localisation']);
    });

    it('offers departments after `asked by` and `per user of`', async () => {
        expect(await labels('asked by Service', 'asked by |')).toEqual(['Sales', 'Service']);
        expect(await labels('6 hours per user at', '6 hours per user of | at')).toEqual(['Sales', 'Service']);
    });

    it('offers phases after `after`, benefits after `tracks`, criteria after `score`', async () => {
        expect(await labels('    after Setup\n', '    after |\n')).toEqual(['Setup', 'Rollout']);
        expect(await labels('    tracks MoreDeals\n', '    tracks |\n')).toEqual(['MoreDeals', 'SalesTime']);
        expect(await labels('score Usability 7,', 'score |')).toEqual(['Fit', 'Cost', 'Usability', 'Localisation']);
    });

    it('offers names from imported files, and Chinese names', async () => {
        const plan = readFileSync(join(EXAMPLES, 'multi-file/plan.crmplan'), 'utf8');
        const others = {
            'catalog/vendors.crmplan': readFileSync(join(EXAMPLES, 'multi-file/catalog/vendors.crmplan'), 'utf8'),
            'catalog/needs.crmplan': readFileSync(join(EXAMPLES, 'multi-file/catalog/needs.crmplan'), 'utf8')
        };
        const delivered = await completeIn(plan, '    delivers QuoteApproval\n', '    delivers |\n', others);
        expect(delivered.map(item => item.label)).toEqual(['AccountPlans', 'QuoteApproval', 'Renewals', 'MobileVisits']);
        const chosen = await completeIn(plan, '    choose Qiming\n', '    choose |\n', others);
        expect(chosen.map(item => item.label)).toEqual(['Qiming', 'Harbor']);

        const retail = readFileSync(join(EXAMPLES, 'retail-customer-management/plan.crmplan'), 'utf8');
        const needed = await completeIn(retail, '    needs 顾客分群\n', '    needs 顾|\n');
        expect(needed.map(item => item.label)).toEqual(['顾客分群']);
    });

    it('works through langium/test expectCompletion on an in-memory document', async () => {
        const services = createCrmPlanServices({ ...EmptyFileSystem }).CrmPlan;
        await expectCompletion(services)({
            text: 'plan "P" {\n    currency CNY\n    choose <|>\n}\n\nvendor Alpha {\n}\n\nvendor Beta {\n}\n\ngoal G weight 100%\n',
            index: 0,
            expectedItems: ['Alpha', 'Beta'],
            disposeAfterCheck: true
        });
    });
});

describe('currencies and units', () => {
    it('offers the plan currency and the declared currencies in a rate', async () => {
        const items = await completeIn(FIXTURE, 'rate USD 7.10 CNY', 'rate USD 7.10 |');
        expect(items.map(item => [item.label, item.detail])).toEqual([['CNY', 'Plan currency'], ['USD', 'Currency with a declared rate']]);
    });

    it('offers currencies after an amount, with the units that may follow', async () => {
        const offered = await labels('    30000 once\n', '    30000 |\n');
        expect(offered).toEqual(expect.arrayContaining(['CNY', 'USD', 'once', 'per', 'per month', 'per year', 'per user', 'hours']));
        expect(await labels('    30000 once\n', '    30000 U|\n')).toEqual(['USD']);
        expect(await labels('licence 119 CNY per', 'licence 119 C| per')).toEqual(['CNY']);
    });

    it('offers `months` after a horizon and `person-weeks` after an effort', async () => {
        expect(await labels('    horizon 36 months', '    horizon 36 |')).toEqual(['months', 'month']);
        expect(await labels('    effort 10 person-weeks\n', '    effort 10 |\n')).toEqual(['person-weeks', 'person-week']);
    });

    it('offers what may follow `per`: periods, and `user` where a per-user amount may stand', async () => {
        expect(await labels('    8000 per month\n', '    8000 per |\n')).toEqual(['month', 'year', 'user']);
        expect(await labels('    8000 per month\n', '    8000 per u|\n')).toEqual(['user']);
        expect(await labels('    discount 8% per year', '    discount 8% per |')).toEqual(['year']);
        expect(await labels('at 120 per hour', 'at 120 per |')).toEqual(['hour']);
        expect(await labels('6 hours per user at 120 per hour', '6 hours per user at 120 |')).toEqual(expect.arrayContaining(['CNY', 'per hour']));
    });

    it('offers the unit words other KPIs use', async () => {
        const retail = readFileSync(join(EXAMPLES, 'retail-customer-management/plan.crmplan'), 'utf8');
        const items = await completeIn(retail, '    baseline 52000 人\n', '    baseline 52000 |\n');
        expect(items.map(item => item.label)).toEqual(expect.arrayContaining(['小时', '人', 'hours', 'months']));
    });
});

describe('keywords', () => {
    it('offers the declaration keywords between declarations', async () => {
        expect(await labels('\nkpi WinRate', '\n|\nkpi WinRate')).toEqual([
            'import', 'plan', 'rate', 'goal', 'department', 'requirement', 'criterion', 'vendor', 'cost', 'benefit', 'phase', 'kpi', 'scenario',
            'actuals', 'require', 'expect'
        ]);
    });

    it('offers the statements of a block', async () => {
        expect(await labels('    direct\n    15000 once\n', '    direct\n    |\n')).toEqual(['direct', 'indirect']);
        expect(await labels('    owner "Li Wei (Sales)"\n', '    |\n')).toEqual(['owner', 'start', 'after', 'duration', 'delivers']);
    });
});

describe('sources and the tax basis', () => {
    it('offers `source` after a figure that may have one, with a snippet that places the cursor in the quotes', async () => {
        for (const [find, replace] of [
            ['    80000 once in 2027-02\n', '    80000 once in 2027-02 |\n'],
            ['        licence 119 CNY per user per month billed yearly\n', '        licence 119 CNY per user per month billed yearly |\n'],
            ['department Sales "Sales" { users 40 }', 'department Sales "Sales" { users 40 | }'],
            ['    effort 8 person-weeks\n', '    effort 8 person-weeks |\n'],
            ['rate USD 7.10 CNY   //', 'rate USD 7.10 CNY | //']
        ]) {
            const items = await completeIn(FIXTURE, find, replace);
            expect(items.map(item => item.label), replace).toEqual(expect.arrayContaining(['source', 'source "…"']));
            expect(items.find(item => item.label === 'source "…"')!.insertText).toBe('source "$1"');
        }
    });

    it('offers `amounts include tax` and `amounts exclude tax` in the plan header only', async () => {
        expect(await labels('    capacity 24 person-weeks\n', '    capacity 24 person-weeks\n    |\n'))
            .toEqual(expect.arrayContaining(['amounts', 'amounts include tax', 'amounts exclude tax']));
        expect(await labels('    80000 once in 2027-02\n', '    80000 once in 2027-02\n    |\n')).not.toContain('amounts include tax');
    });
});
