/**
 * Inputs an audit found accepted silently: each is now an error or a warning
 * with a stable code, on the line at fault, in English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { checkText, lineOf, minimalPlan, withCode } from '../helpers/workspace.js';
import { loadPlanText } from '../report/load.js';

const requirements = 'requirement R {\n    should\n    effort 2 person-weeks\n}\nrequirement S {\n    should\n    effort 2 person-weeks\n}\n';

describe('CRM033 a name listed twice', () => {
    it('in `from`, where the repeat would weigh its coverage twice', async () => {
        const source = minimalPlan(`${requirements}vendor V {\n    covers R 100%, S 90%\n}\nbenefit B {\n    from R, R, S\n    100 per month\n}\n`);
        const diagnostics = withCode(await checkText(source), 'CRM033');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'from R, R'), text: 'R', severity: 'error' }]);
        expect(diagnostics[0]!.message).toBe("'R' is listed twice in `from`: each name counts once (in `from` a repeat would weigh its coverage twice). Remove the repeat.");
        expect(withCode(await checkText(source, { locale: 'zh-CN' }), 'CRM033')[0]!.message).toBe('“R”在 `from` 中出现了两次：每个名称只计一次（在 `from` 中重复会使其覆盖率被计算两次）。请删除重复项。');
    });

    it('in `needs`, `delivers`, `after` and `tracks`', async () => {
        const source = minimalPlan(`${requirements}requirement T {\n    should\n    needs R, S, R\n}\n`
            + 'phase P {\n    start 2027-01\n    duration 1 month\n    delivers R, S, T, S\n}\n'
            + 'phase Q {\n    after P, P\n    duration 1 month\n}\n'
            + 'benefit B {\n    from R\n    100 per month\n}\nkpi K {\n    tracks B, B\n}\n');
        const found = withCode(await checkText(source), 'CRM033').map(d => [d.line, d.text]);
        expect(found).toEqual([
            [lineOf(source, 'needs R, S, R'), 'R'],
            [lineOf(source, 'delivers R, S, T, S'), 'S'],
            [lineOf(source, 'after P, P'), 'P'],
            [lineOf(source, 'tracks B, B'), 'B']
        ]);
    });
});

describe('CRM034 a rate from a currency to itself', () => {
    it('is an error on the second currency', async () => {
        const source = minimalPlan('rate CNY 1 CNY\n');
        expect(withCode(await checkText(source), 'CRM034')).toMatchObject([{ line: lineOf(source, 'rate CNY'), text: 'CNY', severity: 'error' }]);
    });
});

describe('CRM035 fractional users', () => {
    it('on a department (its range too) and in a scenario', async () => {
        const source = minimalPlan('department Sales { users 2.5 }\ndepartment Service { users 10 (8 to 12.5) }\ndepartment Ops { users 4.0 }\n'
            + 'scenario Lean {\n    users Ops 1.5\n}\n');
        const found = withCode(await checkText(source), 'CRM035');
        expect(found.map(d => [d.line, d.text])).toEqual([
            [lineOf(source, 'users 2.5'), '2.5'], [lineOf(source, 'users 10 (8'), '12.5'], [lineOf(source, 'users Ops 1.5'), '1.5']
        ]);
        expect(found[0]!.message).toBe("The number of users of department 'Sales' is 2.5: users are people, so write a whole number.");
    });
});

describe('CRM118 a minimum of seats on a licence not priced per user', () => {
    it('warns on the minimum', async () => {
        const source = minimalPlan('vendor V {\n    edition Team {\n        licence 5000 per month minimum 20 users\n    }\n}\n');
        expect(withCode(await checkText(source), 'CRM118')).toMatchObject([{ line: lineOf(source, 'minimum 20'), text: '20', severity: 'warning' }]);
        expect(withCode(await checkText(minimalPlan('vendor V {\n    edition Team {\n        licence 50 per user per month minimum 20 users\n    }\n}\n')), 'CRM118')).toEqual([]);
    });
});

describe('CRM119 a ramp with nothing recurring to ramp', () => {
    it('warns on a benefit with only once amounts, not on one with a recurring line', async () => {
        const source = minimalPlan('benefit Launch {\n    50000 once\n    ramp 3 months\n}\nbenefit Steady {\n    50000 once\n    100 per month\n    ramp 3 months\n}\n');
        expect(withCode(await checkText(source), 'CRM119').map(d => d.line)).toEqual([lineOf(source, 'ramp 3 months')]);
    });
});

describe('CRM120 a benefit amount dated before its go-live', () => {
    const plan = minimalPlan(`${requirements}vendor V {\n    covers R 100%\n}\nphase P {\n    start 2027-01\n    duration 4 months\n    delivers R, S\n}\n`);

    it('warns on `once in` before go-live and on `until` before go-live; the amounts earn nothing', async () => {
        const source = `${plan}benefit Early {\n    from R\n    20000 once in 2027-02\n    100 per month until 2027-03\n    300 per month from 2027-06\n}\n`;
        const found = withCode(await checkText(source), 'CRM120');
        expect(found.map(d => [d.line, d.text])).toEqual([[lineOf(source, 'once in 2027-02'), '2027-02'], [lineOf(source, 'until 2027-03'), '2027-03']]);
        expect(found[0]!.message).toBe("This amount falls in 2027-02, before benefit 'Early' goes live in 2027-05, so it earns nothing: date it at or after go-live.");
        const { evaluation } = await loadPlanText(source);
        // Only the line from 2027-06 earns: 7 months × 300.
        expect(evaluation.options[0]!.benefits[0]!.total.toNumber()).toBe(2100);
    });

    it('stays quiet for amounts at or after go-live', async () => {
        const source = `${plan}benefit OnTime {\n    from R\n    20000 once in 2027-05\n    100 per month until 2027-05\n}\n`;
        expect(withCode(await checkText(source), 'CRM120')).toEqual([]);
    });
});

describe('CRM121 and CRM122 phases that deliver what the priorities leave out', () => {
    it('warns on the `delivers` entry of a requirement beyond capacity, and of one marked `wont`', async () => {
        const source = minimalPlan(`${requirements}requirement W {\n    wont\n}\n`
            .concat('phase P {\n    start 2027-01\n    duration 1 month\n    delivers R, S, W\n}\n'))
            .replace('horizon 12 months', 'horizon 12 months\n    capacity 3 person-weeks');
        const diagnostics = await checkText(source);
        expect(withCode(diagnostics, 'CRM121')).toMatchObject([{ line: lineOf(source, 'delivers R, S, W'), text: 'S', severity: 'warning' }]);
        expect(withCode(diagnostics, 'CRM121')[0]!.message).toBe("'S' is delivered by phase 'P' but does not fit the capacity (rank 2): its cost and benefits count, yet the ranking leaves it out. Raise the capacity, or drop it from `delivers`.");
        expect(withCode(diagnostics, 'CRM122')).toMatchObject([{ line: lineOf(source, 'delivers R, S, W'), text: 'W', severity: 'warning' }]);
    });
});

describe('CRM104 for a phase that starts before the plan', () => {
    it('says the requirements it delivers go live on the timeline when it ends by the plan start', async () => {
        const source = minimalPlan(`${requirements}phase Early {\n    start 2026-11\n    duration 3 months\n    delivers R\n}\nphase Gone {\n    start 2025-01\n    duration 1 month\n}\n`);
        const found = withCode(await checkText(source), 'CRM104');
        expect(found.map(d => d.message)).toEqual([
            '2026-11 is before the plan starts (2027-01 to 2027-12): the phase starts before the plan: its months before 2027-01 are not on the timeline, and the requirements it delivers go live in 2027-02.',
            '2025-01 is before the plan starts (2027-01 to 2027-12): the phase lies outside the timeline, and so do the requirements it delivers.'
        ]);
    });
});
