import type { OptionEvaluation } from '../../evaluation/evaluation-types.js';
import type { ReportContext } from '../context.js';
import { bold, md, table } from '../markdown.js';

/**
 * 1. Summary: the chosen (else recommended) option's headline figures, and
 * why it leads, or honestly that it does not.
 */
export function summarySection(ctx: ReportContext): string[] {
    const { s, evaluation, focus } = ctx;
    const blocks = [`## ${s.headings.summary}`];
    const options = evaluation.options;
    if (options.length === 0 || focus === undefined) {
        blocks.push(options.length === 0 ? s.summary.noOptions : s.summary.noRecommendation);
        return blocks;
    }
    const label = focus.chosen ? s.summary.chosen : s.summary.recommended;
    blocks.push(`${bold(md(label))} ${ctx.optionName(focus)}`);
    blocks.push(why(ctx, focus).join(s.sentenceJoin));
    const horizon = ctx.months(evaluation.plan.horizonMonths);
    const m = s.metrics;
    blocks.push(table([md(m.figure), ctx.optionName(focus)], [
        [md(m.roi), ctx.roi(focus)],
        [md(m.npvAt(ctx.share(evaluation.plan.discountRatePercent))), ctx.npv(focus)],
        [md(m.payback), ctx.payback(focus)],
        [md(m.irr), ctx.irr(focus)],
        [md(m.tcoOver(horizon)), ctx.money(focus.tco)],
        [md(m.benefitOver(horizon)), ctx.money(focus.totalBenefit)]
    ], ['left', 'right']));
    // After go-live the reader first wants to know where the actuals are heading (section 8 has the detail).
    const monitoring = evaluation.monitoring;
    if (monitoring && monitoring.optionId === focus.id) {
        const as = (metrics: typeof monitoring.forecast) => ctx.roi({ ...focus, ...metrics });
        blocks.push(s.summary.actualsSoFar(ctx.monthInText(monitoring.asOfMonth), ctx.roi(focus), as(monitoring.forecast), as(monitoring.trend)));
    }
    return blocks;
}

/** Sentences on why the option leads, or why it is shown although it does not. */
function why(ctx: ReportContext, focus: OptionEvaluation): string[] {
    const { s, evaluation } = ctx;
    const options = evaluation.options;
    const name = ctx.optionName(focus);
    const recommended = evaluation.recommendedOptionId === undefined ? undefined : ctx.optionById(evaluation.recommendedOptionId);
    const sentences: string[] = [];
    if (options.length === 1) {
        sentences.push(s.summary.onlyOption(name));
    } else if (recommended === undefined) {
        sentences.push(s.summary.chosenWithoutRecommendation(name), s.summary.noRecommendation);
    } else if (recommended.id === focus.id) {
        const lead = focus.chosen ? s.summary.chosenAndRecommended(name, options.length) : s.summary.noChoice(name, options.length);
        const runnerUp = options.find(o => o.npvRank === 2);
        sentences.push(lead + (runnerUp && runnerUp.npv !== null ? s.summary.runnerUp(ctx.optionName(runnerUp), ctx.npvInSentence(runnerUp)) : '') + s.sentenceEnd);
    } else {
        sentences.push(s.summary.chosenNotRecommended(name, ctx.optionName(recommended), ctx.npvInSentence(recommended), ctx.npvInSentence(focus),
            ctx.rankOf(focus.npvRank, options.length)));
    }
    if (focus.npv !== null && focus.npv < 0) {
        sentences.push(s.summary.npvNegative);
    }
    if (evaluation.criteria.length > 0 && options.length > 1) {
        const score = md(s.values.scoreOf10(ctx.score(focus.matrixScore)));
        const top = options.find(o => o.matrixRank === 1);
        if (focus.matrixRank === 1 || top === undefined) {
            sentences.push(s.summary.matrixFirst(score));
        } else {
            sentences.push(s.summary.matrixNotFirst(ctx.rankOf(focus.matrixRank, options.length), score,
                ctx.optionName(top), md(s.values.scoreOf10(ctx.score(top.matrixScore)))));
        }
    }
    return sentences;
}

