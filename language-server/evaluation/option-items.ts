/**
 * The cost and benefit items of an option, each with its monthly amounts and
 * how it was computed: plan and vendor costs, licences, internal effort and
 * benefits scaled by the vendor's coverage.
 */
import type { Decimal } from 'decimal.js';
import { coverageIndex } from './coverage.js';
import type { Benefit, BenefitKind, Cost, Edition, Licence, Plan, Vendor } from '../model/plan.js';
import { addInto, dec, HUNDRED, ONE, sum, ZERO, zeros } from './decimal.js';
import type { BenefitBreakdown, BenefitSchedule, CostItemBreakdown, CostTotals, PhaseSchedule, Recurrence, ValuedEstimates } from './evaluation-types.js';
import { type BenefitTiming, expandLicence, expandLine, spreadEvenly, type ScheduleContext } from './schedule.js';
import type { RequirementLive } from './timeline.js';

const BENEFIT_KINDS: readonly BenefitKind[] = ['revenue', 'savings', 'efficiency', 'satisfaction'];

/** An item before discounting: `evaluate` adds its present value with the plan's discount factors. */
export type Undiscounted<T extends { presentValue: number | null }> = Omit<T, 'presentValue'>;
type CostDraft = Undiscounted<CostItemBreakdown>;

/**
 * A licence as a cost item: `Vendor.Edition.licence` (`licence2`, ... for further lines).
 * Its `title` is an identifier-like fallback; views name a licence from its
 * breakdown's facts (edition, departments, months) with display/licence-names.ts.
 */
export function licenceCost(vendor: Vendor, edition: Edition, licence: Licence, index: number, ctx: ScheduleContext): CostDraft {
    const expanded = expandLicence(licence, vendor.id, edition.id, ctx, index);
    const suffix = index === 0 ? '' : String(index + 1);
    return {
        id: `${vendor.id}.${edition.id}.licence${suffix}`,
        title: `${edition.title} licence${suffix ? ` ${suffix}` : ''}`,
        source: 'licence',
        costClass: 'direct',
        recurrence: 'recurring',
        total: expanded.breakdown.total,
        monthly: expanded.monthly,
        lines: [],
        licence: expanded.breakdown
    };
}

/** A cost declaration expanded line by line. */
export function expandCost(cost: Cost, source: 'plan' | 'vendor', ctx: ScheduleContext): CostDraft {
    const lines = cost.lines.map(line => expandLine(line, ctx));
    const monthly = zeros(ctx.horizonMonths);
    lines.forEach(l => addInto(monthly, l.monthly));
    const kinds = new Set(cost.lines.map(l => l.schedule.kind));
    const recurrence: Recurrence = kinds.size > 1 ? 'mixed' : kinds.has('recurring') ? 'recurring' : 'one-off';
    return {
        id: cost.id,
        title: cost.title,
        source,
        costClass: cost.costClass,
        recurrence,
        total: sum(monthly),
        monthly,
        lines: lines.map(l => l.breakdown)
    };
}

/**
 * `internal rate`: each requirement's effort × rate, a direct one-off cost
 * spread evenly over the months of the phase that delivers it (the one that
 * sets its go-live). Effort of a requirement no phase delivers is costed at
 * month 0, where it goes live: the money does not depend on priorities, so
 * such work is assumed done at the start rather than silently dropped.
 */
export function effortCosts(plan: Plan, rate: Decimal, live: ReadonlyMap<string, RequirementLive>, ctx: ScheduleContext): CostDraft[] {
    return plan.requirements.flatMap(requirement => {
        const effort = requirement.effortPersonWeeks ? dec(requirement.effortPersonWeeks.likely) : ZERO;
        if (effort.isZero()) {
            return [];
        }
        const phase: PhaseSchedule | undefined = live.get(requirement.id)!.phase;
        if (!phase) {
            ctx.note({
                code: 'effort-without-phase',
                subject: requirement.id,
                message: `${requirement.id}: no phase delivers it, so its internal effort is costed at month 0.`
            });
        }
        const first = phase ? phase.startMonth : 0;
        const last = phase ? Math.max(phase.endMonth, phase.startMonth) : 0;
        const total = effort.times(rate);
        const monthly = spreadEvenly(total, first, last, ctx.horizonMonths);
        const item: CostDraft = {
            id: `effort.${requirement.id}`,
            title: requirement.title,
            source: 'effort',
            costClass: 'direct',
            recurrence: 'one-off',
            total: sum(monthly),
            monthly,
            lines: [],
            effort: {
                requirement: requirement.id,
                effortPersonWeeks: effort,
                ratePerPersonWeek: rate,
                ...(phase ? { phase: phase.id } : {}),
                firstMonth: first,
                lastMonth: last,
                ...(requirement.effortSource !== undefined ? { source: requirement.effortSource } : {})
            }
        };
        return [item];
    });
}

