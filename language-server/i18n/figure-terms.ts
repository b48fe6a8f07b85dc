/**
 * The phrases of the editor views (hover, inlay hints, code lens). Out-of-date
 * figures (the plan has errors now; these are its last figures without
 * errors) carry the same marker everywhere: a leading `⟳`, plus a sentence in
 * hovers and inlay hint tooltips and `(out of date)` in code lenses, which
 * have no tooltip.
 */
import type { Locale } from './locale.js';
import type { MetricTerms } from './metric-terms.js';
import type { Moscow } from '../model/plan.js';

/** Marks figures from the last version of a plan without errors. */
export const STALE_MARK = '⟳';

/** Why a view shows no figures. */
export type NoFiguresReason = 'catalogue' | 'errors';

/** Every phrase of the figure views, in one language. */
export interface FigureTerms extends MetricTerms {
    readonly locale: Locale;
    /** Hover and tooltip sentence for out-of-date figures. */
    readonly outOfDate: string;
    /** Code lens suffix for out-of-date figures. */
    readonly outOfDateShort: string;
    noFigures(reason: NoFiguresReason): string;
    /** A declaration the (last good) evaluation does not know, e.g. added since. */
    notInFigures(name: string): string;
    /** `name: value`, with the language's colon. */
    labelled(name: string, value: string): string;
    /** `Fxiaoke.Professional (chosen, recommended)` */
    tagged(name: string, tags: readonly string[]): string;

    /** `payback` inside a sentence. */
    readonly paybackInline: string;
    readonly matrixScore: string;
    readonly npvRank: string;
    readonly matrixRank: string;
    readonly chosen: string;
    readonly recommended: string;
    readonly option: string;
    readonly total: string;
    readonly coverage: string;

    /** `15.64 months` */
    months(count: string): string;
    /** `15.6 mo`: inlay hints. */
    monthsShort(count: string): string;
    /** `1 of 4` */
    rankOf(rank: number, of: number): string;
    readonly noPayback: string;
    readonly noPaybackShort: string;
    /** ROI of an option without costs (TCO 0): undefined, and why. */
    readonly roiUndefined: string;
    irrNone(roots: readonly string[]): string;

    // Requirements
    readonly value: string;
    readonly valueFormula: string;
    readonly rank: string;
    readonly effort: string;
    personWeeks(count: string): string;
    readonly noEffort: string;
    readonly withinCapacity: string;
    readonly yes: string;
    capacityKept(usedBefore: string, capacity: string | undefined): string;
    excludedByCapacity(effort: string, usedBefore: string, capacity: string): string;
    readonly excludedWont: string;
    excludedNeeds(needs: readonly string[]): string;
    moscow(value: Moscow): string;
    /** Inlay hint after `impact`: `value 6.65 · #1`. */
    priorityHint(value: string, rank: number): string;
    priorityTooltip(rank: string, moscow: string, within: boolean): string;
    readonly goLive: string;
    /** The plan lens after go-live: the planned ROI beside where the actuals head. */
    forecastLens(asOf: string, planned: string, forecast: string, trend: string): string;
    /** In the status bar after go-live: `forecast 115.77%`. */
    forecastShort(roi: string): string;
    /** Hover on an actuals line: the plan for its months against the record. */
    actualsLineHover(line: string, period: string, planned: string, recorded: string, variance: string): string;
    /** On an `actuals` header: cost and benefit of its months against the plan. */
    actualsVariance(cost: string, benefit: string): string;
    readonly actualsVarianceTooltip: string;
    /** On a KPI after go-live: latest measurement (if any), expected value on its path, status. */
    kpiProgress(latest: string | undefined, expected: string, status: string): string;
    readonly kpiStatuses: Readonly<Record<'met' | 'on-track' | 'behind' | 'no-data', string>>;
    readonly notInImplementation: string;

    // Goals and criteria
    readonly weight: string;
    readonly usedBy: string;
    readonly notUsed: string;
    impactTerm(impact: string, product: string, value: string): string;
    readonly measuredByCoverage: string;
    readonly measuredByTco: string;
    readonly scoredPerVendor: string;
    criterionTerm(score: string, weighted: string, matrix: string, missing: boolean): string;

    // Costs and benefits
    readonly everyOption: string;
    readonly direct: string;
    readonly indirect: string;
    benefitKind(kind: string): string;
    totalOver(horizon: number): string;
    lineOnce(amount: string, month: string | undefined): string;
    lineRecurring(amount: string, period: 'month' | 'year', first: string | undefined, last: string | undefined, months: number): string;
    hoursAt(hours: string, rate: string): string;
    users(count: string, of: readonly string[]): string;
    converted(written: string, converted: string, rate: string): string;
    readonly from: string;
    rampMonths(months: number): string;
    grossTotal(total: string): string;
    /** Inlay hint after an amount line. */
    amountOver(total: string, months: number): string;
    amountIn(total: string, month: string): string;
    readonly amountOutside: string;
    /** Hover on a ranged cost or benefit: its bar in the tornado of one option. */
    tornado(input: string, swing: string, rank: number, of: number, option: string, low: string, high: string): string;
    /** Code lens on the plan header: the Monte Carlo band of the NPV. */
    npvBand(option: string, p10: string, p90: string, trials: number): string;
    perOptionNote(option: string): string;
    readonly licence: string;
    licenceLine(price: string, period: 'month' | 'year', seats: string | undefined, billing: 'monthly' | 'yearly'): string;
    licenceTotal(total: string, months: number): string;
    /** Seats that follow rollout waves: the total for the seat-months billed. */
    licenceSeatMonths(total: string, seatMonths: string): string;

    /** Inlay hint after an edition: `ROI 126% · NPV ¥449,554 · payback 15.6 mo`. */
    optionHint(roi: string, npv: string, payback: string): string;

    // Code lens
    readonly openReport: string;
    recommendedLens(option: string): string;
    matrixLens(rank: number, of: number, score: string): string;
}
