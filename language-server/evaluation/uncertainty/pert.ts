/**
 * The Beta-PERT distribution of a range `likely (low to high)`: a Beta
 * distribution stretched over low..high whose mode is the likely value, with
 * the classic shape λ = 4 (mean (low + 4 likely + high) / 6).
 */
import { EvaluationError } from '../evaluation-error.js';
import { beta, type RandomSource } from './random.js';

/** The PERT shape: how strongly the likely value pulls the samples. */
export const PERT_LAMBDA = 4;

export interface PertParameters {
    readonly low: number;
    readonly likely: number;
    readonly high: number;
    /** α = 1 + λ (likely − low) / (high − low). */
    readonly alpha: number;
    /** β = 1 + λ (high − likely) / (high − low). */
    readonly beta: number;
    /** (low + λ likely + high) / (λ + 2). */
    readonly mean: number;
    /** αβ / ((α + β)² (α + β + 1)) · (high − low)². */
    readonly variance: number;
}

/**
 * The parameters of PERT(low, likely, high). A range of zero width has
 * α = β = 1, mean = likely and variance 0 (it is a constant). A likely value
 * outside the range (the validator rejects it, CRM007) is clamped into it.
 */
export function pertParameters(low: number, likely: number, high: number, lambda = PERT_LAMBDA): PertParameters {
    if (!Number.isFinite(low) || !Number.isFinite(likely) || !Number.isFinite(high)) {
        // An end past the range of doubles would make the shapes NaN (∞ / ∞) and every sample ∞.
        throw new EvaluationError('overflow', `The figures cannot be computed: the range ${likely} (${low} to ${high}) is beyond the range of numbers (about 1.8 × 10^308).`);
    }
    const a = Math.min(low, high);
    const b = Math.max(low, high);
    const m = Math.min(Math.max(likely, a), b);
    const width = b - a;
    if (!Number.isFinite(width)) {
        // Ends near ±1.8 × 10^308 of opposite signs: the width itself is beyond the range of doubles.
        throw new EvaluationError('overflow', `The figures cannot be computed: the range ${likely} (${low} to ${high}) is beyond the range of numbers (about 1.8 × 10^308).`);
    }
    if (!(width > 0)) {
        return { low: a, likely: m, high: b, alpha: 1, beta: 1, mean: m, variance: 0 };
    }
    // Divide before multiplying: λ (high − likely) alone overflows for ends near 10^308.
    const t = (m - a) / width;
    const alpha = 1 + lambda * t;
    const betaShape = 1 + lambda * ((b - m) / width);
    const s = alpha + betaShape;
    return {
        low: a, likely: m, high: b, alpha, beta: betaShape,
        mean: a + width * ((lambda * t + 1) / (lambda + 2)),
        variance: alpha * betaShape / (s * s * (s + 1)) * width * width
    };
}

/** One PERT sample; a zero-width range returns its value without drawing. */
export function samplePert(random: RandomSource, parameters: PertParameters): number {
    const width = parameters.high - parameters.low;
    if (!(width > 0)) {
        return parameters.likely;
    }
    return parameters.low + width * beta(random, parameters.alpha, parameters.beta);
}
