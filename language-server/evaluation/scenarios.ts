/**
 * Named scenarios: a plan with a few values overridden, evaluated exactly,
 * side by side with the base case.
 */
import type { Decimal } from 'decimal.js';
import type { AmountLine, Cost, Coverage, Edition, Plan, Scenario, ScenarioOverride, Score, Uncertain, Vendor } from '../model/plan.js';
import { dec, HUNDRED } from './decimal.js';
import { evaluate } from './evaluate.js';
import { EvaluationError } from './evaluation-error.js';
import type { ScenarioEvaluation } from './evaluation-types.js';

/**
 * The plan with the scenario's overrides applied, in the order written:
 *
 * - `MoreDeals 70%`: every amount of the cost(s) or benefit(s) with that id
 *   (plan-level and vendor costs alike) times 0.70, its range with it; for
 *   staff time the hourly rate is scaled, not the hours. Two scale lines on
 *   one item multiply.
 * - `Zoho.Professional.licence 110%`: every licence line of the edition times
 *   1.10 (its range with it); `Zoho.licence 110%` does so for every edition
 *   of the vendor. `Zoho.Professional.licence 25 USD` replaces the price of
 *   the target's one licence line (the validator requires exactly one,
 *   CRM045): 25 USD per the line's own unit and period, the range dropped;
 *   seats, billing, dates, increase and minimum stay as written.
 * - `users Sales 30`: the department's users become 30 (the range is dropped).
 * - `discount 10%`: the annual discount rate becomes 10% (the range is dropped).
 * - `rate USD 7.40 CNY`: the declared rate between the two currencies
 *   (written either way round) is replaced by this one; a pair the plan does
 *   not declare is added (the validator reports such an override, CRM003).
 * - `internal rate 7000`: the internal rate per person-week becomes 7000
 *   (in the plan's currency unless one is written); a plan without one gets it.
 * - `effort Reports 6 person-weeks`: the requirement's effort becomes 6
 *   (the range is dropped). Effort is money only through the internal rate;
 *   capacity and priorities see it too.
 * - `covers Zoho Pipeline 70%`: the vendor's share of the requirement becomes
 *   70% (added when the vendor does not list it): every edition without a
 *   share of its own follows. `covers Zoho.Enterprise Pipeline 70%` gives that
 *   edition its own share instead. The share is exact (the range and source
 *   are dropped); benefits and the matrix's coverage criterion follow.
 * - `score Zoho Usability 6`: the vendor's score on the criterion becomes 6
 *   (added when missing), so its options' matrix scores and ranks move.
 *
 * The result keeps the plan's scenarios; nothing else changes.
 */
export function applyScenario(plan: Plan, scenario: Scenario): Plan {
    return scenario.overrides.reduce(applyOverride, plan);
}

