/**
 * The evaluation's monthly timeline grouped into plan years (months 0–11,
 * 12–23, ...; a last year shorter than twelve months when the horizon is not
 * a whole number of years). Sums are exact, at the evaluation's own decimal
 * precision; the cumulative figure is the evaluation's own, at the year's
 * last month.
 */
import type { Decimal } from 'decimal.js';
import { sum } from '../evaluation/decimal.js';
import type { TimelineMonth } from '../evaluation/evaluation-types.js';

export interface YearFlow {
    /** 1-based. */
    readonly year: number;
    readonly firstMonth: number;
    readonly lastMonth: number;
    readonly cost: Decimal;
    readonly benefit: Decimal;
    readonly net: Decimal;
    /** Cumulative net at the year's last month. */
    readonly cumulative: Decimal;
}

export function yearlyFlows(timeline: readonly TimelineMonth[]): YearFlow[] {
    const years: YearFlow[] = [];
    for (let first = 0; first < timeline.length; first += 12) {
        const months = timeline.slice(first, first + 12);
        const last = months[months.length - 1];
        years.push({
            year: first / 12 + 1,
            firstMonth: months[0].month,
            lastMonth: last.month,
            cost: sum(months.map(m => m.cost)),
            benefit: sum(months.map(m => m.benefit)),
            net: sum(months.map(m => m.net)),
            cumulative: last.cumulative
        });
    }
    return years;
}
