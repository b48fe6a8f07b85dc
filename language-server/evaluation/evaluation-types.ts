/**
 * The result of evaluating a plan: every figure any view shows.
 *
 * Hovers, inlay hints, code lenses, reports, the JSON export and the CLI only
 * format what is here; none of them computes a figure. Money is exact
 * (`Decimal`, round only for display); discounted figures, ratios, scores and
 * fractional months are plain numbers, `null` where undefined (never NaN or
 * Infinity).
 *
 * Month numbers are offsets from the plan's start month (0 = start); each
 * comes with its `YYYY-MM` label.
 */
import type { Decimal } from 'decimal.js';
import type { BenefitKind, CostClass, CriterionMeasure, Moscow, Period, TaxBasis } from '../model/plan.js';
import type { EvaluationErrorCode } from './evaluation-error.js';
import type { Monitoring } from './monitoring/monitoring.js';

export type * from './monitoring/monitoring.js';

export interface Evaluation {
    readonly plan: PlanSummary;
    /** Phases in plan order, with their computed months. */
    readonly phases: readonly PhaseSchedule[];
    /** Requirements in plan order. */
    readonly requirements: readonly RequirementEvaluation[];
    /** Requirement ids, best ranked first. */
    readonly ranking: readonly string[];
    readonly capacity: CapacitySummary;
    /** Benefits in plan order with their go-live (the same for every option). */
    readonly benefits: readonly BenefitSchedule[];
    readonly criteria: readonly CriterionInfo[];
    /** One per vendor edition (or per vendor without editions), in plan order. */
    readonly options: readonly OptionEvaluation[];
    /** The option with the highest NPV; undefined when there is no option with an NPV. */
    readonly recommendedOptionId?: string;
    /** The plan's `choose`, when it names an option. */
    readonly chosenOptionId?: string;
    /** Whether the chosen option is the recommended one; undefined when nothing is chosen. */
    readonly chosenIsRecommended?: boolean;
    /** Vendor scores the matrix needed but the plan does not give (each counted as 0). */
    readonly missingScores: readonly MissingScore[];
    /** What the figures leave out: Infracost's honest "not priced" line. */
    readonly notQuantified: readonly NotQuantified[];
    /** Every currency conversion the figures used. */
    readonly conversions: readonly CurrencyConversion[];
    /** Choices the evaluation made that a reader may want to know about. */
    readonly notes: readonly EvaluationNote[];
    /** The chosen option against its actuals; absent without actuals (forecast and trend are then the plan). */
    readonly monitoring?: Monitoring;
}

export interface PlanSummary {
    readonly title: string;
    readonly currency: string;
    /** `YYYY-MM`, month 0. */
    readonly start: string;
    readonly horizonMonths: number;
    /** Likely annual discount rate in percent. */
    readonly discountRatePercent: number;
    readonly capacityPersonWeeks?: Decimal;
    /** `internal rate`, converted into the plan's currency, per person-week. */
    readonly internalRatePerPersonWeek?: Decimal;
    /** Where the internal rate comes from (`internal rate 6000 per person-week source "..."`). */
    readonly internalRateSource?: string;
    /** Whether the plan's amounts include tax, as it declares (`amounts include tax`); absent when it does not say. */
    readonly taxBasis?: TaxBasis;
    /** Where the discount rate comes from (`discount 8% source "..."`). */
    readonly discountSource?: string;
    /** Labels of months 0 .. horizon − 1. */
    readonly monthLabels: readonly string[];
}

export interface PhaseSchedule {
    readonly id: string;
    readonly title: string;
    readonly owner?: string;
    readonly after: readonly string[];
    readonly startMonth: number;
    readonly startLabel: string;
    /** Last month of the phase (`startMonth + durationMonths − 1`). */
    readonly endMonth: number;
    readonly endLabel: string;
    readonly durationMonths: number;
    readonly delivers: readonly string[];
    /** Month after the phase ends: when what it delivers can go live. */
    readonly liveMonth: number;
    readonly liveLabel: string;
}

