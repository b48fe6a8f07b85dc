/**
 * Monte Carlo simulation and sensitivity of whole plans, in process.
 */
import { describe, expect, it } from 'vitest';
import {
    analyseUncertainty, DEFAULT_SEED, DEFAULT_TRIALS, evaluate, hasRanges, toEvaluationJson, uncertainInputs, withInputValues
} from '../../language-server/evaluation/index.js';
import type { Plan } from '../../language-server/model/plan.js';
import { benefit, cost, once, plan, u } from '../evaluation/plan-builders.js';
import { referencePlan } from '../evaluation/reference-plan.js';
import { range, rangedReferencePlan, withLineValue } from './plans.js';

function analyse(p: Plan, options: { seed?: number; trials?: number } = {}) {
    return analyseUncertainty(p, evaluate(p), options);
}

describe('the reference plan with ranges on MoreDeals and Customization', () => {
    const analysis = analyse(rangedReferencePlan);

    it('runs 10,000 trials with seed 1 by default', () => {
        expect(DEFAULT_TRIALS).toBe(10_000);
        expect(DEFAULT_SEED).toBe(1);
        expect(analysis).toMatchObject({ trials: 10_000, seed: 1 });
        expect(analysis.inputs.map(i => [i.id, i.kind, i.unit])).toEqual([['Customization', 'amount', 'CNY'], ['MoreDeals', 'amount', 'CNY']]);
    });

    it('spreads NPV: P10 < P50 < P90 for each option, around the point NPV', () => {
        const point = evaluate(referencePlan).options.map(o => o.npv!);
        analysis.options.forEach((o, i) => {
            const { p10, p50, p90, mean } = o.npv;
            expect(p10!).toBeLessThan(p50!);
            expect(p50!).toBeLessThan(p90!);
            expect(p10!).toBeLessThan(point[i]);
            expect(p90!).toBeGreaterThan(point[i]);
            // MoreDeals' PERT mean (29333) is below its likely value, Customization's (83333) above: the mean NPV is below the point.
            expect(mean!).toBeLessThan(point[i]);
            expect(o.roiPercent.p10!).toBeLessThan(o.roiPercent.p90!);
            expect(o.paybackMonths.p10!).toBeLessThan(o.paybackMonths.p90!);
            expect(o.paybackMonths.probabilityNever).toBe(0);
        });
    });

    it('finds Fxiaoke best in most trials; the probabilities sum to 1', () => {
        const [fx, zoho] = analysis.options;
        expect(fx.optionId).toBe('Fxiaoke.Professional');
        expect(fx.probabilityBest).toBeGreaterThan(0.99);
        expect(fx.probabilityBest + zoho.probabilityBest).toBeCloseTo(1, 12);
        expect(fx.probabilityNpvNegative).toBe(0);
    });

    it('ranks MoreDeals first in the tornado, with NPVs at the ends that the exact evaluation confirms', () => {
        for (const [i, o] of analysis.options.entries()) {
            expect(o.sensitivity.map(r => r.input)).toEqual(['MoreDeals', 'Customization']);
            const [moreDeals, customization] = o.sensitivity;
            expect(moreDeals).toMatchObject({ unit: 'CNY', low: 20000, likely: 30000, high: 36000, breakEven: null });
            expect(moreDeals.swing).toBeGreaterThan(customization.swing);
            expect(moreDeals.swing).toBeCloseTo(Math.abs(moreDeals.npvAtHigh! - moreDeals.npvAtLow!), 6);
            for (const [row, end] of [[moreDeals, 'low'], [moreDeals, 'high'], [customization, 'low'], [customization, 'high']] as const) {
                const value = end === 'low' ? row.low : row.high;
                const exact = evaluate(withInputValues(rangedReferencePlan, new Map([[row.input, value]]))).options[i].npv!;
                expect(end === 'low' ? row.npvAtLow! : row.npvAtHigh!, `${o.optionId} ${row.input} ${end}`).toBeCloseTo(exact, 6);
            }
            // A higher customisation cost lowers the NPV.
            expect(customization.npvAtHigh!).toBeLessThan(customization.npvAtLow!);
        }
    });

    it('gives identical results for the same seed, and different ones for another seed', () => {
        const json = (seed?: number) => JSON.stringify(toEvaluationJson(evaluate(rangedReferencePlan), { uncertainty: analyse(rangedReferencePlan, { seed }) }));
        expect(json()).toBe(json());
        expect(json(DEFAULT_SEED)).toBe(json());
        expect(json(2)).not.toBe(json());
    });
});

