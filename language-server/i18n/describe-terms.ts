/**
 * How a diff writes a plan's declarations as fields (`effort: 3
 * person-weeks`): the field names and the phrases of their values. English
 * reads like the plan's own syntax, so the JSON diff (always English) says
 * "old → new" in the plan's terms.
 */
import type { BenefitKind, CostClass, CriterionMeasure, Moscow, Period } from '../model/plan.js';

export type DescribedField =
    | 'title' | 'currency' | 'start' | 'horizon' | 'discount' | 'capacity' | 'internalRate' | 'choose' | 'rate' | 'weight'
    | 'users' | 'priority' | 'impact' | 'effort' | 'needs' | 'askedBy' | 'evidence' | 'measuredBy' | 'covers' | 'score'
    | 'class' | 'kind' | 'from' | 'ramp' | 'owner' | 'after' | 'duration' | 'delivers' | 'baseline' | 'target' | 'tracks' | 'waves';

export interface DescribeTerms {
    readonly fields: Readonly<Record<DescribedField, string>>;
    /** Numbered or named fields: `amount 2`, `edition Pro`, `cost Setup`, `override 1`. */
    amountField(n: number): string;
    editionField(edition: string): string;
    /** An edition's title as a field: `edition Pro title`. */
    editionTitleField(edition: string): string;
    /** An edition's own `covers` (they replace the vendor's shares for its option). */
    editionCoversField(edition: string): string;
    costField(cost: string): string;
    overrideField(n: number): string;
    /** The kinds of line of an actuals block, as field names: `licence`, `cost`, `users`. */
    readonly recordKinds: Readonly<Record<'licence' | 'cost' | 'benefit' | 'kpi' | 'users', string>>;
    /** A line of an actuals block as a field: `licence`, `cost DataImport`, `users Sales`. */
    recordField(kind: string, name?: string): string;
    /** A rollout wave: `40 from 2027-07`. */
    wave(users: string, month: string): string;
    /** The months an actuals block covers: `2027-04 to 2027-06`. */
    period(first: string, last: string): string;
    readonly listSeparator: string;
    readonly moscow: Readonly<Record<Moscow, string>>;
    readonly costClasses: Readonly<Record<CostClass, string>>;
    readonly benefitKinds: Readonly<Record<BenefitKind, string>>;
    readonly measures: Readonly<Record<CriterionMeasure, string>>;
    /** `12 (10 to 15)` */
    range(likely: string, low: string, high: string): string;
    months(count: string): string;
    personWeeks(count: string): string;
    perYear(rate: string): string;
    perPersonWeek(amount: string): string;
    /** `7.1 CNY per USD` */
    ratePer(rate: string, to: string, from: string): string;
    readonly noLicence: string;
    /** ` per user`, ` per user of Sales, Support` (appended to an amount). */
    perUser(departments: string | undefined): string;
    /** `6 hours per user at 120 per hour` */
    hoursAt(hours: string, perUser: string, rate: string): string;
    once(amount: string, month: string | undefined): string;
    recurring(amount: string, period: Period, from: string | undefined, until: string | undefined): string;
    licence(price: string, perUser: string, period: Period, billing: 'monthly' | 'yearly'): string;
    from(month: string): string;
    until(month: string): string;
    increase(percent: string): string;
    minimum(users: string): string;
    /** Joins the parts of a licence. */
    readonly partSeparator: string;
    /** A figure and where it comes from: `119 per user per month source "quote of 2026-12"`. */
    sourced(value: string, source: string): string;
    /** Joins the amount lines of a vendor's cost. */
    readonly lineSeparator: string;
    targetBy(measure: string, month: string): string;
    scale(item: string, percent: string): string;
    usersOverride(department: string, users: string): string;
    discountOverride(percent: string): string;
    rateOverride(from: string, rate: string, to: string): string;
    /** `Zoho.Professional.licence 110%`; `target` is `Vendor.Edition` or `Vendor`. */
    licenceScaleOverride(target: string, percent: string): string;
    licencePriceOverride(target: string, price: string, currency: string): string;
    internalRateOverride(rate: string, currency: string): string;
    effortOverride(requirement: string, personWeeks: string): string;
    /** `covers Zoho.Enterprise Pipeline 70%`; `target` is `Vendor.Edition` or `Vendor`. */
    coversOverride(target: string, requirement: string, percent: string): string;
    scoreOverride(vendor: string, criterion: string, score: string): string;
    /** `field: value`, with the language's colon. */
    labelled(field: string, value: string): string;
    /** `2 pp` */
    percentagePoints(value: string): string;
    /** `#2` */
    rank(rank: number): string;
}