/** One goal's contribution to a requirement's value: weight × impact. */
export interface ValueTerm {
    readonly goal: string;
    readonly goalTitle: string;
    readonly weightPercent: Decimal;
    readonly impact: Decimal;
    /** weight / 100 × impact. */
    readonly product: Decimal;
}

/** Why a requirement is outside the capacity. */
export type CapacityExclusion = 'wont' | 'needs' | 'capacity';

/** A requirement's value and its place in the ranking and the capacity: what `prioritise` computes. */
export interface RequirementPriority {
    readonly id: string;
    /** Σ goal weight / 100 × impact. */
    readonly value: Decimal;
    readonly valueTerms: readonly ValueTerm[];
    readonly effortPersonWeeks?: Decimal;
    /** Value per person-week; null when the effort is zero or not given. */
    readonly valuePerPersonWeek: Decimal | null;
    /** 1-based position in the ranking. */
    readonly rank: number;
    /** Number of ranked requirements ("rank n of N"). */
    readonly rankOf: number;
    readonly withinCapacity: boolean;
    /** Set when not within capacity. */
    readonly exclusion?: CapacityExclusion;
    /** `needs` that were not kept (why `exclusion` is `needs`). */
    readonly needsNotKept: readonly string[];
    /** Capacity already used when the walk reached this requirement. */
    readonly capacityUsedBefore: Decimal;
}

export interface RequirementEvaluation extends RequirementPriority {
    readonly title: string;
    readonly moscow: Moscow;
    /** Month it goes live: after its first delivering phase, else 0. */
    readonly goLiveMonth: number;
    readonly goLiveLabel: string;
    /** The phase whose end sets `goLiveMonth`; undefined when no phase delivers it. */
    readonly deliveredBy?: string;
    /** False in a plan with phases when no phase delivers it (`goLiveMonth` is then the horizon). */
    readonly inImplementation: boolean;
    /**
     * Vendors that list it under `covers` (theirs or an edition's), with their likely share (0 when only
     * editions list it) and its source, and, in `editions`, the editions whose own `covers` replace that share.
     */
    readonly coveredBy: readonly {
        readonly vendor: string;
        readonly sharePercent: Decimal;
        readonly source?: string;
        readonly editions?: readonly { readonly edition: string; readonly sharePercent: Decimal; readonly source?: string }[];
    }[];
    /** Where the effort estimate comes from (`effort 8 person-weeks source "..."`). */
    readonly effortSource?: string;
}

export interface CapacitySummary {
    /** Undefined: unlimited. */
    readonly capacityPersonWeeks?: Decimal;
    /** Effort of the requirements kept. */
    readonly used: Decimal;
    /** Effort of all musts. */
    readonly mustEffort: Decimal;
    readonly mustsExceedCapacity: boolean;
    /** Requirement ids kept, in ranking order. */
    readonly kept: readonly string[];
    /** Requirement ids not kept, in ranking order. */
    readonly notKept: readonly string[];
}

export interface BenefitSchedule {
    readonly id: string;
    readonly title: string;
    readonly kind: BenefitKind;
    readonly from: readonly string[];
    /** When the last of its `from` requirements is live; 0 without `from`; the horizon when one is not in this implementation. */
    readonly goLiveMonth: number;
    readonly goLiveLabel: string;
    /** Its `from` requirements that no phase delivers in a plan with phases: it earns nothing. */
    readonly notInImplementation?: readonly string[];
    readonly rampMonths?: number;
    /** False when it has no amount line. */
    readonly quantified: boolean;
}

export interface CriterionInfo {
    readonly id: string;
    readonly title: string;
    readonly weightPercent: Decimal;
    readonly measure?: CriterionMeasure;
}

export interface CriterionScore {
    readonly criterion: string;
    readonly measure?: CriterionMeasure;
    /** 0..10. */
    readonly score: number;
    /** weight / 100 × score: this criterion's part of the matrix score. */
    readonly weighted: number;
    /** True when a scored criterion has no `score` line for the vendor (counted 0). */
    readonly missing: boolean;
    /** Where a trial score comes from (`score Usability 8 source "..."`). */
    readonly source?: string;
}

export interface MissingScore {
    readonly vendor: string;
    readonly criterion: string;
}