function applyOverride(plan: Plan, override: ScenarioOverride): Plan {
    switch (override.kind) {
        case 'scale': {
            const factor = dec(override.factorPercent).div(HUNDRED);
            const scaleCost = (cost: Cost): Cost => (cost.id === override.item ? { ...cost, lines: scaleLines(cost.lines, factor) } : cost);
            return {
                ...plan,
                costs: plan.costs.map(scaleCost),
                vendors: plan.vendors.map(vendor => ({ ...vendor, costs: vendor.costs.map(scaleCost) })),
                benefits: plan.benefits.map(benefit => (benefit.id === override.item ? { ...benefit, lines: scaleLines(benefit.lines, factor) } : benefit))
            };
        }
        case 'licence': {
            const change = (edition: Edition): Edition => ({
                ...edition,
                licences: edition.licences.map(licence => ({
                    ...licence,
                    price: override.price
                        ? { value: { likely: dec(override.price.value.likely) }, currency: override.price.currency }
                        : { ...licence.price, value: scaleValue(licence.price.value, dec(override.factorPercent ?? HUNDRED).div(HUNDRED)) }
                }))
            });
            return {
                ...plan,
                vendors: plan.vendors.map(vendor => (vendor.id === override.vendor
                    ? { ...vendor, editions: vendor.editions.map(e => (override.edition === undefined || e.id === override.edition ? change(e) : e)) }
                    : vendor))
            };
        }
        case 'internal-rate':
            return { ...plan, internalRate: { value: { likely: dec(override.rate.value.likely) }, currency: override.rate.currency } };
        case 'effort':
            return {
                ...plan,
                requirements: plan.requirements.map(r => (r.id === override.requirement ? { ...r, effortPersonWeeks: { likely: dec(override.personWeeks) } } : r))
            };
        case 'users':
            return {
                ...plan,
                departments: plan.departments.map(d => (d.id === override.department ? { id: d.id, title: d.title, users: { likely: dec(override.users) } } : d))
            };
        case 'discount':
            return { ...plan, discountRatePercent: { likely: dec(override.ratePercent) } };
        case 'covers': {
            const share = (covers: readonly Coverage[] | undefined): Coverage[] =>
                replaced(covers ?? [], c => c.requirement === override.requirement, { requirement: override.requirement, sharePercent: { likely: dec(override.sharePercent) } });
            return mapVendor(plan, override.vendor, vendor => (override.edition === undefined
                ? { ...vendor, covers: share(vendor.covers) }
                : { ...vendor, editions: vendor.editions.map(e => (e.id === override.edition ? { ...e, covers: share(e.covers) } : e)) }));
        }
        case 'score': {
            const score: Score = { criterion: override.criterion, score: dec(override.score) };
            return mapVendor(plan, override.vendor, vendor => ({ ...vendor, scores: replaced(vendor.scores, s => s.criterion === override.criterion, score) }));
        }
        case 'rate': {
            const replacement = { from: override.from, to: override.to, rate: { likely: dec(override.rate) } };
            const matches = (r: { from: string; to: string }): boolean =>
                (r.from === override.from && r.to === override.to) || (r.from === override.to && r.to === override.from);
            return plan.rates.some(matches)
                ? { ...plan, rates: plan.rates.map(r => (matches(r) ? replacement : r)) }
                : { ...plan, rates: [...plan.rates, replacement] };
        }
    }
}

function mapVendor(plan: Plan, id: string, change: (vendor: Vendor) => Vendor): Plan {
    return { ...plan, vendors: plan.vendors.map(vendor => (vendor.id === id ? change(vendor) : vendor)) };
}

/** The list with every item that `matches` replaced by `replacement`, or `replacement` added at the end when none does. */
function replaced<T>(items: readonly T[], matches: (item: T) => boolean, replacement: T): T[] {
    return items.some(matches) ? items.map(item => (matches(item) ? replacement : item)) : [...items, replacement];
}

function scaleLines(lines: readonly AmountLine[], factor: Decimal): AmountLine[] {
    return lines.map(line => ({ ...line, amount: { ...line.amount, value: scaleValue(line.amount.value, factor) } }));
}

function scaleValue(value: Uncertain, factor: Decimal): Uncertain {
    return {
        likely: dec(value.likely).times(factor),
        ...(value.low !== undefined ? { low: dec(value.low).times(factor) } : {}),
        ...(value.high !== undefined ? { high: dec(value.high).times(factor) } : {})
    };
}

/**
 * Every scenario of the plan, in plan order, evaluated exactly. A scenario
 * whose overrides make a figure impossible (users or a factor with hundreds
 * of digits put an amount beyond the range of numbers) gets the reason in
 * `error` instead of figures; the others are unaffected.
 */
export function evaluateScenarios(plan: Plan): ScenarioEvaluation[] {
    return plan.scenarios.map(scenario => {
        try {
            return { id: scenario.id, title: scenario.title, evaluation: evaluate(applyScenario(plan, scenario)) };
        } catch (error) {
            if (!(error instanceof EvaluationError)) {
                throw error;
            }
            return { id: scenario.id, title: scenario.title, error: { code: error.code, message: error.message } };
        }
    });
}
