import type { GuardrailBasis, GuardrailMetric } from '../../model/plan.js';
import { SIMULATED_METRICS } from '../../model/guardrail-metrics.js';
import { dec, HUNDRED } from '../decimal.js';
import type { Distribution, OptionEvaluation, UncertaintyAnalysis } from '../evaluation.js';
import type { Figure, FigureOrigin } from './guardrail-result.js';

/** Gives the figure of a metric for one option, from one source of figures. */
export interface FigureSource {
    readonly origin: FigureOrigin;
    figure(option: OptionEvaluation, metric: GuardrailMetric): Figure;
}

/** The plan's own figures, exact where the evaluation is (ROI from the decimal totals). */
export const planFigures: FigureSource = {
    origin: 'plan',
    figure(option, metric) {
        switch (metric) {
            case 'roi':
                return option.tco.isZero() ? { missing: 'no-costs' } : { value: option.netBenefit.div(option.tco).times(HUNDRED) };
            case 'pv-roi':
                return option.npv === null ? { missing: 'no-npv' }
                    : option.pvRoiPercent === null ? { missing: 'no-costs' } : { value: dec(option.pvRoiPercent) };
            case 'irr':
                return option.irr.annualPercent !== null ? { value: dec(option.irr.annualPercent) }
                    : option.irr.annualRootsPercent.length > 1 ? { missing: 'several-irr', roots: option.irr.annualRootsPercent }
                        : { missing: 'no-irr' };
            case 'npv':
                return option.npv === null ? { missing: 'no-npv' } : { value: dec(option.npv) };
            case 'tco':
                return { value: option.tco };
            case 'benefit':
                return { value: option.totalBenefit };
            case 'payback':
                return option.paybackMonths === null ? { missing: 'never-paid-back' } : { value: dec(option.paybackMonths) };
            case 'matrix':
                return { value: dec(option.matrixScore) };
        }
    }
};

/**
 * A percentile of the seeded simulation. `analysis` is read only when a rule
 * asks (the simulation runs thousands of trials); undefined means the plan
 * has no ranges.
 */
export function percentileFigures(percentile: 'p10' | 'p50' | 'p90', analysis: () => UncertaintyAnalysis | undefined): FigureSource {
    return {
        origin: 'simulation',
        figure(option, metric) {
            if (!SIMULATED_METRICS.has(metric)) {
                return { missing: 'not-simulated' };
            }
            const simulated = analysis()?.options.find(o => o.optionId === option.id);
            if (!simulated) {
                return { missing: 'no-simulation' };
            }
            const distribution: Distribution = metric === 'npv' ? simulated.npv : metric === 'roi' ? simulated.roiPercent : simulated.paybackMonths;
            const value = distribution[percentile];
            if (value === null) {
                return { missing: metric === 'payback' ? 'never-paid-back' : 'no-costs' };
            }
            return { value: dec(value) };
        }
    };
}

/** The sources of figures by basis (`plan` for a rule without one). */
export type FigureSources = Readonly<Record<GuardrailBasis | 'plan', FigureSource>>;

/**
 * Every basis's source. The actuals (`forecast`, `trend`) are not evaluated
 * yet, so their figures equal the plan's, as the specification says for a
 * plan without actuals: the one place where their sources plug in.
 */
export function figureSources(analysis: () => UncertaintyAnalysis | undefined, actuals: Partial<Record<'forecast' | 'trend', FigureSource>> = {}): FigureSources {
    const asPlan = (origin: 'forecast' | 'trend'): FigureSource => ({ origin, figure: planFigures.figure });
    return {
        plan: planFigures,
        p10: percentileFigures('p10', analysis),
        p50: percentileFigures('p50', analysis),
        p90: percentileFigures('p90', analysis),
        forecast: actuals.forecast ?? asPlan('forecast'),
        trend: actuals.trend ?? asPlan('trend')
    };
}
