import type { OptionEvaluation } from '../../evaluation/evaluation-types.js';
import type { ReportContext } from '../context.js';
import { bulletList, md, text, type Markdown } from '../markdown.js';

/**
 * What the report opens with, before any figure: one sentence a committee
 * can approve (the chosen, else recommended, option with its TCO over the
 * horizon, its NPV and when it pays back; honestly when it is not the best or
 * does not pay for itself), then the basis of the figures, stated once: tax,
 * valued estimates among the benefits, and where the discount rate comes from.
 */
export function conclusionBlocks(ctx: ReportContext): string[] {
    return [ctx.s.conclusion.labelled(md(conclusionSentence(ctx))), ...basisBlocks(ctx)];
}

/** The conclusion sentence alone. */
export function conclusionSentence(ctx: ReportContext): string {
    const { evaluation, focus } = ctx;
    const c = ctx.s.conclusion;
    if (evaluation.options.length === 0) {
        return c.noOptions;
    }
    if (focus === undefined) {
        return c.noRecommendation;
    }
    const name = ctx.optionName(focus);
    const figures = md(c.figures(horizon(ctx), ctx.amountInSentence(focus.tco), ctx.npvInSentence(focus), payback(ctx, focus)));
    const recommended = evaluation.recommendedOptionId === undefined ? undefined : ctx.optionById(evaluation.recommendedOptionId);
    if (focus.chosen && recommended !== undefined && recommended.id !== focus.id) {
        return c.chosenNotRecommended(name, figures, ctx.optionName(recommended), ctx.npvInSentence(recommended));
    }
    if (focus.npv === null) {
        return c.chosen(name, figures);
    }
    if (focus.npv < 0) {
        return focus.chosen ? c.chosenNegative(name, figures) : c.noneWorthwhile(name, figures);
    }
    return c.recommend(name, figures);
}

/** `three-year` when the horizon is whole years, else `30-month`. */
function horizon(ctx: ReportContext): Markdown {
    const months = ctx.evaluation.plan.horizonMonths;
    const c = ctx.s.conclusion;
    return md(months % 12 === 0 ? c.years(months / 12) : c.months(ctx.quantity(months)));
}

function payback(ctx: ReportContext, option: OptionEvaluation): Markdown {
    const c = ctx.s.conclusion;
    const months = option.paybackMonths;
    if (months === null) {
        return md(c.paybackNever(ctx.months(ctx.evaluation.plan.horizonMonths)));
    }
    if (months <= 0) {
        return md(c.paybackImmediate);
    }
    // The month in which the cumulative net cash flow turns non-negative for good, as the summary's payback reads it.
    const [year, month] = ctx.evaluation.plan.monthLabels[Math.ceil(months) - 1].split('-');
    return md(c.paybackIn(md(c.month(year, Number(month)))));
}

/** The basis of the figures: tax, valued estimates, the discount rate's source. */
function basisBlocks(ctx: ReportContext): string[] {
    const { evaluation, focus } = ctx;
    const b = ctx.s.basis;
    const summary = evaluation.plan;
    const items: Markdown[] = [
        md(summary.taxBasis === 'included' ? b.taxIncluded : summary.taxBasis === 'excluded' ? b.taxExcluded : b.taxUndeclared)
    ];
    const valued = focus?.valuedEstimates;
    if (focus && valued && !valued.total.isZero()) {
        items.push(md(b.valuedEstimates(ctx.optionName(focus), ctx.amountInSentence(valued.total), ctx.percent(valued.sharePercent),
            ctx.amountInSentence(focus.totalBenefit))));
    }
    if (summary.discountSource !== undefined && summary.discountSource.trim().length > 0) {
        items.push(md(b.discountSource(ctx.share(summary.discountRatePercent), text(summary.discountSource))));
    }
    return [b.label, bulletList(items)];
}
