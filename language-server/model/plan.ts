/**
 * The plain, typed business case that the evaluation reads.
 *
 * The builder (`build-plan.ts`) turns a validated AST into a `Plan`; nothing
 * here knows about Langium or LSP, so the evaluation can be tested on its own
 * and any other front end could produce a `Plan`.
 *
 * Conventions:
 * - Amounts, shares, weights and rates are exact decimals (decimal.js), as
 *   written in the plan; conversion into the plan's currency happens in the
 *   evaluation, through `Plan.rates`.
 * - Months are offsets from the plan's start month: 0 is the start month,
 *   `horizonMonths - 1` the last month. Offsets may fall outside the horizon
 *   (the evaluation ignores such amounts, the validator warns about them).
 */
import type { Decimal } from 'decimal.js';

/** A value written with an optional range: `30000 (20000 to 36000)`. */
export interface Uncertain {
    /** The likely value; point metrics use only this. */
    readonly likely: Decimal;
    /** Present only when the plan gives a range. */
    readonly low?: Decimal;
    readonly high?: Decimal;
}

export type Moscow = 'must' | 'should' | 'could' | 'wont';
export type Period = 'month' | 'year';
export type CostClass = 'direct' | 'indirect';
export type BenefitKind = 'revenue' | 'savings' | 'efficiency' | 'satisfaction';
export type CriterionMeasure = 'coverage' | 'tco';

export interface Plan {
    readonly title: string;
    /** ISO-like currency code all figures are reported in, e.g. `CNY`. */
    readonly currency: string;
    /** Start month as written, `YYYY-MM`. Month offset 0. */
    readonly start: string;
    readonly horizonMonths: number;
    /** Annual discount rate in percent (8 means 8% per year). */
    readonly discountRatePercent: Uncertain;
    /** Where the discount rate comes from (`source "..."`), e.g. a finance rule. */
    readonly discountSource?: string;
    /** Capacity in person-weeks; undefined means unlimited. */
    readonly capacityPersonWeeks?: Decimal;
    /** `internal rate 6000 per person-week`: effort becomes a direct cost. */
    readonly internalRate?: MoneyAmount;
    readonly internalRateSource?: string;
    /** `amounts include tax` (`included`) or `amounts exclude tax` (`excluded`); undefined when the plan does not say. */
    readonly taxBasis?: TaxBasis;
    /** Chosen option id, `Vendor.Edition` (or `Vendor` for a vendor without editions). */
    readonly chosenOptionId?: string;
    readonly rates: readonly ExchangeRate[];
    readonly goals: readonly Goal[];
    readonly departments: readonly Department[];
    readonly requirements: readonly Requirement[];
    readonly criteria: readonly Criterion[];
    readonly vendors: readonly Vendor[];
    /** Plan-level costs: part of every option. */
    readonly costs: readonly Cost[];
    readonly benefits: readonly Benefit[];
    readonly phases: readonly Phase[];
    readonly kpis: readonly Kpi[];
    /** Named overrides, evaluated side by side with the base case. */
    readonly scenarios: readonly Scenario[];
    /** What was paid and earned after go-live, in plan order; absent or empty before go-live. */
    readonly actuals?: readonly ActualsBlock[];
    /** `require` and `expect` rules the plan is held to, its own first, then its imports'. */
    readonly guardrails: readonly Guardrail[];
}

export type TaxBasis = 'included' | 'excluded';

/** `rate USD 7.10 CNY`: one unit of `from` is worth `rate` units of `to`. */
export interface ExchangeRate {
    readonly from: string;
    readonly to: string;
    readonly rate: Uncertain;
    /** `source "..."`: where a figure comes from (a quote, a trial, a finance rule, a date), as written. */
    readonly source?: string;
}

/** Money as written: a value and the currency it is in. */
export interface MoneyAmount {
    readonly value: Uncertain;
    readonly currency: string;
}

export interface Goal {
    readonly id: string;
    readonly title: string;
    readonly weightPercent: Decimal;
}

export interface Department {
    readonly id: string;
    readonly title: string;
    /** The users from the plan start (the line without `from`; 0 when every line has one). */
    readonly users: Uncertain;
    readonly usersSource?: string;
    /**
     * Rollout waves, `users 40 from 2027-07`, in month order. When present,
     * per-user amounts follow the users of each month (`usersAt`).
     */
    readonly waves?: readonly UserWave[];
}

/** `users 40 from 2027-07`: the department's users from that month on. */
export interface UserWave {
    /** Month offset the line holds from. */
    readonly from: number;
    readonly users: Decimal;
}

