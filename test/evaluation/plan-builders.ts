/**
 * Small helpers to write `Plan` objects by hand in tests, the way the
 * builder will produce them from a parsed file.
 */
import { Decimal } from 'decimal.js';
import type { AmountLine, Benefit, Cost, Licence, MoneyAmount, Plan, Requirement, Uncertain, Vendor } from '../../language-server/model/plan.js';

export function d(value: Decimal.Value): Decimal {
    return new Decimal(value);
}

export function u(likely: Decimal.Value): Uncertain {
    return { likely: d(likely) };
}

export function money(value: Decimal.Value, currency = 'CNY'): MoneyAmount {
    return { value: u(value), currency };
}

/** `amount once` (month undefined) or `amount once in <month>`. */
export function once(value: Decimal.Value, month?: number, extra: Partial<AmountLine> = {}): AmountLine {
    return { amount: money(value), schedule: month === undefined ? { kind: 'once' } : { kind: 'once', month }, ...extra };
}

export function perMonth(value: Decimal.Value, range: { from?: number; until?: number } = {}, extra: Partial<AmountLine> = {}): AmountLine {
    return { amount: money(value), schedule: { kind: 'recurring', period: 'month', ...range }, ...extra };
}

export function perYear(value: Decimal.Value, range: { from?: number; until?: number } = {}, extra: Partial<AmountLine> = {}): AmountLine {
    return { amount: money(value), schedule: { kind: 'recurring', period: 'year', ...range }, ...extra };
}

export function cost(id: string, lines: AmountLine[], costClass: Cost['costClass'] = 'direct'): Cost {
    return { id, title: id, costClass, lines };
}

export function benefit(id: string, from: string[], lines: AmountLine[], rampMonths?: number): Benefit {
    return { id, title: id, kind: 'revenue', from, lines, ...(rampMonths !== undefined ? { rampMonths } : {}) };
}

export function requirement(id: string, moscow: Requirement['moscow'], effort: number | undefined, extra: Partial<Requirement> = {}): Requirement {
    return {
        id, title: id, moscow, askedBy: [], evidence: [], impacts: [], needs: [],
        ...(effort !== undefined ? { effortPersonWeeks: u(effort) } : {}),
        ...extra
    };
}

/** A vendor with one edition `E` carrying the given licences. */
export function vendor(id: string, licences: Licence[] = [], extra: Partial<Vendor> = {}): Vendor {
    return {
        id, title: id,
        editions: [{ id: 'E', title: 'E', licences }],
        covers: [], scores: [], costs: [],
        ...extra
    };
}

/** A minimal valid plan: 12 months from 2027-01, 0% discount, one vendor without licence. */
export function plan(overrides: Partial<Plan> = {}): Plan {
    return {
        title: 'Test',
        currency: 'CNY',
        start: '2027-01',
        horizonMonths: 12,
        discountRatePercent: u(0),
        rates: [],
        goals: [],
        departments: [],
        requirements: [],
        criteria: [],
        vendors: [{ id: 'V', title: 'V', editions: [], covers: [], scores: [], costs: [] }],
        costs: [],
        benefits: [],
        phases: [],
        kpis: [],
        scenarios: [],
        guardrails: [],
        ...overrides
    };
}
