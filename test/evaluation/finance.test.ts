/**
 * Financial functions against the independent reference vectors
 * (numpy-financial's test suite) and against cases built to break naive
 * root finders.
 */
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { compoundRate, internalRateOfReturn, irr, irrRoots, mirr, npv, paybackMonths, presentValueMonthly } from '../../language-server/evaluation/index.js';
import { dec } from '../../language-server/evaluation/decimal.js';
import { exactCoefficients, onlyRootInUnitInterval, reversed, rootsInUnitInterval, signVariations } from '../../language-server/evaluation/polynomial-roots.js';

interface Vector {
    id: string;
    function: string;
    inputs: Record<string, unknown>;
    expected?: number | string | number[][];
    expected_precise?: number;
    expected_property?: string;
    tolerance?: { rtol?: number; atol?: number };
}

const fixture = JSON.parse(readFileSync(new URL('../fixtures/finance-vectors.json', import.meta.url), 'utf8')) as { vectors: Vector[] };
const vectors = (fn: string): Vector[] => fixture.vectors.filter(v => v.function === fn);

function expectClose(actual: number | null, expected: number, tolerance: Vector['tolerance'] = {}): void {
    expect(actual).not.toBeNull();
    const allowed = Math.max(tolerance.atol ?? 0, (tolerance.rtol ?? 0) * Math.abs(expected), 1e-12);
    expect(Math.abs(actual! - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(allowed);
}

describe('npv (t0 convention) against the vectors', () => {
    it('has vectors to check', () => {
        expect(vectors('npv').length).toBeGreaterThanOrEqual(4);
    });
    for (const v of vectors('npv')) {
        it(v.id, () => {
            if (v.expected === 'NaN') {
                expect(npv(v.inputs.rate as number, v.inputs.values as number[])).toBeNull();
            } else if (Array.isArray(v.expected)) {
                const rates = v.inputs.rates as number[];
                const rows = v.inputs.values as number[][];
                const expected = v.expected;
                rates.forEach((rate, i) => rows.forEach((values, j) => expectClose(npv(rate, values), expected[i][j], v.tolerance)));
            } else {
                expectClose(npv(v.inputs.rate as number, v.inputs.values as number[]), v.expected as number, v.tolerance);
                if (v.expected_precise !== undefined) {
                    expectClose(npv(v.inputs.rate as number, v.inputs.values as number[]), v.expected_precise, { rtol: 1e-12 });
                }
            }
        });
    }
});

describe('irr against the vectors', () => {
    it('has vectors to check', () => {
        expect(vectors('irr').length).toBeGreaterThanOrEqual(10);
    });
    for (const v of vectors('irr')) {
        it(v.id, () => {
            const values = v.inputs.values as number[];
            const roots = irrRoots(values);
            if (v.expected === 'NaN') {
                expect(roots).toEqual([]);
                expect(irr(values)).toBeNull();
                return;
            }
            const published = (v.expected_precise ?? v.expected) as number;
            const tolerance = v.expected_precise !== undefined ? { rtol: 1e-9 } : v.tolerance;
            // With several roots the published value must be one of them.
            const nearest = roots.reduce<number | null>((a, b) => (a === null || Math.abs(b - published) < Math.abs(a - published) ? b : a), null);
            expectClose(nearest, published, tolerance);
            if (roots.length === 1) {
                expect(irr(values)).toBe(roots[0]);
            } else {
                expect(irr(values)).toBeNull();
            }
            for (const root of roots) {
                // Every reported root really zeroes the NPV, relative to the size of its discounted terms.
                const scale = npv(root, values.map(Math.abs))!;
                expect(Math.abs(npv(root, values)!) / scale).toBeLessThan(1e-9);
            }
        });
    }

    it('npf-irr-doc-congruence: npv(irr(v), v) = 0', () => {
        const v = vectors('irr').find(x => x.id === 'npf-irr-doc-congruence')!;
        const values = v.inputs.values as number[];
        expect(Math.abs(npv(irr(values)!, values)!)).toBeLessThan(1e-9);
    });

    it('finds both roots of the gh39 flows and so reports no single IRR', () => {
        const v = vectors('irr').find(x => x.id === 'npf-irr-gh39')!;
        const roots = irrRoots(v.inputs.values as number[]);
        expect(roots.length).toBeGreaterThan(1);
        expect(irr(v.inputs.values as number[])).toBeNull();
    });
});

describe('mirr against the vectors', () => {
    for (const v of vectors('mirr')) {
        it(v.id, () => {
            const result = mirr(v.inputs.values as number[], v.inputs.finance_rate as number, v.inputs.reinvest_rate as number);
            if (v.expected === 'NaN') {
                expect(result).toBeNull();
            } else {
                expectClose(result, v.expected as number, v.tolerance);
            }
        });
    }
});

describe('irr on hard cases', () => {
    it('finds all three roots of a polynomial with roots at 5%, 10% and 20%', () => {
        // NPV = (1 - 1.05x)(1 - 1.1x)(1 - 1.2x) in x = 1/(1+r), times 1000.
        const values = [-1000, 3350, -3735, 1386];
        const roots = irrRoots(values);
        expect(roots).toHaveLength(3);
        [0.05, 0.1, 0.2].forEach((r, i) => expect(roots[i]).toBeCloseTo(r, 12));
        expect(irr(values)).toBeNull();
    });

    it('finds two roots too close for a coarse grid', () => {
        // (1 - 1.1000x)(1 - 1.1001x): roots at 10% and 10.01%.
        const values = [1, -2.2001, 1.21011];
        const roots = irrRoots(values);
        expect(roots).toHaveLength(2);
        expect(roots[0]).toBeCloseTo(0.1, 10);
        expect(roots[1]).toBeCloseTo(0.1001, 10);
    });

    it('reports a double root once, where NPV touches zero', () => {
        // (1 - 1.25x)^2 = 1 - 2.5x + 1.5625x^2: NPV ≥ 0 everywhere, zero at 25%.
        const roots = irrRoots([1, -2.5, 1.5625]);
        expect(roots).toHaveLength(1);
        expect(roots[0]).toBeCloseTo(0.25, 12);
    });

    it('handles very high IRRs: 1000% per period and 5000% annualised', () => {
        expect(irr([-1, 11])).toBeCloseTo(10, 12);
        const monthly = Math.pow(51, 1 / 12) - 1;
        const flows = [-1000, ...Array.from({ length: 11 }, () => 0), 1000 * Math.pow(1 + monthly, 12)];
        expect(compoundRate(irr(flows)!, 12)! * 100).toBeCloseTo(5000, 6);
    });

    it('handles roots near −100%', () => {
        expect(irr([-100, 0.01])).toBeCloseTo(-0.9999, 12);
        expect(irr([-1, 1e-9])).toBeCloseTo(-1 + 1e-9, 15);
    });

    it('finds a root of exactly 0% and keeps small rates precise', () => {
        expect(irrRoots([-100, 50, 50])).toEqual([0]);
        const r = irr([-1, 1 + 1e-10])!;
        expect(Math.abs(r - 1e-10) / 1e-10).toBeLessThan(1e-5);
    });

    it('ignores leading and trailing zero flows', () => {
        expect(irr([0, 0, -100, 110, 0])).toBeCloseTo(0.1, 12);
    });

    it('returns no root for all-zero or one-signed flows', () => {
        expect(irrRoots([0, 0, 0])).toEqual([]);
        expect(irrRoots([5])).toEqual([]);
        expect(irrRoots([-5, -1])).toEqual([]);
    });

    it('finds the IRR of a long monthly stream', () => {
        const rate = 0.03;
        const flows = [-100000, ...Array.from({ length: 119 }, () => 100000 * rate / (1 - Math.pow(1 + rate, -119)))];
        expect(irr(flows)).toBeCloseTo(rate, 10);
    });

    it('rejects non-finite flows', () => {
        expect(() => irrRoots([-1, Number.NaN])).toThrow(RangeError);
    });
});

describe('presentValueMonthly and compoundRate', () => {
    it('discounts month m by (1 + r)^(m/12), month 0 undiscounted', () => {
        expect(presentValueMonthly(0.08, [100])).toBe(100);
        expect(presentValueMonthly(0.08, [0, ...Array.from({ length: 11 }, () => 0), 108])).toBeCloseTo(100, 10);
        expect(presentValueMonthly(0.21, [0, 0, 0, 0, 0, 0, 110])).toBeCloseTo(100, 10);
    });
    it('is null at or below −100%', () => {
        expect(presentValueMonthly(-1, [1, 2])).toBeNull();
        expect(npv(-1.5, [1, 2])).toBeNull();
    });
    it('annualises (1 + r)^12 − 1', () => {
        expect(compoundRate(0.01, 12)).toBeCloseTo(Math.pow(1.01, 12) - 1, 14);
        expect(compoundRate(-1, 12)).toBeNull();
        expect(compoundRate(1e300, 12)).toBeNull();
    });
});

describe('paybackMonths', () => {
    const flows = (...values: number[]): Decimal[] => values.map(v => new Decimal(v));
    it('interpolates inside the month of the last crossing', () => {
        // cum: -100, -40, 20 → crossing in month 2: 2 + 40/60.
        expect(paybackMonths(flows(-100, 60, 60))).toBeCloseTo(2 + 40 / 60, 12);
    });
    it('uses the last crossing when the cumulative dips again', () => {
        // cum: -10, 0, -5, 5 → last negative month 2, payback 3 + 5/10.
        expect(paybackMonths(flows(-10, 10, -5, 10))).toBe(3.5);
    });
    it('is 0 when the cumulative is never negative', () => {
        expect(paybackMonths(flows(0, 5, -5, 1))).toBe(0);
        expect(paybackMonths(flows(10, 5))).toBe(0);
    });
    it('counts exactly zero as paid back', () => {
        expect(paybackMonths(flows(-10, 10))).toBe(2);
    });
    it('is null when still negative at the end', () => {
        expect(paybackMonths(flows(-100, 60, 30))).toBeNull();
    });
});

describe('internalRateOfReturn', () => {
    const flows = (...values: number[]) => values.map(v => dec(v));

    it('gives the same result for flows it has seen before, and callers cannot change what it remembers', () => {
        const net = flows(-1000, 300, 400, 500);
        const first = internalRateOfReturn(net);
        expect(first.monthlyRoots).toEqual(irrRoots([-1000, 300, 400, 500]));
        expect(first.monthlyRoots).toHaveLength(1);
        (first.monthlyRoots as number[]).push(42);
        (first.annualRootsPercent as number[]).length = 0;
        const again = internalRateOfReturn(flows(-1000, 300, 400, 500));
        expect(again.monthlyRoots).toHaveLength(1);
        expect(again.monthlyRoots[0]).toBe(first.monthlyRoots[0]);
        expect(again.annualRootsPercent).toHaveLength(1);
        expect(again.annualPercent).toBe(again.annualRootsPercent[0]);
    });

    it('tells flows apart that differ anywhere', () => {
        const a = internalRateOfReturn(flows(-1000, 300, 400, 500));
        const b = internalRateOfReturn(flows(-1000, 300, 400, 501));
        expect(b.monthlyRoots[0]).toBeGreaterThan(a.monthlyRoots[0]);
        // Many distinct flows: the memo stays bounded and answers each correctly.
        for (let i = 0; i < 600; i++) {
            const result = internalRateOfReturn(flows(-1000, 1100 + i));
            expect(result.monthlyRoots[0]).toBeCloseTo((1100 + i) / 1000 - 1, 12);
        }
    });
});

describe('IRR with one sign change in the flows', () => {
    it('bisects straight to the root the full isolation finds, on either side of 0%', () => {
        // A fixed pseudo-random series of investments followed by returns (one sign change).
        let seed = 7;
        const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
        for (let run = 0; run < 300; run++) {
            const months = 2 + Math.floor(next() * 120);
            const turn = 1 + Math.floor(next() * (months - 1));
            const scale = next() < 0.5 ? 1 : 1.6; // below and above break-even: negative and positive rates
            const flows = Array.from({ length: months }, (_, t) => Math.round((t < turn ? -1 : scale * turn / (months - turn)) * (1 + next()) * 1000) / 10);
            const coefficients = exactCoefficients(flows);
            expect(signVariations(coefficients)).toBe(1);
            const isolated = [...rootsInUnitInterval(coefficients), ...rootsInUnitInterval(reversed(coefficients))];
            expect(isolated).toHaveLength(1);
            const atOne = coefficients.reduce((sum, c) => sum + c, 0n);
            if (atOne === 0n) {
                continue;
            }
            const direct = (atOne > 0n) !== (coefficients[0] > 0n)
                ? onlyRootInUnitInterval(coefficients)
                : onlyRootInUnitInterval(reversed(coefficients));
            expect(direct).toEqual(isolated[0]);
            expect(irrRoots(flows)).toHaveLength(1);
        }
    });

    it('finds the one root of a 1,200-month series', () => {
        const flows = Array.from({ length: 1200 }, (_, t) => (t < 12 ? -10_000 : 180 + (t % 7)));
        const [root] = irrRoots(flows);
        expect(npv(root, flows)).toBeCloseTo(0, 3);
    });
});