export interface Impact {
    readonly goal: string;
    /** 0..10 */
    readonly score: Decimal;
}

export interface Requirement {
    readonly id: string;
    readonly title: string;
    readonly moscow: Moscow;
    readonly askedBy: readonly string[];
    readonly evidence: readonly string[];
    readonly impacts: readonly Impact[];
    /** Effort in person-weeks; undefined when the plan gives none (counts 0). */
    readonly effortPersonWeeks?: Uncertain;
    readonly effortSource?: string;
    readonly needs: readonly string[];
}

export interface Criterion {
    readonly id: string;
    readonly title: string;
    readonly weightPercent: Decimal;
    /** Computed criteria; undefined means scored per vendor with `score`. */
    readonly measure?: CriterionMeasure;
}

/** `per user` or `per user of Sales, Service`. */
export interface PerUser {
    /** Department ids; empty means all departments. */
    readonly departments: readonly string[];
}

export type Schedule =
    /** `once` (month 0) or `once in 2027-02`; a benefit's undated `once` falls at go-live. */
    | { readonly kind: 'once'; readonly month?: number }
    /** `per month` / `per year` (accrued evenly), with inclusive `from`/`until` months. */
    | { readonly kind: 'recurring'; readonly period: Period; readonly from?: number; readonly until?: number };

/**
 * One amount line of a cost or benefit. Money per occurrence (or per period),
 * times users when `perUser` is set. Staff time (`6 hours per user at 120 per
 * hour once`) has `hours`, and `amount` is then the hourly rate.
 */
export interface AmountLine {
    readonly amount: MoneyAmount;
    readonly hours?: Uncertain;
    readonly perUser?: PerUser;
    readonly schedule: Schedule;
    readonly source?: string;
}

/** `licence 119 CNY per user per month billed yearly` on an edition. */
export interface Licence {
    readonly price: MoneyAmount;
    readonly perUser?: PerUser;
    /** The period the price is quoted for. */
    readonly period: Period;
    /** When cash moves: `yearly` pays twelve months in advance at each contract year. */
    readonly billing: 'monthly' | 'yearly';
    readonly from?: number;
    readonly until?: number;
    /** `increase 5% per year`, applied at each contract anniversary. */
    readonly increasePercentPerYear?: Decimal;
    /** `minimum 10 users`: billed seats never fewer. */
    readonly minimumUsers?: Decimal;
    readonly source?: string;
}

export interface Edition {
    readonly id: string;
    readonly title: string;
    readonly licences: readonly Licence[];
    /** The edition's own `covers`: they replace the vendor's share of those requirements for this edition. */
    readonly covers?: readonly Coverage[];
}

export interface Coverage {
    readonly requirement: string;
    readonly sharePercent: Uncertain;
    readonly source?: string;
}

export interface Score {
    readonly criterion: string;
    /** 0..10 */
    readonly score: Decimal;
    readonly source?: string;
}

export interface Vendor {
    readonly id: string;
    readonly title: string;
    /** Empty: the vendor is one option with no licence. */
    readonly editions: readonly Edition[];
    readonly covers: readonly Coverage[];
    readonly scores: readonly Score[];
    /** Costs only this vendor's options carry. */
    readonly costs: readonly Cost[];
}

export interface Cost {
    readonly id: string;
    readonly title: string;
    readonly costClass: CostClass;
    readonly lines: readonly AmountLine[];
}

export interface Benefit {
    readonly id: string;
    readonly title: string;
    readonly kind: BenefitKind;
    /** Requirements that deliver it; empty means live from month 0 at full value. */
    readonly from: readonly string[];
    readonly lines: readonly AmountLine[];
    readonly rampMonths?: number;
}

export interface Phase {
    readonly id: string;
    readonly title: string;
    readonly owner?: string;
    /** Start month offset; exactly one of `start` or `after` is set in a valid plan. */
    readonly start?: number;
    readonly after: readonly string[];
    readonly durationMonths: number;
    readonly delivers: readonly string[];
}

/** `baseline 18%`, `target 24% by 2027-12`, `baseline 3.5 days`. */
export interface Measure {
    readonly value: Decimal;
    /** `%`, a unit word such as `days`, or undefined. */
    readonly unit?: string;
}

export interface Kpi {
    readonly id: string;
    readonly title: string;
    readonly baseline?: Measure;
    readonly target?: Measure;
    /** Month offset of the target date. */
    readonly targetBy?: number;
    readonly tracks: readonly string[];
}

