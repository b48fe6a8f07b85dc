/**
 * How a simulated value reads: its name from the plan's titles (`Fewer quotes
 * lost to silence`, `Licence: Yunke CRM Standard`, `Users of Sales`) and an amount
 * of it in its unit (`¥16,000.00 per month`, `¥99.00 per user per month`,
 * `8% per year`). The evaluation says what each value is measured in and what
 * it belongs to; the words are the glossary's.
 */
import type { Decimal } from 'decimal.js';
import { dec } from '../evaluation/decimal.js';
import type { InputMeasure, InputSubject } from '../evaluation/evaluation-types.js';
import type { ReportContext } from './context.js';
import { md, text, type Markdown } from './markdown.js';

/** The value's name as plain text (for Mermaid, which sanitises its own way); `inputName` escapes it. */
export function inputPlainName(ctx: ReportContext, subject: InputSubject, measure: InputMeasure): string {
    const n = ctx.s.risks.names;
    const { plan } = ctx;
    const titled = (title: string | undefined, id: string) => (title !== undefined && title.trim().length > 0 ? title : id);
    switch (subject.kind) {
        case 'cost':
        case 'benefit': {
            const items = subject.kind === 'benefit' ? plan.benefits : [...plan.costs, ...plan.vendors.flatMap(v => v.costs)];
            const title = titled(items.find(item => item.id === subject.item)?.title, subject.item);
            if (measure.kind === 'hours') {
                return n.hours(title);
            }
            if (measure.kind === 'money' && measure.per === 'hour') {
                return n.hourlyRate(title);
            }
            return subject.occurrence > 1 ? n.nth(title, subject.occurrence) : title;
        }
        case 'licence': {
            const option = ctx.optionById(`${subject.vendor}.${subject.edition}`);
            const edition = plan.vendors.find(v => v.id === subject.vendor)?.editions.find(e => e.id === subject.edition);
            const several = (edition?.licences.length ?? 0) > 1;
            return n.licence(option ? ctx.optionPlainName(option) : `${subject.vendor}.${subject.edition}`, several ? subject.index : undefined);
        }
        case 'users':
            return n.users(titled(plan.departments.find(d => d.id === subject.department)?.title, subject.department));
        case 'effort':
            return n.effort(titled(plan.requirements.find(r => r.id === subject.requirement)?.title, subject.requirement));
        case 'covers': {
            // An edition's own covers are named by its option: `Zoho CRM Enterprise`.
            const option = subject.edition !== undefined ? ctx.optionById(`${subject.vendor}.${subject.edition}`) : undefined;
            const holder = option ? ctx.optionPlainName(option) : titled(plan.vendors.find(v => v.id === subject.vendor)?.title, subject.vendor);
            return n.covers(holder, titled(plan.requirements.find(r => r.id === subject.requirement)?.title, subject.requirement));
        }
        case 'rate':
            return n.rate(subject.from, subject.to);
        case 'discount':
            return n.discount;
        case 'internal-rate':
            return n.internalRate;
    }
}

export function inputName(ctx: ReportContext, subject: InputSubject, measure: InputMeasure): Markdown {
    return text(inputPlainName(ctx, subject, measure));
}

/** An amount of the value in its unit: `¥16,000.00 per month`, `8% per year`, `36 users`, `7.1 CNY per USD`. */
export function inputValue(ctx: ReportContext, measure: InputMeasure, value: Decimal | number): Markdown {
    const u = ctx.s.risks.units;
    // Bisection leaves break-even values with float noise; four places are what a plan writes.
    const rounded = typeof value === 'number' ? Math.round(value * 10_000) / 10_000 : value;
    switch (measure.kind) {
        case 'money': {
            const amount = measure.currency === ctx.currency ? ctx.money(value) : ctx.moneyIn(dec(value), measure.currency);
            return md(u.money(amount, measure.perUser, measure.period, measure.per));
        }
        case 'hours':
            return md(u.hours(ctx.quantity(rounded), measure.perUser, measure.period));
        case 'percent':
            return md(u.percent(ctx.share(rounded), measure.perYear));
        case 'users':
            return md(u.users(ctx.quantity(rounded), Number(rounded)));
        case 'person-weeks':
            return md(u.personWeeks(ctx.quantity(rounded), Number(rounded)));
        case 'exchange-rate':
            return md(u.exchangeRate(ctx.quantity(rounded), text(measure.from), text(measure.to)));
    }
}
