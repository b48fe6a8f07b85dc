import { moneyString } from '../../evaluation/decimal.js';
import type { Evaluation, ScenarioEvaluation, UncertaintyAnalysis } from '../../evaluation/evaluation-types.js';
import { glossary } from '../../i18n/glossary.js';
import { overrideText } from '../../display/scenario-override.js';
import type { ReportContext } from '../context.js';
import { figure, md, table, text, type Align, type Markdown } from '../markdown.js';
import { xyChart } from '../mermaid.js';
import { inputName, inputPlainName, inputValue } from '../input-text.js';
import { riskParagraph, simulatedInputs } from './risks.js';

/** How many tornado bars the chart shows; the table lists them all. */
const CHART_BARS = 10;

/**
 * Uncertainty and scenarios (only for plans with ranges or scenarios): the
 * P10–P90 band of each option's NPV with the probabilities of a loss and of
 * leading, the tornado of the chosen (else recommended) option as a table
 * and a Mermaid chart, and each scenario's figures beside the base case.
 */
export function uncertaintySection(ctx: ReportContext, uncertainty: UncertaintyAnalysis | undefined, scenarios: readonly ScenarioEvaluation[]): string[] {
    if (!uncertainty && scenarios.length === 0) {
        return [];
    }
    const { s, evaluation, focus } = ctx;
    const u = s.uncertainty;
    const blocks = [`## ${u.heading}`];
    if (uncertainty && uncertainty.options.length > 0) {
        blocks.push(u.intro(figure(uncertainty.trials.toLocaleString('en')), figure(String(uncertainty.seed))));
        const money = (value: number | null) => (value === null ? md(s.values.na) : ctx.money(value));
        const probability = (value: number) => ctx.percent(value * 100);
        blocks.push(table(
            [md(u.option), md(u.p10), md(u.p50), md(u.p90), md(u.probabilityNegative), md(u.probabilityBest)],
            uncertainty.options.map(option => {
                const evaluated = ctx.optionById(option.optionId);
                return [evaluated ? ctx.optionName(evaluated) : text(option.optionId), money(option.npv.p10), money(option.npv.p50),
                    money(option.npv.p90), probability(option.probabilityNpvNegative), probability(option.probabilityBest)];
            }),
            ['left', 'right', 'right', 'right', 'right', 'right']
        ));
        const shown = focus ?? evaluation.options[0];
        const result = uncertainty.options.find(option => option.optionId === shown?.id);
        const rows = result?.sensitivity ?? [];
        if (shown && result) {
            blocks.push(riskParagraph(ctx, shown, uncertainty, result));
        }
        if (shown && rows.length > 0) {
            blocks.push(u.tornadoIntro(ctx.optionName(shown)));
            blocks.push(table(
                [md(u.input), md(u.low), md(u.high), md(u.npvAtLow), md(u.npvAtHigh), md(u.swing), md(u.breakEven)],
                rows.map(row => [inputName(ctx, row.subject, row.measure), inputValue(ctx, row.measure, row.low), inputValue(ctx, row.measure, row.high),
                    money(row.npvAtLow), money(row.npvAtHigh), ctx.money(row.swing),
                    row.breakEven === null ? md(u.noBreakEven) : inputValue(ctx, row.measure, row.breakEven)]),
                ['left', 'right', 'right', 'right', 'right', 'right', 'right']
            ));
            const bars = rows.slice(0, CHART_BARS);
            blocks.push(xyChart({
                title: u.chartTitle(ctx.optionPlainName(shown)),
                xLabels: bars.map(row => inputPlainName(ctx, row.subject, row.measure)),
                yTitle: ctx.currency,
                bars: bars.map(row => moneyString(row.swing))
            }));
        }
        blocks.push(...simulatedInputs(ctx, uncertainty));
    }
    if (scenarios.length > 0) {
        blocks.push(`### ${u.scenariosHeading}`, u.scenariosIntro);
        const options = evaluation.options;
        const cases: { title: Markdown; evaluation?: Evaluation; error?: ScenarioEvaluation['error'] }[] = [{ title: md(u.baseCase), evaluation }, ...scenarios.map(sc => ({
            title: text(sc.title !== sc.id ? `${sc.id}: ${sc.title}` : sc.id),
            evaluation: sc.evaluation,
            error: sc.error
        }))];
        blocks.push(table(
            [md(u.scenario), ...options.map(option => md(`${ctx.optionHeader(option)} ${s.metrics.npv}`))],
            cases.map(c => [c.title, ...options.map(option => {
                if (!c.evaluation) {
                    return md(c.error?.code === 'overflow' ? u.scenarioOverflow : s.values.na);
                }
                const found = c.evaluation.options.find(o => o.id === option.id);
                return found ? ctx.npv(found) : md(s.values.na);
            })]),
            ['left', ...options.map((): Align => 'right')]
        ));
        blocks.push(...scenarioDetail(ctx, cases));
    }
    return blocks;
}

/**
 * The option the report leads with, in the base case and in each scenario:
 * what each scenario overrides, and its TCO, total benefit, ROI, NPV and
 * payback beside the base case's.
 */
function scenarioDetail(ctx: ReportContext, cases: readonly { title: Markdown; evaluation?: Evaluation; error?: ScenarioEvaluation['error'] }[]): string[] {
    const { s, focus } = ctx;
    if (!focus) {
        return [];
    }
    const u = s.uncertainty;
    const w = glossary(ctx.locale).diff.describe;
    const overrides = (index: number): Markdown => {
        const scenario = index === 0 ? undefined : ctx.plan.scenarios?.[index - 1];
        return text((scenario?.overrides ?? []).map(o => overrideText(o, w, value => value.toFixed())).join(w.listSeparator));
    };
    const m = s.metrics;
    const rows = cases.map((c, index) => {
        const option = c.evaluation?.options.find(o => o.id === focus.id);
        if (!option) {
            const missing = md(c.error?.code === 'overflow' ? u.scenarioOverflow : s.values.na);
            return [c.title, overrides(index), missing, missing, missing, missing, missing];
        }
        return [c.title, overrides(index), ctx.money(option.tco), ctx.money(option.totalBenefit), ctx.roi(option), ctx.npv(option), ctx.payback(option)];
    });
    return [
        u.scenarioDetailIntro(ctx.optionName(focus)),
        table([md(u.scenario), md(u.overrides), md(m.tco), md(m.totalBenefit), md(m.roi), md(m.npv), md(m.payback)], rows,
            ['left', 'left', 'right', 'right', 'right', 'right', 'right'])
    ];
}
