import { hasRanges } from '../../evaluation/uncertainty/inputs.js';
import type { Uncertain } from '../../model/plan.js';
import type { ReportContext } from '../context.js';
import { bulletList, md, table, text, type Markdown } from '../markdown.js';
import { provenanceTerms } from '../sources.js';

/**
 * 9. Assumptions and limits: currency, rates, discount rate, horizon,
 * capacity and users per department; then an honest list of what the figures
 * leave out, and the evaluation's notes.
 */
export function assumptionsSection(ctx: ReportContext, simulated: boolean): string[] {
    const { s, plan, evaluation } = ctx;
    const a = s.assumptions;
    const p = provenanceTerms(ctx).report;
    const summary = evaluation.plan;
    const blocks = [`## ${s.headings.assumptions}`];
    const currency = text(summary.currency);
    const rates = evaluation.conversions.map(conversion => {
        const declared = plan.rates.find(r => r.from === conversion.declared.from && r.to === conversion.declared.to);
        const factor = ctx.quantity(conversion.factor);
        const shown = md(a.rate(text(conversion.from), factor, text(conversion.to)));
        const rate = declared && !conversion.inverse ? uncertain(ctx, declared.rate, () => shown, v => ctx.quantity(v)) : shown;
        return conversion.declared.source === undefined ? rate : md(p.sourced(rate, text(conversion.declared.source)));
    });
    blocks.push(bulletList([
        md(a.currency(currency)),
        md(a.period(ctx.monthInText(0), ctx.monthInText(summary.horizonMonths - 1), ctx.months(summary.horizonMonths))),
        md(a.discount(uncertain(ctx, plan.discountRatePercent, () => ctx.share(summary.discountRatePercent), v => ctx.share(v)))),
        md(rates.length > 0 ? a.rates(ctx.list(rates)) : a.noRates(currency)),
        md(summary.capacityPersonWeeks === undefined ? a.noCapacity : a.capacity(ctx.quantity(summary.capacityPersonWeeks))),
        md(summary.internalRatePerPersonWeek === undefined ? a.noInternalRate : a.internalRate(ctx.money(summary.internalRatePerPersonWeek))
            + (summary.internalRateSource === undefined ? '' : `${s.sentenceJoin}${p.sourceSentence(text(summary.internalRateSource))}`))
    ]));

    blocks.push(`### ${s.headings.departments}`);
    // A source column only when some department's users have a source: plans without sources read as before.
    const usersSourced = plan.departments.some(d => d.usersSource !== undefined);
    blocks.push(plan.departments.length === 0
        ? a.noDepartments
        : table([md(a.department), md(a.users), ...(usersSourced ? [md(p.sourceColumn)] : [])],
            plan.departments.map(d => [
                ctx.title('department', d.id),
                uncertain(ctx, d.users, () => ctx.quantity(d.users.likely), v => ctx.quantity(v)),
                ...(usersSourced ? [text(d.usersSource ?? '')] : [])
            ]),
            ['left', 'right', 'left']));

    const efforts = evaluation.requirements.filter(r => r.effortSource !== undefined && r.effortPersonWeeks !== undefined);
    if (efforts.length > 0) {
        blocks.push(`### ${p.effortsHeading}`, p.effortsIntro, bulletList(efforts.map(r =>
            md(p.effort(ctx.title('requirement', r.id), ctx.personWeeks(r.effortPersonWeeks!), text(r.effortSource!))))));
    }

    blocks.push(`### ${s.headings.notQuantified}`);
    const left: Markdown[] = evaluation.notQuantified.map(item => item.kind === 'uncovered-requirement'
        ? md(a.uncovered(ctx.title('requirement', item.requirement)))
        : md(a.noAmount(ctx.title('benefit', item.benefit))));
    left.push(...outsideCapacity(ctx));
    left.push(...evaluation.missingScores.map(missing => md(a.missingScore(ctx.title('vendor', missing.vendor), ctx.title('criterion', missing.criterion)))));
    if (hasRanges(plan)) {
        left.push(md(simulated ? a.rangesSimulated : a.ranges));
    }
    blocks.push(left.length > 0 ? bulletList(left) : a.nothingLeftOut);

    blocks.push(`### ${s.headings.notes}`);
    blocks.push(evaluation.notes.length > 0
        ? bulletList(evaluation.notes.map(note => md(a.notes[note.code](subject(ctx, note.subject)))))
        : a.noNotes);
    return blocks;
}

/** `likely (low to high)` when the plan gives a range, else the likely value alone. */
function uncertain(ctx: ReportContext, value: Uncertain, likely: () => Markdown, format: (v: Uncertain['likely']) => Markdown): Markdown {
    return value.low !== undefined && value.high !== undefined
        ? md(ctx.s.values.range(likely(), format(value.low), format(value.high)))
        : likely();
}

/**
 * Requirements outside the capacity that the money still counts: capacity
 * and ranking inform the report, while the money follows the phases.
 */
function outsideCapacity(ctx: ReportContext): Markdown[] {
    const { evaluation, plan, s } = ctx;
    const a = s.assumptions;
    const declared = new Map(plan.requirements.map(r => [r.id, r]));
    return evaluation.requirements.filter(r => !r.withinCapacity).flatMap(r => {
        const reasons: Markdown[] = [];
        if (r.deliveredBy !== undefined) {
            reasons.push(md(a.deliveredBy(ctx.title('phase', r.deliveredBy))));
        }
        const feeds = evaluation.benefits.filter(b => b.from.includes(r.id)).map(b => b.id);
        if (feeds.length > 0) {
            reasons.push(md(a.feeds(ctx.titleList('benefit', feeds))));
        }
        const effort = declared.get(r.id)?.effortPersonWeeks?.likely;
        if (evaluation.plan.internalRatePerPersonWeek !== undefined && effort !== undefined && !effort.isZero()) {
            reasons.push(md(a.effortCosted));
        }
        return reasons.length === 0 ? [] : [md(a.outsideCapacity(ctx.title('requirement', r.id), ctx.list(reasons)))];
    });
}

/** The title of whatever a note is about: an option, requirement, benefit or vendor; else its name. */
function subject(ctx: ReportContext, id: string): Markdown {
    const option = ctx.optionById(id);
    if (option) {
        return ctx.optionName(option);
    }
    if (ctx.evaluation.requirements.some(r => r.id === id)) {
        return ctx.title('requirement', id);
    }
    if (ctx.evaluation.benefits.some(b => b.id === id)) {
        return ctx.title('benefit', id);
    }
    return text(id);
}
