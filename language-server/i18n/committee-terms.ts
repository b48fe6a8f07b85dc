/**
 * The words of what an approval committee reads first in the report: the
 * conclusion, the basis of the figures, and the risks beside the simulation
 * with the unit of each simulated value. Part of `ReportTerms` (groups
 * `conclusion`, `basis`, `risks`); entries are trusted Markdown and take
 * already-escaped Markdown, except where a parameter says plain text.
 */
import type { InputPeriod } from '../evaluation/evaluation-types.js';
import type { Markdown } from '../report/markdown.js';

type M = Markdown;

export interface ConclusionTerms {
    /** The sentence with its label: `**Conclusion:** …`. */
    labelled(sentence: M): string;
    /** The horizon in whole years, as it qualifies the TCO: `three-year`, `三年`. */
    years(count: number): string;
    /** A horizon that is not a whole number of years: `30-month`, `30 个月`. */
    months(count: M): string;
    /** A month inside the conclusion: `April 2028`, `2028 年 4 月`. */
    month(year: string, month: number): string;
    /** TCO, NPV and payback of the option: what every conclusion says. */
    figures(horizon: M, tco: M, npv: M, payback: M): string;
    paybackIn(month: M): string;
    /** Payback not reached; `horizon` is the plan's months (`36 months`). */
    paybackNever(horizon: M): string;
    readonly paybackImmediate: string;
    /** The option leads by NPV and pays for itself. */
    recommend(name: M, figures: M): string;
    /** The plan's choice where no option has an NPV. */
    chosen(name: M, figures: M): string;
    /** The plan's choice, which another option beats by NPV. */
    chosenNotRecommended(name: M, figures: M, recommended: M, recommendedNpv: M): string;
    /** The plan's choice leads by NPV, but its NPV is negative. */
    chosenNegative(name: M, figures: M): string;
    /** No option is chosen and the best NPV is negative. */
    noneWorthwhile(name: M, figures: M): string;
    readonly noOptions: string;
    readonly noRecommendation: string;
}

export interface BasisTerms {
    readonly label: string;
    readonly taxIncluded: string;
    readonly taxExcluded: string;
    /** The plan does not say: how to declare it. */
    readonly taxUndeclared: string;
    /** Efficiency and satisfaction benefits of the option: valued, not cash. */
    valuedEstimates(option: M, amount: M, share: M, total: M): string;
    /** Why the discount rate is what it is: the plan's `source "..."`. */
    discountSource(rate: M, source: M): string;
}

/** How a simulated value reads with its unit. */
export interface InputUnitTerms {
    /** Money: `¥20,000.00 per month`, `¥99.00 per user per month`, `¥25,000.00 once`, `¥150.00 per hour`. */
    money(amount: M, perUser: boolean, period: InputPeriod | undefined, per: 'hour' | 'person-week' | undefined): string;
    hours(count: M, perUser: boolean, period: InputPeriod): string;
    percent(value: M, perYear: boolean): string;
    users(count: M, n: number): string;
    personWeeks(count: M, n: number): string;
    exchangeRate(value: M, from: M, to: M): string;
}

/** What a simulated value is called, from the plan's titles. Plain text in, plain text out. */
export interface InputNameTerms {
    /** The `occurrence`-th ranged value of a cost or benefit, when it has more than one. */
    nth(title: string, occurrence: number): string;
    /** A staff-time line's hours and its hourly rate. */
    hours(title: string): string;
    hourlyRate(title: string): string;
    /** `index` only when the edition has more than one licence. */
    licence(option: string, index: number | undefined): string;
    users(department: string): string;
    effort(requirement: string): string;
    covers(vendor: string, requirement: string): string;
    rate(from: string, to: string): string;
    readonly discount: string;
    readonly internalRate: string;
}

export interface RiskTerms {
    /** The risk sentences with their label: `**Risks:** …`. */
    labelled(sentences: M): string;
    probabilityNegative(option: M, trials: M, probability: M): string;
    /** The values that move the NPV most, each `mover(name, swing)`. */
    movers(list: M): string;
    mover(name: M, swing: M): string;
    readonly noMovers: string;
    /** Where the NPV changes sign, within the value's range. */
    turnsNegativeBelow(name: M, value: M): string;
    turnsNegativeAbove(name: M, value: M): string;
    turnsPositiveAbove(name: M, value: M): string;
    turnsPositiveBelow(name: M, value: M): string;
    /** The NPV keeps its sign over the whole range. */
    staysPositive(name: M, low: M, high: M): string;
    staysNegative(name: M, low: M, high: M): string;

    readonly inputsHeading: string;
    inputsIntro(trials: M, seed: M, lambda: M): string;
    readonly input: string;
    readonly low: string;
    readonly likely: string;
    readonly high: string;
    readonly distribution: string;
    pert(lambda: M): string;
    /** A range of zero width: the value is not drawn. */
    readonly constant: string;

    readonly units: InputUnitTerms;
    readonly names: InputNameTerms;
}
