import { describe, expect, it } from 'vitest';
import { checkFiles, checkText, lineOf, minimalPlan, withCode } from '../helpers/workspace.js';

function phase(name: string, ...lines: string[]): string {
    return `phase ${name} {\n${lines.map(line => `    ${line}\n`).join('')}}\n`;
}

describe('CRM008 phase order loops', () => {
    it('reports each phase of the loop once, on the `after` that continues it', async () => {
        const source = minimalPlan([
            phase('Setup', 'start 2027-01', 'duration 1 month'),
            phase('Build', 'after Setup, Test', 'duration 1 month'),
            phase('Test', 'after Build', 'duration 1 month')
        ].join('\n'));
        const diagnostics = withCode(await checkText(source), 'CRM008');
        expect(diagnostics.map(d => [d.line, d.text])).toEqual([
            [lineOf(source, 'after Setup, Test'), 'Test'],
            [lineOf(source, 'after Build'), 'Build']
        ]);
        expect(diagnostics.map(d => d.message)).toEqual([
            'Phase order loops: Build → Test → Build. Start one of these phases with `start <month>` instead.',
            'Phase order loops: Test → Build → Test. Start one of these phases with `start <month>` instead.'
        ]);
    });

    it('reports a phase that comes after itself', async () => {
        const source = minimalPlan(phase('Setup', 'after Setup', 'duration 1 month'));
        expect(withCode(await checkText(source), 'CRM008')).toMatchObject([{ message: expect.stringContaining('Setup → Setup') }]);
    });

    it('reports a loop through an imported phase in the importing file only', async () => {
        // The catalogue imports nothing, so its own Build has no loop on its own.
        const plan = minimalPlan(`import "phases.crmplan"\n${phase('Test', 'after Build', 'duration 1 month')}`);
        const workspace = await checkFiles({ 'plan.crmplan': plan, 'phases.crmplan': phase('Build', 'start 2027-01', 'duration 1 month') });
        expect(withCode(workspace.diagnostics('plan.crmplan'), 'CRM008')).toEqual([]);
    });

    it('accepts a chain and a diamond', async () => {
        const source = minimalPlan([
            phase('Setup', 'start 2027-01', 'duration 1 month'),
            phase('Build', 'after Setup', 'duration 1 month'),
            phase('Docs', 'after Setup', 'duration 1 month'),
            phase('Launch', 'after Build, Docs', 'duration 1 month')
        ].join('\n'));
        expect(await checkText(source)).toEqual([]);
    });

    it('handles long loops without exhausting the stack', async () => {
        const count = 3000;
        const phases = Array.from({ length: count }, (_, i) => phase(`P${i}`, `after P${(i + 1) % count}`, 'duration 1 month'));
        const diagnostics = withCode(await checkText(minimalPlan(phases.join(''))), 'CRM008');
        expect(diagnostics).toHaveLength(count);
        // A long loop is shown with its middle elided: P0 → P1 → … → P2999 → P0.
        expect(diagnostics[0].message).toBe(
            'Phase order loops: P0 → P1 → P2 → P3 → P4 → … → P2996 → P2997 → P2998 → P2999 → P0. Start one of these phases with `start <month>` instead.');
        expect(diagnostics[1500].message).toContain('P1500 → P1501 → P1502 → P1503 → P1504 → … → P1496 → P1497 → P1498 → P1499 → P1500.');
    });
});

describe('CRM009 needs loops', () => {
    it('reports each requirement of the loop, on the `needs` that continues it', async () => {
        const source = minimalPlan([
            'requirement A {\n    should\n    needs B\n}',
            'requirement B {\n    should\n    needs C\n}',
            'requirement C {\n    should\n    needs A\n}\n'
        ].join('\n'));
        const diagnostics = withCode(await checkText(source), 'CRM009');
        expect(diagnostics.map(d => [d.line, d.text, d.message.split(':')[1].split('.')[0].trim()])).toEqual([
            [lineOf(source, 'needs B'), 'B', 'A → B → C → A'],
            [lineOf(source, 'needs C'), 'C', 'B → C → A → B'],
            [lineOf(source, 'needs A'), 'A', 'C → A → B → C']
        ]);
    });

    it('reports each file\'s loops in that file, across a workspace of several plans and catalogues', async () => {
        const loop = (a: string, b: string) => `requirement ${a} {\n    should\n    needs ${b}\n}\nrequirement ${b} {\n    should\n    needs ${a}\n}\n`;
        // Loops are found once for the whole workspace; each file reports only its own,
        // and a file that does not import another never sees that file's same-named requirements.
        const workspace = await checkFiles({
            'catalog.crmplan': loop('X', 'Y'),
            'plan.crmplan': minimalPlan(`import "catalog.crmplan"\n${loop('P', 'Q')}requirement R {\n    should\n    needs X\n}\n`),
            'other/plan.crmplan': minimalPlan(loop('X', 'Y'))
        });
        const loops = (path: string) => withCode(workspace.diagnostics(path), 'CRM009').map(d => d.message.split(':')[1].split('.')[0].trim());
        expect(loops('catalog.crmplan')).toEqual(['X → Y → X', 'Y → X → Y']);
        expect(loops('plan.crmplan')).toEqual(['P → Q → P', 'Q → P → Q']);
        expect(loops('other/plan.crmplan')).toEqual(['X → Y → X', 'Y → X → Y']);
    });

    it('accepts needs without a loop', async () => {
        const source = minimalPlan('requirement A {\n    should\n    needs B\n}\nrequirement B {\n    should\n}\n');
        expect(await checkText(source)).toEqual([]);
    });
});