export interface IrrResult {
    /** All monthly rates above −100% where the NPV of the monthly flows is 0, ascending. */
    readonly monthlyRoots: readonly number[];
    /** The same roots annualised, (1 + r)^12 − 1, in percent (finite ones only). */
    readonly annualRootsPercent: readonly number[];
    /** The annual IRR in percent when exactly one root exists, else null. */
    readonly annualPercent: number | null;
}

export interface TimelineMonth {
    readonly month: number;
    readonly label: string;
    readonly cost: Decimal;
    readonly benefit: Decimal;
    /** benefit − cost. */
    readonly net: Decimal;
    /** Σ net up to and including this month. */
    readonly cumulative: Decimal;
    /** 1 / (1 + annual rate)^(month / 12); null for a discount rate at or below −100%. */
    readonly discountFactor: number | null;
    /** net × discountFactor: this month's part of the NPV; null with the discount factor. */
    readonly presentValue: number | null;
}

/** The figures of one stream of monthly costs and benefits. */
export interface OptionMetrics {
    readonly tco: Decimal;
    readonly totalBenefit: Decimal;
    /** totalBenefit − tco. */
    readonly netBenefit: Decimal;
    /** (benefit − TCO) / TCO × 100; null when TCO is 0. */
    readonly roiPercent: number | null;
    /** Discounted net flows; null only for a discount rate at or below −100%. */
    readonly npv: number | null;
    /** Present value of the costs. */
    readonly pvCosts: number | null;
    /** NPV / PV(costs) × 100; null when PV(costs) is 0 or NPV is null. */
    readonly pvRoiPercent: number | null;
    /** Fractional months; 0 when never negative; null when negative at the horizon. */
    readonly paybackMonths: number | null;
    readonly irr: IrrResult;
    readonly timeline: readonly TimelineMonth[];
}

export interface OptionEvaluation extends OptionMetrics {
    /** `Vendor.Edition`, or `Vendor` for a vendor without editions. */
    readonly id: string;
    readonly vendor: string;
    readonly vendorTitle: string;
    readonly edition?: string;
    readonly editionTitle?: string;
    readonly chosen: boolean;
    readonly recommended: boolean;
    /** 1-based rank by NPV, highest first. */
    readonly npvRank: number;
    /** 1-based rank by matrix score, highest first. */
    readonly matrixRank: number;
    readonly matrixScore: number;
    /** In criterion order. */
    readonly criteria: readonly CriterionScore[];
    /** Every cost item of the option, licences included, in a stable order. */
    readonly costs: readonly CostItemBreakdown[];
    readonly licences: readonly LicenceBreakdown[];
    readonly benefits: readonly BenefitBreakdown[];
    readonly costTotals: CostTotals;
    readonly benefitTotalsByKind: Readonly<Record<BenefitKind, Decimal>>;
    /** Benefits of kind efficiency and satisfaction: valued estimates rather than cash the option brings in. */
    readonly valuedEstimates: ValuedEstimates;
}

/** The part of an option's total benefit that is a valued estimate (efficiency, satisfaction), not cash. */
export interface ValuedEstimates {
    readonly total: Decimal;
    /** total / totalBenefit × 100; null when the total benefit is 0. */
    readonly sharePercent: number | null;
}

export interface CostTotals {
    readonly direct: Decimal;
    readonly indirect: Decimal;
    readonly oneOff: Decimal;
    readonly recurring: Decimal;
}

/** Where a cost item of an option comes from. */
export type CostSource = 'plan' | 'vendor' | 'licence' | 'effort';
export type Recurrence = 'one-off' | 'recurring' | 'mixed';

/** An amount as written: its likely value, its currency, and its range when the plan gives one. */
export interface WrittenAmount {
    readonly value: Decimal;
    readonly currency: string;
    readonly low?: Decimal;
    readonly high?: Decimal;
}

