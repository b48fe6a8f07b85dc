/**
 * Monitoring after go-live: the chosen option's plan against its actuals,
 * to date and projected to the horizon. Pure, like the rest of the
 * evaluation; called by `evaluate` once the options are priced.
 */
import { monthLabel } from '../../model/months.js';
import type { Plan } from '../../model/plan.js';
import type { CurrencyConverter } from '../currency.js';
import type { Decimal } from 'decimal.js';
import { dec, HUNDRED, sum, zeros } from '../decimal.js';
import type { BenefitSchedule, OptionEvaluation } from '../evaluation-types.js';
import { adoptionOf } from './adoption.js';
import { kpiProgress } from './kpi-progress.js';
import { type LineFlows, monitoringLines, percentOf, sumTo } from './lines.js';
import type { Monitoring, MonitoringMonth, MonitoringPeriod } from './monitoring.js';
import { forecastMetrics, type MonthlyFlows, trendMetrics } from './projections.js';
import { recordActuals } from './recorded.js';

/**
 * Undefined when the plan records no actuals or chooses no option: the plan's
 * own figures then stand for the forecast and the trend.
 * @throws EvaluationError for a record of a cost or benefit the chosen option does not carry.
 */
export function evaluateMonitoring(plan: Plan, chosen: OptionEvaluation | undefined, benefits: readonly BenefitSchedule[],
    converter: CurrencyConverter): Monitoring | undefined {
    const H = plan.horizonMonths;
    const recorded = chosen && recordActuals(plan.actuals ?? [], H, converter);
    if (!chosen || !recorded) {
        return undefined;
    }
    const A = recorded.asOf;
    const lines = monitoringLines(chosen, recorded);
    const actualCost = zeros(H);
    const actualBenefit = zeros(H);
    for (const line of lines) {
        const into = line.row.kind === 'benefit' ? actualBenefit : actualCost;
        line.actual.forEach((value, m) => { into[m] = into[m].plus(value); });
    }
    const flows: MonthlyFlows = {
        plannedCost: chosen.timeline.map(t => t.cost),
        plannedBenefit: chosen.timeline.map(t => t.benefit),
        actualCost,
        actualBenefit
    };

    const plannedCost = sumTo(flows.plannedCost, A);
    const plannedBenefit = sumTo(flows.plannedBenefit, A);
    const actualCostToDate = sumTo(actualCost, A);
    const actualBenefitToDate = sumTo(actualBenefit, A);
    const realisedNet = actualBenefitToDate.minus(actualCostToDate);
    const realisationRate = plannedBenefit.isZero() ? undefined : actualBenefitToDate.div(plannedBenefit).times(HUNDRED);
    const discount = dec(plan.discountRatePercent.likely).toNumber();

    const series: MonitoringMonth[] = Array.from({ length: A + 1 }, (_, m) => ({
        month: m,
        label: monthLabel(plan.start, m),
        plannedCost: flows.plannedCost[m],
        plannedBenefit: flows.plannedBenefit[m],
        actualCost: actualCost[m],
        actualBenefit: actualBenefit[m],
        covered: recorded.covered[m]
    }));

    return {
        optionId: chosen.id,
        asOfMonth: A,
        asOfLabel: monthLabel(plan.start, A),
        toDate: {
            plannedCost,
            plannedBenefit,
            actualCost: actualCostToDate,
            actualBenefit: actualBenefitToDate,
            costVariance: actualCostToDate.minus(plannedCost),
            costVariancePercent: percentOf(actualCostToDate.minus(plannedCost), plannedCost),
            benefitVariance: actualBenefitToDate.minus(plannedBenefit),
            benefitVariancePercent: percentOf(actualBenefitToDate.minus(plannedBenefit), plannedBenefit),
            realisedNet,
            realisedRoiPercent: percentOf(realisedNet, actualCostToDate),
            realisationRatePercent: realisationRate === undefined ? null : realisationRate.toNumber()
        },
        forecast: forecastMetrics(flows, A, discount, plan.start),
        trend: trendMetrics(flows, A, realisationRate, discount, plan.start),
        lines: lines.map(l => l.row),
        kpis: kpiProgress(plan.kpis, recorded.kpis, { start: plan.start, horizonMonths: H, asOf: A, benefits }),
        adoption: adoptionOf(plan.departments, recorded.users, plan.start),
        series,
        periods: (plan.actuals ?? []).map(block => period(block.first, block.last, lines, H)),
        uncoveredMonths: series.filter(s => !s.covered).map(s => s.month)
    };
}

/** A block's months against the plan, line by line (months outside the horizon count for nothing). */
function period(first: number, last: number, lines: readonly LineFlows[], H: number): MonitoringPeriod {
    const within = (values: readonly Decimal[]) => sum(values.slice(Math.max(first, 0), Math.min(last, H - 1) + 1));
    const rows = lines.map(line => ({ kind: line.row.kind, id: line.row.id, title: line.row.title, planned: within(line.planned), recorded: within(line.actual) }));
    const variance = (benefit: boolean) => sum(rows.filter(row => (row.kind === 'benefit') === benefit).map(row => row.recorded.minus(row.planned)));
    return { first, last, costVariance: variance(false), benefitVariance: variance(true), lines: rows };
}
