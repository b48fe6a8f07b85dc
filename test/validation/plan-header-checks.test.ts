import { describe, expect, it } from 'vitest';
import { checkFiles, checkText, lineOf, minimalPlan, withCode } from '../helpers/workspace.js';

// Professional (no licence) is the option with the highest NPV, so choosing it draws no CRM112 note.
const TWO_EDITIONS = 'vendor Zoho {\n    edition Standard {\n        licence 10 per month\n    }\n    edition Professional\n}\n';

describe('CRM010 choose without an edition', () => {
    it('reports `choose` of a vendor with several editions, on the vendor', async () => {
        const source = minimalPlan(TWO_EDITIONS).replace('horizon 12 months', 'horizon 12 months\n    choose Zoho');
        const diagnostics = withCode(await checkText(source), 'CRM010');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'choose'), text: 'Zoho', severity: 'error' }]);
        expect(diagnostics[0].message).toBe("Vendor 'Zoho' has several editions: choose one, for example `choose Zoho.Standard`.");
    });

    it('accepts `choose Vendor.Edition`', async () => {
        const source = minimalPlan(TWO_EDITIONS).replace('horizon 12 months', 'horizon 12 months\n    choose Zoho.Professional');
        expect(await checkText(source)).toEqual([]);
    });

    it('accepts a vendor with one edition or none', async () => {
        const header = (choice: string) => `horizon 12 months\n    choose ${choice}`;
        expect(await checkText(minimalPlan('vendor Zoho {\n    edition Standard\n}\n').replace('horizon 12 months', header('Zoho')))).toEqual([]);
        expect(await checkText(minimalPlan('vendor Odoo { }\n').replace('horizon 12 months', header('Odoo')))).toEqual([]);
    });
});

describe('CRM014 plan header without a required setting', () => {
    it('reports each missing setting on the plan', async () => {
        const source = 'plan "Empty" {\n    currency CNY\n}\n';
        const diagnostics = withCode(await checkText(source), 'CRM014');
        expect(diagnostics.map(d => [d.line, d.text])).toEqual([[1, '"Empty"'], [1, '"Empty"']]);
        expect(diagnostics.map(d => d.message)).toEqual([
            'The plan has no `start`: add `start 2027-01` to the plan header.',
            'The plan has no `horizon`: add `horizon 36 months` to the plan header.'
        ]);
    });

    it('reports a missing currency', async () => {
        const diagnostics = withCode(await checkText('plan "P" {\n    start 2027-01\n    horizon 12 months\n}\n'), 'CRM014');
        expect(diagnostics.map(d => d.message)).toEqual(['The plan has no `currency`: add `currency CNY` to the plan header.']);
    });

    it('does not ask a catalogue for a plan header', async () => {
        expect(await checkText('goal Growth weight 100%\n')).toEqual([]);
    });
});

describe('CRM017 a plan setting given twice', () => {
    it('reports the second setting of a kind, on its value', async () => {
        const source = minimalPlan().replace('start 2027-01', 'start 2027-01\n    start 2027-03\n    currency USD');
        const diagnostics = withCode(await checkText(source), 'CRM017');
        expect(diagnostics.map(d => [d.line, d.text])).toEqual([[lineOf(source, 'start 2027-03'), '2027-03'], [lineOf(source, 'currency USD'), 'USD']]);
        expect(diagnostics[0].message).toBe('`start` is given more than once in the plan header: keep one.');
    });

    it('accepts one setting of each kind', async () => {
        const source = minimalPlan('vendor Odoo { }\n').replace('horizon 12 months',
            'horizon 12 months\n    discount 8% per year\n    capacity 10 person-weeks\n    choose Odoo\n    internal rate 6000 per person-week');
        expect(await checkText(source)).toEqual([]);
    });
});

describe('CRM020 several plan headers', () => {
    it('reports a second plan header in one file', async () => {
        const source = `${minimalPlan()}\nplan "Another" {\n    currency CNY\n    start 2027-01\n    horizon 12 months\n}\n`;
        expect(withCode(await checkText(source), 'CRM020')).toMatchObject([{ line: lineOf(source, 'plan "Another"'), text: '"Another"' }]);
    });

    it('reports an import of another plan once (CRM043, on the import), with nothing of that plan merged in', async () => {
        const plan = minimalPlan('import "other.crmplan"\n');
        // The same declarations in both: merged, they would be duplicates and a second plan header.
        const workspace = await checkFiles({ 'plan.crmplan': plan, 'other.crmplan': minimalPlan() });
        expect(workspace.diagnostics('plan.crmplan')).toMatchObject([{ code: 'CRM043', line: lineOf(plan, 'import'), text: '"other.crmplan"' }]);
        expect(workspace.diagnostics('plan.crmplan')[0].message).toContain('is a plan');
        expect(workspace.diagnostics('other.crmplan')).toEqual([]);
    });

    it('reports a plan brought in through a catalogue on the catalogue\'s import', async () => {
        const plan = minimalPlan('import "shared.crmplan"\n');
        const workspace = await checkFiles({
            'plan.crmplan': plan, 'shared.crmplan': 'import "other.crmplan"\ndepartment Sales { users 4 }\n', 'other.crmplan': minimalPlan()
        });
        expect(workspace.diagnostics('plan.crmplan')).toEqual([]);
        expect(workspace.diagnostics('shared.crmplan')).toMatchObject([{ code: 'CRM043', line: 1 }]);
    });

    it('accepts a plan that imports catalogues', async () => {
        const workspace = await checkFiles({ 'plan.crmplan': minimalPlan('import "org.crmplan"\n'), 'org.crmplan': 'department Sales { users 4 }\n' });
        expect(workspace.diagnostics('plan.crmplan')).toEqual([]);
    });
});
