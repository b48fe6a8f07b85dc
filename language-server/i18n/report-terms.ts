/**
 * Every word the report writes, per locale. Each locale implements the same
 * interface, so a missing translation is a type error; the report never
 * falls back to another language mid-page.
 *
 * Entries are trusted Markdown. Parameters are already-escaped Markdown
 * (plan text through `text()`, figures through the formatters), so an entry
 * may place them anywhere.
 */
import type { BenefitKind, CostClass, CriterionMeasure, Moscow } from '../model/plan.js';
import type { CapacityExclusion, EvaluationNoteCode, Recurrence } from '../evaluation/evaluation-types.js';
import type { Markdown } from '../report/markdown.js';
import type { BasisTerms, ConclusionTerms, RiskTerms } from './committee-terms.js';
import type { MetricTerms } from './metric-terms.js';

type M = Markdown;

export interface ReportTerms {
    /** Joins the items of an inline list. */
    readonly listSeparator: string;
    /** Ends a sentence built from parts. */
    readonly sentenceEnd: string;
    /** Joins sentences of a paragraph. */
    readonly sentenceJoin: string;
    /** Joins the amount lines of one cost or benefit. */
    readonly lineSeparator: string;
    readonly untitled: string;
    subtitle(currency: M, from: M, to: M, months: M, discount: M): string;
    readonly provenance: string;

    readonly headings: {
        readonly summary: string;
        readonly needs: string;
        readonly vendors: string;
        readonly costs: string;
        readonly benefits: string;
        readonly cashFlow: string;
        readonly timeline: string;
        readonly monitoring: string;
        readonly assumptions: string;
        readonly matrix: string;
        readonly coverage: string;
        readonly financials: string;
        readonly licences: string;
        readonly allOptions: string;
        readonly departments: string;
        readonly notQuantified: string;
        readonly notes: string;
    };

    readonly metrics: MetricTerms & {
        readonly figure: string;
        readonly matrixScore: string;
        readonly npvRank: string;
        readonly matrixRank: string;
        npvAt(rate: M): string;
        tcoOver(months: M): string;
        benefitOver(months: M): string;
    };

    readonly values: {
        readonly na: string;
        readonly yes: string;
        readonly roiUndefined: string;
        readonly npvUndefined: string;
        months(count: M, n: number): string;
        personWeeks(count: M, n: number): string;
        users(count: M, n: number): string;
        payback(months: M, label: M): string;
        readonly paybackNever: string;
        paybackImmediate(months: M): string;
        readonly irrNone: string;
        irrSeveral(count: number, roots: M): string;
        rankOf(rank: number, of: number): string;
        scoreOf10(score: M): string;
        range(likely: M, low: M, high: M): string;
        fromTo(from: M, to: M): string;
        /** `text (aside)`, with the locale's brackets. */
        paren(text: M, aside: M): string;
        optionHeader(name: M, chosen: boolean, recommended: boolean): string;
        /** An option as people call it, `Vendor Edition`; plain text (Mermaid sanitises it its own way). */
        optionName(vendor: string, edition: string): string;
        /** A month inside a sentence (tables write `YYYY-MM`). */
        monthInText(year: string, month: number): string;
        /** An amount inside a sentence: as in tables, or in ten thousands where the locale reads large amounts that way. */
        amountInSentence(exact: M, tenThousands: M, currency: string): string;
    };

    /** What an approval committee reads first: the conclusion, the basis of the figures, the risks. */
    readonly conclusion: ConclusionTerms;
    readonly basis: BasisTerms;
    readonly risks: RiskTerms;

    readonly summary: {
        /** After go-live: the as-of month and the forecast ROI beside the planned one. */
        actualsSoFar(asOf: M, planned: M, forecast: M, trend: M): string;
        readonly chosen: string;
        readonly recommended: string;
        chosenAndRecommended(name: M, count: number): string;
        runnerUp(name: M, npv: M): string;
        onlyOption(name: M): string;
        chosenNotRecommended(name: M, recommended: M, recommendedNpv: M, npv: M, rank: M): string;
        noChoice(recommended: M, count: number): string;
        chosenWithoutRecommendation(name: M): string;
        readonly noRecommendation: string;
        readonly noOptions: string;
        matrixFirst(score: M): string;
        matrixNotFirst(rank: M, score: M, top: M, topScore: M): string;
        readonly npvNegative: string;
    };

