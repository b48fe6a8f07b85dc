import { describe, expect, it } from 'vitest';
import { checkFiles, checkText, lineOf, minimalPlan, withCode } from '../helpers/workspace.js';

describe('CRM101 goal weights', () => {
    it('warns once, on the first goal, when the plan\'s goals do not sum to 100%', async () => {
        const source = minimalPlan('goal Quality "Quality" weight 20%\n');
        const diagnostics = withCode(await checkText(source), 'CRM101');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'goal Growth'), text: '100', severity: 'warning' }]);
        expect(diagnostics[0].message).toBe('Goal weights sum to 120%, not 100%: requirement values are then not on a 0–10 scale.');
    });

    it('sums exactly (no floating-point drift)', async () => {
        const source = minimalPlan().replace('goal Growth "Grow" weight 100%', 'goal A weight 33.3%\ngoal B weight 33.3%\ngoal C weight 33.4%');
        expect(withCode(await checkText(source), 'CRM101')).toEqual([]);
    });

    it('sums over imported goals and warns on the plan header', async () => {
        const plan = minimalPlan('import "goals.crmplan"\n');
        const workspace = await checkFiles({ 'plan.crmplan': plan, 'goals.crmplan': 'goal Quality weight 50%\n' });
        expect(withCode(workspace.diagnostics('plan.crmplan'), 'CRM101')).toMatchObject([{ line: 1, text: '"Minimal"', message: expect.stringContaining('150%') }]);
        // The catalogue of goals checks on its own, without plan-level warnings.
        expect(workspace.diagnostics('goals.crmplan')).toEqual([]);
    });

    it('warns when there are requirements to rank but no goals at all', async () => {
        const source = minimalPlan('requirement A {\n    should\n}\n').replace('goal Growth "Grow" weight 100%', '');
        expect(withCode(await checkText(source), 'CRM101')).toMatchObject([{ line: 1, message: expect.stringContaining('sum to 0%') }]);
    });

    it('stays quiet for a plan without goals or requirements', async () => {
        expect(await checkText(minimalPlan().replace('goal Growth "Grow" weight 100%', ''))).toEqual([]);
    });
});

describe('CRM102 criterion weights', () => {
    it('warns when criteria do not sum to 100%, on the first criterion', async () => {
        const source = minimalPlan('criterion Fit weight 40% measured by coverage\ncriterion Cost weight 40% measured by tco\n');
        const diagnostics = withCode(await checkText(source), 'CRM102');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'criterion Fit'), text: '40' }]);
        expect(diagnostics[0].message).toContain('sum to 80%');
    });

    it('accepts criteria summing to 100%, and a plan without criteria', async () => {
        const source = minimalPlan('criterion Fit weight 60% measured by coverage\ncriterion Cost weight 40% measured by tco\n');
        expect(await checkText(source)).toEqual([]);
    });
});

describe('CRM103 a score for a computed criterion', () => {
    it('warns on the criterion of the score', async () => {
        const source = minimalPlan('criterion Cost weight 100% measured by tco\nvendor Zoho {\n    score Cost 7\n}\n');
        const diagnostics = withCode(await checkText(source), 'CRM103');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'score Cost'), text: 'Cost', severity: 'warning' }]);
        expect(diagnostics[0].message).toBe("'Cost' is measured by tco, so this score is ignored: remove it.");
    });

    it('accepts a score for a scored criterion', async () => {
        const source = minimalPlan('criterion Usability weight 100%\nvendor Zoho {\n    score Usability 7\n}\n');
        expect(await checkText(source)).toEqual([]);
    });
});

describe('CRM105 needing a requirement of a lower class', () => {
    it('warns on the needed requirement', async () => {
        const source = minimalPlan('requirement A {\n    must\n    needs B\n}\nrequirement B {\n    could\n}\n');
        const diagnostics = withCode(await checkText(source), 'CRM105');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'needs B'), text: 'B', severity: 'warning' }]);
        expect(diagnostics[0].message).toBe("'A' (must) needs 'B' (could): raise 'B' to must or drop the dependency.");
    });

    it('counts a requirement without a class as `could`', async () => {
        const source = minimalPlan('requirement A {\n    should\n    needs B\n}\nrequirement B {\n    effort 1 person-week\n}\n');
        expect(withCode(await checkText(source), 'CRM105')).toMatchObject([{ text: 'B', message: expect.stringContaining("'B' (could)") }]);
    });

    it('accepts needing one of the same or a higher class', async () => {
        const source = minimalPlan('requirement A {\n    should\n    needs B, C\n}\nrequirement B {\n    should\n}\nrequirement C {\n    must\n}\n');
        expect(withCode(await checkText(source), 'CRM105')).toEqual([]);
    });
});

