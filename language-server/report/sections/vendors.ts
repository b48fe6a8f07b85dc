import type { OptionEvaluation, RequirementEvaluation } from '../../evaluation/evaluation-types.js';
import type { ReportContext } from '../context.js';
import { BLANK, bold, md, table, type Align, type Markdown } from '../markdown.js';
import { TableSources } from '../sources.js';

/**
 * 3. Vendor comparison: the weighted matrix (each criterion's weight and each
 * option's score), how well each vendor covers each requirement, and each
 * option's financials.
 */
export function vendorsSection(ctx: ReportContext): string[] {
    const { s, evaluation } = ctx;
    const options = evaluation.options;
    const blocks = [`## ${s.headings.vendors}`];
    if (options.length === 0) {
        blocks.push(s.vendors.noOptions);
        return blocks;
    }
    const right = (n: number): Align[] => Array.from({ length: n }, () => 'right');

    blocks.push(`### ${s.headings.matrix}`);
    if (evaluation.criteria.length === 0) {
        blocks.push(s.vendors.noCriteria);
    } else {
        const v = s.vendors;
        const sources = new TableSources(ctx);
        const rows: Markdown[][] = evaluation.criteria.map(criterion => [
            ctx.title('criterion', criterion.id),
            ctx.share(criterion.weightPercent),
            md(v.measures[criterion.measure ?? 'score']),
            ...options.map(option => {
                const score = option.criteria.find(c => c.criterion === criterion.id);
                if (score === undefined) {
                    return md('');
                }
                const shown = ctx.score(score.score);
                return score.missing ? md(v.missingScore(shown)) : sources.mark(shown, score.source);
            })
        ]);
        rows.push([bold(md(s.metrics.matrixScore)), BLANK, BLANK, ...options.map(o => bold(ctx.score(o.matrixScore)))]);
        rows.push([md(s.metrics.matrixRank), BLANK, BLANK, ...options.map(o => ctx.rankOf(o.matrixRank, options.length))]);
        blocks.push(table([md(v.criterion), md(v.weight), md(v.scoredBy), ...options.map(o => ctx.optionHeader(o))], rows,
            ['left', 'right', 'left', ...right(options.length)]));
        blocks.push(...sources.blocks());
    }

    const coverage = coverageTable(ctx);
    if (coverage) {
        blocks.push(`### ${s.headings.coverage}`, s.vendors.coverageIntro, ...coverage);
    }

    blocks.push(`### ${s.headings.financials}`);
    const m = s.metrics;
    const row = (label: string, cell: (option: OptionEvaluation) => Markdown): Markdown[] => [md(label), ...options.map(cell)];
    blocks.push(table([md(m.figure), ...options.map(o => ctx.optionHeader(o))], [
        row(m.tco, o => ctx.money(o.tco)),
        row(m.totalBenefit, o => ctx.money(o.totalBenefit)),
        row(m.roi, o => ctx.roi(o)),
        row(m.npvAt(ctx.share(evaluation.plan.discountRatePercent)), o => ctx.npv(o)),
        row(m.pvRoi, o => ctx.percent(o.pvRoiPercent)),
        row(m.payback, o => ctx.payback(o)),
        row(m.irr, o => ctx.irr(o)),
        row(m.npvRank, o => ctx.rankOf(o.npvRank, options.length))
    ], ['left', ...right(options.length)]));
    return blocks;
}

/**
 * Requirements in rank order against vendors in plan order: each vendor's `covers` share; then the sources
 * of the shares. A vendor whose editions cover differently (an edition with `covers` of its own) gets a
 * column per option.
 */
function coverageTable(ctx: ReportContext): string[] | undefined {
    const { plan, evaluation, s } = ctx;
    if (plan.vendors.length === 0 || evaluation.requirements.length === 0) {
        return undefined;
    }
    const byId = new Map(evaluation.requirements.map(r => [r.id, r]));
    const ranked = evaluation.ranking.map(id => byId.get(id)).filter((r): r is RequirementEvaluation => r !== undefined);
    const columns = plan.vendors.flatMap(vendor => {
        const differ = evaluation.requirements.some(r => r.coveredBy.some(c => c.vendor === vendor.id && c.editions));
        const options = differ ? evaluation.options.filter(o => o.vendor === vendor.id) : [];
        return options.length > 0
            ? options.map(option => ({ vendor: vendor.id, edition: option.edition, header: ctx.optionName(option) }))
            : [{ vendor: vendor.id, edition: undefined as string | undefined, header: ctx.title('vendor', vendor.id) }];
    });
    const sources = new TableSources(ctx);
    const shares = table(
        [md(s.needs.requirement), md(s.needs.moscow), ...columns.map(column => column.header)],
        ranked.map(r => [
            ctx.title('requirement', r.id),
            md(s.needs.moscowNames[r.moscow]),
            ...columns.map(column => {
                const covered = r.coveredBy.find(c => c.vendor === column.vendor);
                const own = covered?.editions?.find(e => e.edition === column.edition);
                const share = own?.sharePercent ?? covered?.sharePercent;
                return share && share.greaterThan(0)
                    ? sources.mark(ctx.share(share), own ? own.source : covered?.source)
                    : md(s.vendors.notCovered);
            })
        ]),
        ['left', 'left', ...columns.map((): Align => 'right')]
    );
    return [shares, ...sources.blocks()];
}