    readonly needs: {
        goals(list: M): string;
        readonly noGoals: string;
        readonly rankRule: string;
        readonly rank: string;
        readonly requirement: string;
        readonly moscow: string;
        readonly value: string;
        readonly effort: string;
        readonly askedBy: string;
        readonly evidence: string;
        readonly withinCapacity: string;
        readonly moscowNames: Readonly<Record<Moscow, string>>;
        readonly evidenceNames: Readonly<Record<string, string>>;
        readonly exclusions: Readonly<Record<Exclude<CapacityExclusion, 'needs'>, string>>;
        needsNotKept(list: M): string;
        capacity(used: M, capacity: M, kept: number, total: number): string;
        noCapacity(used: M, kept: number, total: number): string;
        mustsOver(mustEffort: M, capacity: M): string;
        readonly noRequirements: string;
    };

    readonly vendors: {
        readonly criterion: string;
        readonly weight: string;
        readonly scoredBy: string;
        readonly measures: Readonly<Record<CriterionMeasure | 'score', string>>;
        missingScore(score: M): string;
        readonly noCriteria: string;
        readonly coverageIntro: string;
        readonly notCovered: string;
        readonly noOptions: string;
    };

    readonly costs: {
        intro(months: M): string;
        readonly item: string;
        readonly costClass: string;
        readonly type: string;
        readonly how: string;
        readonly classes: Readonly<Record<CostClass, string>>;
        readonly recurrences: Readonly<Record<Recurrence, string>>;
        licenceItem(name: M, index: number, count: number): string;
        effortItem(title: M): string;
        vendorItem(title: M, vendor: M): string;
        readonly seeLicences: string;
        readonly directTotal: string;
        readonly indirectTotal: string;
        readonly oneOffTotal: string;
        readonly recurringTotal: string;
        readonly noCosts: string;
        readonly noOptions: string;
        /** Amount lines, in the plan's currency. */
        staff(hours: M, rate: M, users: M | undefined): string;
        perUser(amount: M, users: M): string;
        usersOf(count: M, n: number, departments: M): string;
        converted(written: M, converted: M): string;
        once(base: M, month: M): string;
        onceOutside(base: M): string;
        perMonth(base: M, months: M, range: M): string;
        perYear(base: M, months: M, range: M): string;
        recurringOutside(base: M, period: 'per month' | 'per year'): string;
        equals(line: M, total: M): string;
        effort(personWeeks: M, rate: M, range: M, phase: M): string;
        effortNoPhase(personWeeks: M, rate: M, month: M): string;
        /** Licences. */
        licence(name: M, formula: M, billing: M): string;
        /** The option's name, numbered when its edition has several licence lines. */
        licenceName(option: M, index: number, count: number): string;
        licenceFormula(seats: M | undefined, price: M, period: 'month' | 'year', months: M, increase: M | undefined, total: M): string;
        seats(count: M, n: number, departments: M | undefined): string;
        /** Seats that follow rollout waves, counted in user-months. */
        seatMonths(count: M, departments: M | undefined): string;
        seatsWithMinimum(seats: M, minimum: M, users: M, n: number, departments: M | undefined): string;
        billedYearly(count: number, bills: M): string;
        billedMonthly(count: number): string;
        bill(month: M, amount: M): string;
        noLicence(name: M): string;
    };

    readonly benefits: {
        readonly intro: string;
        readonly benefit: string;
        readonly kind: string;
        readonly from: string;
        readonly goLive: string;
        readonly ramp: string;
        readonly amount: string;
        readonly fullValue: string;
        readonly kinds: Readonly<Record<BenefitKind, string>>;
        readonly kindTotals: Readonly<Record<BenefitKind, string>>;
        readonly liveFromStart: string;
        readonly notInImplementation: string;
        readonly notQuantified: string;
        readonly noBenefits: string;
    };

    readonly cashFlow: {
        intro(name: M): string;
        readonly year: string;
        readonly months: string;
        readonly cost: string;
        readonly benefit: string;
        readonly net: string;
        readonly cumulative: string;
        yearLabel(n: number): string;
        /** Plain text: Mermaid sanitises it, Markdown never sees it. */
        chartTitle(name: string): string;
        readonly chartIntro: string;
        readonly allOptionsIntro: string;
        readonly noOptions: string;
    };

