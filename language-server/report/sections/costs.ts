import type { CostItemBreakdown, LicenceBreakdown, OptionEvaluation } from '../../evaluation/evaluation-types.js';
import { licenceQualifiers } from '../../display/licence-names.js';
import type { CostClass } from '../../model/plan.js';
import type { ReportContext } from '../context.js';
import { BLANK, bold, bulletList, join, md, table, text, type Align, type Markdown } from '../markdown.js';
import { provenanceTerms, TableSources } from '../sources.js';
import { amountAsWritten, describeLine } from './lines.js';

/**
 * 4. Costs: every cost item, direct and indirect, one-off and recurring, with
 * how it is computed and its total per option; then how each licence total
 * came about (users × price × months, and the bills).
 */
export function costsSection(ctx: ReportContext): string[] {
    const { s, evaluation } = ctx;
    const options = evaluation.options;
    const c = s.costs;
    const blocks = [`## ${s.headings.costs}`];
    if (options.length === 0) {
        blocks.push(c.noOptions);
        return blocks;
    }
    blocks.push(c.intro(ctx.months(evaluation.plan.horizonMonths)));
    const items = costItems(options);
    if (items.length === 0) {
        blocks.push(c.noCosts);
    } else {
        const right: Align[] = options.map(() => 'right');
        // Each option's items by id (the first of an id, as a search would find): a plan with thousands
        // of requirements has thousands of effort items, and searching them per cell is quadratic.
        const costsById = options.map(o => {
            const byId = new Map<string, CostItemBreakdown>();
            for (const cost of o.costs) {
                if (!byId.has(cost.id)) {
                    byId.set(cost.id, cost);
                }
            }
            return byId;
        });
        const sources = new TableSources(ctx);
        const rows: Markdown[][] = items.map(({ item, option }) => [
            itemLabel(ctx, item, option),
            md(c.classes[item.costClass]),
            md(c.recurrences[item.recurrence]),
            how(ctx, item, sources),
            ...options.map((_, i) => {
                const own = costsById[i].get(item.id);
                return own ? ctx.money(own.total) : md('');
            })
        ]);
        const total = (label: string, value: (o: OptionEvaluation) => Markdown): Markdown[] =>
            [md(label), BLANK, BLANK, BLANK, ...options.map(value)];
        rows.push(
            total(c.directTotal, o => ctx.money(o.costTotals.direct)),
            total(c.indirectTotal, o => ctx.money(o.costTotals.indirect)),
            total(c.oneOffTotal, o => ctx.money(o.costTotals.oneOff)),
            total(c.recurringTotal, o => ctx.money(o.costTotals.recurring)),
            [bold(md(s.metrics.tco)), BLANK, BLANK, BLANK, ...options.map(o => bold(ctx.money(o.tco)))]
        );
        blocks.push(table([md(c.item), md(c.costClass), md(c.type), md(c.how), ...options.map(o => ctx.optionHeader(o))], rows,
            ['left', 'left', 'left', 'left', ...right]));
        blocks.push(...sources.blocks());
    }
    blocks.push(`### ${s.headings.licences}`);
    blocks.push(bulletList(options.flatMap(option => option.licences.length === 0
        ? [md(c.noLicence(ctx.optionName(option)))]
        : option.licences.map(licence => licenceLine(ctx, option, licence)))));
    return blocks;
}

/** Every cost item of any option, once, with the first option that has it: direct before indirect, else in option order. */
function costItems(options: readonly OptionEvaluation[]): { item: CostItemBreakdown; option: OptionEvaluation }[] {
    const seen = new Map<string, { item: CostItemBreakdown; option: OptionEvaluation }>();
    for (const option of options) {
        for (const item of option.costs) {
            if (!seen.has(item.id)) {
                seen.set(item.id, { item, option });
            }
        }
    }
    const order: readonly CostClass[] = ['direct', 'indirect'];
    return order.flatMap(costClass => [...seen.values()].filter(entry => entry.item.costClass === costClass));
}

function itemLabel(ctx: ReportContext, item: CostItemBreakdown, option: OptionEvaluation): Markdown {
    const c = ctx.s.costs;
    switch (item.source) {
        case 'licence': {
            const qualifier = item.licence && licenceQualifier(ctx, option, item.licence);
            return qualifier === undefined
                ? md(c.licenceItem(ctx.optionName(option), 0, 1))
                : md(provenanceTerms(ctx).report.licenceItem(ctx.optionName(option), qualifier));
        }
        case 'effort':
            return md(c.effortItem(ctx.title('requirement', item.effort?.requirement ?? item.id)));
        case 'vendor':
            return md(c.vendorItem(titleOf(ctx, item), ctx.title('vendor', option.vendor)));
        default:
            return titleOf(ctx, item);
    }
}

