import type { GuardrailResult } from '../../evaluation/guardrails/index.js';
import { figureText, figureValueText, ruleText, statusText } from '../../display/guardrail-text.js';
import { guardrailStrings } from '../../display/guardrail-strings.js';
import type { ReportContext } from '../context.js';
import { figure, md, table, text } from '../markdown.js';

/**
 * Guardrails, right after the summary: each rule, its reason, the figure
 * (or why there is none) and whether it holds. Nothing for a plan without
 * rules.
 */
export function guardrailsSection(ctx: ReportContext, results: readonly GuardrailResult[]): string[] {
    if (results.length === 0) {
        return [];
    }
    const strings = guardrailStrings(ctx.locale);
    const currency = ctx.evaluation.plan.currency;
    const blocks = [`### ${strings.heading}`];
    if (ctx.focus) {
        blocks.push(strings.reportIntro(ctx.optionName(ctx.focus)));
    }
    blocks.push(table(
        [md(strings.tableRule), md(strings.tableReason), md(strings.tableFigure), md(strings.tableStatus)],
        results.map(result => [
            text(ruleText(result, currency, ctx.locale)),
            text(result.rule.reason ?? strings.none),
            'value' in result.figure ? figure(figureValueText(result, currency, ctx.locale)) : text(figureText(result, currency, ctx.locale)),
            text(statusText(result, ctx.locale))
        ]),
        ['left', 'left', 'right', 'left']
    ));
    return blocks;
}
