import type { ReportContext } from '../context.js';
import { md, table } from '../markdown.js';

/**
 * Appendix: the chosen (else recommended) option month by month, with the
 * discount factor and the present value the evaluation used, so that anyone
 * can re-derive the NPV with a calculator: Σ net × discount factor (the net
 * shown with every decimal it has, so no rounding drifts the sum).
 */
export function appendixSection(ctx: ReportContext): string[] {
    const { s, focus } = ctx;
    if (!focus) {
        return [];
    }
    const a = s.appendix;
    // Twelve places: net × factor, summed, gives the NPV to the cent.
    const factor = (value: number | null) => md(value === null ? '–' : value.toFixed(12));
    const rows = focus.timeline.map(month => [
        ctx.month(month.month), ctx.money(month.cost), ctx.money(month.benefit), ctx.exactMoney(month.net), ctx.money(month.cumulative),
        factor(month.discountFactor), month.presentValue === null ? md('–') : ctx.money(month.presentValue)
    ]);
    rows.push([md(a.total), ctx.money(focus.tco), ctx.money(focus.totalBenefit), ctx.money(focus.netBenefit), md(''), md(''), ctx.npv(focus)]);
    return [
        `## ${a.heading}`,
        a.intro(ctx.optionName(focus), ctx.share(ctx.evaluation.plan.discountRatePercent)),
        table([md(a.month), md(a.cost), md(a.benefit), md(a.net), md(a.cumulative), md(a.discountFactor), md(a.presentValue)], rows,
            ['left', 'right', 'right', 'right', 'right', 'right', 'right'])
    ];
}