/** How one amount line was expanded. */
export interface LineBreakdown {
    /** The amount as written. */
    readonly written: WrittenAmount;
    /** The amount in the plan's currency (an hourly rate for staff time). */
    readonly amount: Decimal;
    /** Staff time: hours per user. */
    readonly hours?: Decimal;
    /** Staff time written with a range: `6 (4 to 8) hours`. */
    readonly hoursRange?: { readonly low: Decimal; readonly high: Decimal };
    /** `per user`: users counted. */
    readonly users?: Decimal;
    readonly perUserOf?: readonly string[];
    /** A recurring per-user line whose users change with rollout waves: Σ users over its months (present only then). */
    readonly userMonths?: Decimal;
    /** amount × hours × users: per occurrence, per month or per year. */
    readonly perOccurrence: Decimal;
    readonly schedule: 'once' | 'per month' | 'per year';
    /** First and last month with an amount inside the horizon (absent when none). */
    readonly firstMonth?: number;
    readonly lastMonth?: number;
    /** Months with an amount inside the horizon. */
    readonly months: number;
    /** What the line contributes (after coverage and ramp for benefits). */
    readonly total: Decimal;
    /** Where the amount comes from (`source "..."`), as written. */
    readonly source?: string;
}

export interface CostItemBreakdown {
    /** Cost id; `Vendor.Edition.licence` for licences; `effort.Requirement` for internal effort. */
    readonly id: string;
    readonly title: string;
    readonly source: CostSource;
    readonly costClass: CostClass;
    readonly recurrence: Recurrence;
    readonly total: Decimal;
    /** One amount per month of the horizon. */
    readonly monthly: readonly Decimal[];
    /**
     * Σ monthly × the month's discount factor, with the factors the NPV uses:
     * this item's part of the NPV (subtracted); null with the NPV.
     */
    readonly presentValue: number | null;
    readonly lines: readonly LineBreakdown[];
    readonly licence?: LicenceBreakdown;
    readonly effort?: EffortBreakdown;
}

/** Internal effort priced with the plan's `internal rate`. */
export interface EffortBreakdown {
    readonly requirement: string;
    readonly effortPersonWeeks: Decimal;
    readonly ratePerPersonWeek: Decimal;
    /** The phase it is spread over; undefined: no phase delivers it, so it falls at month 0. */
    readonly phase?: string;
    readonly firstMonth: number;
    readonly lastMonth: number;
    /** Where the effort estimate comes from (`effort 8 person-weeks source "..."`). */
    readonly source?: string;
}

export interface LicenceCharge {
    readonly month: number;
    readonly label: string;
    /** 12 for a yearly bill, 1 for a monthly one. */
    readonly monthsCovered: number;
    /** 0 for the first contract year. */
    readonly contractYear: number;
    /** (1 + increase)^contractYear. */
    readonly priceFactor: Decimal;
    readonly amount: Decimal;
}

export interface LicenceBreakdown {
    readonly vendor: string;
    readonly edition: string;
    /** Its place among the edition's licence lines, from 0: views name a licence by what sets it apart (display/licence-names.ts). */
    readonly index: number;
    /** Price per period, written. */
    readonly written: WrittenAmount;
    /** Price per period in the plan's currency. */
    readonly price: Decimal;
    readonly period: Period;
    readonly billing: 'monthly' | 'yearly';
    readonly perUser: boolean;
    /** Departments counted; empty: all. */
    readonly perUserOf: readonly string[];
    /** Users counted (1 for a flat licence). */
    readonly users: Decimal;
    readonly minimumUsers?: Decimal;
    /** Seats billed: max(users, minimum). */
    readonly seats: Decimal;
    /** Price per seat per month in the plan's currency, before increases. */
    readonly pricePerSeatMonth: Decimal;
    readonly increasePercentPerYear?: Decimal;
    readonly fromMonth: number;
    /** The `from` month as written; absent when the licence runs from the plan start. */
    readonly from?: number;
    readonly untilMonth?: number;
    /** Every bill inside the horizon. */
    readonly charges: readonly LicenceCharge[];
    /** Σ charges' monthsCovered. */
    readonly monthsBilled: number;
    /** Per-user seats that follow rollout waves: Σ seats × months billed (present only then). */
    readonly seatMonths?: Decimal;
    readonly total: Decimal;
    /** Where the price comes from (`source "..."`), as written. */
    readonly source?: string;
}

