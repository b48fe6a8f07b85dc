import type { RequirementEvaluation } from '../../evaluation/evaluation-types.js';
import type { ReportContext } from '../context.js';
import { md, table, text, type Markdown } from '../markdown.js';

/**
 * 2. Needs and priorities: the goals, the ranked requirements with who asked
 * and on what evidence, and how much of the capacity they use.
 */
export function needsSection(ctx: ReportContext): string[] {
    const { s, plan, evaluation } = ctx;
    const n = s.needs;
    const blocks = [`## ${s.headings.needs}`];
    blocks.push(plan.goals.length === 0
        ? n.noGoals
        : n.goals(ctx.list(plan.goals.map(goal => md(s.values.paren(ctx.title('goal', goal.id), ctx.share(goal.weightPercent)))))));
    const byId = new Map(evaluation.requirements.map(r => [r.id, r]));
    const ranked = evaluation.ranking.map(id => byId.get(id)).filter((r): r is RequirementEvaluation => r !== undefined);
    if (ranked.length === 0) {
        blocks.push(n.noRequirements);
        return blocks;
    }
    blocks.push(n.rankRule);
    const declared = new Map(plan.requirements.map(r => [r.id, r]));
    blocks.push(table(
        [md(n.rank), md(n.requirement), md(n.moscow), md(n.value), md(n.effort), md(n.askedBy), md(n.evidence), md(n.withinCapacity)],
        ranked.map(r => {
            const source = declared.get(r.id);
            return [
                md(String(r.rank)),
                requirementCell(ctx, r),
                md(n.moscowNames[r.moscow]),
                ctx.score(r.value),
                r.effortPersonWeeks === undefined ? md('') : ctx.personWeeks(r.effortPersonWeeks),
                ctx.titleList('department', source?.askedBy ?? []),
                ctx.list((source?.evidence ?? []).map(kind => n.evidenceNames[kind] !== undefined ? md(n.evidenceNames[kind]) : text(kind))),
                withinCapacity(ctx, r)
            ];
        }),
        ['right', 'left', 'left', 'right', 'right']
    ));
    const capacity = evaluation.capacity;
    const used = ctx.quantity(capacity.used);
    const kept = capacity.kept.length;
    const lines = [capacity.capacityPersonWeeks === undefined
        ? n.noCapacity(used, kept, ranked.length)
        : n.capacity(used, ctx.quantity(capacity.capacityPersonWeeks), kept, ranked.length)];
    if (capacity.mustsExceedCapacity && capacity.capacityPersonWeeks !== undefined) {
        lines.push(n.mustsOver(ctx.quantity(capacity.mustEffort), ctx.quantity(capacity.capacityPersonWeeks)));
    }
    blocks.push(lines.join(s.sentenceJoin));
    return blocks;
}

/** The title, and the name the plan file uses when it differs. */
function requirementCell(ctx: ReportContext, requirement: RequirementEvaluation): Markdown {
    const title = ctx.title('requirement', requirement.id);
    const name = text(requirement.id);
    return title === name ? title : md(ctx.s.values.paren(title, name));
}

function withinCapacity(ctx: ReportContext, requirement: RequirementEvaluation): Markdown {
    const n = ctx.s.needs;
    if (requirement.withinCapacity) {
        return md(ctx.s.values.yes);
    }
    if (requirement.exclusion === 'needs') {
        return md(n.needsNotKept(ctx.titleList('requirement', requirement.needsNotKept)));
    }
    return md(n.exclusions[requirement.exclusion ?? 'capacity']);
}
