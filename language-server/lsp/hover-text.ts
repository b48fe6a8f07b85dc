/**
 * The Markdown of figure hovers, one builder per kind of declaration. Each
 * reads the plan's evaluation (and its `Plan`) and formats; none computes a
 * figure. A builder answers undefined when the evaluation does not know the
 * declaration (for example one added since the last figures without errors).
 */
import type { Evaluation, LineBreakdown, OptionEvaluation, UncertaintyAnalysis } from '../evaluation/evaluation-types.js';
import { glossary } from '../i18n/glossary.js';
import type { Locale } from '../i18n/locale.js';
import { kindName } from '../i18n/kinds.js';
import type { Plan } from '../model/plan.js';
import type { PlanFigures } from '../workspace/plan-evaluations.js';
import {
    irr, lineMonths, money, optionLabel, payback, plain, roi, share, twoPlaces, type FigureText
} from './figure-text.js';
import { sourceItem, sourcesList, type SourceEntry } from './source-hover.js';
import { optionTitle, optionTitleById } from '../display/option-name.js';

/** Figures a view can show: current, or the last good ones (stale). */
export type AvailableFigures = Extract<PlanFigures, { status: 'current' | 'stale' }>;

export interface HoverContext {
    readonly plan: Plan;
    readonly evaluation: Evaluation;
    /** Present when the plan has ranges. */
    readonly uncertainty?: UncertaintyAnalysis;
    readonly text: FigureText;
    readonly locale: Locale;
}

/** `**requirement LeadFollowUp** — Automatic lead follow-up reminders` */
export function hoverHeader(type: string, name: string, title: string | undefined, locale: Locale, extra: readonly string[] = []): string {
    const titled = title && title !== name ? ` — ${title}` : '';
    const more = extra.length > 0 ? ` · ${extra.join(' · ')}` : '';
    return `**${kindName(type, locale)} ${name}**${titled}${more}`;
}

/** Value and how it was computed, MoSCoW, rank, effort, capacity and each vendor's coverage. */
export function requirementHover(id: string, ctx: HoverContext): string | undefined {
    const { evaluation, plan, text } = ctx;
    const requirement = evaluation.requirements.find(r => r.id === id);
    if (!requirement) {
        return undefined;
    }
    const parts: string[] = [hoverHeader('Requirement', id, requirement.title, ctx.locale)];
    const terms = requirement.valueTerms.map(term =>
        `- ${text.labelled(`\`${term.goal}\``, `${share(term.weightPercent)} × ${plain(term.impact)} = ${twoPlaces(term.product)}`)}`);
    parts.push([`**${text.value} ${twoPlaces(requirement.value)}** = ${text.valueFormula}`, ...terms].join('\n'));
    const effort = requirement.effortPersonWeeks !== undefined
        ? `${text.effort} ${text.personWeeks(plain(requirement.effortPersonWeeks))}`
        : text.noEffort;
    parts.push(`${text.moscow(requirement.moscow)} · ${text.rank} **${text.rankOf(requirement.rank, requirement.rankOf)}** · ${effort}`);
    parts.push(text.labelled(text.withinCapacity, capacityText(id, ctx)));
    if (plan.vendors.length > 0) {
        const coverage = plan.vendors.flatMap(vendor => {
            const covered = requirement.coveredBy.find(c => c.vendor === vendor.id);
            // Editions with their own `covers` of it follow their vendor: `Zoho` 60% · `Zoho.Enterprise` 90%.
            const editions = (covered?.editions ?? []).map(e => `\`${vendor.id}.${e.edition}\` ${share(e.sharePercent)}`);
            return [`\`${vendor.id}\` ${covered ? share(covered.sharePercent) : '0%'}`, ...editions];
        });
        parts.push(text.labelled(text.coverage, coverage.join(' · ')));
    }
    const sources: SourceEntry[] = [
        ...(requirement.effortSource !== undefined ? [{ what: sourceItem('effort', id, ctx.locale), source: requirement.effortSource }] : []),
        ...requirement.coveredBy.flatMap(c => (c.source !== undefined ? [{ what: `\`${c.vendor}\` ${share(c.sharePercent)}`, source: c.source }] : []))
    ];
    parts.push(...sourcesList(sources, ctx.locale));
    return parts.join('\n\n');
}

