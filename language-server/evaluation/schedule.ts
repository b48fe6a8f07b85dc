/**
 * Expansion of amount lines and licences into one decimal amount per month
 * of the horizon, with a record of how each was computed.
 */
import type { Decimal } from 'decimal.js';
import type { AmountLine, Department, Licence, PerUser } from '../model/plan.js';
import { monthLabel } from '../model/months.js';
import type { CurrencyConverter } from './currency.js';
import { dec, HUNDRED, ONE, sum, zeros } from './decimal.js';
import type { EvaluationNote, LicenceBreakdown, LicenceCharge, LineBreakdown } from './evaluation.js';
import { EvaluationError } from './evaluation-error.js';

/** What expanding needs to know about the plan. */
export interface ScheduleContext {
    readonly horizonMonths: number;
    readonly start: string;
    readonly converter: CurrencyConverter;
    readonly departments: readonly Department[];
    /** Receives the choices worth telling a reader. */
    readonly note: (note: EvaluationNote) => void;
}

/** How a benefit line is earned by one option. */
export interface BenefitTiming {
    readonly benefit: string;
    /** Nothing is earned before this month; an undated `once` falls on it. */
    readonly goLive: number;
    readonly rampMonths?: number;
    /** A requirement it needs is not part of this implementation: it earns nothing, and CRM106 says why. */
    readonly outsideImplementation?: boolean;
    /** The option's coverage share as a fraction (1 = 100%). */
    readonly share: Decimal;
}

export interface ExpandedLine {
    readonly monthly: Decimal[];
    readonly breakdown: LineBreakdown;
}

/** Users of the listed departments, or of all departments when none is listed. */
export function usersOf(perUser: PerUser, departments: readonly Department[]): Decimal {
    if (perUser.departments.length === 0) {
        return sum(departments.map(d => dec(d.users.likely)));
    }
    return sum(perUser.departments.map(id => {
        const department = departments.find(d => d.id === id);
        if (!department) {
            throw new EvaluationError('unknown-name', `Unknown department ${id}.`);
        }
        return dec(department.users.likely);
    }));
}

/**
 * Expands one amount line. Without `timing` it is a cost: an undated `once`
 * falls at month 0. With `timing` it is a benefit: nothing before go-live,
 * an undated `once` at go-live, the option's coverage share applied, and the
 * ramp counted from the line's first active month.
 */
export function expandLine(line: AmountLine, ctx: ScheduleContext, timing?: BenefitTiming): ExpandedLine {
    const H = ctx.horizonMonths;
    const amount = ctx.converter.convert(line.amount);
    const hours = line.hours ? dec(line.hours.likely) : undefined;
    const users = line.perUser ? usersOf(line.perUser, ctx.departments) : undefined;
    const perOccurrence = amount.times(hours ?? ONE).times(users ?? ONE);
    const share = timing?.share ?? ONE;
    const monthly = zeros(H);
    const placed: number[] = [];
    const schedule = line.schedule;

    if (schedule.kind === 'once') {
        const month = schedule.month ?? timing?.goLive ?? 0;
        const earned = timing === undefined || month >= timing.goLive;
        if (!earned && timing && !timing.outsideImplementation) {
            ctx.note({
                code: 'once-benefit-before-go-live',
                subject: timing.benefit,
                message: `${timing.benefit}: a once amount in ${monthLabel(ctx.start, month)} falls before go-live in ${monthLabel(ctx.start, timing.goLive)} and earns nothing.`
            });
        }
        if (earned && month >= 0 && month < H) {
            monthly[month] = perOccurrence.times(share);
            placed.push(month);
        }
    } else {
        const perMonth = schedule.period === 'year' ? perOccurrence.div(12) : perOccurrence;
        const first = Math.max(schedule.from ?? 0, timing?.goLive ?? Number.NEGATIVE_INFINITY);
        const last = Math.min(schedule.until ?? H - 1, H - 1);
        const ramp = timing?.rampMonths ?? 0;
        for (let m = Math.max(first, 0); m <= last; m++) {
            const k = m - first;
            const value = perMonth.times(share);
            // k-th month after the line starts earns min((k + 1) / N, 1).
            monthly[m] = ramp > 1 && k + 1 < ramp ? value.times(k + 1).div(ramp) : value;
            placed.push(m);
        }
    }

    const breakdown: LineBreakdown = {
        written: { value: dec(line.amount.value.likely), currency: line.amount.currency },
        amount,
        ...(hours ? { hours } : {}),
        ...(users ? { users, perUserOf: line.perUser?.departments ?? [] } : {}),
        perOccurrence,
        schedule: schedule.kind === 'once' ? 'once' : schedule.period === 'year' ? 'per year' : 'per month',
        ...(placed.length > 0 ? { firstMonth: placed[0], lastMonth: placed[placed.length - 1] } : {}),
        months: placed.length,
        total: sum(monthly)
    };
    return { monthly, breakdown };
}