/**
 * A benefit as one option earns it: scaled by the option's mean coverage of its requirements
 * (the vendor's shares, with the edition's own `covers` in their place).
 */
export function expandBenefit(
    benefit: Benefit, schedule: BenefitSchedule, vendor: Vendor, ctx: ScheduleContext, grossTotal?: Decimal, edition?: Edition
): Undiscounted<BenefitBreakdown> {
    const shares = coverageIndex(vendor, edition);
    const sharePercent = benefit.from.length === 0
        ? HUNDRED
        : sum(benefit.from.map(id => shares.get(id) ?? ZERO))
            .div(benefit.from.length);
    const timing = benefitTiming(benefit, schedule);
    const earned = benefit.lines.map(line => expandLine(line, ctx, { ...timing, share: sharePercent.div(HUNDRED) }));
    const monthly = zeros(ctx.horizonMonths);
    earned.forEach(l => addInto(monthly, l.monthly));
    return {
        id: benefit.id,
        title: benefit.title,
        kind: benefit.kind,
        from: benefit.from,
        coverageSharePercent: sharePercent,
        goLiveMonth: schedule.goLiveMonth,
        goLiveLabel: schedule.goLiveLabel,
        ...(schedule.notInImplementation ? { notInImplementation: schedule.notInImplementation } : {}),
        ...(benefit.rampMonths !== undefined ? { rampMonths: benefit.rampMonths } : {}),
        grossTotal: grossTotal ?? benefitGrossTotal(benefit, schedule, ctx),
        total: sum(monthly),
        monthly,
        lines: earned.map(l => l.breakdown)
    };
}

/** What a benefit would earn with full coverage: the same for every option, so callers may compute it once. */
export function benefitGrossTotal(benefit: Benefit, schedule: BenefitSchedule, ctx: ScheduleContext): Decimal {
    const timing = benefitTiming(benefit, schedule);
    return sum(benefit.lines.map(line => expandLine(line, silent(ctx), { ...timing, share: ONE }).breakdown.total));
}

function benefitTiming(benefit: Benefit, schedule: BenefitSchedule): Omit<BenefitTiming, 'share'> {
    return {
        benefit: benefit.id,
        goLive: schedule.goLiveMonth,
        ...(schedule.notInImplementation ? { outsideImplementation: true } : {}),
        ...(benefit.rampMonths !== undefined ? { rampMonths: benefit.rampMonths } : {})
    };
}

/** The same context without notes, for a second pass that would repeat them. */
function silent(ctx: ScheduleContext): ScheduleContext {
    return { ...ctx, note: () => undefined };
}

/**
 * Direct, indirect, one-off and recurring totals of `costs`, added in order.
 * `from` continues the totals of costs that come before (the plan's costs,
 * which every option shares), giving exactly what adding them all would.
 */
export function costTotals(costs: readonly CostDraft[], from: CostTotals = EMPTY_TOTALS): CostTotals {
    let { direct, indirect, oneOff, recurring } = from;
    for (const cost of costs) {
        if (cost.recurrence === 'mixed') {
            for (const line of cost.lines) {
                if (line.schedule === 'once') {
                    oneOff = oneOff.plus(line.total);
                } else {
                    recurring = recurring.plus(line.total);
                }
            }
        } else if (cost.recurrence === 'one-off') {
            oneOff = oneOff.plus(cost.total);
        } else {
            recurring = recurring.plus(cost.total);
        }
        if (cost.total !== ZERO) {
            if (cost.costClass === 'direct') {
                direct = direct.plus(cost.total);
            } else if (cost.costClass === 'indirect') {
                indirect = indirect.plus(cost.total);
            }
        }
    }
    return { direct, indirect, oneOff, recurring };
}

const EMPTY_TOTALS: CostTotals = { direct: ZERO, indirect: ZERO, oneOff: ZERO, recurring: ZERO };

export function benefitTotals(benefits: readonly Undiscounted<BenefitBreakdown>[]): Record<BenefitKind, Decimal> {
    const totals = Object.fromEntries(BENEFIT_KINDS.map(kind => [kind, ZERO])) as Record<BenefitKind, Decimal>;
    for (const benefit of benefits) {
        totals[benefit.kind] = totals[benefit.kind].plus(benefit.total);
    }
    return totals;
}

/**
 * Efficiency and satisfaction benefits: valued estimates (time saved, happier
 * customers priced at a rate), not cash the option brings in. Approval
 * committees weigh them apart from revenue and savings.
 */
export function valuedEstimates(totals: Readonly<Record<BenefitKind, Decimal>>, totalBenefit: Decimal): ValuedEstimates {
    const total = totals.efficiency.plus(totals.satisfaction);
    return { total, sharePercent: totalBenefit.isZero() ? null : total.div(totalBenefit).times(HUNDRED).toNumber() };
}