describe('CRM016 phase start and duration', () => {
    it('reports a phase with both `start` and `after`, on the `after`', async () => {
        const source = minimalPlan(phase('Setup', 'start 2027-01', 'duration 1 month') + phase('Build', 'start 2027-02', 'after Setup', 'duration 1 month'));
        const diagnostics = withCode(await checkText(source), 'CRM016');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'after Setup'), text: 'after Setup' }]);
        expect(diagnostics[0].message).toBe("Phase 'Build' has both `start` and `after`: keep one.");
    });

    it('reports a phase with neither, and one without a duration, on its name', async () => {
        const source = minimalPlan(phase('Setup', 'owner "IT"'));
        const diagnostics = withCode(await checkText(source), 'CRM016');
        expect(diagnostics.map(d => [d.line, d.text])).toEqual([[lineOf(source, 'phase Setup'), 'Setup'], [lineOf(source, 'phase Setup'), 'Setup']]);
        expect(diagnostics.map(d => d.message)).toEqual([
            "Phase 'Setup' has neither `start` nor `after`: add `start <month>` or `after <phase>`.",
            "Phase 'Setup' has no `duration`: add `duration <n> months`."
        ]);
    });

    it('accepts a phase with `after` and a duration', async () => {
        const source = minimalPlan(phase('Setup', 'start 2027-01', 'duration 1 month') + phase('Build', 'after Setup', 'duration 2 months'));
        expect(await checkText(source)).toEqual([]);
    });
});

describe('CRM017 statements given twice', () => {
    it('reports a second effort and a second MoSCoW class, on their values', async () => {
        const source = minimalPlan('requirement A {\n    effort 2 person-weeks\n    must\n    effort 3 person-weeks\n    could\n}\n');
        const diagnostics = withCode(await checkText(source), 'CRM017');
        expect(diagnostics.map(d => [d.line, d.text])).toEqual([[lineOf(source, 'effort 3'), '3'], [lineOf(source, 'could'), 'could']]);
        expect(diagnostics[0].message).toBe("`effort` is given more than once in requirement 'A': keep one.");
    });

    it('reports repeated phase, cost, benefit and kpi statements', async () => {
        const source = minimalPlan([
            phase('Setup', 'owner "IT"', 'owner "Sales"', 'start 2027-01', 'start 2027-02', 'duration 1 month', 'duration 2 months'),
            'cost Import {\n    direct\n    indirect\n    100 once\n}',
            'benefit Time {\n    efficiency\n    savings\n    100 per month\n    ramp 2 months\n    ramp 3 months\n}',
            'kpi WinRate {\n    baseline 18%\n    baseline 19%\n    target 24%\n    target 25%\n}\n'
        ].join('\n'));
        const diagnostics = withCode(await checkText(source), 'CRM017');
        expect(diagnostics.map(d => d.text)).toEqual(['"Sales"', '2027-02', '2', 'indirect', 'savings', '3', '19%', '25%']);
    });

    it('reports the same goal, requirement or criterion twice in impacts, covers and scores', async () => {
        const source = minimalPlan([
            'criterion Usability weight 100%',
            'requirement A {\n    impact Growth 5, Growth 6\n    should\n}',
            'vendor Zoho {\n    covers A 50%\n    covers A 60%\n    score Usability 5, Usability 6\n}\n'
        ].join('\n'));
        const diagnostics = withCode(await checkText(source), 'CRM017');
        expect(diagnostics.map(d => [d.line, d.text])).toEqual([
            [lineOf(source, 'impact Growth'), 'Growth'], [lineOf(source, 'covers A 60%'), 'A'], [lineOf(source, 'score Usability'), 'Usability']
        ]);
        expect(diagnostics[1].message).toBe("`covers A` is given more than once in vendor 'Zoho': keep one.");
    });

    it('accepts list statements spread over several lines', async () => {
        const source = minimalPlan([
            'goal Other weight 0%',
            'department Sales { users 1 }',
            'requirement A {\n    asked by Sales\n    evidence interview\n    evidence survey\n    impact Growth 5\n    impact Other 2\n    should\n}',
            'requirement B {\n    should\n    needs A\n}\n'
        ].join('\n'));
        expect(await checkText(source)).toEqual([]);
    });
});

describe('CRM018 staff time', () => {
    it('reports hours without an hourly rate, on `hours`', async () => {
        const source = minimalPlan('cost Training {\n    6 hours per user once\n}\n');
        const diagnostics = withCode(await checkText(source), 'CRM018');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, '6 hours'), text: 'hours' }]);
        expect(diagnostics[0].message).toBe('Staff time needs an hourly rate: write `6 hours at <rate> per hour ...`.');
    });

    it('reports an hourly rate without hours, on the rate', async () => {
        const source = minimalPlan('cost Training {\n    6 per user at 120 per hour once\n}\n');
        expect(withCode(await checkText(source), 'CRM018')).toMatchObject([{ text: '120' }]);
    });

    it('accepts hours at a rate', async () => {
        expect(await checkText(minimalPlan('cost Training {\n    6 hours per user at 120 per hour once\n}\n'))).toEqual([]);
    });

    it('reports a currency on the hours, on the currency: the rate carries it', async () => {
        const source = minimalPlan('cost Training {\n    6 USD hours per user at 120 per hour once\n}\n');
        const diagnostics = withCode(await checkText(source), 'CRM018');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, '6 USD hours'), text: 'USD' }]);
        expect(diagnostics[0].message).toBe(
            'Hours are a count, not money: remove USD from `6 USD hours` and give the currency with the rate (`at <rate> USD per hour`).');
    });
});
