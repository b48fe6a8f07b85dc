/**
 * Percentiles and means of simulated figures.
 *
 * An undefined figure in a trial is stored as +Infinity (payback never
 * reached) or NaN (ROI of an option that costs nothing): both sort after
 * every number. A percentile that lands on one, or interpolates towards one,
 * is null; the mean is null as soon as one trial has one.
 */
import type { Distribution } from '../evaluation-types.js';

/**
 * The q-quantile (0 ≤ q ≤ 1) of ascending `sorted`, by linear interpolation
 * between order statistics: h = (n − 1) q (numpy's default, Hyndman–Fan 7).
 */
export function quantile(sorted: Float64Array, q: number): number | null {
    const n = sorted.length;
    if (n === 0) {
        return null;
    }
    const h = (n - 1) * q;
    const lower = Math.floor(h);
    const fraction = h - lower;
    const a = sorted[lower];
    if (!Number.isFinite(a)) {
        return null;
    }
    if (fraction === 0) {
        return a;
    }
    const b = sorted[lower + 1];
    if (!Number.isFinite(b)) {
        return null;
    }
    const between = a + fraction * (b - a);
    // Ends of opposite sign near ±1.8 × 10^308: b − a overflows, the weighted form cannot.
    return Number.isFinite(between) ? between : a * (1 - fraction) + b * fraction;
}

/**
 * The mean, computed around the first value so that identical values give
 * that value exactly; null when a value is undefined (not finite). Values
 * near the limits of doubles, whose differences or sum overflow, are
 * averaged by dividing each first.
 */
export function mean(values: Float64Array): number | null {
    const n = values.length;
    if (n === 0) {
        return null;
    }
    const origin = values[0];
    let sum = 0;
    for (let i = 0; i < n; i++) {
        const value = values[i];
        if (!Number.isFinite(value)) {
            return null;
        }
        sum += value - origin;
    }
    const centred = origin + sum / n;
    if (Number.isFinite(centred)) {
        return centred;
    }
    let scaled = 0;
    for (let i = 0; i < n; i++) {
        scaled += values[i] / n;
    }
    return Number.isFinite(scaled) ? scaled : null;
}

/** P10, P50, P90 and mean of `values` (not modified). */
export function distribution(values: Float64Array): Distribution {
    // A typed array sorts numerically, with NaN last.
    const sorted = Float64Array.from(values).sort();
    return {
        p10: quantile(sorted, 0.1),
        p50: quantile(sorted, 0.5),
        p90: quantile(sorted, 0.9),
        mean: mean(values)
    };
}
