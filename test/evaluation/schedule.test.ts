/**
 * Amount lines and licences expanded month by month.
 */
import { describe, expect, it } from 'vitest';
import type { Department, Licence } from '../../language-server/model/plan.js';
import {
    CurrencyConverter, expandLicence, expandLine, type EvaluationNote, type ScheduleContext
} from '../../language-server/evaluation/index.js';
import { d, money, once, perMonth, perYear, u } from './plan-builders.js';

const departments: Department[] = [
    { id: 'Sales', title: 'Sales', users: u(40) },
    { id: 'Service', title: 'Service', users: u(10) }
];

function context(horizonMonths = 12): ScheduleContext & { notes: EvaluationNote[] } {
    const notes: EvaluationNote[] = [];
    return {
        horizonMonths,
        start: '2027-01',
        converter: new CurrencyConverter('CNY', [{ from: 'USD', to: 'CNY', rate: u('7.10') }]),
        departments,
        note: n => notes.push(n),
        notes
    };
}

/** Monthly amounts as strings, for exact comparison. */
function months(values: readonly { toString(): string }[]): string[] {
    return values.map(v => v.toString());
}

function licence(overrides: Partial<Licence>): Licence {
    return { price: money(100), period: 'month', billing: 'monthly', ...overrides };
}

describe('cost amount lines', () => {
    it('once: at month 0 undated, at its month when dated, nothing outside the horizon', () => {
        const ctx = context(4);
        expect(months(expandLine(once(500), ctx).monthly)).toEqual(['500', '0', '0', '0']);
        expect(months(expandLine(once(500, 2), ctx).monthly)).toEqual(['0', '0', '500', '0']);
        expect(expandLine(once(500, 4), ctx).breakdown.total.toNumber()).toBe(0);
        expect(expandLine(once(500, -1), ctx).breakdown.total.toNumber()).toBe(0);
    });

    it('per month: every month, or inclusively from/until, clipped to the horizon', () => {
        const ctx = context(6);
        expect(months(expandLine(perMonth(10), ctx).monthly)).toEqual(['10', '10', '10', '10', '10', '10']);
        const ranged = expandLine(perMonth(10, { from: 2, until: 3 }), ctx);
        expect(months(ranged.monthly)).toEqual(['0', '0', '10', '10', '0', '0']);
        expect(ranged.breakdown).toMatchObject({ firstMonth: 2, lastMonth: 3, months: 2, schedule: 'per month' });
        expect(months(expandLine(perMonth(10, { from: -3, until: 40 }), ctx).monthly)).toEqual(['10', '10', '10', '10', '10', '10']);
    });

    it('per year accrues one twelfth each month', () => {
        const ctx = context(24);
        const line = expandLine(perYear(36000, { from: 6 }), ctx);
        expect(line.monthly[5].toNumber()).toBe(0);
        expect(line.monthly[6].toNumber()).toBe(3000);
        expect(line.breakdown.total.toNumber()).toBe(54000);
        // Not divisible by 12: still exact to the cent over a year.
        expect(expandLine(perYear(1000, { until: 11 }), ctx).breakdown.total.toFixed(2)).toBe('1000.00');
    });

    it('per user counts all departments, or only the listed ones', () => {
        const ctx = context(1);
        expect(expandLine(once(10, 0, { perUser: { departments: [] } }), ctx).breakdown.total.toNumber()).toBe(500);
        const service = expandLine(once(10, 0, { perUser: { departments: ['Service'] } }), ctx);
        expect(service.breakdown.total.toNumber()).toBe(100);
        expect(service.breakdown.users?.toNumber()).toBe(10);
        expect(() => expandLine(once(10, 0, { perUser: { departments: ['Nobody'] } }), ctx)).toThrow(/Unknown department Nobody/);
    });

    it('staff time is hours × hourly rate × users', () => {
        const ctx = context(4);
        const line = expandLine({ amount: money(120), hours: u(6), perUser: { departments: ['Sales'] }, schedule: { kind: 'once', month: 2 } }, ctx);
        expect(months(line.monthly)).toEqual(['0', '0', '28800', '0']);
        expect(line.breakdown).toMatchObject({ schedule: 'once' });
        expect(line.breakdown.hours?.toNumber()).toBe(6);
        expect(line.breakdown.perOccurrence.toNumber()).toBe(28800);
    });

    it('converts foreign amounts with the declared rate', () => {
        const ctx = context(1);
        const line = expandLine({ amount: money(100, 'USD'), schedule: { kind: 'once' } }, ctx);
        expect(line.breakdown.total.toString()).toBe('710');
        expect([line.breakdown.written.value.toString(), line.breakdown.written.currency]).toEqual(['100', 'USD']);
        expect(line.breakdown.amount.toString()).toBe('710');
    });
});