    readonly timeline: {
        readonly number: string;
        readonly phase: string;
        readonly owner: string;
        readonly start: string;
        readonly end: string;
        readonly duration: string;
        readonly delivers: string;
        readonly live: string;
        readonly noOwner: string;
        readonly noPhases: string;
        readonly ganttTitle: string;
        readonly ganttIntro: string;
        notDelivered(list: M): string;
    };

    /** The monthly cash flow behind the NPV. */
    readonly appendix: {
        readonly heading: string;
        intro(option: M, rate: M): string;
        readonly month: string;
        readonly cost: string;
        readonly benefit: string;
        readonly net: string;
        readonly cumulative: string;
        readonly discountFactor: string;
        readonly presentValue: string;
        readonly total: string;
    };

    readonly monitoring: {
        readonly intro: string;
        readonly kpi: string;
        readonly tracks: string;
        readonly baseline: string;
        readonly target: string;
        readonly by: string;
        tracked(benefit: M, live: M): string;
        trackedOutside(benefit: M): string;
        readonly noKpis: string;
        /** The plan against its actuals (`actuals` blocks), when it records any. */
        planVsActual(month: M): string;
        readonly toDateIntro: string;
        readonly figure: string;
        readonly planned: string;
        readonly actual: string;
        readonly variance: string;
        readonly cost: string;
        readonly benefit: string;
        readonly realisedNet: string;
        readonly realisedRoi: string;
        readonly realisationRate: string;
        readonly projectionsIntro: string;
        readonly plan: string;
        readonly forecast: string;
        readonly trend: string;
        readonly linesIntro: string;
        readonly line: string;
        readonly lineKinds: Readonly<Record<'cost' | 'licence' | 'benefit', string>>;
        readonly kpisIntro: string;
        readonly latest: string;
        readonly expectedNow: string;
        readonly status: string;
        readonly statuses: Readonly<Record<'met' | 'on-track' | 'behind' | 'no-data', string>>;
        readonly adoptionIntro: string;
        readonly department: string;
        readonly activeUsers: string;
        readonly declaredUsers: string;
        readonly share: string;
        readonly overall: string;
        readonly chartIntro: string;
        chartTitle(option: string): string;
    };

    readonly uncertainty: {
        readonly heading: string;
        intro(trials: M, seed: M): string;
        readonly option: string;
        readonly p10: string;
        readonly p50: string;
        readonly p90: string;
        readonly probabilityNegative: string;
        readonly probabilityBest: string;
        tornadoIntro(name: M): string;
        readonly input: string;
        readonly low: string;
        readonly high: string;
        readonly npvAtLow: string;
        readonly npvAtHigh: string;
        readonly swing: string;
        readonly breakEven: string;
        readonly noBreakEven: string;
        /** Plain text: Mermaid sanitises it. */
        chartTitle(name: string): string;
        readonly scenariosHeading: string;
        readonly scenariosIntro: string;
        readonly scenario: string;
        /** A scenario cell whose figures cannot be computed. */
        readonly scenarioOverflow: string;
        readonly baseCase: string;
        readonly overrides: string;
        scenarioDetailIntro(option: M): string;
    };

    readonly assumptions: {
        currency(currency: M): string;
        period(from: M, to: M, months: M): string;
        discount(rate: M): string;
        rates(list: M): string;
        noRates(currency: M): string;
        rate(from: M, factor: M, to: M): string;
        capacity(capacity: M): string;
        readonly noCapacity: string;
        internalRate(rate: M): string;
        readonly noInternalRate: string;
        readonly department: string;
        readonly users: string;
        readonly noDepartments: string;
        uncovered(requirement: M): string;
        noAmount(benefit: M): string;
        readonly ranges: string;
        readonly rangesSimulated: string;
        missingScore(vendor: M, criterion: M): string;
        outsideCapacity(requirement: M, reasons: M): string;
        deliveredBy(phase: M): string;
        feeds(benefits: M): string;
        readonly effortCosted: string;
        readonly nothingLeftOut: string;
        readonly noNotes: string;
        readonly notes: Readonly<Record<EvaluationNoteCode, (subject: M) => string>>;
    };
}
