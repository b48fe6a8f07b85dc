import type { PhaseSchedule } from '../../evaluation/evaluation-types.js';
import type { ReportContext } from '../context.js';
import { md, table, text } from '../markdown.js';
import { gantt, type GanttSection, type GanttTask } from '../mermaid.js';

/**
 * 7. Implementation timeline: the phases with owner, months and what they
 * deliver, and a Mermaid gantt chart of them, one section per owner.
 */
export function timelineSection(ctx: ReportContext): string[] {
    const { s, evaluation } = ctx;
    const t = s.timeline;
    const blocks = [`## ${s.headings.timeline}`];
    const phases = evaluation.phases;
    if (phases.length === 0) {
        blocks.push(t.noPhases);
        return blocks;
    }
    blocks.push(table(
        [md(t.number), md(t.phase), md(t.owner), md(t.start), md(t.end), md(t.duration), md(t.delivers), md(t.live)],
        phases.map((phase, index) => [
            md(String(index + 1)),
            ctx.title('phase', phase.id),
            phase.owner !== undefined && phase.owner.trim().length > 0 ? text(phase.owner) : md(t.noOwner),
            ctx.month(phase.startMonth),
            ctx.month(phase.endMonth),
            ctx.months(phase.durationMonths),
            ctx.titleList('requirement', phase.delivers),
            phase.delivers.length > 0 ? ctx.month(phase.liveMonth) : md('')
        ]),
        ['right']
    ));
    blocks.push(t.ganttIntro);
    blocks.push(gantt(t.ganttTitle, ganttSections(ctx, phases)));
    const undelivered = evaluation.requirements.filter(r => !r.inImplementation);
    if (undelivered.length > 0) {
        blocks.push(t.notDelivered(ctx.titleList('requirement', undelivered.map(r => r.id))));
    }
    return blocks;
}

/** Phases grouped by owner, owners in order of first appearance, phases in plan order (numbered as in the table). */
function ganttSections(ctx: ReportContext, phases: readonly PhaseSchedule[]): GanttSection[] {
    const sections = new Map<string, { label: string; tasks: GanttTask[] }>();
    phases.forEach((phase, index) => {
        const owner = phase.owner?.trim() ? phase.owner : ctx.s.timeline.noOwner;
        let section = sections.get(owner);
        if (!section) {
            section = { label: owner, tasks: [] };
            sections.set(owner, section);
        }
        section.tasks.push({ number: index + 1, label: phase.title.trim() || phase.id, start: phase.startLabel, durationMonths: phase.durationMonths });
    });
    return [...sections.values()];
}
