/**
 * Checks on scenario overrides, and the plan-to-model builder for them.
 */
import { describe, expect, it } from 'vitest';
import { checkFiles, checkText, lineOf, minimalPlan, withCode } from '../helpers/workspace.js';

const CONTEXT = `department Sales "Sales" { users 40 }
rate USD 7.10 CNY
benefit MoreDeals "More deals" {
    revenue
    3000 per month
}
`;

function planWith(scenario: string): string {
    return minimalPlan(`${CONTEXT}\n${scenario}`);
}

describe('scenario checks', () => {
    it('accept a valid scenario: no diagnostics at all', async () => {
        const source = planWith('scenario Pessimistic "Slow adoption" {\n    MoreDeals 70%\n    Base 130%\n    users Sales 30\n    discount 10%\n    rate USD 7.40 CNY\n}\n');
        expect(await checkText(source)).toEqual([]);
    });

    it('CRM024: a negative scale factor is an error on the factor', async () => {
        const source = planWith('scenario Slow {\n    MoreDeals -70%\n}\n');
        const found = withCode(await checkText(source), 'CRM024');
        expect(found).toMatchObject([{ severity: 'error', line: lineOf(source, 'MoreDeals -70%'), text: '-70' }]);
        expect(found[0].message).toBe("Scenario 'Slow' scales 'MoreDeals' by -70%: a negative factor turns its amounts into their opposite (a cost into income). Use 0% or more.");
        const zh = withCode(await checkText(source, { locale: 'zh-CN' }), 'CRM024');
        expect(zh[0].message).toMatch(/^情景“Slow”将“MoreDeals”按 -70% 缩放/);
        expect(withCode(await checkText(planWith('scenario Gone {\n    MoreDeals 0%\n}\n')), 'CRM024')).toEqual([]);
    });

    it('CRM006: negative users, and a negative rate', async () => {
        const source = planWith('scenario S {\n    users Sales -3\n    rate USD -7 CNY\n}\n');
        const found = withCode(await checkText(source), 'CRM006');
        expect(found.map(d => [d.line, d.text, d.severity])).toEqual([
            [lineOf(source, 'users Sales -3'), '-3', 'error'],
            [lineOf(source, 'rate USD -7'), '-7', 'error']
        ]);
        expect(found[0].message).toBe("The number of users of department 'Sales' in scenario 'S' is negative (-3): write the amount as a positive number.");
    });

    it('CRM005: a discount rate outside 0–100%', async () => {
        const source = planWith('scenario S {\n    discount 150%\n}\n');
        expect(withCode(await checkText(source), 'CRM005')).toMatchObject([{ text: '150', line: lineOf(source, 'discount 150%') }]);
    });

    it('CRM003: a rate for a pair no rate declares (either way round counts as declared)', async () => {
        const source = planWith('scenario S {\n    rate EUR 7.80 CNY\n    rate CNY 0.14 USD\n}\n');
        const found = withCode(await checkText(source), 'CRM003');
        expect(found).toMatchObject([{ text: 'EUR', line: lineOf(source, 'rate EUR'), severity: 'error' }]);
        expect(found[0].message).toMatch(/^No exchange rate from EUR to CNY \(used in scenario 'S', which can only replace a declared rate\)/);
    });

    it('sees rates declared in an imported catalogue', async () => {
        const workspace = await checkFiles({
            'catalog.crmplan': 'rate EUR 7.80 CNY\n',
            'plan.crmplan': `import "catalog.crmplan"\n${planWith('scenario S {\n    rate EUR 8 CNY\n}\n')}`
        });
        expect(withCode(workspace.diagnostics('plan.crmplan'), 'CRM003')).toEqual([]);
    });

    it('CRM023: a zero rate', async () => {
        expect(withCode(await checkText(planWith('scenario S {\n    rate USD 0 CNY\n}\n')), 'CRM023')).toMatchObject([{ text: '0' }]);
    });

    it('CRM017: the same target overridden twice in one scenario', async () => {
        const source = planWith('scenario S {\n    MoreDeals 70%\n    users Sales 3\n    MoreDeals 80%\n    discount 5%\n    rate CNY 0.14 USD\n    rate USD 7.2 CNY\n    discount 6%\n}\n');
        const found = withCode(await checkText(source), 'CRM017');
        expect(found.map(d => d.line)).toEqual([lineOf(source, 'MoreDeals 80%'), lineOf(source, 'rate USD 7.2'), lineOf(source, 'discount 6%')]);
        expect(found[0].message).toBe("`MoreDeals ...%` is given more than once in scenario 'S': keep one.");
        // Two scenarios may override the same thing.
        expect(withCode(await checkText(planWith('scenario A {\n    discount 5%\n}\n\nscenario B {\n    discount 6%\n}\n')), 'CRM017')).toEqual([]);
    });

    it('CRM044: a scale of something the plan does not declare, once, with what can be overridden', async () => {
        const diagnostics = await checkText(planWith('scenario S {\n    Nothing 70%\n}\n'));
        expect(withCode(diagnostics, 'CRM001')).toEqual([]);
        const found = withCode(diagnostics, 'CRM044');
        expect(found).toMatchObject([{ text: 'Nothing' }]);
        expect(found[0].message).toContain('MoreDeals');
    });
});
