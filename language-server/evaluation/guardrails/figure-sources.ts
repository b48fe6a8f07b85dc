import type { GuardrailBasis, GuardrailMetric } from '../../model/plan.js';
import { SIMULATED_METRICS } from '../../model/guardrail-metrics.js';
import { dec, HUNDRED } from '../decimal.js';
import type { Distribution, OptionEvaluation, UncertaintyAnalysis } from '../evaluation-types.js';
import type { Monitoring } from '../monitoring/monitoring.js';
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
 * The forecast (actuals, then the plan) or the trend (actuals, then the plan
 * scaled by the realisation rate) of the chosen option, whose actuals the
 * plan records. Other options, and the matrix score (which actuals do not
 * move), keep the plan's figures; so does every figure of a plan without
 * actuals, as the specification says.
 */
export function actualsFigures(origin: 'forecast' | 'trend', monitoring: Monitoring | undefined): FigureSource {
    return {
        origin,
        figure(option, metric) {
            if (!monitoring || option.id !== monitoring.optionId || metric === 'matrix') {
                return planFigures.figure(option, metric);
            }
            return planFigures.figure({ ...option, ...monitoring[origin] }, metric);
        }
    };
}

/** Every basis's source; `monitoring` is the evaluation's, for `forecast` and `trend`. */
export function figureSources(analysis: () => UncertaintyAnalysis | undefined, monitoring?: Monitoring): FigureSources {
    return {
        plan: planFigures,
        p10: percentileFigures('p10', analysis),
        p50: percentileFigures('p50', analysis),
        p90: percentileFigures('p90', analysis),
        forecast: actualsFigures('forecast', monitoring),
        trend: actualsFigures('trend', monitoring)
    };
}
