import { moneyString } from '../../evaluation/decimal.js';
import type { OptionEvaluation } from '../../evaluation/evaluation-types.js';
import type { ReportContext } from '../context.js';
import { md, table, type Align, type Markdown } from '../markdown.js';
import { xyChart } from '../mermaid.js';
import { yearlyFlows } from '../yearly.js';

/**
 * 6. Cash flow: the chosen (else recommended) option year by year, a Mermaid
 * chart of its yearly and cumulative net cash flow, and every option's
 * cumulative net at each year end.
 */
export function cashFlowSection(ctx: ReportContext): string[] {
    const { s, evaluation, focus } = ctx;
    const cf = s.cashFlow;
    const blocks = [`## ${s.headings.cashFlow}`];
    const options = evaluation.options;
    if (options.length === 0) {
        blocks.push(cf.noOptions);
        return blocks;
    }
    const shown: OptionEvaluation = focus ?? options[0];
    const years = yearlyFlows(shown.timeline);
    const range = (first: number, last: number): Markdown => md(s.values.fromTo(ctx.month(first), ctx.month(last)));
    blocks.push(cf.intro(ctx.optionName(shown)));
    blocks.push(table(
        [md(cf.year), md(cf.months), md(cf.cost), md(cf.benefit), md(cf.net), md(cf.cumulative)],
        years.map(y => [md(cf.yearLabel(y.year)), range(y.firstMonth, y.lastMonth), ctx.money(y.cost), ctx.money(y.benefit), ctx.money(y.net), ctx.money(y.cumulative)]),
        ['left', 'left', 'right', 'right', 'right', 'right']
    ));
    if (years.length > 0) {
        blocks.push(cf.chartIntro);
        blocks.push(xyChart({
            title: cf.chartTitle(ctx.optionPlainName(shown)),
            xLabels: years.map(y => cf.yearLabel(y.year)),
            yTitle: ctx.currency,
            bars: years.map(y => moneyString(y.net)),
            line: years.map(y => moneyString(y.cumulative))
        }));
    }
    if (options.length > 1) {
        const perOption = options.map(o => yearlyFlows(o.timeline));
        blocks.push(`### ${s.headings.allOptions}`, cf.allOptionsIntro);
        blocks.push(table(
            [md(cf.year), md(cf.months), ...options.map(o => ctx.optionHeader(o))],
            years.map((y, i) => [md(cf.yearLabel(y.year)), range(y.firstMonth, y.lastMonth),
                ...perOption.map(flows => (flows[i] ? ctx.money(flows[i].cumulative) : md('')))]),
            ['left', 'left', ...options.map((): Align => 'right')]
        ));
    }
    return blocks;
}
