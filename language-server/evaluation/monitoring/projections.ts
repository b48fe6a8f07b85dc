/**
 * The forecast ("rest as planned") and the trend ("shortfall continues"):
 * recorded flows up to the as-of month, then the plan, each priced with the
 * plan's own metrics.
 */
import type { Decimal } from 'decimal.js';
import { HUNDRED } from '../decimal.js';
import type { OptionMetrics } from '../evaluation-types.js';
import { computeMetrics } from '../metrics.js';

export interface MonthlyFlows {
    readonly plannedCost: readonly Decimal[];
    readonly plannedBenefit: readonly Decimal[];
    readonly actualCost: readonly Decimal[];
    readonly actualBenefit: readonly Decimal[];
}

/** Actuals for months up to `asOf`, the plan after it. */
export function forecastMetrics(flows: MonthlyFlows, asOf: number, discountRatePercent: number, start: string): OptionMetrics {
    return projected(flows, asOf, discountRatePercent, start, b => b);
}

/**
 * Actuals up to `asOf`; after it planned costs and planned benefits × the
 * realisation rate. Without a rate (no benefit planned to date) the trend
 * has nothing to scale by and equals the forecast.
 */
export function trendMetrics(flows: MonthlyFlows, asOf: number, realisationRatePercent: Decimal | undefined,
    discountRatePercent: number, start: string): OptionMetrics {
    const factor = realisationRatePercent?.div(HUNDRED);
    return projected(flows, asOf, discountRatePercent, start, b => (factor ? b.times(factor) : b));
}

function projected(flows: MonthlyFlows, asOf: number, discountRatePercent: number, start: string,
    laterBenefit: (planned: Decimal) => Decimal): OptionMetrics {
    const costs = flows.plannedCost.map((planned, m) => (m <= asOf ? flows.actualCost[m] : planned));
    const benefits = flows.plannedBenefit.map((planned, m) => (m <= asOf ? flows.actualBenefit[m] : laterBenefit(planned)));
    return computeMetrics(costs, benefits, discountRatePercent, start);
}
