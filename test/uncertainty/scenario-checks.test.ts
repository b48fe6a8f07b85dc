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

    describe('licence, internal rate and effort overrides', () => {
        const VENDORS = `requirement Pipeline "Pipeline" {
    impact Growth 5
    must
}

vendor Zoho "Zoho" {
    edition Professional {
        licence 20 USD per user per month
    }
    edition Enterprise {
        licence 30 USD per user per month
        licence 5000 per year
    }
    covers Pipeline 80%
}

vendor Local "Local partner" {
    covers Pipeline 50%
}
`;
        const withVendors = (scenario: string) => planWith(`${VENDORS}\n${scenario}`);

        it('accept each form: no diagnostics at all', async () => {
            const source = withVendors('scenario S {\n    Zoho.Professional.licence 25 USD\n    Zoho.Enterprise.licence 110%\n    Zoho.licence 90%\n    internal rate 7000\n    internal rate 7000 CNY per person-week\n    effort Pipeline 3 person-weeks\n}\n'.replace('    internal rate 7000 CNY per person-week\n', ''));
            expect(await checkText(source)).toEqual([]);
            expect(await checkText(withVendors('scenario S {\n    internal rate 1000 USD per person-week\n}\n'))).toEqual([]);
        });

        it('CRM044: a vendor without `.licence`, a vendor without licences, a licence of a cost or benefit', async () => {
            const source = withVendors('scenario S {\n    Zoho 110%\n    Local.licence 110%\n    MoreDeals.licence 110%\n}\n');
            const diagnostics = await checkText(source);
            expect(diagnostics.map(d => d.code)).toEqual(['CRM044', 'CRM044', 'CRM044']);
            expect(diagnostics[0].message).toContain("cannot override 'Zoho': a vendor is overridden through its licence (`Zoho.Professional.licence 110%`)");
            expect(diagnostics[1].message).toContain("cannot override 'Local.licence': it has no licence line.");
            expect(diagnostics[2].message).toContain("'MoreDeals' is a cost or benefit, scaled as a whole (`MoreDeals 70%`)");
            const zh = await checkText(source, { locale: 'zh-CN' });
            expect(zh[0].message).toMatch(/^情景“S”不能覆盖“Zoho”：供应商要通过其许可费覆盖/);
        });

        it('CRM044 with a quick-fix suggestion for a misspelt edition, and nothing else on the line', async () => {
            const source = withVendors('scenario S {\n    Zoho.Enterprize.licence 110%\n    Nobody.Else.licence 90%\n}\n');
            const diagnostics = await checkText(source);
            expect(diagnostics.map(d => [d.code, d.text])).toEqual([['CRM044', 'Enterprize'], ['CRM044', 'Nobody']]);
            expect(diagnostics[0].message).toContain("vendor 'Zoho' has no edition 'Enterprize'. Did you mean 'Enterprise'?");
        });

        it('CRM045: a new price for a target with several licence lines', async () => {
            const source = withVendors('scenario S {\n    Zoho.Enterprise.licence 25 USD\n    Zoho.licence 25 USD\n}\n');
            const found = withCode(await checkText(source), 'CRM045');
            expect(found.map(d => [d.line, d.text])).toEqual([[lineOf(source, 'Zoho.Enterprise.licence 25'), '25 USD'], [lineOf(source, 'Zoho.licence 25'), '25 USD']]);
            expect(found[0].message).toContain("gives 'Zoho.Enterprise.licence' a new price, but it has 2 licence lines");
            expect(found[1].message).toContain('it has 3 licence lines');
        });

        it('CRM046: an amount for a cost or benefit', async () => {
            const found = withCode(await checkText(withVendors('scenario S {\n    MoreDeals 25000\n}\n')), 'CRM046');
            expect(found).toMatchObject([{ text: '25000' }]);
            expect(found[0].message).toBe("Scenario 'S' gives 'MoreDeals' the amount 25000: a cost or benefit is scaled by a percentage (`MoreDeals 25000%`); only a licence takes a new price.");
        });

        it('CRM006, CRM024, CRM003 and CRM017 on the new overrides', async () => {
            const source = withVendors('scenario S {\n    Zoho.Professional.licence -5 USD\n    Zoho.Enterprise.licence -10%\n    internal rate -1\n    effort Pipeline -2 person-weeks\n    Zoho.Professional.licence 110%\n    internal rate 8000\n    effort Pipeline 2 person-weeks\n}\n\nscenario T {\n    Zoho.Professional.licence 20 EUR\n}\n');
            const diagnostics = await checkText(source);
            expect(withCode(diagnostics, 'CRM006').map(d => d.line)).toEqual([
                lineOf(source, 'licence -5 USD'), lineOf(source, 'internal rate -1'), lineOf(source, 'effort Pipeline -2')
            ]);
            expect(withCode(diagnostics, 'CRM006')[0].message).toBe("The price of 'Zoho.Professional.licence' in scenario 'S' is negative (-5): write the amount as a positive number.");
            expect(withCode(diagnostics, 'CRM024').map(d => d.text)).toEqual(['-10']);
            expect(withCode(diagnostics, 'CRM017').map(d => d.line)).toEqual([
                lineOf(source, 'Zoho.Professional.licence 110%'), lineOf(source, 'internal rate 8000'), lineOf(source, 'effort Pipeline 2 person')
            ]);
            expect(withCode(diagnostics, 'CRM003').map(d => d.text)).toEqual(['EUR']);
        });
    });

    describe('an edition\'s own covers', () => {
        const vendorWith = (editionBody: string) => planWith(`requirement Pipeline "Pipeline" {
    impact Growth 5
    must
}

vendor Zoho "Zoho" {
    edition Enterprise {
        licence 30 per month
        ${editionBody}
    }
    covers Pipeline 80%
}
`);

        it('accept covers beside the licences', async () => {
            expect(await checkText(vendorWith('covers Pipeline 90% (80% to 95%)'))).toEqual([]);
        });

        it('CRM017 for a requirement covered twice in one edition, CRM001 for an unknown one, CRM005 for a share over 100%', async () => {
            const source = vendorWith('covers Pipeline 90%\n        covers Pipeline 95%, Nowhere 50%\n        covers Pipeline 120%');
            const diagnostics = await checkText(source);
            expect(withCode(diagnostics, 'CRM017').map(d => d.message)).toEqual([
                "`covers Pipeline` is given more than once in edition 'Zoho.Enterprise': keep one.",
                "`covers Pipeline` is given more than once in edition 'Zoho.Enterprise': keep one."
            ]);
            expect(withCode(diagnostics, 'CRM001').map(d => d.text)).toEqual(['Nowhere']);
            const share = withCode(diagnostics, 'CRM005');
            expect(share.map(d => d.text)).toEqual(['120']);
            expect(share[0].message).toContain('Zoho.Enterprise');
        });

        it('no CRM107 for a vendor that covers requirements only through an edition', async () => {
            const source = vendorWith('covers Pipeline 90%').replace('    covers Pipeline 80%\n}', '}');
            expect(withCode(await checkText(source), 'CRM107')).toEqual([]);
            expect(withCode(await checkText(source), 'CRM108')).toEqual([]);
        });
    });
});
