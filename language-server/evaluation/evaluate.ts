/**
 * `evaluate`: a plan in, every figure out. Pure and deterministic; it reads
 * only likely values, so an uncertainty simulation can call it on a plan
 * whose likely values were replaced by samples.
 */
import type { Decimal } from 'decimal.js';
import type { Edition, Plan, Vendor } from '../model/plan.js';
import { coverageIndex, coverageSources } from './coverage.js';
import { monthLabel } from '../model/months.js';
import { optionId } from '../model/option-id.js';
import { CurrencyConverter } from './currency.js';
import { addInto, dec, sum, ZERO, zeros } from './decimal.js';
import type { BenefitBreakdown, BenefitSchedule, Evaluation, EvaluationNote, NotQuantified, OptionEvaluation, RequirementEvaluation } from './evaluation-types.js';
import { EvaluationError } from './evaluation-error.js';
import { discountFactorsMonthly, presentValueWith } from './finance.js';
import { scoreMatrix } from './matrix.js';
import { computeMetrics } from './metrics.js';
import { evaluateMonitoring } from './monitoring/evaluate-monitoring.js';
import { benefitGrossTotal, benefitTotals, costTotals, effortCosts, expandBenefit, expandCost, licenceCost, valuedEstimates } from './option-items.js';
import { prioritise } from './priorities.js';
import type { ScheduleContext } from './schedule.js';
import { requirementGoLive, scheduleBenefits, schedulePhases } from './timeline.js';

/**
 * Evaluates a plan: timeline, phases, priorities, and per option (each
 * vendor edition, or a vendor without editions) costs, benefits, metrics and
 * matrix scores.
 *
 * @throws EvaluationError when the plan cannot be evaluated (a missing
 *   exchange rate, an unknown name, looping phases); the validator reports
 *   each of these as an error first.
 */