export interface BenefitBreakdown {
    readonly id: string;
    readonly title: string;
    readonly kind: BenefitKind;
    readonly from: readonly string[];
    /** The vendor's mean `covers` share over `from` (100 without `from`). */
    readonly coverageSharePercent: Decimal;
    readonly goLiveMonth: number;
    readonly goLiveLabel: string;
    /** Its `from` requirements that are not part of this implementation: it earns nothing. */
    readonly notInImplementation?: readonly string[];
    readonly rampMonths?: number;
    /** The total at 100% coverage. */
    readonly grossTotal: Decimal;
    /** The total the option earns (coverage applied). */
    readonly total: Decimal;
    readonly monthly: readonly Decimal[];
    /** Σ monthly × the month's discount factor, with the factors the NPV uses: this benefit's part of the NPV; null with the NPV. */
    readonly presentValue: number | null;
    readonly lines: readonly LineBreakdown[];
}

export type NotQuantified =
    | { readonly kind: 'uncovered-requirement'; readonly requirement: string; readonly message: string }
    | { readonly kind: 'benefit-without-amount'; readonly benefit: string; readonly message: string };

export interface CurrencyConversion {
    readonly from: string;
    readonly to: string;
    /** Units of `to` per unit of `from`. */
    readonly factor: Decimal;
    /** The `rate` line used. */
    readonly declared: { readonly from: string; readonly to: string; readonly rate: Decimal; readonly source?: string };
    /** True when the declared rate was inverted. */
    readonly inverse: boolean;
}

export type EvaluationNoteCode =
    /** A dated `once` benefit before its go-live earns nothing. */
    | 'once-benefit-before-go-live'
    /** Effort of a requirement no phase delivers is costed at month 0. */
    | 'effort-without-phase'
    /** `minimum` on a licence that is not per user has no effect. */
    | 'minimum-without-per-user'
    /** An IRR root whose annual rate is too large to represent. */
    | 'irr-out-of-range'
    /** No requirement has value, so the coverage criterion scores 0. */
    | 'no-requirement-value';

export interface EvaluationNote {
    readonly code: EvaluationNoteCode;
    /** The declaration or option it concerns. */
    readonly subject: string;
    readonly message: string;
}

// Uncertainty and scenarios ----------------------------------------------
// Computed on demand (`analyseUncertainty`, `evaluateScenarios`), not by
// `evaluate`: a simulation has a seed and a number of trials, and views that
// only show point figures should not pay for it.

/**
 * Percentiles and mean of one figure over the simulated trials. An undefined
 * value in a trial (payback never reached, ROI with TCO 0) sorts after every
 * number; a percentile that falls on or interpolates with such a value is
 * null, and so is the mean when any trial has one.
 */
export interface Distribution {
    /** 10th percentile, linear interpolation between order statistics (numpy's default). */
    readonly p10: number | null;
    readonly p50: number | null;
    readonly p90: number | null;
    readonly mean: number | null;
}

export interface PaybackDistribution extends Distribution {
    /** Share of trials (0..1) whose cumulative net flow is still negative at the horizon. */
    readonly probabilityNever: number;
}

/** One ranged value of the plan, as the simulation and the tornado name it. */
export interface UncertainInputInfo {
    /** `MoreDeals`, `Customization#2`, `rate USD/CNY`, `discount`, `covers Fxiaoke.Pipeline`, `users Sales`, `effort Reports`, ... */
    readonly id: string;
    readonly kind: 'amount' | 'hours' | 'licence' | 'internal-rate' | 'rate' | 'discount' | 'covers' | 'users' | 'effort';
    /** A currency code, `%`, `% per year`, `CNY per USD`, `users`, `hours`, `person-weeks`, `CNY per person-week`. */
    readonly unit: string;
    /** The unit with its period, for views to word: `¥20,000.00 per month`, `99 per user per month`. */
    readonly measure: InputMeasure;
    /** What the value belongs to, so that views can name it by its titles. */
    readonly subject: InputSubject;
    readonly low: Decimal;
    readonly likely: Decimal;
    readonly high: Decimal;
}

/** How often an amount recurs: `once`, `per month`, `per year`. */
export type InputPeriod = 'once' | 'month' | 'year';

