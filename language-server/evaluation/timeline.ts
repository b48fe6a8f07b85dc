/**
 * Phases on the month timeline, and when requirements and benefits go live.
 */
import type { Benefit, Phase, Requirement } from '../model/plan.js';
import { monthLabel } from '../model/months.js';
import type { BenefitSchedule, PhaseSchedule } from './evaluation-types.js';
import { EvaluationError } from './evaluation-error.js';

/**
 * Start and end month of every phase. A phase with `start` begins then; one
 * with `after` begins the month after the latest of those ends.
 * @throws EvaluationError for a loop, an unknown phase or a phase with neither.
 */
export function schedulePhases(phases: readonly Phase[], start: string): PhaseSchedule[] {
    const byId = new Map(phases.map(p => [p.id, p]));
    const starts = new Map<string, number>();
    const visiting = new Set<string>();

    const startOf = (phase: Phase): number => {
        const known = starts.get(phase.id);
        if (known !== undefined) {
            return known;
        }
        if (visiting.has(phase.id)) {
            throw new EvaluationError('phase-cycle', `Phase ${phase.id} comes after itself through "after".`);
        }
        visiting.add(phase.id);
        let month: number;
        if (phase.start !== undefined) {
            month = phase.start;
        } else if (phase.after.length > 0) {
            month = Math.max(...phase.after.map(id => endOf(lookup(byId, id, 'phase')))) + 1;
        } else {
            throw new EvaluationError('phase-without-start', `Phase ${phase.id} has neither "start" nor "after".`);
        }
        visiting.delete(phase.id);
        starts.set(phase.id, month);
        return month;
    };
    const endOf = (phase: Phase): number => startOf(phase) + phase.durationMonths - 1;

    return phases.map(phase => {
        const startMonth = startOf(phase);
        const endMonth = endOf(phase);
        return {
            id: phase.id,
            title: phase.title,
            ...(phase.owner !== undefined ? { owner: phase.owner } : {}),
            after: phase.after,
            startMonth,
            startLabel: monthLabel(start, startMonth),
            endMonth,
            endLabel: monthLabel(start, endMonth),
            durationMonths: phase.durationMonths,
            delivers: phase.delivers,
            liveMonth: endMonth + 1,
            liveLabel: monthLabel(start, endMonth + 1)
        };
    });
}

/** When a requirement goes live and which phase decides it. */
export interface RequirementLive {
    /** The horizon (never, within the timeline) when it is not part of this implementation. */
    readonly month: number;
    /** Undefined when no phase delivers it. */
    readonly phase?: PhaseSchedule;
    /** False in a plan with phases when no phase delivers it: it is not part of this implementation. */
    readonly inImplementation: boolean;
}

/**
 * Go-live of every requirement: the month after the first (earliest ending)
 * phase that delivers it ends; among phases ending together the first
 * declared wins. In a plan without phases every requirement is live from
 * month 0. In a plan with phases, one that no phase delivers is not part of
 * this implementation and never goes live within the timeline: counting it
 * from month 0 would overstate the case.
 */
export function requirementGoLive(requirements: readonly Requirement[], phases: readonly PhaseSchedule[], horizonMonths: number): Map<string, RequirementLive> {
    // One pass over the phases (not one per requirement): the earliest ending phase per requirement.
    const earliest = new Map<string, PhaseSchedule>();
    for (const phase of phases) {
        for (const id of phase.delivers) {
            const known = earliest.get(id);
            if (known === undefined || phase.endMonth < known.endMonth) {
                earliest.set(id, phase);
            }
        }
    }
    const notDelivered: RequirementLive = phases.length === 0
        ? { month: 0, inImplementation: true }
        : { month: horizonMonths, inImplementation: false };
    const live = new Map<string, RequirementLive>();
    for (const requirement of requirements) {
        const first = earliest.get(requirement.id);
        live.set(requirement.id, first ? { month: first.liveMonth, phase: first, inImplementation: true } : notDelivered);
    }
    return live;
}

/**
 * Go-live of each benefit: when the last of its `from` requirements is live
 * (0 without `from`). A benefit that needs a requirement outside this
 * implementation never goes live within the timeline and earns nothing.
 */
export function scheduleBenefits(benefits: readonly Benefit[], live: ReadonlyMap<string, RequirementLive>, start: string): BenefitSchedule[] {
    return benefits.map(benefit => {
        const goLiveMonth = benefit.from.length === 0
            ? 0
            : Math.max(...benefit.from.map(id => lookup(live, id, 'requirement').month));
        const outside = benefit.from.filter(id => !live.get(id)!.inImplementation);
        return {
            id: benefit.id,
            title: benefit.title,
            kind: benefit.kind,
            from: benefit.from,
            goLiveMonth,
            goLiveLabel: monthLabel(start, goLiveMonth),
            ...(outside.length > 0 ? { notInImplementation: outside } : {}),
            ...(benefit.rampMonths !== undefined ? { rampMonths: benefit.rampMonths } : {}),
            quantified: benefit.lines.length > 0
        };
    });
}

/** A declaration by name, or a clear error naming what is missing. */
export function lookup<T>(map: ReadonlyMap<string, T>, id: string, kind: string): T {
    const found = map.get(id);
    if (found === undefined) {
        throw new EvaluationError('unknown-name', `Unknown ${kind} ${id}.`);
    }
    return found;
}
