import type { Decimal } from 'decimal.js';
import { formatSignedMoney } from '../../display/numbers.js';
import { moneyString, type Monitoring, type OptionEvaluation, type OptionMetrics } from '../../evaluation/index.js';
import type { ReportContext } from '../context.js';
import { md, table, type Align, type Markdown } from '../markdown.js';
import { xyChart } from '../mermaid.js';

/**
 * 8. Monitoring, once the plan records actuals: the chosen option's plan
 * against them as of the last month recorded. To date, the whole horizon
 * (plan, forecast, trend), each line, each KPI against its path, adoption,
 * and a chart of cumulative net cash flow. Every figure comes from the
 * evaluation's `monitoring`.
 */
export function planVsActual(ctx: ReportContext, monitoring: Monitoring): string[] {
    const m = ctx.s.monitoring;
    const option = ctx.evaluation.options.find(o => o.id === monitoring.optionId);
    if (!option) {
        return [];
    }
    const signed = (value: Decimal) => md(formatSignedMoney(value, ctx.currency, ctx.locale));
    // Signs as on the money beside it: a plus, or a minus sign rather than a hyphen.
    const signedPercent = (value: number | null) => (value === null ? md('') : md(`${value > 0 ? '+' : value < 0 ? '−' : ''}${ctx.percent(Math.abs(value))}`));
    const variance = (value: Decimal, percent: number | null) => (percent === null ? signed(value) : md(ctx.s.values.paren(signed(value), signedPercent(percent))));
    const t = monitoring.toDate;
    const blocks = [`### ${m.planVsActual(ctx.monthInText(monitoring.asOfMonth))}`, m.toDateIntro];
    blocks.push(table(
        [md(m.figure), md(m.planned), md(m.actual), md(m.variance)],
        [
            [md(m.cost), ctx.money(t.plannedCost), ctx.money(t.actualCost), variance(t.costVariance, t.costVariancePercent)],
            [md(m.benefit), ctx.money(t.plannedBenefit), ctx.money(t.actualBenefit), variance(t.benefitVariance, t.benefitVariancePercent)],
            [md(m.realisedNet), md(''), ctx.money(t.realisedNet), md('')],
            [md(m.realisedRoi), md(''), ctx.percent(t.realisedRoiPercent), md('')],
            [md(m.realisationRate), md(''), ctx.percent(t.realisationRatePercent), md('')]
        ],
        ['left', 'right', 'right', 'right']
    ));

    // The forecast and the trend are whole streams of the same option: shown as it is shown.
    const as = (metrics: OptionMetrics): OptionEvaluation => ({ ...option, ...metrics });
    const columns = [option, as(monitoring.forecast), as(monitoring.trend)];
    const v = ctx.s.metrics;
    blocks.push(m.projectionsIntro);
    blocks.push(table(
        [md(m.figure), md(m.plan), md(m.forecast), md(m.trend)],
        [
            [md(v.tco), ...columns.map(c => ctx.money(c.tco))],
            [md(v.totalBenefit), ...columns.map(c => ctx.money(c.totalBenefit))],
            [md(v.roi), ...columns.map(c => ctx.roi(c))],
            [md(v.npv), ...columns.map(c => ctx.npv(c))],
            [md(v.pvRoi), ...columns.map(c => ctx.percent(c.pvRoiPercent))],
            [md(v.payback), ...columns.map(c => ctx.payback(c))],
            [md(v.irr), ...columns.map(c => ctx.irr(c))]
        ],
        ['left', 'right', 'right', 'right']
    ));

    if (monitoring.lines.length > 0) {
        blocks.push(m.linesIntro);
        blocks.push(table(
            [md(m.line), md(m.planned), md(m.actual), md(m.variance)],
            monitoring.lines.map(line => [
                md(ctx.s.values.paren(line.kind === 'licence' ? ctx.optionName(option) : ctx.plainTitle(line.title, line.id), md(m.lineKinds[line.kind]))),
                ctx.money(line.planned), ctx.money(line.actual), variance(line.variance, line.variancePercent)
            ]),
            ['left', 'right', 'right', 'right']
        ));
    }

    if (monitoring.kpis.length > 0) {
        blocks.push(m.kpisIntro);
        const measure = (value: Decimal, unit: string | undefined): Markdown =>
            md(`${ctx.quantity(value)}${unit === '%' ? '%' : unit ? ` ${unit}` : ''}`);
        blocks.push(table(
            [md(m.kpi), md(m.baseline), md(m.latest), md(m.expectedNow), md(m.target), md(m.status)],
            monitoring.kpis.map(kpi => [
                ctx.plainTitle(kpi.title, kpi.id),
                measure(kpi.baseline, kpi.unit),
                kpi.latest ? md(ctx.s.values.paren(measure(kpi.latest.value, kpi.unit), ctx.month(kpi.latest.month))) : md(''),
                // The path's value is exact; two places are what a reader compares.
                measure(kpi.expected.toDecimalPlaces(2), kpi.unit),
                measure(kpi.target, kpi.unit),
                md(m.statuses[kpi.status])
            ]),
            ['left', 'right', 'right', 'right', 'right', 'left']
        ));
    }

    const adoption = monitoring.adoption;
    if (adoption.departments.length > 0) {
        blocks.push(m.adoptionIntro);
        const rows = adoption.departments.map(d => [ctx.plainTitle(d.title, d.department), ctx.quantity(d.active), ctx.quantity(d.declared), ctx.percent(d.percent)]);
        if (adoption.overall) {
            rows.push([md(m.overall), ctx.quantity(adoption.overall.active), ctx.quantity(adoption.overall.declared), ctx.percent(adoption.overall.percent)]);
        }
        blocks.push(table([md(m.department), md(m.activeUsers), md(m.declaredUsers), md(m.share)], rows, ['left', 'right', 'right', 'right'] satisfies Align[]));
    }

    blocks.push(m.chartIntro);
    blocks.push(xyChart({
        title: m.chartTitle(ctx.optionPlainName(option)),
        xLabels: option.timeline.map(month => month.label),
        yTitle: ctx.currency,
        bars: option.timeline.map(month => moneyString(month.cumulative)),
        line: monitoring.forecast.timeline.map(month => moneyString(month.cumulative))
    }));
    return blocks;
}
