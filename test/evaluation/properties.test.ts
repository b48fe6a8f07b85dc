/**
 * Properties over seeded random plans.
 */
import { type Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Dec, evaluate, presentValueMonthly } from '../../language-server/evaluation/index.js';
import { cost, money } from './plan-builders.js';
import { random } from '../helpers/random.js';
import { randomPlan, scaleMoney } from './random-plans.js';

const SEEDS = Array.from({ length: 60 }, (_, i) => 1000 + i);

function closeRelative(a: number | null, b: number | null, tolerance = 1e-9): boolean {
    if (a === null || b === null) {
        return a === b;
    }
    return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

function closeDecimal(a: Decimal, b: Decimal): boolean {
    return a.minus(b).abs().lessThan('1e-20');
}

describe('scaling every amount by k', () => {
    const factors = ['2', '3', '0.5', '7.25'];
    it('scales TCO, benefit and NPV by k and leaves ROI unchanged', () => {
        let checkedNonTrivial = 0;
        for (const seed of SEEDS) {
            const plan = randomPlan(seed);
            const k = factors[seed % factors.length];
            const base = evaluate(plan);
            const scaled = evaluate(scaleMoney(plan, k));
            base.options.forEach((o, i) => {
                const s = scaled.options[i];
                const label = `seed ${seed}, ${o.id}, k ${k}`;
                expect(closeDecimal(s.tco, o.tco.times(k)), label).toBe(true);
                expect(closeDecimal(s.totalBenefit, o.totalBenefit.times(k)), label).toBe(true);
                expect(closeRelative(s.npv, o.npv === null ? null : o.npv * Number(k)), label).toBe(true);
                expect(closeRelative(s.roiPercent, o.roiPercent), label).toBe(true);
                expect(closeRelative(s.paybackMonths, o.paybackMonths), label).toBe(true);
                if (!o.tco.isZero() && !o.totalBenefit.isZero()) {
                    checkedNonTrivial++;
                }
            });
        }
        expect(checkedNonTrivial).toBeGreaterThan(50);
    });
});

describe('moving a cost later', () => {
    it('never lowers NPV at a positive rate (and raises it when the amount is positive)', () => {
        for (const seed of SEEDS) {
            const plan = randomPlan(seed);
            const rnd = random(seed * 7);
            const H = plan.horizonMonths;
            const month = Math.floor(rnd() * (H - 1));
            const later = month + 1 + Math.floor(rnd() * (H - 1 - month));
            const amount = (1 + Math.floor(rnd() * 1_000_000)) / 100;
            const withCost = (m: number): ReturnType<typeof evaluate> =>
                evaluate({ ...plan, costs: [...plan.costs, cost('Moved', [{ amount: money(amount), schedule: { kind: 'once', month: m } }])] });
            const early = withCost(month);
            const late = withCost(later);
            early.options.forEach((o, i) => {
                const label = `seed ${seed}: ${amount} from month ${month} to ${later}`;
                expect(late.options[i].tco.toString(), label).toBe(o.tco.toString());
                expect(late.options[i].npv!, label).toBeGreaterThan(o.npv!);
            });
        }
    });
});

describe('internal consistency', () => {
    it('the timeline sums to the totals, NPV discounts the timeline, and every IRR root zeroes the NPV', () => {
        for (const seed of SEEDS) {
            const evaluation = evaluate(randomPlan(seed));
            for (const o of evaluation.options) {
                const label = `seed ${seed}, ${o.id}`;
                // Summed at the evaluation's own precision (the global Decimal keeps only 20 digits).
                const costs = o.timeline.reduce((s, t) => s.plus(t.cost), new Dec(0));
                expect(closeDecimal(costs, o.tco), label).toBe(true);
                expect(closeDecimal(o.timeline[o.timeline.length - 1].cumulative, o.totalBenefit.minus(o.tco)), label).toBe(true);
                const net = o.timeline.map(t => t.net.toNumber());
                expect(closeRelative(presentValueMonthly(evaluation.plan.discountRatePercent / 100, net), o.npv), label).toBe(true);
                for (const r of o.irr.monthlyRoots) {
                    const terms = net.map((v, m) => Math.abs(v) / Math.pow(1 + r, m)).reduce((a, b) => a + b, 0);
                    const value = net.map((v, m) => v / Math.pow(1 + r, m)).reduce((a, b) => a + b, 0);
                    expect(Math.abs(value) / terms, label).toBeLessThan(1e-8);
                }
                expect(o.irr.annualPercent === null || o.irr.monthlyRoots.length === 1, label).toBe(true);
                for (const value of [o.roiPercent, o.pvRoiPercent, o.paybackMonths, o.matrixScore, o.irr.annualPercent, ...o.irr.annualRootsPercent]) {
                    expect(value === null || Number.isFinite(value), label).toBe(true);
                }
            }
        }
    });
});
