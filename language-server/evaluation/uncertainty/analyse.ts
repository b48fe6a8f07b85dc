/**
 * `analyseUncertainty`: Monte Carlo percentiles, the probability of a
 * negative NPV and of each option being best, and the tornado with
 * break-even values, for a plan and its exact evaluation.
 */
import type { Plan } from '../../model/plan.js';
import type { Evaluation, OptionUncertainty, PaybackDistribution, UncertaintyAnalysis } from '../evaluation-types.js';
import { FastModel } from './fast-model.js';
import { PERT_LAMBDA } from './pert.js';
import { DEFAULT_SEED } from './random.js';
import { sensitivity } from './sensitivity.js';
import { simulate, type PointFigures } from './simulate.js';
import { distribution } from './statistics.js';

/** Trials unless told otherwise (`--trials`). */
export const DEFAULT_TRIALS = 10_000;

/** The most trials one analysis runs: about 24 bytes per trial and option are kept for the percentiles. */
export const MAX_TRIALS = 1_000_000;

export interface UncertaintyOptions {
    /** Any safe integer; `DEFAULT_SEED` (1) when absent. */
    readonly seed?: number;
    /** A whole number from 1 to `MAX_TRIALS`; `DEFAULT_TRIALS` (10,000) when absent. */
    readonly trials?: number;
}

/**
 * Simulates `plan` and measures the sensitivity of each option's NPV.
 * Pure and deterministic: the same plan, seed and trials give the same
 * result, bit for bit.
 *
 * @param evaluation `evaluate(plan)`: its figures are the point result every
 *   trial reproduces when no range has width
 * @throws RangeError for a seed or a number of trials out of bounds
 */
export function analyseUncertainty(plan: Plan, evaluation: Evaluation, options: UncertaintyOptions = {}): UncertaintyAnalysis {
    const seed = options.seed ?? DEFAULT_SEED;
    const trials = options.trials ?? DEFAULT_TRIALS;
    if (!Number.isSafeInteger(seed)) {
        throw new RangeError(`The seed must be a whole number (got ${seed}).`);
    }
    if (!Number.isInteger(trials) || trials < 1 || trials > MAX_TRIALS) {
        throw new RangeError(`The number of trials must be a whole number from 1 to ${MAX_TRIALS} (got ${trials}).`);
    }
    const model = new FastModel(plan);
    const ids = model.options.map(o => o.id);
    if (ids.join('\n') !== evaluation.options.map(o => o.id).join('\n')) {
        throw new Error('The evaluation does not belong to this plan: its options differ.');
    }
    const point: PointFigures[] = evaluation.options.map(o => ({ npv: o.npv, roiPercent: o.roiPercent, paybackMonths: o.paybackMonths }));
    const simulated = simulate(model, point, seed, trials);

    const optionResults: OptionUncertainty[] = simulated.map((s, i) => {
        let negative = 0;
        for (const npv of s.npv) {
            if (npv < 0) {
                negative++;
            }
        }
        let never = 0;
        for (const months of s.paybackMonths) {
            if (months === Number.POSITIVE_INFINITY) {
                never++;
            }
        }
        const paybackMonths: PaybackDistribution = { ...distribution(s.paybackMonths), probabilityNever: never / trials };
        return {
            optionId: ids[i],
            npv: distribution(s.npv),
            roiPercent: distribution(s.roiPercent),
            paybackMonths,
            probabilityNpvNegative: negative / trials,
            probabilityBest: s.best / trials,
            sensitivity: sensitivity(model, i, point[i].npv)
        };
    });

    return {
        seed,
        trials,
        pertLambda: PERT_LAMBDA,
        inputs: model.inputs.map(({ id, kind, unit, measure, subject, low, likely, high }) => ({ id, kind, unit, measure, subject, low, likely, high })),
        options: optionResults
    };
}
