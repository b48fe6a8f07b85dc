import type { OptionEvaluation, OptionUncertainty, SensitivityRow, UncertaintyAnalysis } from '../../evaluation/evaluation-types.js';
import type { ReportContext } from '../context.js';
import { inputName, inputValue } from '../input-text.js';
import { figure, md, table, type Markdown } from '../markdown.js';

/** How many of the values that move the NPV most the risk sentences name. */
const TOP_MOVERS = 3;

/**
 * The risks of the option in words, beside the simulation: how likely its NPV
 * is negative, the values that move it most, and for each of those where the
 * NPV changes sign within its range, or that it does not.
 */
export function riskParagraph(ctx: ReportContext, option: OptionEvaluation, uncertainty: UncertaintyAnalysis, result: OptionUncertainty): string {
    const r = ctx.s.risks;
    const sentences = [r.probabilityNegative(ctx.optionName(option), figure(uncertainty.trials.toLocaleString('en')), ctx.percent(result.probabilityNpvNegative * 100))];
    const movers = result.sensitivity.filter(row => row.swing > 0).slice(0, TOP_MOVERS);
    if (movers.length === 0) {
        sentences.push(r.noMovers);
    } else {
        sentences.push(r.movers(ctx.list(movers.map(row => md(r.mover(inputName(ctx, row.subject, row.measure), ctx.money(row.swing)))))));
        sentences.push(...movers.flatMap(row => signChange(ctx, option, row)));
    }
    return r.labelled(md(sentences.join(ctx.s.sentenceJoin)));
}

/** Where the NPV crosses zero as this value moves, or that it keeps its sign over the value's range. */
function signChange(ctx: ReportContext, option: OptionEvaluation, row: SensitivityRow): string[] {
    const r = ctx.s.risks;
    const name = inputName(ctx, row.subject, row.measure);
    if (row.npvAtLow === null || row.npvAtHigh === null || option.npv === null) {
        return [];
    }
    if (row.breakEven === null) {
        const low = inputValue(ctx, row.measure, row.low);
        const high = inputValue(ctx, row.measure, row.high);
        return [row.npvAtLow >= 0 ? r.staysPositive(name, low, high) : r.staysNegative(name, low, high)];
    }
    const value = inputValue(ctx, row.measure, row.breakEven);
    const rising = row.npvAtHigh > row.npvAtLow;
    if (option.npv >= 0) {
        return [rising ? r.turnsNegativeBelow(name, value) : r.turnsNegativeAbove(name, value)];
    }
    return [rising ? r.turnsPositiveAbove(name, value) : r.turnsPositiveBelow(name, value)];
}

/** Every simulated value with its range in its unit, and the distribution it is drawn from. */
export function simulatedInputs(ctx: ReportContext, uncertainty: UncertaintyAnalysis): string[] {
    const r = ctx.s.risks;
    if (uncertainty.inputs.length === 0) {
        return [];
    }
    const lambda = figure(String(uncertainty.pertLambda));
    const rows: Markdown[][] = uncertainty.inputs.map(input => [
        inputName(ctx, input.subject, input.measure),
        inputValue(ctx, input.measure, input.low),
        inputValue(ctx, input.measure, input.likely),
        inputValue(ctx, input.measure, input.high),
        md(input.low.equals(input.high) ? r.constant : r.pert(lambda))
    ]);
    return [
        `### ${r.inputsHeading}`,
        r.inputsIntro(figure(uncertainty.trials.toLocaleString('en')), figure(String(uncertainty.seed)), lambda),
        table([md(r.input), md(r.low), md(r.likely), md(r.high), md(r.distribution)], rows, ['left', 'right', 'right', 'right', 'left'])
    ];
}
