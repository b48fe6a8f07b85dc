/**
 * The chosen option's lines (each cost, the licence, each benefit), planned
 * against recorded up to the as-of month.
 */
import type { Decimal } from 'decimal.js';
import { HUNDRED, sum, zeros } from '../decimal.js';
import type { OptionEvaluation } from '../evaluation-types.js';
import { EvaluationError } from '../evaluation-error.js';
import type { MonitoringLine, MonitoringLineKind } from './monitoring.js';
import { benefitKey, costKey, LICENCE_KEY, type Recorded } from './recorded.js';

/** A line with its monthly planned and recorded amounts over the whole horizon. */
export interface LineFlows {
    readonly row: MonitoringLine;
    readonly planned: readonly Decimal[];
    readonly actual: readonly Decimal[];
}

/** `part / whole × 100`, null when `whole` is 0. */
export function percentOf(part: Decimal, whole: Decimal): number | null {
    return whole.isZero() ? null : part.div(whole).times(HUNDRED).toNumber();
}

/** Σ values[0..last]. */
export function sumTo(values: readonly Decimal[], last: number): Decimal {
    return sum(values.slice(0, last + 1));
}

/**
 * Every line of `option` in its order (costs, then the licence, then the
 * benefits), with what the actuals record for it.
 * @throws EvaluationError for a record of a cost or benefit the option does not carry.
 */
export function monitoringLines(option: OptionEvaluation, recorded: Recorded): LineFlows[] {
    const H = option.timeline.length;
    const A = recorded.asOf;
    const used = new Set<string>();
    const line = (kind: MonitoringLineKind, key: string, id: string, title: string, planned: readonly Decimal[]): LineFlows => {
        used.add(key);
        const found = recorded.lines.get(key);
        const actual = found?.monthly ?? zeros(H);
        const plannedToDate = sumTo(planned, A);
        const actualToDate = sumTo(actual, A);
        const unrecordedMonths: number[] = [];
        for (let m = 0; m <= A; m++) {
            if (planned[m].greaterThan(0) && !found?.months.has(m)) {
                unrecordedMonths.push(m);
            }
        }
        return {
            row: {
                kind,
                id,
                title,
                planned: plannedToDate,
                actual: actualToDate,
                variance: actualToDate.minus(plannedToDate),
                variancePercent: percentOf(actualToDate.minus(plannedToDate), plannedToDate),
                unrecordedMonths
            },
            planned,
            actual
        };
    };

    const costs = option.costs.filter(c => c.source !== 'licence').map(c => line('cost', costKey(c.id), c.id, c.title, c.monthly));
    const licences = option.costs.filter(c => c.source === 'licence');
    const licenceMonthly = zeros(H);
    licences.forEach(c => c.monthly.forEach((v, m) => { licenceMonthly[m] = licenceMonthly[m].plus(v); }));
    const licence = licences.length > 0 || recorded.lines.has(LICENCE_KEY)
        ? [line('licence', LICENCE_KEY, option.id, option.editionTitle ?? option.vendorTitle, licenceMonthly)]
        : [];
    const benefits = option.benefits.map(b => line('benefit', benefitKey(b.id), b.id, b.title, b.monthly));

    for (const key of recorded.lines.keys()) {
        if (!used.has(key)) {
            const [kind, id] = key.split(':');
            throw new EvaluationError('unknown-name', `Actuals record ${kind} ${id}, which the chosen option ${option.id} does not carry.`);
        }
    }
    return [...costs, ...licence, ...benefits];
}