describe('zero-width ranges', () => {
    const zeroWidth = withLineValue(withLineValue(referencePlan, 'MoreDeals', range(30000, 30000, 30000)), 'Customization', range(80000, 80000, 80000));

    it('give exactly the point result in every percentile and mean', () => {
        const point = evaluate(referencePlan);
        const analysis = analyse(zeroWidth, { trials: 500 });
        analysis.options.forEach((o, i) => {
            const p = point.options[i];
            expect(o.npv).toEqual({ p10: p.npv, p50: p.npv, p90: p.npv, mean: p.npv });
            expect(o.roiPercent).toEqual({ p10: p.roiPercent, p50: p.roiPercent, p90: p.roiPercent, mean: p.roiPercent });
            expect(o.paybackMonths).toEqual({ p10: p.paybackMonths, p50: p.paybackMonths, p90: p.paybackMonths, mean: p.paybackMonths, probabilityNever: 0 });
            expect(o.probabilityBest).toBe(p.recommended ? 1 : 0);
            expect(o.sensitivity.map(row => row.input)).toEqual(['Customization', 'MoreDeals']);
            for (const row of o.sensitivity) {
                expect(row).toMatchObject({ npvAtLow: p.npv, npvAtHigh: p.npv, swing: 0, breakEven: null });
            }
        });
    });

    it('change nothing beside a real range: the same draws, the same figures', () => {
        const oneRange = withLineValue(referencePlan, 'MoreDeals', range(30000, 20000, 36000));
        const withZeroWidth = withLineValue(oneRange, 'Customization', range(80000, 80000, 80000));
        const a = analyse(oneRange, { trials: 2000 });
        const b = analyse(withZeroWidth, { trials: 2000 });
        const figures = (x: typeof a) => x.options.map(({ sensitivity, ...rest }) => ({ ...rest, sensitivity: sensitivity.filter(r => r.swing > 0) }));
        expect(figures(b)).toEqual(figures(a));
        expect(b.inputs.map(i => i.id)).toEqual(['Customization', 'MoreDeals']);
    });
});

describe('common random numbers', () => {
    it('prices every option with the same draws: of two options one cost apart, the cheaper is best in every trial', () => {
        const twin = (id: string, extra: number) => ({
            id, title: id, editions: [], covers: [{ requirement: 'R', sharePercent: u(100) }], scores: [],
            costs: extra > 0 ? [cost(`${id}Extra`, [once(extra)])] : []
        });
        const p = plan({
            horizonMonths: 24,
            discountRatePercent: u(5),
            requirements: [{ id: 'R', title: 'R', moscow: 'must', askedBy: [], evidence: [], impacts: [], needs: [] }],
            vendors: [twin('Costly', 1), twin('Cheap', 0)],
            costs: [cost('Setup', [once(20000)])],
            benefits: [benefit('Gain', ['R'], [{ amount: { value: range(2000, 0, 4000), currency: 'CNY' }, schedule: { kind: 'recurring', period: 'month' } }])]
        });
        const analysis = analyse(p, { trials: 4000 });
        expect(analysis.options.map(o => [o.optionId, o.probabilityBest])).toEqual([['Costly', 0], ['Cheap', 1]]);
        // Both lose money in the same trials.
        expect(analysis.options[0].probabilityNpvNegative).toBeGreaterThan(0.03);
        expect(analysis.options[0].probabilityNpvNegative).toBeCloseTo(analysis.options[1].probabilityNpvNegative, 2);
    });
});

