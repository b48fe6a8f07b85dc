/**
 * What monitoring after go-live adds to an evaluation: the chosen option's
 * plan against what its `actuals` blocks record (see docs/language.md,
 * "Monitoring"). Money is exact; percentages are plain numbers, null where
 * undefined.
 */
import type { Decimal } from 'decimal.js';
import type { OptionMetrics } from '../evaluation-types.js';

export interface Monitoring {
    /** The chosen option the actuals record. */
    readonly optionId: string;
    /** The last month any actuals block covers. */
    readonly asOfMonth: number;
    readonly asOfLabel: string;
    readonly toDate: ToDateFigures;
    /** Actuals up to the as-of month, then the plan. */
    readonly forecast: OptionMetrics;
    /** Actuals up to the as-of month, then planned costs and planned benefits × the realisation rate. */
    readonly trend: OptionMetrics;
    /** Each cost, the licence and each benefit of the chosen option, to date. */
    readonly lines: readonly MonitoringLine[];
    readonly kpis: readonly KpiProgress[];
    readonly adoption: Adoption;
    /** Months 0 .. as-of: planned and recorded. */
    readonly series: readonly MonitoringMonth[];
    /** Each actuals block, in plan order: its months against the plan, line by line. */
    readonly periods: readonly MonitoringPeriod[];
    /** Months from the start to the as-of month that no actuals block covers (they count 0). */
    readonly uncoveredMonths: readonly number[];
}

export interface ToDateFigures {
    readonly plannedCost: Decimal;
    readonly plannedBenefit: Decimal;
    readonly actualCost: Decimal;
    readonly actualBenefit: Decimal;
    /** Actual − planned cost (positive: overspend). */
    readonly costVariance: Decimal;
    /** Of the planned cost; null when it is 0. */
    readonly costVariancePercent: number | null;
    readonly benefitVariance: Decimal;
    readonly benefitVariancePercent: number | null;
    /** Actual benefit − actual cost. */
    readonly realisedNet: Decimal;
    /** Realised net / actual cost × 100; null when nothing was paid. */
    readonly realisedRoiPercent: number | null;
    /** Actual / planned benefit × 100; null when no benefit was planned to date. */
    readonly realisationRatePercent: number | null;
}

export type MonitoringLineKind = 'cost' | 'licence' | 'benefit';

export interface MonitoringLine {
    readonly kind: MonitoringLineKind;
    /** The cost or benefit id; the option id for the licence. */
    readonly id: string;
    readonly title: string;
    readonly planned: Decimal;
    readonly actual: Decimal;
    readonly variance: Decimal;
    readonly variancePercent: number | null;
    /** Months up to the as-of month planned above 0 for which no block records this line. */
    readonly unrecordedMonths: readonly number[];

}

/** One actuals block's months (within the horizon): what the plan expected of each line, and what was recorded. */
export interface MonitoringPeriod {
    /** First and last month offsets, as the block covers them. */
    readonly first: number;
    readonly last: number;
    /** Actual − planned, over the chosen option's costs (licence included) and over its benefits. */
    readonly costVariance: Decimal;
    readonly benefitVariance: Decimal;
    readonly lines: readonly { readonly kind: MonitoringLineKind; readonly id: string; readonly title: string; readonly planned: Decimal; readonly recorded: Decimal }[];
}

export type KpiStatus = 'met' | 'on-track' | 'behind' | 'no-data';

export interface KpiProgress {
    readonly id: string;
    readonly title: string;
    /** `%`, a unit word, or undefined. */
    readonly unit?: string;
    readonly baseline: Decimal;
    readonly target: Decimal;
    /** Where the path starts: the go-live of the benefits it tracks (the latest), else 0. */
    readonly pathStartMonth: number;
    /** Where it reaches the target: `by`, else the last month of the horizon. */
    readonly pathEndMonth: number;
    /** The latest measurement; absent without one. */
    readonly latest?: { readonly value: Decimal; readonly month: number; readonly label: string };
    /** Expected at the latest measurement's month (at the as-of month without one). */
    readonly expected: Decimal;
    readonly status: KpiStatus;
}

export interface Adoption {
    /** Departments with a `users` record, in plan order. */
    readonly departments: readonly DepartmentAdoption[];
    /** Over the departments recorded; absent when none is. */
    readonly overall?: { readonly active: Decimal; readonly declared: Decimal; readonly percent: number | null };
}

export interface DepartmentAdoption {
    readonly department: string;
    readonly title: string;
    /** Active users of the latest record. */
    readonly active: Decimal;
    /** The users the department declares for that month. */
    readonly declared: Decimal;
    /** Active / declared × 100; null when none are declared. */
    readonly percent: number | null;
    readonly month: number;
    readonly label: string;
}

export interface MonitoringMonth {
    readonly month: number;
    readonly label: string;
    readonly plannedCost: Decimal;
    readonly plannedBenefit: Decimal;
    readonly actualCost: Decimal;
    readonly actualBenefit: Decimal;
    /** Whether an actuals block covers the month. */
    readonly covered: boolean;
}