/** What a ranged value is measured in, with its period where it has one. */
export type InputMeasure =
    /** Money in `currency`; `per` for a rate (staff time's hourly rate, the internal rate per person-week). */
    | { readonly kind: 'money'; readonly currency: string; readonly perUser: boolean; readonly period?: InputPeriod; readonly per?: 'hour' | 'person-week' }
    /** Staff-time hours of a cost line. */
    | { readonly kind: 'hours'; readonly perUser: boolean; readonly period: InputPeriod }
    /** A percentage; the discount rate is `per year`. */
    | { readonly kind: 'percent'; readonly perYear: boolean }
    | { readonly kind: 'users' }
    | { readonly kind: 'person-weeks' }
    /** Units of `to` per unit of `from`. */
    | { readonly kind: 'exchange-rate'; readonly from: string; readonly to: string };

/**
 * What a ranged value belongs to: a cost or benefit line (`item`, the
 * `occurrence`-th ranged value of the item), a licence of a vendor's edition
 * (`index` 1-based), a department's users, a requirement's effort, a vendor's
 * coverage of a requirement, an exchange rate, the discount or internal rate.
 */
export type InputSubject =
    | { readonly kind: 'cost' | 'benefit'; readonly item: string; readonly occurrence: number }
    | { readonly kind: 'licence'; readonly vendor: string; readonly edition: string; readonly index: number }
    | { readonly kind: 'users'; readonly department: string }
    | { readonly kind: 'effort'; readonly requirement: string }
    /** `edition`: an edition's own covers (`covers Zoho.Enterprise.Segments`). */
    | { readonly kind: 'covers'; readonly vendor: string; readonly edition?: string; readonly requirement: string }
    | { readonly kind: 'rate'; readonly from: string; readonly to: string }
    | { readonly kind: 'discount' | 'internal-rate' };

/** One bar of the tornado: one input alone at its low and at its high end, the others at likely. */
export interface SensitivityRow {
    readonly input: string;
    readonly unit: string;
    readonly measure: InputMeasure;
    readonly subject: InputSubject;
    readonly low: number;
    readonly likely: number;
    readonly high: number;
    /** The option's NPV with the input at its low end; null only for a discount rate at or below −100%. */
    readonly npvAtLow: number | null;
    readonly npvAtHigh: number | null;
    /** |npvAtHigh − npvAtLow|. */
    readonly swing: number;
    /**
     * The input's value within low..high at which the NPV is 0 (found by
     * bisection on a sign change between low, likely and high; the one
     * nearest the likely value when there are two); null when the NPV keeps
     * its sign over the range.
     */
    readonly breakEven: number | null;
}

export interface OptionUncertainty {
    readonly optionId: string;
    readonly npv: Distribution;
    readonly roiPercent: Distribution;
    readonly paybackMonths: PaybackDistribution;
    /** Share of trials (0..1) with NPV below 0. */
    readonly probabilityNpvNegative: number;
    /** Share of trials (0..1) in which this option has the highest NPV (ties go to the first in plan order). */
    readonly probabilityBest: number;
    /** Inputs this option's money depends on, largest swing first (ties in input order). */
    readonly sensitivity: readonly SensitivityRow[];
}

/** The Monte Carlo simulation and the sensitivity of a plan's ranged values. */
export interface UncertaintyAnalysis {
    readonly seed: number;
    readonly trials: number;
    /** The shape λ of the Beta-PERT distribution every ranged value is drawn from, independently. */
    readonly pertLambda: number;
    /** Every ranged input the money depends on, in plan order. */
    readonly inputs: readonly UncertainInputInfo[];
    /** In the evaluation's option order. */
    readonly options: readonly OptionUncertainty[];
}

/**
 * A named scenario: the plan with its overrides applied, evaluated exactly;
 * or, when its overrides put a figure beyond the range of numbers, why not.
 */
export interface ScenarioEvaluation {
    readonly id: string;
    readonly title: string;
    /** Absent when the scenario cannot be evaluated; `error` says why. */
    readonly evaluation?: Evaluation;
    readonly error?: { readonly code: EvaluationErrorCode; readonly message: string };
}
