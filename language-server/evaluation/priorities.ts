/**
 * Requirement value, ranking and the capacity walk. They inform the report;
 * the money follows the phases, not this.
 */
import type { Decimal } from 'decimal.js';
import type { Goal, Moscow, Requirement } from '../model/plan.js';
import { compareText } from './currency.js';
import { dec, HUNDRED, sum, ZERO } from './decimal.js';
import type { CapacityExclusion, CapacitySummary, RequirementPriority, ValueTerm } from './evaluation-types.js';
import { EvaluationError } from './evaluation-error.js';

const MOSCOW_ORDER: Readonly<Record<Moscow, number>> = { must: 0, should: 1, could: 2, wont: 3 };

/** A requirement's place in the priorities. */
export interface Priorities {
    /** In plan order. */
    readonly requirements: readonly RequirementPriority[];
    /** Ids, best first. */
    readonly ranking: readonly string[];
    readonly capacity: CapacitySummary;
}

/** Value = Σ goal weight / 100 × impact, with each term kept for explanations. */
export function requirementValue(requirement: Requirement, goals: readonly Goal[]): { value: Decimal; terms: ValueTerm[] } {
    const terms = requirement.impacts.map(impact => {
        const goal = goals.find(g => g.id === impact.goal);
        if (!goal) {
            throw new EvaluationError('unknown-name', `Unknown goal ${impact.goal} in requirement ${requirement.id}.`);
        }
        const { weightPercent, weight } = goalWeight(goal);
        const score = dec(impact.score);
        return { goal: goal.id, goalTitle: goal.title, weightPercent, impact: score, product: weight.times(score) };
    });
    return { value: sum(terms.map(t => t.product)), terms };
}

const goalWeights = new WeakMap<Goal, { weightPercent: Decimal; weight: Decimal }>();

/** A goal's weight in percent and as a fraction, once per goal: a division per impact adds up over thousands of requirements. */
function goalWeight(goal: Goal): { weightPercent: Decimal; weight: Decimal } {
    let weights = goalWeights.get(goal);
    if (!weights) {
        const weightPercent = dec(goal.weightPercent);
        weights = { weightPercent, weight: weightPercent.div(HUNDRED) };
        goalWeights.set(goal, weights);
    }
    return weights;
}

interface Scored {
    readonly requirement: Requirement;
    readonly value: Decimal;
    readonly terms: ValueTerm[];
    readonly effort: Decimal;
    readonly valuePerPersonWeek: Decimal | null;
    /** The same as doubles, to order most pairs without comparing decimals (see `compareDecimals`). */
    readonly valueNumber: number;
    readonly efficiencyNumber: number;
}

/**
 * Orders two decimals through their doubles first: converting to a double
 * never reverses an order (it may only make two values equal), so unequal
 * doubles decide, and equal ones fall back to the exact comparison.
 */
function compareDecimals(a: Decimal, aNumber: number, b: Decimal, bNumber: number): number {
    return aNumber < bNumber ? -1 : aNumber > bNumber ? 1 : a.comparedTo(b);
}

/**
 * Ranking order: MoSCoW class (must, should, could, wont), then value, then
 * value per person-week (highest first), then smaller effort, then name.
 * A requirement with value but no effort counts as infinitely efficient.
 */
function compareRequirements(a: Scored, b: Scored): number {
    return MOSCOW_ORDER[a.requirement.moscow] - MOSCOW_ORDER[b.requirement.moscow]
        || compareDecimals(b.value, b.valueNumber, a.value, a.valueNumber)
        || compareEfficiency(b, a)
        || a.effort.comparedTo(b.effort)
        || compareText(a.requirement.id, b.requirement.id);
}

function compareEfficiency(a: Scored, b: Scored): number {
    const infinite = (s: Scored): boolean => s.valuePerPersonWeek === null && s.value.greaterThan(0);
    if (infinite(a) || infinite(b)) {
        return Number(infinite(a)) - Number(infinite(b));
    }
    return compareDecimals(a.valuePerPersonWeek ?? ZERO, a.efficiencyNumber, b.valuePerPersonWeek ?? ZERO, b.efficiencyNumber);
}

/**
 * Values, ranking and the capacity walk. Walking the ranking: a `wont` is
 * never kept; a requirement whose `needs` were not kept by the time it is
 * reached is not kept (a need ranked later has not been kept yet, so it counts
 * as not kept; the validator warns when a requirement needs a lower class);
 * a `must` is always kept, even over capacity; any other is kept when it
 * still fits, and skipped, not stopping the walk, when it does not.
 */
export function prioritise(requirements: readonly Requirement[], goals: readonly Goal[], capacity: Decimal | undefined): Priorities {
    const scored: Scored[] = requirements.map(requirement => {
        const { value, terms } = requirementValue(requirement, goals);
        const effort = requirement.effortPersonWeeks ? dec(requirement.effortPersonWeeks.likely) : ZERO;
        const valuePerPersonWeek = effort.greaterThan(0) ? value.div(effort) : null;
        return {
            requirement, value, terms, effort, valuePerPersonWeek,
            valueNumber: value.toNumber(),
            efficiencyNumber: valuePerPersonWeek?.toNumber() ?? 0
        };
    });
    const ranked = [...scored].sort(compareRequirements);

    const kept = new Set<string>();
    let used = ZERO;
    const decisions = new Map<string, { rank: number; exclusion?: CapacityExclusion; needsNotKept: string[]; usedBefore: Decimal }>();
    ranked.forEach((s, index) => {
        const needsNotKept = s.requirement.needs.filter(id => !kept.has(id));
        const usedBefore = used;
        let exclusion: CapacityExclusion | undefined;
        if (s.requirement.moscow === 'wont') {
            exclusion = 'wont';
        } else if (s.requirement.moscow !== 'must' && needsNotKept.length > 0) {
            exclusion = 'needs';
        } else if (s.requirement.moscow !== 'must' && capacity !== undefined && used.plus(s.effort).greaterThan(capacity)) {
            exclusion = 'capacity';
        }
        if (exclusion === undefined) {
            kept.add(s.requirement.id);
            used = used.plus(s.effort);
        }
        decisions.set(s.requirement.id, { rank: index + 1, ...(exclusion ? { exclusion } : {}), needsNotKept, usedBefore });
    });

    const mustEffort = sum(scored.filter(s => s.requirement.moscow === 'must').map(s => s.effort));
    return {
        requirements: scored.map(s => {
            const decision = decisions.get(s.requirement.id)!;
            return {
                id: s.requirement.id,
                value: s.value,
                valueTerms: s.terms,
                ...(s.requirement.effortPersonWeeks ? { effortPersonWeeks: s.effort } : {}),
                valuePerPersonWeek: s.valuePerPersonWeek,
                rank: decision.rank,
                rankOf: ranked.length,
                withinCapacity: decision.exclusion === undefined,
                ...(decision.exclusion ? { exclusion: decision.exclusion } : {}),
                needsNotKept: decision.needsNotKept,
                capacityUsedBefore: decision.usedBefore
            };
        }),
        ranking: ranked.map(s => s.requirement.id),
        capacity: {
            ...(capacity !== undefined ? { capacityPersonWeeks: capacity } : {}),
            used,
            mustEffort,
            mustsExceedCapacity: capacity !== undefined && mustEffort.greaterThan(capacity),
            kept: ranked.filter(s => kept.has(s.requirement.id)).map(s => s.requirement.id),
            notKept: ranked.filter(s => !kept.has(s.requirement.id)).map(s => s.requirement.id)
        }
    };
}