export interface ExpandedLicence {
    readonly monthly: Decimal[];
    readonly breakdown: LicenceBreakdown;
}

/**
 * Expands a licence into its bills.
 *
 * The price per period (month or year) times the seats, seats being the users
 * counted (never fewer than `minimum`). Contract years run from the licence's
 * `from` (default month 0); `increase X% per year` multiplies the price by
 * (1 + X%)^y in contract year y. Billed monthly, each month pays a month's
 * worth. Billed yearly, twelve months are paid at the start of each contract
 * year that starts inside the horizon, in full even if the horizon ends
 * earlier.
 *
 * `until` ends the licence: no bill falls after it. A yearly bill whose
 * contract year starts on or before `until` is still paid in full, as annual
 * contracts are prepaid and not refunded; a shorter last term must be written
 * as its own licence line. A contract year that started before the plan
 * start was paid before the timeline and is not counted.
 */
export function expandLicence(licence: Licence, vendor: string, edition: string, ctx: ScheduleContext): ExpandedLicence {
    const H = ctx.horizonMonths;
    const price = ctx.converter.convert(licence.price);
    const users = licence.perUser ? usersOf(licence.perUser, ctx.departments) : ONE;
    const minimumUsers = licence.minimumUsers !== undefined ? dec(licence.minimumUsers) : undefined;
    if (minimumUsers !== undefined && !licence.perUser) {
        ctx.note({
            code: 'minimum-without-per-user',
            subject: `${vendor}.${edition}`,
            message: `${vendor}.${edition}: "minimum" has no effect on a licence that is not per user.`
        });
    }
    const seats = licence.perUser && minimumUsers !== undefined && minimumUsers.greaterThan(users) ? minimumUsers : users;
    // Kept undivided where possible so that yearly bills of yearly prices stay exact.
    const perMonth = (licence.period === 'month' ? price : price.div(12)).times(seats);
    const perYear = (licence.period === 'year' ? price : price.times(12)).times(seats);
    const growth = licence.increasePercentPerYear !== undefined
        ? ONE.plus(dec(licence.increasePercentPerYear).div(HUNDRED))
        : ONE;
    const from = licence.from ?? 0;
    const last = Math.min(licence.until ?? H - 1, H - 1);

    const monthly = zeros(H);
    const charges: LicenceCharge[] = [];
    const charge = (month: number, monthsCovered: number, contractYear: number, base: Decimal): void => {
        const priceFactor = growth.pow(contractYear);
        const amount = base.times(priceFactor);
        monthly[month] = monthly[month].plus(amount);
        charges.push({ month, label: monthLabel(ctx.start, month), monthsCovered, contractYear, priceFactor, amount });
    };
    if (licence.billing === 'monthly') {
        for (let m = Math.max(from, 0); m <= last; m++) {
            charge(m, 1, Math.floor((m - from) / 12), perMonth);
        }
    } else {
        for (let year = 0, m = from; m <= last; year++, m += 12) {
            if (m >= 0) {
                charge(m, 12, year, perYear);
            }
        }
    }

    const breakdown: LicenceBreakdown = {
        vendor,
        edition,
        written: { value: dec(licence.price.value.likely), currency: licence.price.currency },
        price,
        period: licence.period,
        billing: licence.billing,
        perUser: licence.perUser !== undefined,
        perUserOf: licence.perUser?.departments ?? [],
        users,
        ...(minimumUsers !== undefined ? { minimumUsers } : {}),
        seats,
        pricePerSeatMonth: licence.period === 'month' ? price : price.div(12),
        ...(licence.increasePercentPerYear !== undefined ? { increasePercentPerYear: dec(licence.increasePercentPerYear) } : {}),
        fromMonth: from,
        ...(licence.until !== undefined ? { untilMonth: licence.until } : {}),
        charges,
        monthsBilled: charges.reduce((n, c) => n + c.monthsCovered, 0),
        total: sum(charges.map(c => c.amount))
    };
    return { monthly, breakdown };
}

/**
 * `total` spread evenly over months first..last (inclusive), counting only
 * the months inside the horizon: a share that falls outside is not counted.
 */
export function spreadEvenly(total: Decimal, first: number, last: number, horizonMonths: number): Decimal[] {
    const monthly = zeros(horizonMonths);
    const months = last - first + 1;
    if (months <= 0) {
        return monthly;
    }
    const perMonth = total.div(months);
    for (let m = Math.max(first, 0); m <= Math.min(last, horizonMonths - 1); m++) {
        monthly[m] = perMonth;
    }
    return monthly;
}