describe('CRM106 benefits that need a requirement no phase delivers', () => {
    const requirements = 'requirement A {\n    should\n}\nrequirement B {\n    should\n}\n';
    const setup = (delivers: string) => `phase Setup {\n    start 2027-01\n    duration 1 month\n    delivers ${delivers}\n}\n`;
    const requirementC = 'requirement C {\n    should\n}\n';

    it('warns on each requirement of a benefit that no phase delivers, in a plan with phases', async () => {
        const source = minimalPlan(`${requirements}${requirementC}${setup('C')}benefit Time {\n    from A, B\n    100 per month\n}\n`);
        const diagnostics = withCode(await checkText(source), 'CRM106');
        expect(diagnostics.map(d => [d.line, d.text])).toEqual([[lineOf(source, 'from A'), 'A'], [lineOf(source, 'from A'), 'B']]);
        expect(diagnostics[0].message).toBe("No phase delivers 'A', so it is not part of this implementation and benefit 'Time' earns nothing: add 'A' to a phase's `delivers`, or drop it from the benefit's `from`.");
    });

    it('warns on the one requirement left out when a phase delivers the others: the benefit still earns nothing', async () => {
        const source = minimalPlan(`${requirements}${setup('B')}benefit Time {\n    from A, B\n    100 per month\n}\nbenefit Brand {\n    100 per month\n}\n`);
        expect(withCode(await checkText(source), 'CRM106').map(d => d.text)).toEqual(['A']);
    });

    it('stays quiet in a plan without phases: every requirement is live from month 0', async () => {
        const source = minimalPlan(`${requirements}benefit Time {\n    from A, B\n    100 per month\n}\n`);
        expect(await checkText(source)).toEqual([]);
    });

    it('reports an imported benefit on its import, and nothing in the catalogue', async () => {
        const plan = minimalPlan(`import "benefits.crmplan"\n${requirementC.replace('C', 'D')}${setup('D')}`);
        const workspace = await checkFiles({ 'plan.crmplan': plan, 'benefits.crmplan': `${requirements}benefit Time {\n    from A\n    100 per month\n}\n` });
        expect(withCode(workspace.diagnostics('plan.crmplan'), 'CRM106')).toMatchObject([{ line: lineOf(plan, 'import'), text: '"benefits.crmplan"' }]);
        expect(workspace.diagnostics('benefits.crmplan')).toEqual([]);
    });
});

describe('CRM107 vendors that cover nothing', () => {
    it('warns on the vendor name', async () => {
        const source = minimalPlan('requirement A {\n    should\n}\nvendor Zoho {\n    covers A 50%\n}\nvendor Odoo {\n    covers A 0%\n}\n');
        const diagnostics = withCode(await checkText(source), 'CRM107');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'vendor Odoo'), text: 'Odoo', severity: 'warning' }]);
    });

    it('stays quiet in a catalogue and in a plan with no requirements', async () => {
        expect(await checkText('vendor Odoo { }\n')).toEqual([]);
        expect(await checkText(minimalPlan('vendor Odoo { }\n'))).toEqual([]);
    });
});

describe('CRM108 must-haves no vendor covers', () => {
    it('warns on the MoSCoW class of the uncovered must', async () => {
        const source = minimalPlan('requirement A {\n    must\n}\nrequirement B {\n    must\n}\nvendor Zoho {\n    covers A 50%\n}\n');
        const diagnostics = withCode(await checkText(source), 'CRM108');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'requirement B') + 1, text: 'must', severity: 'warning' }]);
        expect(diagnostics[0].message).toBe("No vendor covers the must-have 'B'.");
    });

    it('stays quiet when every must is covered, or when there are no vendors yet', async () => {
        expect(await checkText(minimalPlan('requirement A {\n    must\n}\nvendor Zoho {\n    covers A 50%\n}\n'))).toEqual([]);
        expect(await checkText(minimalPlan('requirement A {\n    must\n}\n'))).toEqual([]);
    });
});

describe('CRM109 musts over capacity', () => {
    const plan = (capacity: number) => minimalPlan([
        'requirement A {\n    effort 6 person-weeks\n    must\n}',
        'requirement B {\n    effort 8.5 (6 to 10) person-weeks\n    must\n}',
        'requirement C {\n    effort 10 person-weeks\n    could\n}\n'
    ].join('\n')).replace('horizon 12 months', `horizon 12 months\n    capacity ${capacity} person-weeks`);

    it('warns on the capacity when the musts alone exceed it', async () => {
        const source = plan(14);
        const diagnostics = withCode(await checkText(source), 'CRM109');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'capacity'), text: '14', severity: 'warning' }]);
        expect(diagnostics[0].message).toBe('The must-haves need 14.5 person-weeks, more than the capacity of 14.');
    });

    it('accepts musts that fit exactly', async () => {
        expect(withCode(await checkText(plan(14.5)), 'CRM109')).toEqual([]);
    });
});

describe('CRM110 missing vendor scores', () => {
    it('warns on the vendor for each scored criterion it has no score for', async () => {
        const source = minimalPlan([
            'criterion Usability weight 50%',
            'criterion Localisation weight 30%',
            'criterion Cost weight 20% measured by tco',
            'vendor Zoho {\n    score Usability 7\n}\n'
        ].join('\n'));
        const diagnostics = withCode(await checkText(source), 'CRM110');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'vendor Zoho'), text: 'Zoho', severity: 'warning' }]);
        expect(diagnostics[0].message).toBe("Vendor 'Zoho' has no score for 'Localisation', which counts as 0: add `score Localisation <0-10>`.");
    });

    it('reports an imported vendor on the import', async () => {
        const plan = minimalPlan('import "vendors.crmplan"\ncriterion Usability weight 100%\n');
        const workspace = await checkFiles({ 'plan.crmplan': plan, 'vendors.crmplan': 'vendor Zoho { }\n' });
        expect(withCode(workspace.diagnostics('plan.crmplan'), 'CRM110')).toMatchObject([{ line: lineOf(plan, 'import'), text: '"vendors.crmplan"' }]);
    });

    it('stays quiet when every vendor scores every scored criterion', async () => {
        const source = minimalPlan('criterion Usability weight 100%\nvendor Zoho {\n    score Usability 7\n}\n');
        expect(await checkText(source)).toEqual([]);
    });
});
