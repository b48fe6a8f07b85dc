import type { Measure } from '../../model/plan.js';
import type { ReportContext } from '../context.js';
import { join, md, table, text, type Markdown } from '../markdown.js';
import { planVsActual } from './plan-vs-actual.js';

/** 8. Monitoring: each KPI with its baseline, target and date, and the benefits it tracks; then, with actuals, plan vs actual. */
export function monitoringSection(ctx: ReportContext): string[] {
    const { s, plan, evaluation } = ctx;
    const m = s.monitoring;
    const blocks = [`## ${s.headings.monitoring}`];
    // After go-live, the plan against what its actuals record comes after the KPIs' definitions.
    const actuals = evaluation.monitoring ? planVsActual(ctx, evaluation.monitoring) : [];
    if (plan.kpis.length === 0) {
        blocks.push(m.noKpis, ...actuals);
        return blocks;
    }
    const benefits = new Map(evaluation.benefits.map(b => [b.id, b]));
    blocks.push(m.intro);
    blocks.push(table(
        [md(m.kpi), md(m.tracks), md(m.baseline), md(m.target), md(m.by)],
        plan.kpis.map(kpi => [
            ctx.plainTitle(kpi.title, kpi.id),
            ctx.list(kpi.tracks.map(id => {
                const benefit = benefits.get(id);
                const title = ctx.title('benefit', id);
                if (!benefit) {
                    return title;
                }
                return md(benefit.notInImplementation ? m.trackedOutside(title) : m.tracked(title, ctx.month(benefit.goLiveMonth)));
            })),
            measure(ctx, kpi.baseline),
            measure(ctx, kpi.target),
            kpi.targetBy === undefined ? md('') : ctx.month(kpi.targetBy)
        ]),
        ['left', 'left', 'right', 'right', 'left']
    ));
    blocks.push(...actuals);
    return blocks;
}

/** `18%`, `1.5 days`, `52,000 users`. */
function measure(ctx: ReportContext, value: Measure | undefined): Markdown {
    if (value === undefined) {
        return md('');
    }
    const number = ctx.quantity(value.value);
    if (value.unit === undefined) {
        return number;
    }
    return value.unit === '%' ? md(`${number}%`) : join([number, text(value.unit)], ' ');
}
