/**
 * The uncertain inputs of a plan: every value written with a range
 * (`30000 (20000 to 36000)`), each with a readable, stable id.
 *
 * Ids: `MoreDeals` (a cost or benefit line; `MoreDeals#2` for the item's
 * second ranged value, counted in line order, a staff-time line's hours
 * before its hourly rate), `Fxiaoke.Professional.licence` (a licence price,
 * named like its cost item), `internal rate`, `rate USD/CNY` (as declared),
 * `discount`, `covers Fxiaoke.Pipeline` (an edition's own: `covers Zoho.Enterprise.Pipeline`),
 * `users Sales`, `effort Reports`.
 *
 * Effort moves money only through the plan's `internal rate`; without one,
 * effort ranges are not inputs (they change no figure the simulation reports).
 */
import { Decimal } from 'decimal.js';
import type { AmountLine, Cost, Plan, Schedule, Uncertain } from '../../model/plan.js';
import type { InputMeasure, InputPeriod, InputSubject, UncertainInputInfo } from '../evaluation-types.js';

export type InputKind = UncertainInputInfo['kind'];

/** One ranged value of the plan, as the analysis reports it, with the plan's own object. */
export interface UncertainInput extends UncertainInputInfo {
    /** The plan's own object, so that the model can find where it is read. */
    readonly value: Uncertain;
}

/** Where an uncertain value stands, for its id and unit. */
interface Site {
    readonly kind: InputKind;
    /** The id before any `#n` suffix. */
    readonly base: string;
    readonly unit: string;
    readonly measure: InputMeasure;
    /** A cost or benefit line's subject gets its occurrence when the input is listed. */
    readonly subject: InputSubject;
}

function period(schedule: Schedule): InputPeriod {
    return schedule.kind === 'once' ? 'once' : schedule.period;
}

type Visit = (value: Uncertain, site: Site) => Uncertain;

function isRanged(value: Uncertain | undefined): value is Uncertain & { low: Decimal; high: Decimal } {
    return value !== undefined && value.low !== undefined && value.high !== undefined;
}

/**
 * Rebuilds `plan`, passing every uncertain value the money depends on to
 * `visit` in plan order and putting back what it returns. The one walk both
 * the list of inputs and the substitution of values use, so that they agree.
 */
function mapUncertain(plan: Plan, visit: Visit): Plan {
    const currency = plan.currency;
    const lines = (kind: 'cost' | 'benefit', item: string, amountLines: readonly AmountLine[]): AmountLine[] => amountLines.map(line => {
        const subject: InputSubject = { kind, item, occurrence: 1 };
        const perUser = line.perUser !== undefined;
        const hours = line.hours
            ? visit(line.hours, { kind: 'hours', base: item, unit: 'hours', subject, measure: { kind: 'hours', perUser, period: period(line.schedule) } })
            : undefined;
        // A staff-time line's amount is its hourly rate; the schedule belongs to the hours.
        const measure: InputMeasure = line.hours
            ? { kind: 'money', currency: line.amount.currency, perUser: false, per: 'hour' }
            : { kind: 'money', currency: line.amount.currency, perUser, period: period(line.schedule) };
        const value = visit(line.amount.value, { kind: 'amount', base: item, unit: line.amount.currency, subject, measure });
        return { ...line, amount: { ...line.amount, value }, ...(hours ? { hours } : {}) };
    });
    const costs = (items: readonly Cost[]): Cost[] => items.map(cost => ({ ...cost, lines: lines('cost', cost.id, cost.lines) }));

    const discountRatePercent = visit(plan.discountRatePercent, {
        kind: 'discount', base: 'discount', unit: '% per year', subject: { kind: 'discount' }, measure: { kind: 'percent', perYear: true }
    });
    const internalRate = plan.internalRate
        ? {
            ...plan.internalRate,
            value: visit(plan.internalRate.value, {
                kind: 'internal-rate', base: 'internal rate', unit: `${plan.internalRate.currency} per person-week`, subject: { kind: 'internal-rate' },
                measure: { kind: 'money', currency: plan.internalRate.currency, perUser: false, per: 'person-week' }
            })
        }
        : undefined;
    const rates = plan.rates.map(rate => ({
        ...rate,
        rate: visit(rate.rate, {
            kind: 'rate', base: `rate ${rate.from}/${rate.to}`, unit: `${rate.to} per ${rate.from}`,
            subject: { kind: 'rate', from: rate.from, to: rate.to }, measure: { kind: 'exchange-rate', from: rate.from, to: rate.to }
        })
    }));
    const departments = plan.departments.map(department => ({
        ...department,
        users: visit(department.users, {
            kind: 'users', base: `users ${department.id}`, unit: 'users', subject: { kind: 'users', department: department.id }, measure: { kind: 'users' }
        })
    }));
    const requirements = plan.requirements.map(requirement => (requirement.effortPersonWeeks && internalRate
        ? {
            ...requirement,
            effortPersonWeeks: visit(requirement.effortPersonWeeks, {
                kind: 'effort', base: `effort ${requirement.id}`, unit: 'person-weeks',
                subject: { kind: 'effort', requirement: requirement.id }, measure: { kind: 'person-weeks' }
            })
        }
        : requirement));
    const vendors = plan.vendors.map(vendor => ({
        ...vendor,
        covers: vendor.covers.map(coverage => ({
            ...coverage,
            sharePercent: visit(coverage.sharePercent, {
                kind: 'covers', base: `covers ${vendor.id}.${coverage.requirement}`, unit: '%',
                subject: { kind: 'covers', vendor: vendor.id, requirement: coverage.requirement }, measure: { kind: 'percent', perYear: false }
            })
        })),
        editions: vendor.editions.map(edition => ({
            ...edition,
            ...(edition.covers ? {
                covers: edition.covers.map(coverage => ({
                    ...coverage,
                    sharePercent: visit(coverage.sharePercent, {
                        kind: 'covers', base: `covers ${vendor.id}.${edition.id}.${coverage.requirement}`, unit: '%',
                        subject: { kind: 'covers', vendor: vendor.id, edition: edition.id, requirement: coverage.requirement },
                        measure: { kind: 'percent', perYear: false }
                    })
                }))
            } : {}),
            licences: edition.licences.map((licence, index) => ({
                ...licence,
                price: {
                    ...licence.price,
                    value: visit(licence.price.value, {
                        kind: 'licence',
                        base: `${vendor.id}.${edition.id}.licence${index === 0 ? '' : String(index + 1)}`,
                        unit: licence.price.currency,
                        subject: { kind: 'licence', vendor: vendor.id, edition: edition.id, index: index + 1 },
                        measure: { kind: 'money', currency: licence.price.currency, perUser: licence.perUser !== undefined, period: licence.period }
                    })
                }
            }))
        })),
        costs: costs(vendor.costs)
    }));
    return {
        ...plan,
        currency,
        discountRatePercent,
        ...(internalRate ? { internalRate } : {}),
        rates,
        departments,
        requirements,
        vendors,
        costs: costs(plan.costs),
        benefits: plan.benefits.map(benefit => ({ ...benefit, lines: lines('benefit', benefit.id, benefit.lines) }))
    };
}

