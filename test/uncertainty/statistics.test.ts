/**
 * Percentiles and means, with undefined trials (payback never, ROI of an
 * option that costs nothing) sorted last.
 */
import { describe, expect, it } from 'vitest';
import { distribution, mean, quantile } from '../../language-server/evaluation/uncertainty/index.js';

const sorted = (values: number[]): Float64Array => Float64Array.from(values).sort();

describe('quantile', () => {
    it('interpolates linearly between order statistics (numpy default)', () => {
        const values = sorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        expect(quantile(values, 0.1)).toBeCloseTo(1.9, 12);
        expect(quantile(values, 0.5)).toBeCloseTo(5.5, 12);
        expect(quantile(values, 0.9)).toBeCloseTo(9.1, 12);
        expect(quantile(sorted([42]), 0.9)).toBe(42);
        expect(quantile(sorted([]), 0.5)).toBeNull();
    });

    it('is null where it falls on or interpolates towards a never (Infinity) or undefined (NaN) trial', () => {
        const payback = sorted([12, 14, Infinity, 13, Infinity]);
        expect(quantile(payback, 0.1)).toBeCloseTo(12.4, 12);
        expect(quantile(payback, 0.5)).toBe(14);
        expect(quantile(payback, 0.6)).toBeNull(); // between 14 and never
        expect(quantile(payback, 0.9)).toBeNull();
        const roi = sorted([Number.NaN, 10, 20]);
        expect(quantile(roi, 0.5)).toBe(20);
        expect(quantile(roi, 0.9)).toBeNull();
    });
});

describe('mean and distribution', () => {
    it('gives identical values back exactly, and null when a trial is undefined', () => {
        const v = 449553.70688608906;
        expect(mean(new Float64Array(10_000).fill(v))).toBe(v);
        expect(mean(Float64Array.from([1, 2, 3, 6]))).toBe(3);
        expect(mean(Float64Array.from([1, Infinity]))).toBeNull();
        expect(distribution(new Float64Array(7).fill(v))).toEqual({ p10: v, p50: v, p90: v, mean: v });
    });

    it('does not reorder the values it is given', () => {
        const values = Float64Array.from([3, 1, 2]);
        expect(distribution(values)).toMatchObject({ p50: 2, mean: 2 });
        expect([...values]).toEqual([3, 1, 2]);
    });
});

describe('statistics near the limits of doubles', () => {
    it('averages values whose sum overflows, and interpolates between ends whose difference does', () => {
        const big = Float64Array.from([1.5e308, 1.7e308, 1.6e308, -1.7e308]);
        const m = mean(big);
        expect(m).not.toBeNull();
        expect(Number.isFinite(m!)).toBe(true);
        expect(m!).toBeCloseTo(0.775e308 , -300);
        const sorted = Float64Array.from([-1.7e308, 1.7e308]);
        const median = quantile(sorted, 0.5);
        expect(median).toBe(0);
        expect(Number.isFinite(quantile(sorted, 0.1)!)).toBe(true);
    });
});
