import { describe, expect, it } from 'vitest';
import { checkFiles, checkText, lineOf, minimalPlan, withCode } from '../helpers/workspace.js';

const ZOHO = 'vendor Zoho {\n    edition Pro {\n        licence 23 USD per user per month billed yearly\n    }\n}\n';

describe('CRM003 currencies without a rate', () => {
    it('reports an amount in a currency no rate converts, on the currency', async () => {
        const source = minimalPlan(ZOHO);
        const diagnostics = withCode(await checkText(source), 'CRM003');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'licence'), text: 'USD', severity: 'error' }]);
        expect(diagnostics[0].message).toBe('No exchange rate from USD to CNY: add `rate USD <value> CNY`. Amounts are never converted 1:1.');
    });

    it('accepts a direct rate', async () => {
        expect(await checkText(minimalPlan(`rate USD 7.10 CNY\n${ZOHO}`))).toEqual([]);
    });

    it('accepts an inverse rate', async () => {
        expect(await checkText(minimalPlan(`rate CNY 0.14 USD\n${ZOHO}`))).toEqual([]);
    });

    it('needs no rate for the plan currency, written or implied', async () => {
        expect(await checkText(minimalPlan('cost Import {\n    15000 CNY once\n    500 per month\n}\n'))).toEqual([]);
    });

    it('does not accept a rate between two other currencies', async () => {
        const source = minimalPlan(`rate USD 0.92 EUR\n${ZOHO}`);
        expect(withCode(await checkText(source), 'CRM003')).toHaveLength(1);
    });

    it('checks hourly rates and the internal rate too, but not the count of hours', async () => {
        const source = minimalPlan('cost Training {\n    6 hours per user at 20 EUR per hour once\n}\n')
            .replace('horizon 12 months', 'horizon 12 months\n    internal rate 800 USD per person-week');
        const diagnostics = withCode(await checkText(source), 'CRM003');
        expect(diagnostics.map(d => [d.line, d.text])).toEqual([[lineOf(source, 'internal'), 'USD'], [lineOf(source, '20 EUR'), 'EUR']]);
    });

    it('uses a rate declared in an imported file', async () => {
        const workspace = await checkFiles({
            'plan.crmplan': minimalPlan(`import "rates.crmplan"\n${ZOHO}`),
            'rates.crmplan': 'rate USD 7.10 CNY\n'
        });
        expect(workspace.diagnostics('plan.crmplan')).toEqual([]);
    });

    it('leaves a catalogue without a plan header alone, and reports its amounts on the import of a plan', async () => {
        const plan = minimalPlan('import "catalog/vendors.crmplan"\n');
        const workspace = await checkFiles({ 'plan.crmplan': plan, 'catalog/vendors.crmplan': ZOHO });
        expect(workspace.diagnostics('catalog/vendors.crmplan')).toEqual([]);
        const diagnostics = withCode(workspace.diagnostics('plan.crmplan'), 'CRM003');
        expect(diagnostics).toMatchObject([{ line: lineOf(plan, 'import'), text: '"catalog/vendors.crmplan"' }]);
        expect(diagnostics[0].message).toContain('(used in vendors.crmplan, line 3)');
    });

    it('reports nothing on the import once the plan declares the rate', async () => {
        const workspace = await checkFiles({
            'plan.crmplan': minimalPlan('import "catalog/vendors.crmplan"\nrate USD 7.10 CNY\n'),
            'catalog/vendors.crmplan': ZOHO
        });
        expect(workspace.diagnostics('plan.crmplan')).toEqual([]);
    });
});

describe('CRM021 currency codes', () => {
    it('reports a code that is not three capital letters, wherever a currency stands', async () => {
        const source = minimalPlan('rate usd 7.10 Cny\ncost Import {\n    15000 RMBX once\n}\n').replace('currency CNY', 'currency Yuan');
        const diagnostics = withCode(await checkText(source), 'CRM021');
        expect(diagnostics.map(d => d.text)).toEqual(['Yuan', 'usd', 'Cny', 'RMBX']);
        expect(diagnostics[0].message).toBe("'Yuan' is not a currency code: use three capital letters such as CNY, USD or EUR.");
    });

    it('does not also report a missing rate for a malformed code', async () => {
        const source = minimalPlan('cost Import {\n    15000 usd once\n}\n');
        expect((await checkText(source)).map(d => d.code)).toEqual(['CRM021']);
    });

    it('accepts well-formed codes', async () => {
        expect(withCode(await checkText(minimalPlan('rate EUR 7.8 CNY\n')), 'CRM021')).toEqual([]);
    });
});

describe('CRM017 a pair of currencies with two rates', () => {
    it('reports a second rate between the same currencies, either way round', async () => {
        const source = minimalPlan('rate USD 7.10 CNY\nrate CNY 0.14 USD\n');
        const diagnostics = withCode(await checkText(source), 'CRM017');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'rate CNY'), text: 'CNY' }]);
    });

    it('reports a plan\'s rate that repeats an imported one', async () => {
        const plan = minimalPlan('import "rates.crmplan"\nrate USD 7.20 CNY\n');
        const workspace = await checkFiles({ 'plan.crmplan': plan, 'rates.crmplan': 'rate USD 7.10 CNY\n' });
        expect(withCode(workspace.diagnostics('plan.crmplan'), 'CRM017')).toMatchObject([{ line: lineOf(plan, 'rate USD') }]);
        expect(workspace.diagnostics('rates.crmplan')).toEqual([]);
    });

    it('accepts rates of different currencies', async () => {
        expect(await checkText(minimalPlan('rate USD 7.10 CNY\nrate EUR 7.80 CNY\n'))).toEqual([]);
    });
});
