/**
 * Expansion of amount lines and licences into one decimal amount per month
 * of the horizon, with a record of how each was computed.
 */
import type { Decimal } from 'decimal.js';
import type { AmountLine, Department, Licence, MoneyAmount, PerUser } from '../model/plan.js';
import { monthLabel } from '../model/months.js';
import type { CurrencyConverter } from './currency.js';
import { dec, HUNDRED, ONE, sum, ZERO, zeros } from './decimal.js';
import type { EvaluationNote, LicenceBreakdown, LicenceCharge, LineBreakdown, WrittenAmount } from './evaluation-types.js';
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

/**
 * Users of the listed departments, or of all departments when none is
 * listed; with `month`, the users of that month (rollout waves counted).
 */
export function usersOf(perUser: PerUser, departments: readonly Department[], month?: number): Decimal {
    const usersOfDepartment = (department: Department): Decimal =>
        month === undefined ? dec(department.users.likely) : departmentUsersAt(department, month);
    if (perUser.departments.length === 0) {
        return sum(departments.map(usersOfDepartment));
    }
    return sum(perUser.departments.map(id => {
        const department = departments.find(d => d.id === id);
        if (!department) {
            throw new EvaluationError('unknown-name', `Unknown department ${id}.`);
        }
        return usersOfDepartment(department);
    }));
}

/** `users(m)`: the latest line at or before `month` (0 before the first dated line when none holds from the start). */
export function departmentUsersAt(department: Department, month: number): Decimal {
    if (!department.waves) {
        return dec(department.users.likely);
    }
    let users = dec(0);
    for (const wave of department.waves) {
        if (wave.from <= month) {
            users = dec(wave.users);
        }
    }
    return users;
}

/** Whether a per-user amount changes over time: one of its departments declares rollout waves. */
export function followsWaves(perUser: PerUser | undefined, departments: readonly Department[]): boolean {
    if (!perUser) {
        return false;
    }
    const counted = perUser.departments.length === 0 ? departments : departments.filter(d => perUser.departments.includes(d.id));
    return counted.some(d => d.waves !== undefined);
}

/**
 * Expands one amount line. Without `timing` it is a cost: an undated `once`
 * falls at month 0. With `timing` it is a benefit: nothing before go-live,
 * an undated `once` at go-live, the option's coverage share applied, and the
 * ramp counted from the line's first active month.
 */
export function expandLine(line: AmountLine, ctx: ScheduleContext, timing?: BenefitTiming): ExpandedLine {
    const H = ctx.horizonMonths;
    const schedule = line.schedule;
    const amount = ctx.converter.convert(line.amount);
    const hours = line.hours ? dec(line.hours.likely) : undefined;
    const waves = followsWaves(line.perUser, ctx.departments);
    const usersIn = (month: number): Decimal | undefined =>
        line.perUser ? usersOf(line.perUser, ctx.departments, waves ? month : undefined) : undefined;
    const firstMonth = schedule.kind === 'once' ? schedule.month ?? timing?.goLive ?? 0 : Math.max(schedule.from ?? 0, timing?.goLive ?? 0, 0);
    const users = usersIn(firstMonth);
    const perOccurrence = amount.times(hours ?? ONE).times(users ?? ONE);
    // With rollout waves a month's amount follows that month's users.
    const occurrenceIn = (month: number): Decimal => (waves ? amount.times(hours ?? ONE).times(usersIn(month) ?? ONE) : perOccurrence);
    const share = timing?.share ?? ONE;
    const monthly = zeros(H);
    const placed: number[] = [];

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
            monthly[month] = occurrenceIn(month).times(share);
            placed.push(month);
        }
    } else {
        const monthOf = (occurrence: Decimal): Decimal => (schedule.period === 'year' ? occurrence.div(12) : occurrence);
        const fixedPerMonth = monthOf(perOccurrence);
        const perMonthIn = (month: number): Decimal => (waves ? monthOf(occurrenceIn(month)) : fixedPerMonth);
        const first = Math.max(schedule.from ?? 0, timing?.goLive ?? Number.NEGATIVE_INFINITY);
        const last = Math.min(schedule.until ?? H - 1, H - 1);
        const ramp = timing?.rampMonths ?? 0;
        for (let m = Math.max(first, 0); m <= last; m++) {
            const k = m - first;
            const value = perMonthIn(m).times(share);
            // k-th month after the line starts earns min((k + 1) / N, 1).
            monthly[m] = ramp > 1 && k + 1 < ramp ? value.times(k + 1).div(ramp) : value;
            placed.push(m);
        }
    }

    const breakdown: LineBreakdown = {
        written: writtenAmount(line.amount),
        amount,
        ...(hours ? { hours } : {}),
        ...(line.hours?.low !== undefined && line.hours.high !== undefined ? { hoursRange: { low: dec(line.hours.low), high: dec(line.hours.high) } } : {}),
        ...(users ? { users, perUserOf: line.perUser?.departments ?? [] } : {}),
        ...(waves && schedule.kind === 'recurring' ? userMonthsOf(placed, usersIn) : {}),
        perOccurrence,
        schedule: schedule.kind === 'once' ? 'once' : schedule.period === 'year' ? 'per year' : 'per month',
        ...(placed.length > 0 ? { firstMonth: placed[0], lastMonth: placed[placed.length - 1] } : {}),
        months: placed.length,
        total: sum(monthly),
        ...(line.source !== undefined ? { source: line.source } : {})
    };
    return { monthly, breakdown };
}