export function evaluate(plan: Plan): Evaluation {
    const H = plan.horizonMonths;
    if (!Number.isInteger(H) || H < 1) {
        throw new EvaluationError('invalid-horizon', `The horizon must be a whole number of months, at least 1 (got ${H}).`);
    }
    const notes = new Notes();
    const converter = new CurrencyConverter(plan.currency, plan.rates);
    const ctx: ScheduleContext = {
        horizonMonths: H,
        start: plan.start,
        converter,
        departments: plan.departments,
        note: n => notes.add(n)
    };
    const label = (m: number): string => monthLabel(plan.start, m);
    // Each item's present value with the factors its option's NPV uses, so a diff can split ΔNPV by item.
    const factors = discountFactorsMonthly(dec(plan.discountRatePercent.likely).toNumber() / 100, H);
    const discounted = <T extends { readonly monthly: readonly Decimal[] }>(item: T): T & { readonly presentValue: number | null } =>
        ({ ...item, presentValue: presentValueWith(factors, item.monthly) });

    const phases = schedulePhases(plan.phases, plan.start);
    const live = requirementGoLive(plan.requirements, phases, plan.horizonMonths);
    const benefitSchedules = scheduleBenefits(plan.benefits, live, plan.start);
    const capacity = plan.capacityPersonWeeks !== undefined ? dec(plan.capacityPersonWeeks) : undefined;
    const priorities = prioritise(plan.requirements, plan.goals, capacity);

    const internalRate = plan.internalRate ? converter.convert(plan.internalRate) : undefined;
    const planCosts = [
        ...plan.costs.map(cost => expandCost(cost, 'plan', ctx)),
        ...(internalRate ? effortCosts(plan, internalRate, live, ctx) : [])
    ].map(discounted);
    // Every option shares the plan's costs (one per requirement with internal effort): add them up once.
    const planCostMonthly = zeros(H);
    planCosts.forEach(c => addInto(planCostMonthly, c.monthly));

    const planCostTotals = costTotals(planCosts);
    // What each benefit earns with full coverage does not depend on the option.
    const grossTotals = plan.benefits.map((benefit, i) => benefitGrossTotal(benefit, benefitSchedules[i], ctx));

    // Options in plan order: each edition, or the vendor itself without editions.
    const drafts = plan.vendors.flatMap(vendor => {
        const vendorCosts = vendor.costs.map(cost => discounted(expandCost(cost, 'vendor', ctx)));
        // Benefits depend on the option's coverage: the vendor's, unless an edition has `covers` of its own.
        const earn = (edition?: Edition): { benefits: BenefitBreakdown[]; benefitMonthly: Decimal[] } => {
            const benefits = plan.benefits.map((benefit, i) => discounted(expandBenefit(benefit, benefitSchedules[i], vendor, ctx, grossTotals[i], edition)));
            const benefitMonthly = zeros(H);
            benefits.forEach(b => addInto(benefitMonthly, b.monthly));
            return { benefits, benefitMonthly };
        };
        const shared = earn();
        const editions = vendor.editions.length > 0 ? vendor.editions : [undefined];
        return editions.map(edition => {
            const { benefits, benefitMonthly } = edition?.covers?.length ? earn(edition) : shared;
            const licences = edition ? edition.licences.map((licence, index) => discounted(licenceCost(vendor, edition, licence, index, ctx))) : [];
            const costs = [...planCosts, ...vendorCosts, ...licences];
            // The same order of additions as over `costs`: plan costs first, then the option's own.
            const costMonthly = [...planCostMonthly];
            vendorCosts.forEach(c => addInto(costMonthly, c.monthly));
            licences.forEach(c => addInto(costMonthly, c.monthly));
            const totals = costTotals([...vendorCosts, ...licences], planCostTotals);
            const metrics = computeMetrics(costMonthly, benefitMonthly, dec(plan.discountRatePercent.likely).toNumber(), plan.start);
            const id = optionId(vendor.id, edition?.id);
            if (metrics.irr.monthlyRoots.length !== metrics.irr.annualRootsPercent.length) {
                notes.add({ code: 'irr-out-of-range', subject: id, message: `${id}: an IRR root is too large to express as an annual rate and is not listed.` });
            }
            return { id, vendor, edition, costs, costTotals: totals, benefits, metrics };
        });
    });

    const values = new Map(priorities.requirements.map(r => [r.id, r.value]));
    if (plan.requirements.length > 0 && sum(values.values()).isZero() && plan.criteria.some(c => c.measure === 'coverage')) {
        notes.add({ code: 'no-requirement-value', subject: 'coverage', message: 'No requirement has any value, so coverage criteria score 0.' });
    }
    const matrix = scoreMatrix(plan.criteria, drafts.map(d => ({ id: d.id, vendor: d.vendor, edition: d.edition, tco: d.metrics.tco })), values);

    const byNpv = rankBy(drafts, d => d.metrics.npv);
    const byScore = rankBy(drafts, d => matrix.scores.get(d.id)!.matrixScore);
    const recommendedOptionId = drafts.find(d => byNpv.get(d.id) === 1 && d.metrics.npv !== null)?.id;
    const chosenOptionId = resolveChoice(plan.chosenOptionId, drafts);

    const options: OptionEvaluation[] = drafts.map(d => {
        const byKind = benefitTotals(d.benefits);
        return {
            ...d.metrics,
            id: d.id,
            vendor: d.vendor.id,
            vendorTitle: d.vendor.title,
            ...(d.edition ? { edition: d.edition.id, editionTitle: d.edition.title } : {}),
            chosen: d.id === chosenOptionId,
            recommended: d.id === recommendedOptionId,
            npvRank: byNpv.get(d.id)!,
            matrixRank: byScore.get(d.id)!,
            matrixScore: matrix.scores.get(d.id)!.matrixScore,
            criteria: matrix.scores.get(d.id)!.criteria,
            costs: d.costs,
            licences: d.costs.flatMap(c => (c.licence ? [c.licence] : [])),
            benefits: d.benefits,
            costTotals: d.costTotals,
            benefitTotalsByKind: byKind,
            valuedEstimates: valuedEstimates(byKind, d.metrics.totalBenefit)
        };
    });

    const requirements: RequirementEvaluation[] = plan.requirements.map((requirement, i) => {
        const priority = priorities.requirements[i];
        const goLive = live.get(requirement.id)!;
        return {
            ...priority,
            title: requirement.title,
            moscow: requirement.moscow,
            goLiveMonth: goLive.month,
            goLiveLabel: label(goLive.month),
            ...(goLive.phase ? { deliveredBy: goLive.phase.id } : {}),
            inImplementation: goLive.inImplementation,
            coveredBy: plan.vendors.flatMap(v => {
                const share = coverageIndex(v).get(requirement.id);
                const source = coverageSources(v).get(requirement.id);
                const editions = v.editions.flatMap(e => {
                    // The edition's own line for it (the first, when listed twice), with its source.
                    const own = e.covers?.find(c => c.requirement === requirement.id);
                    return own
                        ? [{ edition: e.id, sharePercent: coverageIndex(v, e).get(requirement.id)!, ...(own.source !== undefined ? { source: own.source } : {}) }]
                        : [];
                });
                if (share === undefined && editions.length === 0) {
                    return [];
                }
                return [{
                    vendor: v.id,
                    sharePercent: share ?? ZERO,
                    ...(source !== undefined ? { source } : {}),
                    ...(editions.length > 0 ? { editions } : {})
                }];
            }),
            ...(requirement.effortSource !== undefined ? { effortSource: requirement.effortSource } : {})
        };
    });

    // The JSON document carries efforts as doubles: one beyond their range is an error, never Infinity.
    if (requirements.some(r => r.effortPersonWeeks !== undefined && !Number.isFinite(r.effortPersonWeeks.toNumber()))) {
        throw new EvaluationError('overflow', 'The figures cannot be computed: an effort is beyond the range of numbers (about 1.8 × 10^308).');
    }

    const monitoring = evaluateMonitoring(plan, options.find(o => o.chosen), benefitSchedules, converter);

    return {
        plan: {
            title: plan.title,
            currency: plan.currency,
            start: plan.start,
            horizonMonths: H,
            discountRatePercent: dec(plan.discountRatePercent.likely).toNumber(),
            ...(capacity !== undefined ? { capacityPersonWeeks: capacity } : {}),
            ...(internalRate ? { internalRatePerPersonWeek: internalRate } : {}),
            ...(internalRate && plan.internalRateSource !== undefined ? { internalRateSource: plan.internalRateSource } : {}),
            ...(plan.taxBasis ? { taxBasis: plan.taxBasis } : {}),
            ...(plan.discountSource !== undefined ? { discountSource: plan.discountSource } : {}),
            monthLabels: Array.from({ length: H }, (_, m) => label(m))
        },
        phases,
        requirements,
        ranking: priorities.ranking,
        capacity: priorities.capacity,
        benefits: benefitSchedules,
        criteria: plan.criteria.map(c => ({
            id: c.id,
            title: c.title,
            weightPercent: dec(c.weightPercent),
            ...(c.measure ? { measure: c.measure } : {})
        })),
        options,
        ...(recommendedOptionId ? { recommendedOptionId } : {}),
        ...(chosenOptionId ? { chosenOptionId, chosenIsRecommended: chosenOptionId === recommendedOptionId } : {}),
        missingScores: matrix.missing,
        notQuantified: notQuantified(requirements, benefitSchedules),
        conversions: converter.conversions(),
        notes: notes.list(),
        ...(monitoring ? { monitoring } : {})
    };
}

