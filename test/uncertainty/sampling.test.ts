/**
 * The generator, the samplers and the PERT distribution.
 */
import { describe, expect, it } from 'vitest';
import {
    beta, DEFAULT_SEED, gamma, normal, PERT_LAMBDA, pertParameters, samplePert, Xoshiro128, type RandomSource
} from '../../language-server/evaluation/uncertainty/index.js';

function moments(draw: () => number, n: number): { mean: number; variance: number; min: number; max: number } {
    let sum = 0;
    let sumSq = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
        const x = draw();
        sum += x;
        sumSq += x * x;
        min = Math.min(min, x);
        max = Math.max(max, x);
    }
    const mean = sum / n;
    return { mean, variance: (sumSq - n * mean * mean) / (n - 1), min, max };
}

describe('xoshiro128**', () => {
    it('matches the reference implementation (Blackman and Vigna, xoshiro128starstar.c)', () => {
        // Output of the reference C code from the state {1, 2, 3, 4}.
        const fromOneToFour = Xoshiro128.fromState(1, 2, 3, 4);
        expect(Array.from({ length: 8 }, () => fromOneToFour.nextUint32()))
            .toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849]);
        const other = Xoshiro128.fromState(0x9e3779b9, 0x243f6a88, 0xb7e15162, 0xdeadbeef);
        for (let i = 0; i < 1000; i++) {
            other.nextUint32();
        }
        expect(Array.from({ length: 4 }, () => other.nextUint32())).toEqual([2541037969, 1849389561, 1502624387, 2643130287]);
    });

    it('gives the same stream for the same seed, another for another seed (both halves of a large seed count)', () => {
        const stream = (seed: number) => {
            const r = new Xoshiro128(seed);
            return Array.from({ length: 5 }, () => r.uniform());
        };
        expect(stream(DEFAULT_SEED)).toEqual(stream(DEFAULT_SEED));
        expect(stream(1)).not.toEqual(stream(2));
        expect(stream(2 ** 40 + 5)).not.toEqual(stream(5));
        expect(stream(Number.MAX_SAFE_INTEGER)).toHaveLength(5);
        expect(() => new Xoshiro128(1.5)).toThrow(RangeError);
    });

    it('draws uniforms strictly inside (0, 1) with mean 1/2 and variance 1/12', () => {
        const r = new Xoshiro128(7);
        const m = moments(() => r.uniform(), 100_000);
        expect(m.min).toBeGreaterThan(0);
        expect(m.max).toBeLessThan(1);
        expect(m.mean).toBeCloseTo(0.5, 2);
        expect(m.variance).toBeCloseTo(1 / 12, 3);
    });
});

describe('normal, gamma and beta variates', () => {
    const r: RandomSource = new Xoshiro128(11);

    it('normal: mean 0, variance 1', () => {
        const m = moments(() => normal(r), 100_000);
        expect(Math.abs(m.mean)).toBeLessThan(0.015);
        expect(Math.abs(m.variance - 1)).toBeLessThan(0.02);
    });

    it('gamma(k): mean k and variance k, for shapes above and below 1', () => {
        for (const shape of [0.5, 1, 2.5, 9]) {
            const m = moments(() => gamma(r, shape), 100_000);
            expect(Math.abs(m.mean - shape) / shape, `shape ${shape}`).toBeLessThan(0.02);
            expect(Math.abs(m.variance - shape) / shape, `shape ${shape}`).toBeLessThan(0.04);
            expect(m.min).toBeGreaterThan(0);
        }
        expect(() => gamma(r, 0)).toThrow(RangeError);
    });

    it('beta(α, β): mean α/(α+β)', () => {
        const m = moments(() => beta(r, 2, 5), 100_000);
        expect(m.mean).toBeCloseTo(2 / 7, 2);
        expect(m.variance).toBeCloseTo(2 * 5 / (49 * 8), 3);
    });
});

describe('Beta-PERT', () => {
    it('has α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b − a) and mean (a + 4m + b)/6', () => {
        expect(PERT_LAMBDA).toBe(4);
        const p = pertParameters(20000, 30000, 36000);
        expect(p.alpha).toBeCloseTo(3.5, 12);
        expect(p.beta).toBeCloseTo(2.5, 12);
        expect(p.mean).toBeCloseTo((20000 + 4 * 30000 + 36000) / 6, 9);
        // Beta variance αβ/((α+β)²(α+β+1)) scaled by (b − a)²; α + β = 6 for λ = 4.
        expect(p.variance).toBeCloseTo(3.5 * 2.5 / (36 * 7) * 16000 ** 2, 6);
        const symmetric = pertParameters(0, 5, 10);
        expect([symmetric.alpha, symmetric.beta, symmetric.mean]).toEqual([3, 3, 5]);
        const atLow = pertParameters(60000, 60000, 120000);
        expect([atLow.alpha, atLow.beta]).toEqual([1, 5]);
    });

    it('keeps finite shapes for ends near the largest double, and refuses a width beyond it', () => {
        const p = pertParameters(0, 7, 1e308);
        expect([p.alpha, p.beta].every(Number.isFinite)).toBe(true);
        expect(p.beta).toBeCloseTo(5, 12);
        expect(Number.isFinite(p.mean)).toBe(true);
        const sample = samplePert(new Xoshiro128(1), p);
        expect(sample >= 0 && sample <= 1e308).toBe(true);
        expect(() => pertParameters(-1e308, 0, 1e308)).toThrow(/beyond the range of numbers/);
    });

    it('is a constant for a range of zero width, and draws nothing', () => {
        const p = pertParameters(30000, 30000, 30000);
        expect(p).toMatchObject({ mean: 30000, variance: 0 });
        const r = new Xoshiro128(3);
        const untouched = new Xoshiro128(3);
        expect(samplePert(r, p)).toBe(30000);
        expect(r.uniform()).toBe(untouched.uniform());
    });

    it('converges: 100,000 draws with a fixed seed have the PERT mean and variance, within the range', () => {
        for (const [a, m, b] of [[20000, 30000, 36000], [60000, 80000, 120000], [0, 0, 1], [6.8, 7.1, 7.4]]) {
            const p = pertParameters(a, m, b);
            const r = new Xoshiro128(DEFAULT_SEED);
            const s = moments(() => samplePert(r, p), 100_000);
            const sd = Math.sqrt(p.variance);
            // The sample mean's standard error is sd/√n ≈ 0.003 sd; allow 5 of them.
            expect(Math.abs(s.mean - p.mean) / sd, `${a}..${m}..${b} mean`).toBeLessThan(0.016);
            expect(Math.abs(s.variance - p.variance) / p.variance, `${a}..${m}..${b} variance`).toBeLessThan(0.02);
            expect(s.min).toBeGreaterThanOrEqual(a);
            expect(s.max).toBeLessThanOrEqual(b);
        }
    });

    it('puts the mode at the likely value: more draws near it than near an end', () => {
        const p = pertParameters(0, 8, 10);
        const r = new Xoshiro128(5);
        let nearMode = 0;
        let nearLow = 0;
        for (let i = 0; i < 50_000; i++) {
            const x = samplePert(r, p);
            if (Math.abs(x - 8) < 0.5) {
                nearMode++;
            } else if (x < 1) {
                nearLow++;
            }
        }
        expect(nearMode).toBeGreaterThan(10 * nearLow);
    });
});