function capacityText(id: string, ctx: HoverContext): string {
    const { evaluation, text } = ctx;
    const requirement = evaluation.requirements.find(r => r.id === id)!;
    const capacity = evaluation.capacity.capacityPersonWeeks;
    if (requirement.withinCapacity) {
        return text.capacityKept(plain(requirement.capacityUsedBefore), capacity !== undefined ? plain(capacity) : undefined);
    }
    switch (requirement.exclusion) {
        case 'wont':
            return text.excludedWont;
        case 'needs':
            return text.excludedNeeds(requirement.needsNotKept);
        default:
            return text.excludedByCapacity(
                requirement.effortPersonWeeks !== undefined ? plain(requirement.effortPersonWeeks) : '0',
                plain(requirement.capacityUsedBefore),
                capacity !== undefined ? plain(capacity) : '–');
    }
}

/** A table of each option's metrics, one column per option. */
function optionsTable(options: readonly OptionEvaluation[], ctx: HoverContext): string {
    const { text, evaluation } = ctx;
    const currency = evaluation.plan.currency;
    const count = evaluation.options.length;
    const row = (label: string, cell: (option: OptionEvaluation) => string) =>
        `| ${label} | ${options.map(cell).join(' | ')} |`;
    return [
        `| | ${options.map(option => optionLabel(option, text)).join(' | ')} |`,
        `|:--|${options.map(() => '--:').join('|')}|`,
        row(text.tco, o => money(o.tco, currency, ctx.locale)),
        row(text.totalBenefit, o => money(o.totalBenefit, currency, ctx.locale)),
        row(text.roi, o => roi(o.roiPercent, text)),
        row(text.npv, o => money(o.npv, currency, ctx.locale)),
        row(text.payback, o => payback(o.paybackMonths, text)),
        row(text.irr, o => irr(o.irr, text)),
        row(text.matrixScore, o => twoPlaces(o.matrixScore)),
        row(text.npvRank, o => text.rankOf(o.npvRank, count)),
        row(text.matrixRank, o => text.rankOf(o.matrixRank, count))
    ].join('\n');
}

/** Each option of the vendor: TCO, benefit, ROI, NPV, payback, IRR, matrix score and ranks. */
export function vendorHover(id: string, ctx: HoverContext): string | undefined {
    const options = ctx.evaluation.options.filter(option => option.vendor === id);
    if (options.length === 0) {
        return undefined;
    }
    return [hoverHeader('Vendor', id, options[0].vendorTitle, ctx.locale), optionsTable(options, ctx), ...sourcesList(vendorSources(id, options, ctx), ctx.locale)]
        .join('\n\n');
}

/** Where the vendor's covers shares, trial scores and licence prices come from. */
function vendorSources(id: string, options: readonly OptionEvaluation[], ctx: HoverContext): SourceEntry[] {
    const { evaluation, locale } = ctx;
    const covers = evaluation.requirements.flatMap(r => r.coveredBy
        .filter(c => c.vendor === id && c.source !== undefined)
        .map(c => ({ what: sourceItem('covers', r.id, locale), source: c.source! })));
    const scores = options[0].criteria.filter(c => c.source !== undefined)
        .map(c => ({ what: sourceItem('score', c.criterion, locale), source: c.source! }));
    const licences = options.flatMap(option => option.licences.filter(l => l.source !== undefined)
        .map(l => ({ what: sourceItem('licence', `\`${l.edition}\``, locale), source: l.source! })));
    return [...covers, ...scores, ...licences];
}

/** The edition's option, as `vendorHover`, with how its licences were priced. */
export function editionHover(vendor: string, edition: string, ctx: HoverContext): string | undefined {
    const { text, evaluation } = ctx;
    const option = evaluation.options.find(o => o.vendor === vendor && o.edition === edition);
    if (!option) {
        return undefined;
    }
    const currency = evaluation.plan.currency;
    const parts = [hoverHeader('Edition', `${vendor}.${edition}`, option.editionTitle, ctx.locale), optionsTable([option], ctx)];
    for (const licence of option.licences) {
        const price = money(licence.price, currency, ctx.locale);
        // Seats that follow rollout waves have no one count: the total is given for the seat-months instead.
        const waves = licence.seatMonths !== undefined;
        const total = money(licence.total, currency, ctx.locale);
        const lines = [text.labelled(text.licence, text.licenceLine(price, licence.period, licence.perUser && !waves ? plain(licence.seats) : undefined, licence.billing)) +
            ` → ${waves ? text.licenceSeatMonths(total, plain(licence.seatMonths!)) : text.licenceTotal(total, licence.monthsBilled)}`];
        const conversion = conversionText(licence.written, licence.price, ctx);
        if (conversion) {
            lines.push(conversion);
        }
        if (licence.source !== undefined) {
            lines.push(glossary(ctx.locale).provenance.hover.source(licence.source));
        }
        parts.push(lines.join('  \n'));
    }
    // Where the edition's own covers shares come from.
    const covers = evaluation.requirements.flatMap(r => r.coveredBy
        .filter(c => c.vendor === vendor)
        .flatMap(c => (c.editions ?? []).filter(e => e.edition === edition && e.source !== undefined))
        .map(e => ({ what: sourceItem('covers', r.id, ctx.locale), source: e.source! })));
    parts.push(...sourcesList(covers, ctx.locale));
    return parts.join('\n\n');
}