/** 1-based ranks, highest first; null last; ties keep plan order. */
function rankBy<T extends { id: string }>(items: readonly T[], key: (item: T) => number | null): Map<string, number> {
    const order = items
        .map((item, index) => ({ item, index, value: key(item) }))
        .sort((a, b) => {
            if (a.value === null || b.value === null) {
                return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || a.index - b.index;
            }
            return b.value - a.value || a.index - b.index;
        });
    return new Map(order.map((entry, i) => [entry.item.id, i + 1]));
}

/**
 * The chosen option: the plan's id, or a vendor's id when that vendor has a
 * single option (a builder may pass `Fxiaoke` for `choose Fxiaoke`).
 */
function resolveChoice(chosen: string | undefined, options: readonly { id: string; vendor: Vendor }[]): string | undefined {
    if (chosen === undefined) {
        return undefined;
    }
    if (options.some(o => o.id === chosen)) {
        return chosen;
    }
    const ofVendor = options.filter(o => o.vendor.id === chosen);
    return ofVendor.length === 1 ? ofVendor[0].id : undefined;
}

function notQuantified(requirements: readonly RequirementEvaluation[], benefits: readonly BenefitSchedule[]): NotQuantified[] {
    const uncovered: NotQuantified[] = requirements
        .filter(r => !r.coveredBy.some(c => c.sharePercent.greaterThan(0) || c.editions?.some(e => e.sharePercent.greaterThan(0))))
        .map(r => ({
            kind: 'uncovered-requirement',
            requirement: r.id,
            message: `${r.id}: no vendor covers it, so no option earns what depends on it.`
        }));
    const unpriced: NotQuantified[] = benefits
        .filter(b => !b.quantified)
        .map(b => ({
            kind: 'benefit-without-amount',
            benefit: b.id,
            message: `${b.id}: has no amount, so it is not in any total.`
        }));
    return [...uncovered, ...unpriced];
}

/** Collects notes once each, in the order they arise. */
class Notes {
    private readonly notes = new Map<string, EvaluationNote>();

    add(note: EvaluationNote): void {
        const key = `${note.code}\u0000${note.subject}\u0000${note.message}`;
        if (!this.notes.has(key)) {
            this.notes.set(key, note);
        }
    }

    list(): EvaluationNote[] {
        return [...this.notes.values()];
    }
}
