/**
 * The checks on actuals blocks and rollout waves (CRM026–CRM032,
 * CRM114–CRM117), each anchored on the line at fault, on the reference plan
 * with the monitoring specification's actuals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFiles, checkText, lineOf, minimalPlan, withCode } from '../helpers/workspace.js';

const FIXTURE = readFileSync(new URL('../fixtures/acme-monitoring.crmplan', import.meta.url), 'utf8');

/** The fixture with one piece of text replaced (which must occur, so a test cannot pass vacuously). */
function variant(from: string, to: string): string {
    expect(FIXTURE).toContain(from);
    return FIXTURE.replace(from, to);
}

describe('the reference plan with actuals', () => {
    it('draws one warning: CRM116, the KPI behind its path, on the measurement, with value, expected value and target', async () => {
        const diagnostics = await checkText(FIXTURE);
        expect(diagnostics).toMatchObject([{ code: 'CRM116', severity: 'warning', line: lineOf(FIXTURE, 'kpi WinRate 20.5%'), text: '20.5%' }]);
        expect(diagnostics[0].message).toBe("KPI 'WinRate' is behind its path: 20.5% in 2027-09, where 21.43% was expected on the way to 24% by 2027-12.");
    });

    it('says it in Chinese too', async () => {
        const [diagnostic] = await checkText(FIXTURE, { locale: 'zh-CN' });
        expect(diagnostic.message).toBe('KPI“WinRate”落后于预期路径：2027-09 为 20.5%，而按计划此时应为 21.43%（目标为 2027-12 达到 24%）。');
    });

    it('is quiet when the KPI is on track', async () => {
        expect(withCode(await checkText(variant('kpi WinRate 20.5%', 'kpi WinRate 21.5%')), 'CRM116')).toEqual([]);
    });
});

describe('errors', () => {
    it('CRM026: an actuals month before the start or after the horizon, on the month', async () => {
        const source = `${FIXTURE}\nactuals 2026-12 {\n}\n\nactuals 2029-12 to 2030-01 {\n}\n`;
        const diagnostics = withCode(await checkText(source), 'CRM026');
        expect(diagnostics.map(d => [d.severity, d.line, d.text])).toEqual([
            ['error', lineOf(source, 'actuals 2026-12'), '2026-12'],
            ['error', lineOf(source, 'actuals 2029-12'), '2030-01']
        ]);
        expect(diagnostics[0].message).toBe('Actuals for 2026-12 fall before the plan starts (2027-01 to 2029-12): record only months of the plan.');
    });

    it('CRM027: a block covering a month another block covers, on the later block', async () => {
        const source = `${FIXTURE}\nactuals 2027-06 to 2027-07 {\n}\n`;
        const diagnostics = withCode(await checkText(source), 'CRM027');
        expect(diagnostics).toMatchObject([{ severity: 'error', line: lineOf(source, 'actuals 2027-06 to 2027-07'), text: '2027-06' }]);
        expect(diagnostics[0].message).toBe('2027-06, 2027-07 are already recorded by `actuals 2027-04 to 2027-06`: each month is recorded once, so merge the blocks or correct a month.');
    });

    it('CRM028: actuals in a plan without choose, and in a catalogue', async () => {
        const source = variant('    choose Fxiaoke\n', '');
        const diagnostics = withCode(await checkText(source), 'CRM028');
        expect(diagnostics).toHaveLength(5);
        expect(diagnostics[0]).toMatchObject({ severity: 'error', line: lineOf(source, 'actuals 2027-01'), text: '2027-01' });
        const catalogue = withCode(await checkText('department Sales { users 4 }\n\nactuals 2027-01 {\n    users Sales 3\n}\n'), 'CRM028');
        expect(catalogue).toHaveLength(1);
        expect(catalogue[0].message).toContain('no plan header');
    });

    it('CRM029: a KPI measured in another unit than its baseline, on the measure', async () => {
        const source = variant('kpi WinRate 20.5%', 'kpi WinRate 20.5 points');
        const diagnostics = withCode(await checkText(source), 'CRM029');
        expect(diagnostics).toMatchObject([{ severity: 'error', line: lineOf(source, 'kpi WinRate 20.5 points'), text: '20.5 points' }]);
        expect(diagnostics[0].message).toBe("'WinRate' is measured in %, not in points: record the value in the unit of its baseline.");
    });

    it('CRM030: a cost of a vendor that is not chosen, on the name', async () => {
        const source = variant('    cost Customization 92000', '    cost Customization 92000\n    cost Connector 30000');
        const diagnostics = withCode(await checkText(source), 'CRM030');
        expect(diagnostics).toMatchObject([{ severity: 'error', line: lineOf(source, 'cost Connector 30000'), text: 'Connector' }]);
        expect(diagnostics[0].message).toBe("'Connector' is a cost of Zoho, but the plan chooses Fxiaoke: record costs of the plan or of the chosen vendor only.");
    });

    it('CRM031: a period that ends before it starts, on its end', async () => {
        const source = `${FIXTURE}\nactuals 2027-12 to 2027-10 {\n}\n`;
        expect(withCode(await checkText(source), 'CRM031')).toMatchObject([{ severity: 'error', line: lineOf(source, 'actuals 2027-12'), text: '2027-10' }]);
    });

    it('CRM032: a department declaring its users twice for a month, on the repeated line', async () => {
        const source = minimalPlan('department Sales {\n    users 20\n    users 40 from 2027-07\n    users 25\n    users 45 from 2027-07\n}\n');
        const diagnostics = withCode(await checkText(source), 'CRM032');
        expect(diagnostics.map(d => [d.line, d.text])).toEqual([[lineOf(source, 'users 25'), '25'], [lineOf(source, 'users 45'), '2027-07']]);
    });

    it('CRM006: a negative amount or user count in actuals', async () => {
        const source = variant('    licence 71400', '    licence -71400').replace('users Sales 28', 'users Sales -28');
        const diagnostics = withCode(await checkText(source), 'CRM006');
        expect(diagnostics.map(d => [d.line, d.text])).toEqual([[lineOf(source, 'licence -71400'), '-71400'], [lineOf(source, 'users Sales -28'), '-28']]);
        expect(diagnostics[1].message).toBe("The number of active users of 'Sales' is negative (-28): write the amount as a positive number.");
    });

    it('CRM003: an amount in a currency without a declared rate; one with a rate is converted', async () => {
        const source = variant('    cost DataImport 16200', '    cost DataImport 16200 EUR').replace('cost Customization 92000', 'cost Customization 12958 USD');
        const diagnostics = withCode(await checkText(source), 'CRM003');
        expect(diagnostics).toMatchObject([{ severity: 'error', line: lineOf(source, '16200 EUR'), text: 'EUR' }]);
    });

    it('CRM001: a name in actuals that the plan does not declare', async () => {
        const source = variant('benefit SalesTime 6000', 'benefit SalesTme 6000');
        expect(withCode(await checkText(source), 'CRM001')).toMatchObject([{ line: lineOf(source, 'SalesTme'), text: 'SalesTme' }]);
    });

    it('CRM015 and CRM104: the month of a rollout wave is checked like any date', async () => {
        const source = minimalPlan('department Sales {\n    users 20\n    users 40 from 2027-13\n    users 50 from 2028-03\n}\n');
        const diagnostics = await checkText(source);
        expect(diagnostics.map(d => [d.code, d.text])).toEqual([['CRM015', '2027-13'], ['CRM104', '2028-03']]);
    });
});

