import { describe, expect, it } from 'vitest';
import { checkFiles, checkText, lineOf, minimalPlan, withCode } from '../helpers/workspace.js';

// The minimal plan runs from 2027-01 through 2027-12.

describe('CRM015 months that are not calendar months', () => {
    it('reports month 13, on the month', async () => {
        const source = minimalPlan('cost Import {\n    15000 once in 2027-13\n}\n');
        const diagnostics = withCode(await checkText(source), 'CRM015');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, '2027-13'), text: '2027-13', severity: 'error' }]);
        expect(diagnostics[0].message).toBe("'2027-13' is not a month: write YYYY-MM with a month from 01 to 12.");
    });

    it('reports month 00 in the plan start, licences, recurring lines, phases and KPI targets', async () => {
        const source = minimalPlan([
            'vendor Zoho {\n    edition Pro {\n        licence 10 per month from 2027-00 until 2027-14\n    }\n}',
            'cost Support {\n    100 per month from 2027-00 until 2027-99\n}',
            'phase Setup {\n    start 2027-00\n    duration 1 month\n}',
            'kpi WinRate {\n    target 24% by 2027-20\n}\n'
        ].join('\n')).replace('start 2027-01', 'start 2027-00');
        const diagnostics = withCode(await checkText(source), 'CRM015');
        expect(diagnostics.map(d => d.text)).toEqual(['2027-00', '2027-00', '2027-14', '2027-00', '2027-99', '2027-00', '2027-20']);
    });

    it('accepts months 01 and 12', async () => {
        const source = minimalPlan('cost Import {\n    100 once in 2027-12\n    100 per month from 2027-01 until 2027-12\n}\n');
        expect(await checkText(source)).toEqual([]);
    });
});

describe('CRM104 dates outside the timeline', () => {
    it('warns about an amount dated before the plan starts, on the month', async () => {
        const source = minimalPlan('cost Import {\n    15000 once in 2026-12\n}\n');
        const diagnostics = withCode(await checkText(source), 'CRM104');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, '2026-12'), text: '2026-12', severity: 'warning' }]);
        expect(diagnostics[0].message).toBe('2026-12 is before the plan starts (2027-01 to 2027-12): amounts dated there are not counted.');
    });

    it('warns about dates after the horizon in recurring lines and licences', async () => {
        const source = minimalPlan([
            'cost Support {\n    100 per month from 2028-01\n}',
            'vendor Zoho {\n    edition Pro {\n        licence 10 per month until 2028-06\n    }\n}\n'
        ].join('\n'));
        const diagnostics = withCode(await checkText(source), 'CRM104');
        expect(diagnostics.map(d => d.text)).toEqual(['2028-01', '2028-06']);
        expect(diagnostics[0].message).toContain('after the horizon ends (2027-01 to 2027-12)');
    });

    it('warns about a phase starting outside the timeline and a KPI target after it, saying what that means', async () => {
        const source = minimalPlan('phase Setup {\n    start 2026-06\n    duration 1 month\n}\nkpi WinRate {\n    target 24% by 2029-01\n}\n');
        const diagnostics = withCode(await checkText(source), 'CRM104');
        expect(diagnostics.map(d => d.text)).toEqual(['2026-06', '2029-01']);
        expect(diagnostics[0].message).toContain('the phase lies outside the timeline');
        expect(diagnostics[1].message).toContain('the target lies outside the timeline');
    });

    it('accepts the first and the last month of the horizon', async () => {
        const source = minimalPlan('cost Import {\n    100 once in 2027-01\n    100 once in 2027-12\n}\nphase Setup {\n    start 2027-12\n    duration 1 month\n}\n');
        expect(await checkText(source)).toEqual([]);
    });

    it('does not judge a catalogue\'s dates on their own (it has no timeline)', async () => {
        const workspace = await checkFiles({
            'plan.crmplan': minimalPlan('import "costs.crmplan"\n'),
            'costs.crmplan': 'cost Import {\n    100 once in 2031-01\n}\n'
        });
        expect(workspace.diagnostics('costs.crmplan')).toEqual([]);
    });

    it('says nothing while the horizon is invalid', async () => {
        const source = minimalPlan('cost Import {\n    15000 once in 2026-12\n}\n').replace('horizon 12 months', 'horizon 0 months');
        expect(withCode(await checkText(source), 'CRM104')).toEqual([]);
    });
});

describe('CRM113 until before from', () => {
    it('warns on the `until` of a recurring line or licence that ends before it starts', async () => {
        const source = minimalPlan([
            'cost Support {\n    100 per month from 2027-06 until 2027-03\n}',
            'vendor Zoho {\n    edition Pro {\n        licence 10 per month from 2027-09 until 2027-08\n    }\n}\n'
        ].join('\n'));
        const diagnostics = withCode(await checkText(source), 'CRM113');
        expect(diagnostics.map(d => [d.line, d.text, d.severity])).toEqual([
            [lineOf(source, 'until 2027-03'), '2027-03', 'warning'], [lineOf(source, 'until 2027-08'), '2027-08', 'warning']
        ]);
        expect(diagnostics[0].message).toBe('`until 2027-03` comes before `from 2027-06`, so this line counts nothing: swap the months or correct one of them.');
    });

    it('accepts a single month and the right order', async () => {
        const source = minimalPlan('cost Support {\n    100 per month from 2027-06 until 2027-06\n    100 per month from 2027-06 until 2027-09\n}\n');
        expect(await checkText(source)).toEqual([]);
    });
});