/** `23 USD = ¥163.30 (rate USD 7.10 CNY)` when the amount was converted. */
function conversionText(written: LineBreakdown['written'], converted: LineBreakdown['amount'], ctx: HoverContext): string | undefined {
    const { evaluation, text } = ctx;
    if (written.currency === evaluation.plan.currency) {
        return undefined;
    }
    const used = evaluation.conversions.find(c => c.from === written.currency);
    const rate = used ? `${used.declared.from} ${plain(used.declared.rate)} ${used.declared.to}` : '?';
    return text.converted(`${plain(written.value)} ${written.currency}`, money(converted, evaluation.plan.currency, ctx.locale), rate);
}

/**
 * One amount line as a list item: `- ¥2,500.00 per month, 2027-03 to 2029-12
 * (34 months): ¥85,000.00`, the total only when given, then the conversion.
 */
function lineItem(line: LineBreakdown, ctx: HoverContext, total?: LineBreakdown['total']): string {
    const { evaluation, text } = ctx;
    const currency = evaluation.plan.currency;
    let occurrence = line.hours !== undefined
        ? text.hoursAt(plain(line.hours), money(line.amount, currency, ctx.locale))
        : money(line.amount, currency, ctx.locale);
    if (line.users !== undefined) {
        occurrence += ` × ${text.users(plain(line.users), line.perUserOf ?? [])}`;
    }
    if (line.hours !== undefined || line.users !== undefined) {
        occurrence += ` = ${money(line.perOccurrence, currency, ctx.locale)}`;
    }
    const { first, last } = lineMonths(line, evaluation.plan.monthLabels);
    const described = line.schedule === 'once'
        ? text.lineOnce(occurrence, first)
        : text.lineRecurring(occurrence, line.schedule === 'per year' ? 'year' : 'month', first, last, line.months);
    const item = total !== undefined ? `- ${text.labelled(described, money(total, currency, ctx.locale))}` : `- ${described}`;
    const conversion = conversionText(line.written, line.amount, ctx);
    const source = line.source !== undefined ? glossary(ctx.locale).provenance.hover.source(line.source) : undefined;
    return [item, ...(conversion ? [conversion] : []), ...(source ? [source] : [])].join('  \n  ');
}

/** Options' totals, once when they agree (`every option` when all carry it). */
function totalsText(items: readonly { option: OptionEvaluation; total: LineBreakdown['total'] }[], ctx: HoverContext): string {
    const { evaluation, text } = ctx;
    const currency = evaluation.plan.currency;
    const heading = text.totalOver(evaluation.plan.horizonMonths);
    const allEqual = items.every(item => item.total.equals(items[0].total));
    if (allEqual) {
        const who = items.length === evaluation.options.length ? text.everyOption : items.map(item => optionTitle(item.option, ctx.locale)).join(', ');
        return text.labelled(heading, `**${money(items[0].total, currency, ctx.locale)}** (${who})`);
    }
    return [text.labelled(heading, ''), ...items.map(item => `- ${text.labelled(optionLabel(item.option, text), `**${money(item.total, currency, ctx.locale)}**`)}`)].join('\n');
}

/** Its lines as computed (amount, schedule, conversion) and its total over the horizon per option. */
export function costHover(id: string, ctx: HoverContext): string | undefined {
    const { evaluation, text } = ctx;
    const items = evaluation.options.flatMap(option => option.costs
        .filter(cost => cost.id === id && (cost.source === 'plan' || cost.source === 'vendor'))
        .map(cost => ({ option, cost, total: cost.total })));
    if (items.length === 0) {
        return undefined;
    }
    const { cost } = items[0];
    const parts = [hoverHeader('Cost', id, cost.title, ctx.locale, [cost.costClass === 'direct' ? text.direct : text.indirect])];
    if (cost.lines.length > 0) {
        parts.push(cost.lines.map(line => lineItem(line, ctx, line.total)).join('\n'));
    }
    parts.push(totalsText(items, ctx));
    parts.push(...sensitivityText(id, ctx));
    return parts.join('\n\n');
}