/**
 * The ranged values the money depends on, in plan order: discount, internal
 * rate, exchange rates, users, effort, then per vendor its covers shares,
 * licence prices and own costs, then plan costs and benefits. A value object
 * that appears in two places is one input.
 */
export function uncertainInputs(plan: Plan): UncertainInput[] {
    const inputs: UncertainInput[] = [];
    const seen = new Set<Uncertain>();
    const count = new Map<string, number>();
    mapUncertain(plan, (value, site) => {
        if (isRanged(value) && !seen.has(value)) {
            seen.add(value);
            const n = (count.get(site.base) ?? 0) + 1;
            count.set(site.base, n);
            inputs.push({
                id: n === 1 ? site.base : `${site.base}#${n}`,
                kind: site.kind,
                unit: site.unit,
                measure: site.measure,
                subject: site.subject.kind === 'cost' || site.subject.kind === 'benefit' ? { ...site.subject, occurrence: n } : site.subject,
                low: value.low,
                likely: value.likely,
                high: value.high,
                value
            });
        }
        return value;
    });
    return inputs;
}

/** Whether any value of the plan carries a range (effort and unused values included). */
export function hasRanges(plan: Plan): boolean {
    // The walk skips effort without an internal rate; a range there still counts as the plan having ranges.
    let found = plan.requirements.some(r => isRanged(r.effortPersonWeeks));
    mapUncertain(plan, value => {
        found ||= isRanged(value);
        return value;
    });
    return found;
}

/**
 * The plan with the likely value of the named inputs replaced (their range
 * is kept as written): what the exact evaluation reads to price one point of
 * the simulation.
 *
 * @throws Error for an id that is not an input of the plan.
 */
export function withInputValues(plan: Plan, values: ReadonlyMap<string, Decimal.Value>): Plan {
    const byObject = new Map<Uncertain, Decimal>();
    const inputs = new Map(uncertainInputs(plan).map(input => [input.id, input]));
    for (const [id, value] of values) {
        const input = inputs.get(id);
        if (!input) {
            throw new Error(`The plan has no uncertain input '${id}'.`);
        }
        byObject.set(input.value, new Decimal(value));
    }
    return mapUncertain(plan, value => {
        const likely = byObject.get(value);
        return likely === undefined ? value : { ...value, likely };
    });
}