/** Σ users over the months of a recurring line, when they change from one month to another. */
function userMonthsOf(months: readonly number[], usersIn: (month: number) => Decimal | undefined): { userMonths?: Decimal } {
    const users = months.map(m => usersIn(m) ?? ONE);
    return users.some(u => !u.equals(users[0])) ? { userMonths: sum(users) } : {};
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
 *
 * Per-user seats of departments with rollout waves follow the users of each
 * month (see `billWaves`); `users` and `seats` of the breakdown are then
 * those of the licence's first month.
 */
export function expandLicence(licence: Licence, vendor: string, edition: string, ctx: ScheduleContext, index = 0): ExpandedLicence {
    const H = ctx.horizonMonths;
    const price = ctx.converter.convert(licence.price);
    const users = licence.perUser ? usersOf(licence.perUser, ctx.departments, Math.max(licence.from ?? 0, 0)) : ONE;
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
    const waves = followsWaves(licence.perUser, ctx.departments);
    let seatMonths: Decimal | undefined;
    if (waves) {
        seatMonths = billWaves(licence, from, last, ctx, minimumUsers, charge);
    } else if (licence.billing === 'monthly') {
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
        index,
        written: writtenAmount(licence.price),
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
        ...(licence.from !== undefined ? { from: licence.from } : {}),
        ...(licence.until !== undefined ? { untilMonth: licence.until } : {}),
        charges,
        monthsBilled: charges.reduce((n, c) => n + c.monthsCovered, 0),
        ...(seatMonths !== undefined ? { seatMonths } : {}),
        total: sum(charges.map(c => c.amount)),
        ...(licence.source !== undefined ? { source: licence.source } : {})
    };
    return { monthly, breakdown };
}

/** Money as written, with its range when the plan gives one (views show it beside the likely value). */
function writtenAmount(money: MoneyAmount): WrittenAmount {
    const { likely, low, high } = money.value;
    return {
        value: dec(likely),
        currency: money.currency,
        ...(low !== undefined && high !== undefined ? { low: dec(low), high: dec(high) } : {})
    };
}

type Charge = (month: number, monthsCovered: number, contractYear: number, base: Decimal) => void;

/**
 * The bills of a per-user licence whose seats follow rollout waves; answers
 * the seat-months billed.
 * Billed monthly, each month pays its seats. Billed yearly ("co-terming"),
 * each contract year's first month pays its seats for twelve months; a rise
 * inside the year pays the added seats for the months left in that year
 * (its own month included); seats never drop before the next anniversary.
 */
function billWaves(licence: Licence, from: number, last: number, ctx: ScheduleContext, minimumUsers: Decimal | undefined, charge: Charge): Decimal {
    const price = ctx.converter.convert(licence.price);
    const perSeatMonth = licence.period === 'month' ? price : price.div(12);
    const perSeatYear = licence.period === 'year' ? price : price.times(12);
    const seatsIn = (month: number): Decimal => {
        const users = usersOf(licence.perUser!, ctx.departments, month);
        return minimumUsers !== undefined && minimumUsers.greaterThan(users) ? minimumUsers : users;
    };
    let seatMonths = ZERO;
    const bill = (month: number, seats: Decimal, months: number, contractYear: number, base: Decimal): void => {
        seatMonths = seatMonths.plus(seats.times(months));
        charge(month, months, contractYear, base);
    };
    if (licence.billing === 'monthly') {
        for (let m = Math.max(from, 0); m <= last; m++) {
            const seats = seatsIn(m);
            bill(m, seats, 1, Math.floor((m - from) / 12), perSeatMonth.times(seats));
        }
        return seatMonths;
    }
    for (let year = 0, anniversary = from; anniversary <= last; year++, anniversary += 12) {
        let billed = seatsIn(anniversary);
        if (anniversary >= 0) {
            bill(anniversary, billed, 12, year, perSeatYear.times(billed));
        }
        for (let m = Math.max(anniversary + 1, 0); m <= Math.min(anniversary + 11, last); m++) {
            const seats = seatsIn(m);
            if (seats.greaterThan(billed)) {
                const monthsLeft = anniversary + 12 - m;
                bill(m, seats.minus(billed), monthsLeft, year, perSeatMonth.times(seats.minus(billed)).times(monthsLeft));
                billed = seats;
            }
        }
    }
    return seatMonths;
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