/** Its requirements, go-live, ramp, lines, and per option the coverage applied and the total. */
export function benefitHover(id: string, ctx: HoverContext): string | undefined {
    const { evaluation, text } = ctx;
    const schedule = evaluation.benefits.find(b => b.id === id);
    const items = evaluation.options.flatMap(option => option.benefits
        .filter(benefit => benefit.id === id)
        .map(benefit => ({ option, benefit, total: benefit.total })));
    if (!schedule || items.length === 0) {
        return undefined;
    }
    const currency = evaluation.plan.currency;
    const parts = [hoverHeader('Benefit', id, schedule.title, ctx.locale, [text.benefitKind(schedule.kind)])];
    const timing = [
        ...(schedule.from.length > 0 ? [`${text.from} ${schedule.from.map(r => `\`${r}\``).join(', ')}`] : []),
        schedule.notInImplementation
            ? `${text.notInImplementation} ${schedule.notInImplementation.map(r => `\`${r}\``).join(', ')}`
            : `${text.goLive} ${schedule.goLiveLabel}`,
        ...(schedule.rampMonths !== undefined ? [text.rampMonths(schedule.rampMonths)] : [])
    ];
    parts.push(timing.join(' · '));
    const { benefit } = items[0];
    if (benefit.lines.length > 0) {
        parts.push(benefit.lines.map(line => lineItem(line, ctx)).join('\n'));
    }
    parts.push([
        `| ${text.option} | ${text.coverage} | ${text.totalOver(evaluation.plan.horizonMonths)} |`,
        '|:--|--:|--:|',
        ...items.map(item => `| ${optionLabel(item.option, text)} | ${share(item.benefit.coverageSharePercent)} | ${money(item.total, currency, ctx.locale)} |`)
    ].join('\n'));
    parts.push(text.grossTotal(money(benefit.grossTotal, currency, ctx.locale)));
    parts.push(...sensitivityText(id, ctx));
    return parts.join('\n\n');
}

/**
 * For a cost or benefit with ranged lines: each line's bar in the tornado of
 * the chosen (else recommended) option — its swing and its rank by swing.
 */
function sensitivityText(id: string, ctx: HoverContext): string[] {
    const { evaluation, uncertainty, text } = ctx;
    const optionId = evaluation.chosenOptionId ?? evaluation.recommendedOptionId;
    const option = uncertainty?.options.find(o => o.optionId === optionId);
    if (!option) {
        return [];
    }
    const currency = evaluation.plan.currency;
    const show = (value: number | null) => money(value, currency, ctx.locale);
    return option.sensitivity
        .map((row, index) => ({ row, rank: index + 1 }))
        .filter(({ row }) => row.input === id || row.input.startsWith(`${id}#`))
        .map(({ row, rank }) => text.tornado(row.input, show(row.swing), rank, option.sensitivity.length, optionTitleById(evaluation, optionId!, ctx.locale),
            show(row.npvAtLow), show(row.npvAtHigh)));
}

/** Its weight and the requirements whose value it feeds. */
export function goalHover(id: string, ctx: HoverContext): string | undefined {
    const { plan, evaluation, text } = ctx;
    const goal = plan.goals.find(g => g.id === id);
    if (!goal) {
        return undefined;
    }
    const parts = [hoverHeader('Goal', id, goal.title, ctx.locale, [`${text.weight} ${share(goal.weightPercent)}`])];
    const uses = evaluation.requirements.flatMap(requirement => requirement.valueTerms
        .filter(term => term.goal === id)
        .map(term => `- ${text.labelled(`\`${requirement.id}\``, text.impactTerm(plain(term.impact), twoPlaces(term.product), twoPlaces(requirement.value)))}`));
    parts.push(uses.length > 0 ? [text.labelled(text.usedBy, ''), ...uses].join('\n') : text.notUsed);
    return parts.join('\n\n');
}

/** Its weight, how it is measured, and each option's score and share of the matrix score. */
export function criterionHover(id: string, ctx: HoverContext): string | undefined {
    const { evaluation, text } = ctx;
    const criterion = evaluation.criteria.find(c => c.id === id);
    if (!criterion) {
        return undefined;
    }
    const measure = criterion.measure === 'coverage' ? text.measuredByCoverage
        : criterion.measure === 'tco' ? text.measuredByTco : text.scoredPerVendor;
    const parts = [hoverHeader('Criterion', id, criterion.title, ctx.locale, [`${text.weight} ${share(criterion.weightPercent)}`, measure])];
    const scores = evaluation.options.flatMap(option => option.criteria
        .filter(score => score.criterion === id)
        .map(score => `- ${text.labelled(optionTitle(option, ctx.locale), text.criterionTerm(twoPlaces(score.score), twoPlaces(score.weighted), twoPlaces(option.matrixScore), score.missing))}`));
    if (scores.length > 0) {
        parts.push(scores.join('\n'));
    }
    return parts.join('\n\n');
}