describe('warnings', () => {
    it('CRM114: months before the as-of month that no block covers, on the block after the gap', async () => {
        const source = variant('actuals 2027-02 {\n    cost Customization 92000\n}\n', '');
        const diagnostics = withCode(await checkText(source), 'CRM114');
        expect(diagnostics).toMatchObject([{ severity: 'warning', line: lineOf(source, 'actuals 2027-03'), text: '2027-03' }]);
        expect(diagnostics[0].message).toBe('No actuals cover 2027-02, before the last month recorded (2027-09): it counts as nothing paid and nothing earned. Add a block (an empty one if nothing happened).');
    });

    it('CRM115: a planned line with nothing recorded, saying which months, on its declaration', async () => {
        const source = variant('    cost Maintenance 2500\n', '').replace('actuals 2027-02 {\n    cost Customization 92000\n}', 'actuals 2027-02 {\n}');
        const diagnostics = withCode(await checkText(source), 'CRM115');
        expect(diagnostics.map(d => [d.line, d.text])).toEqual([
            [lineOf(source, 'cost Customization "'), 'Customization'],
            [lineOf(source, 'cost Maintenance "'), 'Maintenance']
        ]);
        expect(diagnostics[1].message).toBe("Cost 'Maintenance' is planned in 2027-03 but no actuals record it there: it counts 0 in that month. Record it (0 if nothing was paid or earned).");
    });

    it('CRM115: the licence, on the last block, with the months as ranges', async () => {
        const source = variant('    licence 71400  // licence payments of the chosen edition\n', '');
        const diagnostics = withCode(await checkText(source), 'CRM115');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'actuals 2027-07'), text: '2027-07' }]);
        expect(diagnostics[0].message).toContain('The licence of Fxiaoke.Professional is planned in 2027-01');
    });

    it('CRM117: more active users than the department declares, on the count', async () => {
        const source = variant('users Sales 36, Service 8', 'users Sales 36, Service 12');
        const diagnostics = withCode(await checkText(source), 'CRM117');
        expect(diagnostics).toMatchObject([{ severity: 'warning', line: lineOf(source, 'Service 12'), text: '12' }]);
        expect(diagnostics[0].message).toBe("12 active users in 'Service', more than the 10 it declares for 2027-09: update its users (a rollout wave is `users <N> from <month>`).");
    });

    it('CRM117 counts rollout waves: 36 of Sales is fine once 40 hold from 2027-07, 28 is too many before', async () => {
        const source = variant('department Sales "Sales" { users 40 }', 'department Sales "Sales" {\n    users 20\n    users 40 from 2027-07\n}');
        const workspace = await checkFiles({ 'plan.crmplan': source });
        const diagnostics = withCode(workspace.diagnostics('plan.crmplan'), 'CRM117');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'users Sales 28'), text: '28' }]);
    });
});
