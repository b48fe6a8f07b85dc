import type { Decimal } from 'decimal.js';
import type { LineBreakdown } from '../../evaluation/evaluation-types.js';
import type { ReportContext } from '../context.js';
import { md, type Markdown } from '../markdown.js';

/**
 * How one amount line of a cost or benefit reads: `¥2,500.00 per month × 34
 * months (2027-03 to 2029-12)`, `6 hours × 50 users × ¥120.00 per hour once
 * in 2027-03`. Cost lines that multiply or spread end with their total
 * (`= ¥85,000.00`); benefit lines do not, since coverage and ramp change
 * what they earn.
 */
export function describeLine(ctx: ReportContext, line: LineBreakdown, withTotal: boolean): Markdown {
    const { s } = ctx;
    const c = s.costs;
    const base = lineBase(ctx, line);
    let described: string;
    const inside = line.months > 0 && line.firstMonth !== undefined && line.lastMonth !== undefined;
    if (line.schedule === 'once') {
        described = inside ? c.once(base, ctx.month(line.firstMonth!)) : c.onceOutside(base);
    } else if (!inside) {
        described = c.recurringOutside(base, line.schedule);
    } else {
        const range = md(s.values.fromTo(ctx.month(line.firstMonth!), ctx.month(line.lastMonth!)));
        // Users that change with rollout waves have no one count: the line counts user-months instead.
        const months = line.userMonths === undefined
            ? ctx.months(line.months)
            : md(c.seatMonths(ctx.quantity(line.userMonths), line.perUserOf && line.perUserOf.length > 0 ? ctx.titleList('department', line.perUserOf) : undefined));
        described = line.schedule === 'per month' ? c.perMonth(base, months, range) : c.perYear(base, months, range);
    }
    // A plain `once` line is its own total; anything multiplied or spread shows what it comes to.
    const multiplied = line.schedule !== 'once' || line.hours !== undefined || line.users !== undefined;
    return md(withTotal && multiplied ? c.equals(md(described), ctx.money(line.total)) : described);
}

/** The amount per occurrence: money (converted if written in another currency), times hours and users. */
function lineBase(ctx: ReportContext, line: LineBreakdown): Markdown {
    const c = ctx.s.costs;
    const amount = amountAsWritten(ctx, line.written, line.amount);
    const users = line.users === undefined || line.userMonths !== undefined ? undefined : usersText(ctx, line.users, line.perUserOf ?? []);
    if (line.hours !== undefined) {
        const hours = line.hoursRange === undefined
            ? ctx.quantity(line.hours)
            : md(ctx.s.values.range(ctx.quantity(line.hours), ctx.quantity(line.hoursRange.low), ctx.quantity(line.hoursRange.high)));
        return md(c.staff(hours, amount, users));
    }
    return users === undefined ? amount : md(c.perUser(amount, users));
}

/**
 * `¥120.00`, or `$23.00 (¥163.30)` for an amount written in another currency;
 * with the range the plan gives, as written: `¥30,000.00 (¥20,000.00 to ¥36,000.00)`.
 */
export function amountAsWritten(ctx: ReportContext, written: LineBreakdown['written'], converted: LineBreakdown['amount']): Markdown {
    const { low, high } = written;
    const ranged = (likely: Markdown, format: (value: Decimal) => Markdown): Markdown =>
        low === undefined || high === undefined ? likely : md(ctx.s.values.range(likely, format(low), format(high)));
    return written.currency === ctx.currency
        ? ranged(ctx.money(converted), value => ctx.money(value))
        : md(ctx.s.costs.converted(ranged(ctx.moneyIn(written.value, written.currency), value => ctx.moneyIn(value, written.currency)), ctx.money(converted)));
}

/** `50 users`, or `23 users of Sales, Service`. */
export function usersText(ctx: ReportContext, users: LineBreakdown['amount'], departments: readonly string[]): Markdown {
    const count = ctx.quantity(users);
    const n = users.toNumber();
    return md(departments.length > 0
        ? ctx.s.costs.usersOf(count, n, ctx.titleList('department', departments))
        : ctx.s.values.users(count, n));
}