describe('payback that may never come', () => {
    const p = plan({
        costs: [cost('Setup', [once(1000, 0)])],
        benefits: [benefit('Gain', [], [{ amount: { value: range(100, 0, 200), currency: 'CNY' }, schedule: { kind: 'recurring', period: 'month' } }])]
    });
    const analysis = analyse(p, { trials: 5000 });
    const payback = analysis.options[0].paybackMonths;

    it('counts never as later than every month: null percentiles and mean where it falls, and its share', () => {
        // Never paid back when 12 × Gain < 1000, i.e. Gain below 83.33: P ≈ 0.36 for PERT(0, 100, 200).
        expect(payback.probabilityNever).toBeGreaterThan(0.25);
        expect(payback.probabilityNever).toBeLessThan(0.5);
        expect(payback.p10).not.toBeNull();
        expect(payback.p10!).toBeGreaterThan(5);
        expect(payback.p50).not.toBeNull();
        expect(payback.p90).toBeNull();
        expect(payback.mean).toBeNull();
        expect(analysis.options[0].probabilityNpvNegative).toBeCloseTo(payback.probabilityNever, 2);
    });

    it('finds the break-even of the benefit: NPV 0 at 1000 / 12 a month', () => {
        const [row] = analysis.options[0].sensitivity;
        expect(row.input).toBe('Gain');
        expect(row.breakEven!).toBeCloseTo(1000 / 12, 6);
        const exact = evaluate(withInputValues(p, new Map([['Gain', row.breakEven!.toFixed(10)]]))).options[0].npv!;
        expect(Math.abs(exact)).toBeLessThan(1e-6);
    });
});

describe('break-even where the NPV is not monotone in the input', () => {
    // −100 now, +230 in a year, −132 in two: NPV is 0 at 10% and at 20% a year, positive between.
    const twoRoots = (likely: number): Plan => plan({
        horizonMonths: 25,
        discountRatePercent: range(likely, 5, 25),
        costs: [cost('Now', [once(100, 0)]), cost('Later', [once(132, 24)])],
        benefits: [benefit('Middle', [], [once(230, 12)])]
    });

    it('searches both sides of the likely value and gives the crossing nearest to it', () => {
        const nearTwenty = analyse(twoRoots(16), { trials: 10 }).options[0].sensitivity[0];
        expect(nearTwenty.input).toBe('discount');
        expect(nearTwenty.unit).toBe('% per year');
        expect(nearTwenty.npvAtLow!).toBeLessThan(0);
        expect(nearTwenty.npvAtHigh!).toBeLessThan(0);
        expect(nearTwenty.breakEven!).toBeCloseTo(20, 6);
        expect(analyse(twoRoots(14), { trials: 10 }).options[0].sensitivity[0].breakEven!).toBeCloseTo(10, 6);
    });
});

