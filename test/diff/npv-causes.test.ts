import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { OptionCauses } from '../../language-server/diff/diff-causes.js';
import { allocateCents } from '../../language-server/diff/npv-causes.js';
import { diffPlans, type PlanDiff } from '../../language-server/diff/plan-diff.js';
import { renderDiff } from '../../language-server/diff/render-diff.js';
import { random } from '../helpers/random.js';
import { loadPlanText } from '../report/load.js';

const ACME = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

/** The sum of an option's ΔNPV rows as shown, and of their unrounded values. */
function sums(causes: OptionCauses): { shown: Decimal; exact: Decimal } {
    return {
        shown: causes.npv.reduce((total, row) => total.plus(row.delta), new Decimal(0)),
        exact: causes.npv.reduce((total, row) => total.plus(row.exact), new Decimal(0))
    };
}

function npvOf(diff: PlanDiff, option: string) {
    return diff.options.find(o => o.id === option)!.npv;
}

describe('ΔNPV split by item', () => {
    it('a price change: the rows add up to ΔTCO and to the shown ΔNPV to the cent', async () => {
        const diff = diffPlans(await loadPlanText(ACME), await loadPlanText(ACME.replace('licence 119 CNY', 'licence 129 CNY').replace('30000 per month', '32000 per month')));
        expect(diff.causes.length).toBeGreaterThan(0);
        for (const causes of diff.causes) {
            const option = diff.options.find(o => o.id === causes.option)!;
            const tco = causes.tco.reduce((total, item) => total.plus(item.delta), new Decimal(0));
            expect(tco.equals(option.tco.delta!), causes.option).toBe(true);
            const { shown, exact } = sums(causes);
            expect(shown.equals(option.npv.exactDelta!), causes.option).toBe(true);
            // The unrounded rows are the two NPVs' difference (up to float noise), not something allocated into it.
            expect(exact.minus(option.npv.head! - option.npv.base!).abs().toNumber()).toBeLessThan(1e-6);
            // Largest first.
            const sizes = causes.npv.map(row => row.delta.abs().toNumber());
            expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
        }
        const fxiaoke = diff.causes.find(c => c.option === 'Fxiaoke.Professional')!;
        expect(fxiaoke.npv.map(row => [row.kind, row.id])).toEqual([['benefit', 'MoreDeals'], ['licence', 'Fxiaoke.Professional.licence']]);
        // A cost's present value rose: it lowers the NPV by as much.
        const licence = fxiaoke.npv.find(row => row.kind === 'licence')!;
        expect(licence.delta.toNumber()).toBeCloseTo(-(licence.head! - licence.base!), 2);
        const comment = renderDiff(diff, 'en');
        expect(comment).toContain(`ΔNPV +¥`);
        expect(comment).toMatch(/\| \*\*Total\*\* \| \| \| \*\*[+−]¥[\d,]+\.\d\d\*\* \|/);
    });

    it('a discount-rate change is its own row, and the item rows value the new flows at the old rate', async () => {
        const base = await loadPlanText(ACME);
        const priceOnly = ACME.replace('licence 119 CNY', 'licence 129 CNY');
        const both = priceOnly.replace('discount 8% per year', 'discount 10% per year');
        const diff = diffPlans(base, await loadPlanText(both));
        const fxiaoke = diff.causes.find(c => c.option === 'Fxiaoke.Professional')!;
        expect(fxiaoke.npv.map(row => row.kind).sort()).toEqual(['discount', 'licence']);
        const { shown } = sums(fxiaoke);
        expect(shown.equals(npvOf(diff, 'Fxiaoke.Professional').exactDelta!)).toBe(true);
        // The licence row is what the price alone does at 8%; the discount row is the rest.
        const atOldRate = diffPlans(base, await loadPlanText(priceOnly));
        const licence = fxiaoke.npv.find(row => row.kind === 'licence')!;
        expect(licence.exact.toNumber()).toBeCloseTo(npvOf(atOldRate, 'Fxiaoke.Professional').delta!, 1);
        const discount = fxiaoke.npv.find(row => row.kind === 'discount')!;
        expect([discount.base, discount.head]).toEqual([8, 10]);
        // An option whose flows did not change moves by re-discounting alone.
        const zoho = diff.causes.find(c => c.option === 'Zoho.Professional')!;
        expect(zoho.npv.map(row => row.kind)).toEqual(['discount']);
        expect(zoho.npv[0].delta.equals(npvOf(diff, 'Zoho.Professional').exactDelta!)).toBe(true);
        expect(renderDiff(diff, 'en')).toContain('| discount rate 8% → 10% (every flow re-discounted) | | | −¥');
        expect(renderDiff(diff, 'zh-CN')).toContain('| 折现率 8% → 10%（全部现金流重新折现） | | | −¥');
    });

    it('is left out when no NPV moved', async () => {
        const diff = diffPlans(await loadPlanText(ACME), await loadPlanText(ACME.replace('horizon 36 months', 'horizon 36 months // reviewed')));
        expect(diff.causes).toEqual([]);
    });
});

describe('allocateCents (largest remainder)', () => {
    it('rounds each row to within a cent of its value, and the rows add up to the total exactly', () => {
        const next = random(17);
        for (let round = 0; round < 500; round++) {
            const rows = Array.from({ length: 1 + Math.floor(next() * 8) }, () => new Decimal(((next() - 0.5) * 1e6).toFixed(6)));
            const exact = rows.reduce((total, row) => total.plus(row), new Decimal(0));
            // The total as two rounded figures subtract: within a cent of the exact sum.
            const total = exact.plus(Math.round((next() - 0.5) * 2) / 100).toDecimalPlaces(2);
            const shown = allocateCents(rows, total);
            expect(shown.reduce((sum, row) => sum.plus(row), new Decimal(0)).equals(total)).toBe(true);
            shown.forEach((row, i) => {
                expect(row.decimalPlaces()).toBeLessThanOrEqual(2);
                expect(row.minus(rows[i]).abs().toNumber()).toBeLessThan(0.02 + 1e-9);
            });
        }
    });

    it('gives the missing cents to the largest remainders', () => {
        const shown = allocateCents([new Decimal('0.334'), new Decimal('0.333'), new Decimal('0.333')], new Decimal('1.00'));
        expect(shown.map(row => row.toFixed(2))).toEqual(['0.34', '0.33', '0.33']);
    });
});