/** One override of a scenario. */
export type ScenarioOverride =
    /** `MoreDeals 70%`: every amount of the cost or benefit times the factor. */
    | { readonly kind: 'scale'; readonly item: string; readonly factorPercent: Decimal }
    /**
     * `Zoho.Professional.licence 110%`: every licence line of the edition (of every edition
     * when `edition` is absent: `Zoho.licence 110%`) times the factor; or `... licence 25 USD`:
     * the price of the target's one licence line replaced, per that line's unit and period.
     */
    | { readonly kind: 'licence'; readonly vendor: string; readonly edition?: string; readonly factorPercent?: Decimal; readonly price?: MoneyAmount }
    /** `internal rate 7000`: the internal rate per person-week replaced (or added). */
    | { readonly kind: 'internal-rate'; readonly rate: MoneyAmount }
    /** `effort Reports 6 person-weeks`: the requirement's effort replaced. */
    | { readonly kind: 'effort'; readonly requirement: string; readonly personWeeks: Decimal }
    /** `users Sales 30`: the department's users replaced. */
    | { readonly kind: 'users'; readonly department: string; readonly users: Decimal }
    /** `discount 10%`: the annual discount rate replaced. */
    | { readonly kind: 'discount'; readonly ratePercent: Decimal }
    /** `rate USD 7.40 CNY`: an exchange rate replaced. */
    | { readonly kind: 'rate'; readonly from: string; readonly to: string; readonly rate: Decimal }
    /**
     * `covers Zoho Pipeline 70%`: the vendor's share of the requirement replaced (what every edition
     * without a share of its own gets); with `edition` (`covers Zoho.Enterprise Pipeline 70%`) that edition's own share.
     */
    | { readonly kind: 'covers'; readonly vendor: string; readonly edition?: string; readonly requirement: string; readonly sharePercent: Decimal }
    /** `score Zoho Usability 6`: the vendor's score on the criterion replaced. */
    | { readonly kind: 'score'; readonly vendor: string; readonly criterion: string; readonly score: Decimal };

export interface Scenario {
    readonly id: string;
    readonly title: string;
    readonly overrides: readonly ScenarioOverride[];
}

/** `actuals 2027-04 to 2027-06 { ... }`: what was recorded for a month or a period. */
export interface ActualsBlock {
    /** First and last month offsets covered, inclusive (equal for a single month). */
    readonly first: number;
    readonly last: number;
    readonly records: readonly ActualRecord[];
}

/** One line of an actuals block; amounts are for the whole period. */
export type ActualRecord =
    /** `licence 71400`: licence payments of the chosen edition. */
    | { readonly kind: 'licence'; readonly amount: MoneyAmount }
    /** `cost DataImport 16200`. */
    | { readonly kind: 'cost'; readonly cost: string; readonly amount: MoneyAmount }
    /** `benefit MoreDeals 9000`. */
    | { readonly kind: 'benefit'; readonly benefit: string; readonly amount: MoneyAmount }
    /** `kpi WinRate 20.5%`: measured at the end of the period. */
    | { readonly kind: 'kpi'; readonly kpi: string; readonly measure: Measure }
    /** `users Sales 36`: active users at the end of the period. */
    | { readonly kind: 'users'; readonly department: string; readonly users: Decimal };
export type GuardrailSeverity = 'require' | 'expect';
/** Where a guardrail's figure comes from: the plan, a simulated percentile, or the actuals. */
export type GuardrailBasis = 'p10' | 'p50' | 'p90' | 'forecast' | 'trend';
export type GuardrailMetric = 'roi' | 'pv-roi' | 'irr' | 'npv' | 'tco' | 'benefit' | 'payback' | 'matrix';
export type Comparison = '>=' | '<=' | '>' | '<';

/** `require payback <= 18 months "Board rule 2026-3"`. */
export interface Guardrail {
    readonly severity: GuardrailSeverity;
    /** Undefined: the plan's own figures. */
    readonly basis?: GuardrailBasis;
    readonly metric: GuardrailMetric;
    readonly comparison: Comparison;
    /**
     * The limit as written: percent for `roi`, `pv-roi`, `irr`; months for
     * `payback`; a score for `matrix`; money (in `limit.currency`) for `npv`,
     * `tco`, `benefit`.
     */
    readonly limit: { readonly value: Decimal; readonly currency?: string };
    readonly reason?: string;
    /** The rule as written, on one line: `require payback <= 18 months`. */
    readonly text: string;
    /** Where the rule stands: a file path (relative to the plan's folder) and a 1-based line. */
    readonly source: { readonly file: string; readonly line: number };
}
