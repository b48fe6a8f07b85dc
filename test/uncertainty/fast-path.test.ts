/**
 * The float model the simulation runs on must price every point as the exact
 * evaluation does: at the likely values, and at any other point of the
 * ranges (the exact evaluation then reads a plan whose likely values were
 * replaced by that point).
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { evaluate, FastModel, withInputValues, type Evaluation } from '../../language-server/evaluation/index.js';
import type { FastMetrics } from '../../language-server/evaluation/uncertainty/index.js';
import { random } from '../helpers/random.js';
import { referencePlan } from '../evaluation/reference-plan.js';
import { randomRangedPlan, range, rangedReferencePlan } from './plans.js';

const SEEDS = Array.from({ length: 60 }, (_, i) => 500 + i);

function close(actual: number, expected: number | null, scale: number, label: string, tolerance = 1e-9): void {
    if (expected === null) {
        expect(Number.isNaN(actual) || actual === Number.POSITIVE_INFINITY, `${label}: expected undefined, got ${actual}`).toBe(true);
        return;
    }
    expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected), scale));
}

/** Every figure the simulation reads, fast against exact. */
function expectSame(fast: readonly FastMetrics[], exact: Evaluation, label: string): void {
    expect(fast).toHaveLength(exact.options.length);
    exact.options.forEach((o, i) => {
        const f = fast[i];
        const where = `${label}, ${o.id}`;
        const scale = o.tco.abs().plus(o.totalBenefit.abs()).toNumber();
        close(f.tco, o.tco.toNumber(), scale, `${where} TCO`);
        close(f.totalBenefit, o.totalBenefit.toNumber(), scale, `${where} benefit`);
        close(f.npv, o.npv, scale, `${where} NPV`);
        close(f.roiPercent, o.roiPercent, 0, `${where} ROI`, 1e-7);
        close(f.paybackMonths, o.paybackMonths, 0, `${where} payback`, 1e-7);
    });
}

describe('the fast float model', () => {
    it('gives the reference figures at the likely values', () => {
        const model = new FastModel(rangedReferencePlan);
        const fast = model.evaluate(Float64Array.from(model.likely));
        expectSame(fast, evaluate(referencePlan), 'reference');
        expect(fast.map(f => f.npv.toFixed(2))).toEqual(['449553.71', '317693.05']);
        expect(fast[0].paybackMonths).toBeCloseTo(15.636, 3);
    });

    it('equals the exact evaluation at the likely values of random plans', () => {
        let ranged = 0;
        for (const seed of SEEDS) {
            const plan = randomRangedPlan(seed);
            const model = new FastModel(plan);
            ranged += model.inputs.length;
            expectSame(model.evaluate(Float64Array.from(model.likely)), evaluate(plan), `seed ${seed}`);
        }
        expect(ranged).toBeGreaterThan(200);
    });

    it('equals the exact evaluation of the plan with its values moved anywhere in their ranges', () => {
        const kinds = new Set<string>();
        let points = 0;
        for (const seed of SEEDS) {
            const plan = randomRangedPlan(seed);
            const model = new FastModel(plan);
            const rnd = random(seed);
            for (let k = 0; k < 3; k++) {
                const values = new Map<string, Decimal>();
                const x = Float64Array.from(model.likely);
                model.inputs.forEach((input, i) => {
                    // The ends, and points in between, written with a few decimals so that both paths read the same number.
                    const u = k === 0 ? 0 : k === 1 ? 1 : rnd();
                    const value = new Decimal(input.low.plus(input.high.minus(input.low).times(u)).toFixed(3));
                    values.set(input.id, value);
                    x[i] = value.toNumber();
                    kinds.add(input.kind);
                });
                expectSame(model.evaluate(x), evaluate(withInputValues(plan, values)), `seed ${seed}, point ${k}`);
                points++;
            }
        }
        expect(points).toBe(SEEDS.length * 3);
        expect([...kinds].sort()).toEqual(['amount', 'covers', 'discount', 'effort', 'hours', 'internal-rate', 'licence', 'rate', 'users']);
    });

    it('follows rollout waves: per-user licences and costs priced month by month, at the likely values and at the ends', () => {
        const plan = {
            ...rangedReferencePlan,
            departments: rangedReferencePlan.departments.map(d => (d.id === 'Sales'
                ? { ...d, users: { likely: new Decimal(20) }, waves: [{ from: 0, users: new Decimal(20) }, { from: 6, users: new Decimal(40) }] }
                : d))
        };
        const model = new FastModel(plan);
        const exact = evaluate(plan);
        expect(exact.options[0].tco.toFixed(2)).not.toBe(evaluate(rangedReferencePlan).options[0].tco.toFixed(2));
        expectSame(model.evaluate(Float64Array.from(model.likely)), exact, 'waves, likely');
        for (const end of ['low', 'high'] as const) {
            const values = new Map(model.inputs.map(input => [input.id, input[end]] as const));
            const x = Float64Array.from(model.inputs.map(input => input[end].toNumber()));
            expectSame(model.evaluate(x), evaluate(withInputValues(plan, values)), `waves, ${end}`);
        }
    });

    it('follows an edition\'s own covers: its benefits priced with its shares, the range an input of its own', () => {
        // Zoho gets a second edition whose own covers replace the vendor's Pipeline share with a range.
        const plan = {
            ...rangedReferencePlan,
            vendors: rangedReferencePlan.vendors.map(v => (v.id === 'Zoho'
                ? {
                    ...v,
                    editions: [...v.editions, {
                        id: 'Enterprise', title: 'Enterprise',
                        licences: v.editions[0].licences,
                        covers: [{ requirement: 'Pipeline', sharePercent: range(95, 85, 100) }]
                    }]
                }
                : v))
        };
        const model = new FastModel(plan);
        expect(model.inputs.map(i => i.id)).toContain('covers Zoho.Enterprise.Pipeline');
        const exact = evaluate(plan);
        // The editions of Zoho now earn differently.
        expect(exact.options[2].totalBenefit.greaterThan(exact.options[1].totalBenefit)).toBe(true);
        expectSame(model.evaluate(Float64Array.from(model.likely)), exact, 'edition covers, likely');
        for (const end of ['low', 'high'] as const) {
            const values = new Map(model.inputs.map(input => [input.id, input[end]] as const));
            const x = Float64Array.from(model.inputs.map(input => input[end].toNumber()));
            expectSame(model.evaluate(x), evaluate(withInputValues(plan, values)), `edition covers, ${end}`);
        }
    });

    it('moves with an input: the MoreDeals low end lowers every NPV', () => {
        const model = new FastModel(rangedReferencePlan);
        const x = Float64Array.from(model.likely);
        const at = model.evaluate(x).map(f => f.npv);
        x[model.inputs.findIndex(i => i.id === 'MoreDeals')] = 20000;
        const low = model.evaluate(x).map(f => f.npv);
        expect(low[0]).toBeLessThan(at[0] - 100_000);
        expect(low[1]).toBeLessThan(at[1] - 100_000);
    });
});