describe('inputs', () => {
    it('names every kind of ranged value, with #2 for an item\'s second one', () => {
        const p: Plan = {
            ...referencePlan,
            discountRatePercent: range(8, 6, 10),
            internalRate: { value: range(6000, 5000, 7000), currency: 'CNY' },
            rates: [{ from: 'USD', to: 'CNY', rate: range('7.10', '6.80', '7.40') }],
            departments: [{ id: 'Sales', title: 'Sales', users: range(40, 35, 45) }, { id: 'Service', title: 'Service', users: u(10) }],
            requirements: referencePlan.requirements.map(r => (r.id === 'Reports' ? { ...r, effortPersonWeeks: range(4, 3, 6) } : r)),
            vendors: referencePlan.vendors.map(v => (v.id === 'Fxiaoke'
                ? {
                    ...v,
                    covers: v.covers.map(c => (c.requirement === 'Pipeline' ? { ...c, sharePercent: range(85, 70, 90) } : c)),
                    editions: v.editions.map(e => ({ ...e, licences: e.licences.map(l => ({ ...l, price: { ...l.price, value: range(119, 99, 139) } })) }))
                }
                : v)),
            costs: referencePlan.costs.map(c => (c.id === 'Training'
                ? { ...c, lines: [{ ...c.lines[0], hours: range(6, 4, 8), amount: { value: range(120, 100, 150), currency: 'CNY' } }] }
                : c.id === 'Customization' ? { ...c, lines: [c.lines[0], { amount: { value: range(5000, 0, 9000), currency: 'CNY' }, schedule: { kind: 'once', month: 6 } }] } : c)),
            benefits: referencePlan.benefits.map(b => (b.id === 'MoreDeals' ? { ...b, lines: [{ ...b.lines[0], amount: { value: range(30000, 20000, 36000), currency: 'CNY' } }] } : b))
        };
        expect(uncertainInputs(p).map(i => `${i.id} [${i.unit}]`)).toEqual([
            'discount [% per year]',
            'internal rate [CNY per person-week]',
            'rate USD/CNY [CNY per USD]',
            'users Sales [users]',
            'effort Reports [person-weeks]',
            'covers Fxiaoke.Pipeline [%]',
            'Fxiaoke.Professional.licence [CNY]',
            'Customization [CNY]',
            'Training [hours]',
            'Training#2 [CNY]',
            'MoreDeals [CNY]'
        ]);
        // Fxiaoke prices nothing in USD, so the rate is not in its tornado; Zoho's licence is.
        const analysis = analyse(p, { trials: 200 });
        const inputsOf = (i: number) => analysis.options[i].sensitivity.map(r => r.input).sort();
        expect(inputsOf(0)).not.toContain('rate USD/CNY');
        expect(inputsOf(1)).toContain('rate USD/CNY');
        expect(inputsOf(1)).not.toContain('covers Fxiaoke.Pipeline');
        expect(inputsOf(1)).not.toContain('Fxiaoke.Professional.licence');
    });

    it('leaves effort out without an internal rate: it moves no money', () => {
        const p = { ...referencePlan, requirements: referencePlan.requirements.map(r => ({ ...r, effortPersonWeeks: range(4, 3, 6) })) };
        expect(uncertainInputs(p)).toEqual([]);
        expect(hasRanges(p)).toBe(true);
        expect(hasRanges(referencePlan)).toBe(false);
        expect(hasRanges(rangedReferencePlan)).toBe(true);
        const analysis = analyse(p, { trials: 50 });
        expect(analysis.options[0].npv.p10).toBe(evaluate(referencePlan).options[0].npv);
    });

    it('rejects bad options', () => {
        const e = evaluate(referencePlan);
        expect(() => analyseUncertainty(referencePlan, e, { trials: 0 })).toThrow(RangeError);
        expect(() => analyseUncertainty(referencePlan, e, { trials: 2.5 })).toThrow(RangeError);
        expect(() => analyseUncertainty(referencePlan, e, { seed: 0.5 })).toThrow(RangeError);
        expect(() => analyseUncertainty(rangedReferencePlan, evaluate(plan()), {})).toThrow(/options differ/);
        expect(() => withInputValues(referencePlan, new Map([['Nope', 1]]))).toThrow(/Nope/);
    });
});

describe('purity', () => {
    it('imports nothing from Langium, the LSP or Node in the uncertainty folder and scenarios.ts', async () => {
        const { readdirSync, readFileSync } = await import('node:fs');
        const folder = new URL('../../language-server/evaluation/uncertainty/', import.meta.url);
        const files = [
            ...readdirSync(folder).map(name => new URL(name, folder)),
            new URL('../../language-server/evaluation/scenarios.ts', import.meta.url)
        ];
        expect(files.length).toBeGreaterThan(5);
        for (const file of files) {
            const imports = [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map(m => m[1]);
            for (const source of imports) {
                expect(source.startsWith('.') || source === 'decimal.js', `${file.pathname}: ${source}`).toBe(true);
                expect(source, file.pathname).not.toMatch(/generated|lsp|workspace|validation/);
            }
        }
    });
});