function titleOf(ctx: ReportContext, item: CostItemBreakdown): Markdown {
    return ctx.plainTitle(item.title, item.id);
}

/** What sets a licence apart from the other licences of its edition (display/licence-names.ts); undefined for an edition's only licence. */
function licenceQualifier(ctx: ReportContext, option: OptionEvaluation, licence: LicenceBreakdown): Markdown | undefined {
    const naming = {
        locale: ctx.locale,
        start: ctx.evaluation.plan.start,
        departmentTitle: (id: string) => ctx.plan.departments.find(d => d.id === id)?.title.trim() || id
    };
    const position = option.licences.findIndex(l => l.index === licence.index);
    const qualifier = position < 0 ? undefined : licenceQualifiers(option.licences, naming)[position];
    return qualifier === undefined ? undefined : text(qualifier);
}

function how(ctx: ReportContext, item: CostItemBreakdown, sources: TableSources): Markdown {
    const c = ctx.s.costs;
    if (item.source === 'licence') {
        return md(c.seeLicences);
    }
    if (item.effort) {
        const effort = item.effort;
        const personWeeks = ctx.personWeeks(effort.effortPersonWeeks);
        const rate = ctx.money(effort.ratePerPersonWeek);
        const described = effort.phase === undefined
            ? c.effortNoPhase(personWeeks, rate, ctx.month(effort.firstMonth))
            : c.effort(personWeeks, rate, md(ctx.s.values.fromTo(ctx.month(effort.firstMonth), ctx.month(effort.lastMonth))),
                ctx.title('phase', effort.phase));
        return sources.mark(md(c.equals(md(described), ctx.money(item.total))), effort.source);
    }
    return join(item.lines.map(line => sources.mark(describeLine(ctx, line, true), line.source)), ctx.s.lineSeparator);
}

/** `Fxiaoke Professional: 50 users × ¥119.00 per month × 36 months = ¥214,200.00, billed yearly in 3 bills (...)`. */
function licenceLine(ctx: ReportContext, option: OptionEvaluation, licence: LicenceBreakdown): Markdown {
    const c = ctx.s.costs;
    let seats: Markdown | undefined;
    const departments = licence.perUserOf.length > 0 ? ctx.titleList('department', licence.perUserOf) : undefined;
    if (licence.perUser) {
        seats = licence.seats.greaterThan(licence.users) && licence.minimumUsers !== undefined
            ? md(c.seatsWithMinimum(ctx.quantity(licence.seats), ctx.quantity(licence.minimumUsers), ctx.quantity(licence.users),
                licence.users.toNumber(), departments))
            : md(c.seats(ctx.quantity(licence.seats), licence.seats.toNumber(), departments));
    }
    // Seats that follow rollout waves have no one count: the formula counts user-months instead.
    const formula = c.licenceFormula(
        licence.seatMonths === undefined ? seats : undefined,
        amountAsWritten(ctx, licence.written, licence.price),
        licence.period,
        licence.seatMonths === undefined ? ctx.months(licence.monthsBilled) : md(c.seatMonths(ctx.quantity(licence.seatMonths), departments)),
        licence.increasePercentPerYear === undefined ? undefined : ctx.share(licence.increasePercentPerYear),
        ctx.money(licence.total)
    );
    const billing = licence.billing === 'yearly'
        ? c.billedYearly(licence.charges.length, ctx.list(licence.charges.map(charge => md(c.bill(ctx.month(charge.month), ctx.money(charge.amount))))))
        : c.billedMonthly(licence.charges.length);
    const qualifier = licenceQualifier(ctx, option, licence);
    const name = qualifier === undefined
        ? md(c.licenceName(ctx.optionName(option), 0, 1))
        : md(provenanceTerms(ctx).report.licenceListName(ctx.optionName(option), qualifier));
    const line = md(c.licence(name, md(formula), md(billing)));
    return licence.source === undefined
        ? line
        : md(`${line}${ctx.s.sentenceJoin}${provenanceTerms(ctx).report.sourceSentence(text(licence.source))}`);
}