describe('benefit amount lines', () => {
    const timing = { benefit: 'B', goLive: 2, share: d(1) };

    it('earn nothing before go-live', () => {
        const ctx = context(5);
        expect(months(expandLine(perMonth(100), ctx, timing).monthly)).toEqual(['0', '0', '100', '100', '100']);
    });

    it('ramp: the k-th month after the line starts earns min((k+1)/N, 1)', () => {
        const ctx = context(6);
        const ramped = expandLine(perMonth(1200), ctx, { ...timing, rampMonths: 3 });
        expect(months(ramped.monthly)).toEqual(['0', '0', '400', '800', '1200', '1200']);
        // Counted from the line's own first month when that is after go-live.
        const later = expandLine(perMonth(1200, { from: 4 }), ctx, { ...timing, rampMonths: 3 });
        expect(months(later.monthly)).toEqual(['0', '0', '0', '0', '400', '800']);
    });

    it('ramp does not apply to once amounts', () => {
        const ctx = context(4);
        expect(months(expandLine(once(900, 3), ctx, { ...timing, rampMonths: 3 }).monthly)).toEqual(['0', '0', '0', '900']);
    });

    it('an undated once falls at go-live; a dated one before go-live earns nothing and is noted', () => {
        const ctx = context(4);
        expect(months(expandLine(once(500), ctx, timing).monthly)).toEqual(['0', '0', '500', '0']);
        expect(expandLine(once(500, 1), ctx, timing).breakdown.total.toNumber()).toBe(0);
        expect(ctx.notes.map(n => n.code)).toEqual(['once-benefit-before-go-live']);
    });

    it('applies the coverage share', () => {
        const ctx = context(3);
        expect(months(expandLine(perMonth(1000), ctx, { ...timing, goLive: 0, share: d('0.875') }).monthly)).toEqual(['875', '875', '875']);
    });
});

describe('licences', () => {
    it('billed monthly: seats × monthly price every month', () => {
        const ctx = context(3);
        const result = expandLicence(licence({ perUser: { departments: [] } }), 'V', 'E', ctx);
        expect(months(result.monthly)).toEqual(['5000', '5000', '5000']);
        expect(result.breakdown).toMatchObject({ monthsBilled: 3, perUser: true });
        expect(result.breakdown.seats.toNumber()).toBe(50);
    });

    it('a yearly price billed monthly pays a twelfth each month', () => {
        const ctx = context(12);
        const result = expandLicence(licence({ price: money(1200), period: 'year' }), 'V', 'E', ctx);
        expect(result.monthly[0].toNumber()).toBe(100);
        expect(result.breakdown.total.toNumber()).toBe(1200);
        expect(result.breakdown.pricePerSeatMonth.toNumber()).toBe(100);
    });

    it('billed yearly: twelve months in advance at each contract year from `from`, the last in full', () => {
        const ctx = context(20);
        const result = expandLicence(licence({ billing: 'yearly', from: 3 }), 'V', 'E', ctx);
        expect(result.breakdown.charges.map(c => [c.month, c.label, c.monthsCovered, c.amount.toNumber()])).toEqual([
            [3, '2027-04', 12, 1200],
            [15, '2028-04', 12, 1200]
        ]);
        expect(result.breakdown.total.toNumber()).toBe(2400);
        expect(result.monthly[4].toNumber()).toBe(0);
    });

    it('a yearly price billed yearly is charged as written', () => {
        const ctx = context(13);
        const result = expandLicence(licence({ price: money(999.99), period: 'year', billing: 'yearly' }), 'V', 'E', ctx);
        expect(result.breakdown.charges.map(c => c.amount.toString())).toEqual(['999.99', '999.99']);
    });

    it('increase compounds at each contract anniversary, monthly or yearly billing', () => {
        const ctx = context(36);
        const yearly = expandLicence(licence({ billing: 'yearly', increasePercentPerYear: d(5) }), 'V', 'E', ctx);
        expect(yearly.breakdown.charges.map(c => c.amount.toString())).toEqual(['1200', '1260', '1323']);
        const monthly = expandLicence(licence({ increasePercentPerYear: d(10), from: 6 }), 'V', 'E', ctx);
        expect(months(monthly.monthly.slice(5, 8))).toEqual(['0', '100', '100']);
        expect(months(monthly.monthly.slice(17, 19))).toEqual(['100', '110']);
        expect(monthly.monthly[30].toString()).toBe('121');
    });

    it('minimum seats: never fewer billed than the minimum', () => {
        const ctx = context(1);
        const few = expandLicence(licence({ perUser: { departments: ['Service'] }, minimumUsers: d(25) }), 'V', 'E', ctx);
        expect(few.breakdown.users.toNumber()).toBe(10);
        expect(few.breakdown.seats.toNumber()).toBe(25);
        expect(few.breakdown.total.toNumber()).toBe(2500);
        const many = expandLicence(licence({ perUser: { departments: [] }, minimumUsers: d(25) }), 'V', 'E', ctx);
        expect(many.breakdown.seats.toNumber()).toBe(50);
        const flat = expandLicence(licence({ minimumUsers: d(25) }), 'V', 'E', ctx);
        expect(flat.breakdown.seats.toNumber()).toBe(1);
        expect(ctx.notes.map(n => n.code)).toEqual(['minimum-without-per-user']);
    });

    it('until stops billing; a yearly bill starting on or before until is paid in full', () => {
        const ctx = context(36);
        const yearly = expandLicence(licence({ billing: 'yearly', until: 14 }), 'V', 'E', ctx);
        expect(yearly.breakdown.charges.map(c => c.month)).toEqual([0, 12]);
        expect(yearly.breakdown.total.toNumber()).toBe(2400);
        const monthly = expandLicence(licence({ until: 14 }), 'V', 'E', ctx);
        expect(monthly.breakdown.monthsBilled).toBe(15);
    });

    it('a contract year that began before the plan start is not counted', () => {
        const ctx = context(12);
        const result = expandLicence(licence({ billing: 'yearly', from: -6 }), 'V', 'E', ctx);
        expect(result.breakdown.charges.map(c => [c.month, c.contractYear])).toEqual([[6, 1]]);
    });

    it('converts a foreign price', () => {
        const ctx = context(1);
        const result = expandLicence(licence({ price: money(23, 'USD'), perUser: { departments: [] } }), 'V', 'E', ctx);
        expect(result.breakdown.price.toString()).toBe('163.3');
        expect(result.breakdown.total.toString()).toBe('8165');
    });
});
