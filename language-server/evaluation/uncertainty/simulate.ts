/**
 * Monte Carlo simulation over a `FastModel`.
 *
 * Each trial draws every input whose range has width once, from its
 * Beta-PERT distribution, in input order, and prices every option with the
 * same draws (common random numbers), so differences between options are
 * not drowned in sampling noise and "which option is best" is a fair count.
 * When no input varies, every trial is the exact point result.
 */
import { emptyMetrics, type FastMetrics, type FastModel } from './fast-model.js';
import { pertParameters, samplePert } from './pert.js';
import { Xoshiro128 } from './random.js';

/** Figures of each option in every trial: NaN for undefined, +Infinity for payback never. */
export interface SimulatedOption {
    readonly npv: Float64Array;
    readonly roiPercent: Float64Array;
    readonly paybackMonths: Float64Array;
    /** Trials in which this option has the highest NPV. */
    best: number;
}

/** What the exact evaluation says at the likely values, per option. */
export interface PointFigures {
    readonly npv: number | null;
    readonly roiPercent: number | null;
    readonly paybackMonths: number | null;
}

export function simulate(model: FastModel, point: readonly PointFigures[], seed: number, trials: number): SimulatedOption[] {
    const options = model.options.length;
    const results: SimulatedOption[] = model.options.map(() => ({
        npv: new Float64Array(trials),
        roiPercent: new Float64Array(trials),
        paybackMonths: new Float64Array(trials),
        best: 0
    }));
    const varying = model.inputs
        .map((input, index) => ({ index, pert: pertParameters(input.low.toNumber(), input.likely.toNumber(), input.high.toNumber()) }))
        .filter(v => v.pert.high > v.pert.low);

    if (varying.length === 0) {
        const figures: FastMetrics[] = point.map(p => ({
            tco: 0,
            totalBenefit: 0,
            npv: p.npv ?? Number.NaN,
            roiPercent: p.roiPercent ?? Number.NaN,
            paybackMonths: p.paybackMonths ?? Number.POSITIVE_INFINITY
        }));
        for (let t = 0; t < trials; t++) {
            record(results, figures, t, options);
        }
        return results;
    }

    const random = new Xoshiro128(seed);
    const x = Float64Array.from(model.likely);
    const out = model.options.map(emptyMetrics);
    for (let t = 0; t < trials; t++) {
        for (const v of varying) {
            x[v.index] = samplePert(random, v.pert);
        }
        model.evaluate(x, out);
        record(results, out, t, options);
    }
    return results;
}

function record(results: SimulatedOption[], figures: readonly FastMetrics[], trial: number, options: number): void {
    let best = -1;
    let bestNpv = Number.NEGATIVE_INFINITY;
    for (let o = 0; o < options; o++) {
        const f = figures[o];
        const r = results[o];
        r.npv[trial] = f.npv;
        r.roiPercent[trial] = f.roiPercent;
        r.paybackMonths[trial] = f.paybackMonths;
        // Strictly greater: ties go to the first option; an undefined (NaN) NPV is never best.
        if (f.npv > bestNpv) {
            best = o;
            bestNpv = f.npv;
        }
    }
    if (best >= 0) {
        results[best].best++;
    }
}
