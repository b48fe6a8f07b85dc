/**
 * One-at-a-time sensitivity (the tornado): each input alone at its low and
 * at its high end, every other input at its likely value, and the value of
 * the input at which the option's NPV crosses zero, when it does within the
 * range.
 */
import { EvaluationError } from '../evaluation-error.js';
import type { SensitivityRow } from '../evaluation-types.js';
import { emptyMetrics, type FastModel } from './fast-model.js';

/** Bisection steps: far more than the 53 bits of a double need. */
const MAX_STEPS = 200;

/**
 * The tornado of one option, largest swing first (ties keep input order).
 *
 * @param option index into `model.options`
 * @param pointNpv the exact NPV at the likely values; used wherever every
 *   input is at its likely value, so a zero-width range reads exactly the
 *   point figure
 */
export function sensitivity(model: FastModel, option: number, pointNpv: number | null): SensitivityRow[] {
    const fast = model.options[option];
    const out = emptyMetrics();
    const x = Float64Array.from(model.likely);
    const likelyNpv = pointNpv ?? Number.NaN;

    const npvAt = (input: number, value: number): number => {
        if (value === model.likely[input]) {
            return likelyNpv;
        }
        x[input] = value;
        const npv = fast.evaluate(x, model.discount(x), out).npv;
        x[input] = model.likely[input];
        return npv;
    };

    const rows = model.inputs
        .map((input, index) => ({ input, index }))
        .filter(({ index }) => fast.dependsOn.has(index))
        .map(({ input, index }) => {
            const low = input.low.toNumber();
            const likely = model.likely[index];
            const high = input.high.toNumber();
            const npvAtLow = npvAt(index, low);
            const npvAtHigh = npvAt(index, high);
            if (!Number.isNaN(npvAtLow) && !Number.isNaN(npvAtHigh) && !Number.isFinite(npvAtHigh - npvAtLow)) {
                throw new EvaluationError('overflow', `The figures cannot be computed: the NPV swing of ${input.id} is beyond the range of numbers (about 1.8 × 10^308).`);
            }
            const row: SensitivityRow = {
                input: input.id,
                unit: input.unit,
                measure: input.measure,
                subject: input.subject,
                low,
                likely,
                high,
                npvAtLow: nullIfNaN(npvAtLow),
                npvAtHigh: nullIfNaN(npvAtHigh),
                swing: Number.isNaN(npvAtLow) || Number.isNaN(npvAtHigh) ? 0 : Math.abs(npvAtHigh - npvAtLow),
                breakEven: breakEven(v => npvAt(index, v), low, likely, high, npvAtLow, likelyNpv, npvAtHigh)
            };
            return { row, index };
        });
    rows.sort((a, b) => b.row.swing - a.row.swing || a.index - b.index);
    return rows.map(r => r.row);
}

/**
 * Where f crosses 0 within low..high: found on the segment low..likely or
 * likely..high whose ends differ in sign (f need not be monotone); the root
 * nearest the likely value when both segments have one.
 */
export function breakEven(
    f: (value: number) => number, low: number, likely: number, high: number, fLow: number, fLikely: number, fHigh: number
): number | null {
    if (fLikely === 0) {
        return likely;
    }
    const roots: number[] = [];
    const segment = (a: number, fa: number, b: number, fb: number): void => {
        if (a === b || Number.isNaN(fa) || Number.isNaN(fb)) {
            return;
        }
        if (fa === 0) {
            roots.push(a);
        } else if (fb === 0) {
            roots.push(b);
        } else if ((fa < 0) !== (fb < 0)) {
            roots.push(bisect(f, a, fa, b));
        }
    };
    segment(low, fLow, likely, fLikely);
    segment(likely, fLikely, high, fHigh);
    if (roots.length === 0) {
        return null;
    }
    return roots.reduce((best, r) => (Math.abs(r - likely) < Math.abs(best - likely) ? r : best));
}

/** A root of f between a and b, where f(a) and f(b) differ in sign. */
function bisect(f: (value: number) => number, a: number, fa: number, b: number): number {
    let lo = a;
    let hi = b;
    const negativeAtLo = fa < 0;
    for (let step = 0; step < MAX_STEPS; step++) {
        const mid = lo + (hi - lo) / 2;
        if (mid === lo || mid === hi) {
            break;
        }
        const fm = f(mid);
        if (fm === 0) {
            return mid;
        }
        if ((fm < 0) === negativeAtLo) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return lo + (hi - lo) / 2;
}

function nullIfNaN(value: number): number | null {
    return Number.isNaN(value) ? null : value;
}
