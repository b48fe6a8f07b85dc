/**
 * KPIs against their path: a straight line from the baseline, when the
 * benefits it tracks go live, to the target at its `by` month.
 */
import type { Decimal } from 'decimal.js';
import { monthLabel } from '../../model/months.js';
import type { Kpi, Measure } from '../../model/plan.js';
import { dec, ONE, ZERO } from '../decimal.js';
import type { BenefitSchedule } from '../evaluation-types.js';
import type { KpiProgress, KpiStatus } from './monitoring.js';
import type { Measurement } from './recorded.js';

export interface KpiContext {
    readonly start: string;
    readonly horizonMonths: number;
    readonly asOf: number;
    readonly benefits: readonly BenefitSchedule[];
}

/** Progress of every KPI with a baseline and a target, in plan order. */
export function kpiProgress(kpis: readonly Kpi[], measurements: ReadonlyMap<string, readonly Measurement<Measure>[]>, ctx: KpiContext): KpiProgress[] {
    return kpis.flatMap(kpi => {
        if (!kpi.baseline || !kpi.target) {
            return [];
        }
        const baseline = dec(kpi.baseline.value);
        const target = dec(kpi.target.value);
        const goLives = ctx.benefits.filter(b => kpi.tracks.includes(b.id)).map(b => b.goLiveMonth);
        const pathStartMonth = goLives.length > 0 ? Math.max(...goLives) : 0;
        const pathEndMonth = kpi.targetBy ?? ctx.horizonMonths - 1;
        const latest = latestOf(measurements.get(kpi.id) ?? []);
        const month = latest?.month ?? ctx.asOf;
        const expected = expectedAt(baseline, target, pathStartMonth, pathEndMonth, month);
        return [{
            id: kpi.id,
            title: kpi.title,
            ...(kpi.baseline.unit !== undefined ? { unit: kpi.baseline.unit } : {}),
            baseline,
            target,
            pathStartMonth,
            pathEndMonth,
            ...(latest ? { latest: { value: dec(latest.value.value), month: latest.month, label: monthLabel(ctx.start, latest.month) } } : {}),
            expected,
            status: latest ? statusOf(dec(latest.value.value), expected, baseline, target) : 'no-data'
        }];
    });
}

/** The measurement with the latest month; of several in one month, the last written. */
export function latestOf<T>(measurements: readonly Measurement<T>[]): Measurement<T> | undefined {
    let latest: Measurement<T> | undefined;
    for (const measurement of measurements) {
        if (!latest || measurement.month >= latest.month) {
            latest = measurement;
        }
    }
    return latest;
}

/** baseline + (target − baseline) × clamp((M − S) / (T − S), 0, 1); a path of no length is at the target from T on. */
export function expectedAt(baseline: Decimal, target: Decimal, start: number, end: number, month: number): Decimal {
    const progress = end <= start
        ? (month >= end ? ONE : ZERO)
        : clampToUnit(dec(month - start).div(end - start));
    return baseline.plus(target.minus(baseline).times(progress));
}

function clampToUnit(value: Decimal): Decimal {
    return value.lessThan(0) ? ZERO : value.greaterThan(1) ? ONE : value;
}

/** Met: reached the target in its direction; on track: reached the expected value; behind otherwise. */
function statusOf(value: Decimal, expected: Decimal, baseline: Decimal, target: Decimal): KpiStatus {
    const lowerIsBetter = target.lessThan(baseline);
    const reached = (goal: Decimal) => (lowerIsBetter ? value.lessThanOrEqualTo(goal) : value.greaterThanOrEqualTo(goal));
    return reached(target) ? 'met' : reached(expected) ? 'on-track' : 'behind';
}
