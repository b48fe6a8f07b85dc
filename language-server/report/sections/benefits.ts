import type { BenefitBreakdown, BenefitSchedule } from '../../evaluation/evaluation-types.js';
import type { BenefitKind, Benefit } from '../../model/plan.js';
import type { ReportContext } from '../context.js';
import { BLANK, bold, join, md, table, type Align, type Markdown } from '../markdown.js';
import { TableSources } from '../sources.js';
import { describeLine } from './lines.js';

const KINDS: readonly BenefitKind[] = ['revenue', 'savings', 'efficiency', 'satisfaction'];

/**
 * 5. Benefits: each benefit with the requirements that deliver it, go-live,
 * ramp and amount, its full value, and what each option earns of it after
 * the vendor's coverage.
 */
export function benefitsSection(ctx: ReportContext): string[] {
    const { s, evaluation, plan } = ctx;
    const b = s.benefits;
    const options = evaluation.options;
    const blocks = [`## ${s.headings.benefits}`];
    if (evaluation.benefits.length === 0) {
        blocks.push(b.noBenefits);
        return blocks;
    }
    blocks.push(b.intro);
    const declared = new Map<string, Benefit>(plan.benefits.map(benefit => [benefit.id, benefit]));
    const sources = new TableSources(ctx);
    const rows: Markdown[][] = evaluation.benefits.map(schedule => {
        const earned = options.map(o => o.benefits.find(e => e.id === schedule.id));
        const first = earned.find((e): e is BenefitBreakdown => e !== undefined);
        return [
            ctx.title('benefit', schedule.id),
            md(b.kinds[schedule.kind]),
            schedule.from.length === 0 ? md(b.liveFromStart) : ctx.titleList('requirement', schedule.from),
            schedule.notInImplementation ? md(b.notInImplementation) : ctx.month(schedule.goLiveMonth),
            schedule.rampMonths === undefined ? md('') : ctx.months(schedule.rampMonths),
            amount(ctx, schedule, first, declared.get(schedule.id), sources),
            first && schedule.quantified ? ctx.money(first.grossTotal) : md(''),
            ...earned.map(e => (e && schedule.quantified ? md(`${ctx.percent(e.coverageSharePercent.toNumber())} → ${ctx.money(e.total)}`) : md('')))
        ];
    });
    const blank = (n: number) => Array.from({ length: n }, () => BLANK);
    const kinds = KINDS.filter(kind => evaluation.benefits.some(benefit => benefit.kind === kind));
    if (options.length > 0) {
        if (kinds.length > 1) {
            rows.push(...kinds.map(kind => [md(b.kindTotals[kind]), ...blank(6), ...options.map(o => ctx.money(o.benefitTotalsByKind[kind]))]));
        }
        rows.push([bold(md(s.metrics.totalBenefit)), ...blank(6), ...options.map(o => bold(ctx.money(o.totalBenefit)))]);
    }
    blocks.push(table(
        [md(b.benefit), md(b.kind), md(b.from), md(b.goLive), md(b.ramp), md(b.amount), md(b.fullValue), ...options.map(o => ctx.optionHeader(o))],
        rows,
        ['left', 'left', 'left', 'left', 'right', 'left', 'right', ...options.map((): Align => 'right')]
    ));
    blocks.push(...sources.blocks());
    return blocks;
}

/** The benefit's amount lines as written (any option's breakdown describes them the same way before coverage). */
function amount(ctx: ReportContext, schedule: BenefitSchedule, breakdown: BenefitBreakdown | undefined, benefit: Benefit | undefined,
    sources: TableSources): Markdown {
    if (!schedule.quantified || (benefit !== undefined && benefit.lines.length === 0)) {
        return md(ctx.s.benefits.notQuantified);
    }
    return breakdown === undefined ? md('') : join(breakdown.lines.map(line => sources.mark(describeLine(ctx, line, false), line.source)), ctx.s.lineSeparator);
}
