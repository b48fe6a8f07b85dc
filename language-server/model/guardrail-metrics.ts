import type { GuardrailBasis, GuardrailMetric } from './plan.js';

/** The unit a guardrail's limit is written in, by metric. */
export type MetricUnit = 'percent' | 'money' | 'months' | 'score';

export const METRIC_UNITS: Readonly<Record<GuardrailMetric, MetricUnit>> = {
    'roi': 'percent',
    'pv-roi': 'percent',
    'irr': 'percent',
    'npv': 'money',
    'tco': 'money',
    'benefit': 'money',
    'payback': 'months',
    'matrix': 'score'
};

/** The metrics the seeded simulation gives percentiles of. */
export const SIMULATED_METRICS: ReadonlySet<GuardrailMetric> = new Set(['npv', 'roi', 'payback']);

/**
 * Whether `basis` can give a figure of `metric`: the matrix score takes no
 * basis (it is no money figure), a percentile exists only for the simulated
 * metrics, and the actuals forecast every money figure.
 */
export function basisAllows(basis: GuardrailBasis, metric: GuardrailMetric): boolean {
    if (metric === 'matrix') {
        return false;
    }
    if (basis === 'p10' || basis === 'p50' || basis === 'p90') {
        return SIMULATED_METRICS.has(metric);
    }
    return true;
}
