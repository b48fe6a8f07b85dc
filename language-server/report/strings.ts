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
import type { CapacityExclusion, EvaluationNoteCode, Recurrence } from '../evaluation/evaluation.js';
import type { Locale } from '../i18n/locale.js';
import type { Markdown } from './markdown.js';

type M = Markdown;

export interface ReportStrings {
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

    readonly metrics: {
        readonly figure: string;
        readonly tco: string;
        readonly totalBenefit: string;
        readonly roi: string;
        readonly npv: string;
        readonly pvRoi: string;
        readonly payback: string;
        readonly irr: string;
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
    };

    readonly summary: {
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
    };

    readonly uncertainty: {
        readonly heading: string;
        intro(trials: M, seed: M): string;
        readonly option: string;
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

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const EN: ReportStrings = {
    listSeparator: ', ',
    sentenceEnd: '.',
    sentenceJoin: ' ',
    lineSeparator: '; ',
    untitled: 'Business case',
    subtitle: (currency, from, to, months, discount) =>
        `Business case report · ${currency} · ${from} to ${to} (${months}) · discount rate ${discount} per year`,
    provenance: 'Every figure comes from crmplan’s evaluation of the plan; money is rounded to the cent only for display.',

    headings: {
        summary: '1. Summary',
        needs: '2. Needs and priorities',
        vendors: '3. Vendor comparison',
        costs: '4. Costs',
        benefits: '5. Benefits',
        cashFlow: '6. Cash flow',
        timeline: '7. Implementation timeline',
        monitoring: '8. Monitoring',
        assumptions: '9. Assumptions and limits',
        matrix: 'Weighted matrix',
        coverage: 'Requirement coverage',
        financials: 'Financials per option',
        licences: 'How the licence totals were computed',
        allOptions: 'All options',
        departments: 'Users per department',
        notQuantified: 'Not quantified',
        notes: 'Evaluation notes'
    },

    metrics: {
        figure: 'Figure',
        tco: 'TCO',
        totalBenefit: 'Total benefit',
        roi: 'ROI',
        npv: 'NPV',
        pvRoi: 'PV-ROI',
        payback: 'Payback',
        irr: 'IRR (annual)',
        matrixScore: 'Matrix score (0–10)',
        npvRank: 'Rank by NPV',
        matrixRank: 'Rank in the matrix',
        npvAt: rate => `NPV at ${rate} per year`,
        tcoOver: months => `TCO over ${months}`,
        benefitOver: months => `Total benefit over ${months}`
    },

    values: {
        na: 'n/a',
        yes: 'yes',
        roiUndefined: 'n/a: no costs',
        npvUndefined: 'n/a: discount rate at or below −100%',
        months: (count, n) => `${count} ${plural(n, 'month', 'months')}`,
        personWeeks: (count, n) => `${count} ${plural(n, 'person-week', 'person-weeks')}`,
        users: (count, n) => `${count} ${plural(n, 'user', 'users')}`,
        payback: (months, label) => `${months} months (reached in ${label})`,
        paybackNever: 'not within the horizon',
        paybackImmediate: months => `${months} months (the cumulative net cash flow is never negative)`,
        irrNone: 'n/a: no rate makes the NPV zero',
        irrSeveral: (count, roots) => `n/a: ${count} rates make the NPV zero (${roots})`,
        rankOf: (rank, of) => `${rank} of ${of}`,
        scoreOf10: score => `${score} of 10`,
        range: (likely, low, high) => `${likely} (${low} to ${high})`,
        fromTo: (from, to) => `${from} to ${to}`,
        paren: (text, aside) => `${text} (${aside})`,
        optionHeader: (name, chosen, recommended) => {
            const marks = [chosen ? 'chosen' : '', recommended ? 'recommended' : ''].filter(Boolean);
            return marks.length > 0 ? `${name} (${marks.join(', ')})` : name;
        }
    },

    summary: {
        chosen: 'Chosen option:',
        recommended: 'Recommended option:',
        chosenAndRecommended: (name, count) =>
            `${name} is the chosen option and also the recommended one: it has the highest NPV of the ${count} options`,
        runnerUp: (name, npv) => ` (next: ${name}, ${npv})`,
        onlyOption: name => `${name} is the only option, so there is nothing to compare it with: judge it by its own NPV and ROI.`,
        chosenNotRecommended: (name, recommended, recommendedNpv, npv, rank) =>
            `The plan chooses ${name}, but it is not the recommended option: ${recommended} has the highest NPV (${recommendedNpv}, against ${npv} for ${name}, which ranks ${rank} by NPV). The figures below are those of the chosen option.`,
        noChoice: (recommended, count) =>
            `The plan chooses no option yet. ${recommended} is recommended: it has the highest NPV of the ${count} options`,
        chosenWithoutRecommendation: name => `The plan chooses ${name}.`,
        noRecommendation: 'No option has an NPV (the discount rate is at or below −100%), so none is recommended.',
        noOptions: 'The plan has no vendor options yet, so there are no figures to compare. Add vendors with their editions and licences to see TCO, ROI and NPV per option.',
        matrixFirst: score => `It also ranks first in the vendor matrix (${score}).`,
        matrixNotFirst: (rank, score, top, topScore) =>
            `In the vendor matrix it ranks ${rank} (${score}); ${top} ranks first (${topScore}).`,
        npvNegative: 'Its NPV is negative: at this discount rate it does not pay for itself within the horizon.'
    },

    needs: {
        goals: list => `Goals and their weights: ${list}. A requirement’s value is the sum over goals of weight × impact (0–10).`,
        noGoals: 'The plan declares no goals, so every requirement has value 0.',
        rankRule: 'Ranked by MoSCoW class, then value, then value per person-week. Capacity is filled in that order, skipping what does not fit; musts are always kept.',
        rank: '#',
        requirement: 'Requirement',
        moscow: 'MoSCoW',
        value: 'Value',
        effort: 'Effort',
        askedBy: 'Asked by',
        evidence: 'Evidence',
        withinCapacity: 'Within capacity',
        moscowNames: { must: 'must', should: 'should', could: 'could', wont: 'won’t' },
        evidenceNames: { interview: 'interview', feedback: 'feedback', research: 'research', survey: 'survey', data: 'data' },
        exclusions: { capacity: 'no: does not fit the capacity', wont: 'no: won’t have this time' },
        needsNotKept: list => `no: needs ${list}, which is not kept`,
        capacity: (used, capacity, kept, total) =>
            `Capacity: ${used} of ${capacity} person-weeks used by ${kept} of ${total} requirements.`,
        noCapacity: (used, kept, total) =>
            `No capacity is set, so every requirement is kept except won’t-haves and what needs them: ${kept} of ${total} requirements, ${used} person-weeks.`,
        mustsOver: (mustEffort, capacity) =>
            `The musts alone need ${mustEffort} person-weeks, more than the capacity of ${capacity}.`,
        noRequirements: 'The plan has no requirements.'
    },

    vendors: {
        criterion: 'Criterion',
        weight: 'Weight',
        scoredBy: 'Scored by',
        measures: { coverage: 'coverage of requirement value', tco: 'lowest TCO ÷ this TCO', score: 'trial score' },
        missingScore: score => `${score} (no score given, counted 0)`,
        noCriteria: 'The plan declares no criteria, so there is no weighted matrix.',
        coverageIntro: 'Share of each requirement the vendor covers, from the trials:',
        notCovered: 'not covered',
        noOptions: 'No vendor option to compare.'
    },

    costs: {
        intro: months => `Every cost over the ${months} of the plan, undiscounted, by item and option.`,
        item: 'Cost',
        costClass: 'Class',
        type: 'Type',
        how: 'How it is computed',
        classes: { direct: 'direct', indirect: 'indirect' },
        recurrences: { 'one-off': 'one-off', recurring: 'recurring', mixed: 'one-off and recurring' },
        licenceItem: (name, index, count) => (count === 1 ? `Licence: ${name}` : `Licence ${index + 1}: ${name}`),
        effortItem: title => `Internal effort: ${title}`,
        vendorItem: (title, vendor) => `${title} (${vendor} only)`,
        seeLicences: 'see the licences below',
        directTotal: 'Direct costs',
        indirectTotal: 'Indirect costs',
        oneOffTotal: 'One-off costs',
        recurringTotal: 'Recurring costs',
        noCosts: 'No option carries any cost.',
        noOptions: 'No vendor option, so no costs per option.',
        staff: (hours, rate, users) => (users ? `${hours} hours × ${users} × ${rate} per hour` : `${hours} hours × ${rate} per hour`),
        perUser: (amount, users) => `${amount} × ${users}`,
        usersOf: (count, n, departments) => `${count} ${plural(n, 'user', 'users')} of ${departments}`,
        converted: (written, converted) => `${written} (${converted})`,
        once: (base, month) => `${base} once in ${month}`,
        onceOutside: base => `${base} once, outside the horizon (not counted)`,
        perMonth: (base, months, range) => `${base} per month × ${months} (${range})`,
        perYear: (base, months, range) => `${base} per year, accrued monthly over ${months} (${range})`,
        recurringOutside: (base, period) => `${base} ${period}, outside the horizon (not counted)`,
        equals: (line, total) => `${line} = ${total}`,
        effort: (personWeeks, rate, range, phase) => `${personWeeks} × ${rate} per person-week, spread over ${range} (${phase})`,
        effortNoPhase: (personWeeks, rate, month) => `${personWeeks} × ${rate} per person-week in ${month} (no phase delivers it)`,
        licence: (name, formula, billing) => `${name}: ${formula}, ${billing}.`,
        licenceName: (option, index, count) => (count === 1 ? option : `${option}, licence ${index + 1}`),
        licenceFormula: (seats, price, period, months, increase, total) =>
            `${seats ? `${seats} × ` : ''}${price} per ${period} × ${months}${period === 'year' ? ' ÷ 12' : ''}${increase ? `, rising ${increase} each contract year` : ''} = ${total}`,
        seats: (count, n, departments) => `${count} ${plural(n, 'user', 'users')}${departments ? ` of ${departments}` : ''}`,
        seatMonths: (count, departments) => `${count} user-months (the users${departments ? ` of ${departments}` : ''} as they roll out)`,
        seatsWithMinimum: (seats, minimum, users, n, departments) =>
            `${seats} seats (minimum ${minimum}; ${users} ${plural(n, 'user', 'users')}${departments ? ` of ${departments}` : ''})`,
        billedYearly: (count, bills) => `billed yearly in ${count} ${plural(count, 'bill', 'bills')} (${bills})`,
        billedMonthly: count => `billed monthly (${count} ${plural(count, 'bill', 'bills')})`,
        bill: (month, amount) => `${month}: ${amount}`,
        noLicence: name => `${name}: no licence.`
    },

    benefits: {
        intro: 'Each option earns a benefit in proportion to its vendor’s mean coverage of the requirements that deliver it. Nothing is earned before go-live, and a ramp phases the amount in over its first months. Full value is the total at 100% coverage, ramp applied; each option’s column shows its coverage and what it earns.',
        benefit: 'Benefit',
        kind: 'Kind',
        from: 'Delivered by',
        goLive: 'Go-live',
        ramp: 'Ramp',
        amount: 'Amount',
        fullValue: 'Full value',
        kinds: { revenue: 'revenue', savings: 'savings', efficiency: 'efficiency', satisfaction: 'satisfaction' },
        kindTotals: { revenue: 'Revenue', savings: 'Savings', efficiency: 'Efficiency', satisfaction: 'Satisfaction' },
        liveFromStart: 'live from the start',
        notInImplementation: 'not in this implementation',
        notQuantified: 'not quantified',
        noBenefits: 'The plan declares no benefits, so every option’s total benefit is 0.'
    },

    cashFlow: {
        intro: name => `Yearly cash flow of ${name}, undiscounted:`,
        year: 'Year',
        months: 'Months',
        cost: 'Cost',
        benefit: 'Benefit',
        net: 'Net',
        cumulative: 'Cumulative net',
        yearLabel: n => `Year ${n}`,
        chartTitle: name => `Net cash flow of ${name} per year (bars) and cumulative (line)`,
        chartIntro: 'Net cash flow per year (bars) and cumulative net cash flow (line):',
        allOptionsIntro: 'Cumulative net cash flow at the end of each year, every option:',
        noOptions: 'No option, so no cash flow.'
    },

    timeline: {
        number: '#',
        phase: 'Phase',
        owner: 'Owner',
        start: 'Start',
        end: 'End',
        duration: 'Duration',
        delivers: 'Delivers',
        live: 'Live from',
        noOwner: 'no owner named',
        noPhases: 'The plan has no phases, so there is no timeline: every requirement counts as live from the start.',
        ganttTitle: 'Implementation timeline',
        ganttIntro: 'Phases by month, grouped by owner:',
        notDelivered: list => `No phase delivers these requirements, so they are not part of this implementation and the benefits that need them earn nothing: ${list}.`
    },

    monitoring: {
        intro: 'What to watch after go-live, so that a later review can compare the plan with what happened:',
        kpi: 'KPI',
        tracks: 'Tracks',
        baseline: 'Baseline',
        target: 'Target',
        by: 'By',
        tracked: (benefit, live) => `${benefit} (live from ${live})`,
        trackedOutside: benefit => `${benefit} (not in this implementation)`,
        noKpis: 'The plan defines no KPIs. Add `kpi` blocks with a baseline, a target and the benefit each one tracks, so that the case can be checked after go-live.'
    },

    uncertainty: {
        heading: '10. Uncertainty and scenarios',
        intro: (trials, seed) => `The plan gives ranges for some values. ${trials} simulated trials (Beta-PERT sampling, seed ${seed}) give this spread of each option's NPV:`,
        option: 'Option',
        probabilityNegative: 'P(NPV negative)',
        probabilityBest: 'P(best NPV)',
        tornadoIntro: name => `Sensitivity of ${name}: each ranged value alone at its low and high end, the others at their likely values, largest swing first.`,
        input: 'Value',
        low: 'Low',
        high: 'High',
        npvAtLow: 'NPV at low',
        npvAtHigh: 'NPV at high',
        swing: 'Swing',
        breakEven: 'NPV = 0 at',
        noBreakEven: 'not in range',
        chartTitle: name => `NPV swing of ${name} per value`,
        scenariosHeading: 'Scenarios',
        scenariosIntro: 'Each scenario is the plan with the values it names overridden, evaluated in full:',
        scenarioOverflow: 'n/a: an amount is beyond the range of numbers',
        scenario: 'Scenario',
        baseCase: 'Base case'
    },

    assumptions: {
        currency: currency => `Currency: ${currency}; every amount is converted into it.`,
        period: (from, to, months) => `Period: ${from} to ${to} (${months}).`,
        discount: rate => `Discount rate: ${rate} per year, used for NPV and PV-ROI; every other total is undiscounted.`,
        rates: list => `Exchange rates used: ${list}.`,
        noRates: currency => `Exchange rates: none needed, every amount is in ${currency}.`,
        rate: (from, factor, to) => `1 ${from} = ${factor} ${to}`,
        capacity: capacity => `Capacity: ${capacity} person-weeks of implementation work.`,
        noCapacity: 'Capacity: not set (unlimited).',
        internalRate: rate => `Internal rate: ${rate} per person-week; each requirement’s effort is a direct cost.`,
        noInternalRate: 'Internal effort is not priced (no internal rate): effort only feeds the capacity check.',
        department: 'Department',
        users: 'Users',
        noDepartments: 'The plan declares no departments, so per-user amounts count 0 users.',
        uncovered: requirement => `${requirement}: no vendor covers it, so no option earns what depends on it.`,
        noAmount: benefit => `${benefit}: has no amount, so it is not in any total.`,
        ranges: 'Ranges written in the plan (low to high) are not in this report: every figure here uses the likely value. `crmplan evaluate` simulates them.',
        rangesSimulated: 'Every figure before section 10 uses the likely value of each range written in the plan (low to high); section 10 simulates the ranges.',
        missingScore: (vendor, criterion) => `${vendor} has no score for “${criterion}”, counted as 0.`,
        outsideCapacity: (requirement, reasons) => `${requirement} is outside the capacity, but the figures still include it: ${reasons}.`,
        deliveredBy: phase => `phase “${phase}” delivers it`,
        feeds: benefits => `it feeds ${benefits}`,
        effortCosted: 'its effort is costed at the internal rate',
        nothingLeftOut: 'Nothing: every requirement is covered by a vendor and every benefit has an amount.',
        noNotes: 'None.',
        notes: {
            'once-benefit-before-go-live': subject => `${subject}: a dated one-off amount falls before the benefit goes live, so it earns nothing.`,
            'effort-without-phase': subject => `${subject}: no phase delivers it, so its internal effort is costed in the first month.`,
            'minimum-without-per-user': subject => `${subject}: “minimum” has no effect on a licence that is not per user.`,
            'irr-out-of-range': subject => `${subject}: an IRR root is too large to express as an annual rate and is not listed.`,
            'no-requirement-value': () => 'No requirement has any value, so coverage criteria score 0.'
        }
    }
};

export const ZH_CN: ReportStrings = {
    listSeparator: '、',
    sentenceEnd: '。',
    sentenceJoin: '',
    lineSeparator: '；',
    untitled: '商业论证',
    subtitle: (currency, from, to, months, discount) =>
        `商业论证报告 · 币种 ${currency} · ${from} 至 ${to}（${months}）· 年折现率 ${discount}`,
    provenance: '所有数字均来自 crmplan 对本计划的评估；金额只在显示时四舍五入到分。',

    headings: {
        summary: '1. 摘要',
        needs: '2. 需求与优先级',
        vendors: '3. 供应商比较',
        costs: '4. 成本',
        benefits: '5. 收益',
        cashFlow: '6. 现金流',
        timeline: '7. 实施计划',
        monitoring: '8. 上线后监控',
        assumptions: '9. 假设与局限',
        matrix: '加权评分矩阵',
        coverage: '需求覆盖率',
        financials: '各方案财务指标',
        licences: '许可费的计算方法',
        allOptions: '所有方案',
        departments: '各部门用户数',
        notQuantified: '未量化的内容',
        notes: '评估说明'
    },

    metrics: {
        figure: '指标',
        tco: '总拥有成本（TCO）',
        totalBenefit: '总收益',
        roi: '投资回报率（ROI）',
        npv: '净现值（NPV）',
        pvRoi: '现值投资回报率（PV-ROI）',
        payback: '投资回收期',
        irr: '内部收益率（IRR，年化）',
        matrixScore: '矩阵得分（0–10）',
        npvRank: '净现值排名',
        matrixRank: '矩阵排名',
        npvAt: rate => `净现值（NPV，年折现率 ${rate}）`,
        tcoOver: months => `总拥有成本（TCO，${months}）`,
        benefitOver: months => `总收益（${months}）`
    },

    values: {
        na: '无',
        yes: '是',
        roiUndefined: '无：成本为零',
        npvUndefined: '无：折现率不高于 −100%',
        months: count => `${count} 个月`,
        personWeeks: count => `${count} 人周`,
        users: count => `${count} 人`,
        payback: (months, label) => `${months} 个月（${label} 收回）`,
        paybackNever: '计划期内无法收回',
        paybackImmediate: months => `${months} 个月（累计净现金流从未为负）`,
        irrNone: '无：不存在使净现值为零的利率',
        irrSeveral: (count, roots) => `无唯一值：有 ${count} 个利率使净现值为零（${roots}）`,
        rankOf: (rank, of) => `第 ${rank} 名（共 ${of} 个）`,
        scoreOf10: score => `${score}（满分 10）`,
        range: (likely, low, high) => `${likely}（${low} 至 ${high}）`,
        fromTo: (from, to) => `${from} 至 ${to}`,
        paren: (text, aside) => `${text}（${aside}）`,
        optionHeader: (name, chosen, recommended) => {
            const marks = [chosen ? '已选' : '', recommended ? '推荐' : ''].filter(Boolean);
            return marks.length > 0 ? `${name}（${marks.join('，')}）` : name;
        }
    },

    summary: {
        chosen: '选定方案：',
        recommended: '推荐方案：',
        chosenAndRecommended: (name, count) => `“${name}”是选定方案，也是推荐方案：在 ${count} 个方案中净现值最高`,
        runnerUp: (name, npv) => `（其次是“${name}”，${npv}）`,
        onlyOption: name => `“${name}”是唯一的方案，没有可比较的对象，请以它自身的净现值和投资回报率来判断。`,
        chosenNotRecommended: (name, recommended, recommendedNpv, npv, rank) =>
            `计划选定了“${name}”，但它不是推荐方案。净现值最高的是“${recommended}”，为 ${recommendedNpv}；“${name}”的净现值为 ${npv}，排${rank}。下表为选定方案的数字。`,
        noChoice: (recommended, count) => `计划尚未选定方案。推荐“${recommended}”：在 ${count} 个方案中净现值最高`,
        chosenWithoutRecommendation: name => `计划选定了“${name}”。`,
        noRecommendation: '没有任何方案能算出净现值（折现率不高于 −100%），因此没有推荐方案。',
        noOptions: '计划中还没有供应商方案，因此没有可比较的数字。添加供应商及其版本和许可费后，即可看到各方案的总拥有成本、投资回报率和净现值。',
        matrixFirst: score => `它在供应商评分矩阵中也排名第一，得分 ${score}。`,
        matrixNotFirst: (rank, score, top, topScore) => `它在供应商评分矩阵中排${rank}，得分 ${score}；排名第一的是“${top}”，得分 ${topScore}。`,
        npvNegative: '它的净现值为负：按此折现率，计划期内无法收回投资。'
    },

    needs: {
        goals: list => `业务目标及权重：${list}。需求价值 = 各目标的权重 × 影响分（0–10）之和。`,
        noGoals: '计划中没有业务目标，因此所有需求的价值都为 0。',
        rankRule: '排序规则：先按 MoSCoW 优先级，再按价值，再按每人周价值。按此顺序填充容量，放不下的跳过；“必须有”的需求总是入选。',
        rank: '排名',
        requirement: '需求',
        moscow: 'MoSCoW 优先级',
        value: '价值',
        effort: '工作量',
        askedBy: '提出部门',
        evidence: '依据',
        withinCapacity: '是否入选',
        moscowNames: { must: '必须有', should: '应该有', could: '可以有', wont: '本期不做' },
        evidenceNames: { interview: '访谈', feedback: '反馈', research: '调研', survey: '问卷', data: '数据' },
        exclusions: { capacity: '否：超出容量', wont: '否：本期不做' },
        needsNotKept: list => `否：所依赖的需求未入选（${list}）`,
        capacity: (used, capacity, kept, total) => `容量：已用 ${used} 人周（共 ${capacity} 人周），入选 ${kept} 条需求（共 ${total} 条）。`,
        noCapacity: (used, kept, total) => `未设置容量，除“本期不做”及依赖它们的需求外全部入选：共 ${total} 条中入选 ${kept} 条，合计 ${used} 人周。`,
        mustsOver: (mustEffort, capacity) => `仅“必须有”的需求就需要 ${mustEffort} 人周，超过了 ${capacity} 人周的容量。`,
        noRequirements: '计划中没有需求。'
    },

    vendors: {
        criterion: '评选标准',
        weight: '权重',
        scoredBy: '评分方式',
        measures: { coverage: '按需求价值加权的覆盖率', tco: '最低 TCO ÷ 本方案 TCO', score: '试用评分' },
        missingScore: score => `${score}（未评分，按 0 分计）`,
        noCriteria: '计划中没有评选标准，因此没有加权评分矩阵。',
        coverageIntro: '各供应商对每条需求的覆盖程度（来自试用）：',
        notCovered: '未覆盖',
        noOptions: '没有可比较的供应商方案。'
    },

    costs: {
        intro: months => `计划期（${months}）内的全部成本，未折现，按成本项和方案列出。`,
        item: '成本项',
        costClass: '类别',
        type: '性质',
        how: '计算方式',
        classes: { direct: '直接', indirect: '间接' },
        recurrences: { 'one-off': '一次性', recurring: '经常性', mixed: '一次性及经常性' },
        licenceItem: (name, index, count) => (count === 1 ? `许可费：${name}` : `许可费 ${index + 1}：${name}`),
        effortItem: title => `内部人力：${title}`,
        vendorItem: (title, vendor) => `${title}（仅“${vendor}”）`,
        seeLicences: '见下方许可费明细',
        directTotal: '直接成本',
        indirectTotal: '间接成本',
        oneOffTotal: '一次性成本',
        recurringTotal: '经常性成本',
        noCosts: '所有方案都没有任何成本。',
        noOptions: '没有供应商方案，因此没有各方案的成本。',
        staff: (hours, rate, users) => (users ? `${hours} 小时 × ${users} × 每小时 ${rate}` : `${hours} 小时 × 每小时 ${rate}`),
        perUser: (amount, users) => `${amount} × ${users}`,
        usersOf: (count, _n, departments) => `${count} 人（${departments}）`,
        converted: (written, converted) => `${written}（${converted}）`,
        once: (base, month) => `${month} 一次性 ${base}`,
        onceOutside: base => `一次性 ${base}，在计划期之外（不计入）`,
        perMonth: (base, months, range) => `每月 ${base} × ${months}（${range}）`,
        perYear: (base, months, range) => `每年 ${base}，按月分摊 ${months}（${range}）`,
        recurringOutside: (base, period) => `${period === 'per month' ? '每月' : '每年'} ${base}，在计划期之外（不计入）`,
        equals: (line, total) => `${line} = ${total}`,
        effort: (personWeeks, rate, range, phase) => `${personWeeks} × 每人周 ${rate}，分摊在 ${range}（阶段“${phase}”）`,
        effortNoPhase: (personWeeks, rate, month) => `${personWeeks} × 每人周 ${rate}，计入 ${month}（没有阶段交付它）`,
        licence: (name, formula, billing) => `${name}：${formula}，${billing}。`,
        licenceName: (option, index, count) => (count === 1 ? option : `${option}（第 ${index + 1} 项许可）`),
        licenceFormula: (seats, price, period, months, increase, total) =>
            `${seats ? `${seats} × ` : ''}${period === 'month' ? '每月' : '每年'} ${price} × ${months}${period === 'year' ? ' ÷ 12' : ''}${increase ? `，每个合同年涨价 ${increase}` : ''} = ${total}`,
        seats: (count, _n, departments) => (departments ? `${count} 人（${departments}）` : `${count} 人`),
        seatMonths: (count, departments) => `${count} 人·月（${departments ? `${departments}` : ''}按分批上线的人数计）`,
        seatsWithMinimum: (seats, minimum, users, _n, departments) =>
            `${seats} 个席位（${departments ?? ''}共 ${users} 人，最少按 ${minimum} 个计费）`,
        billedYearly: (count, bills) => `按年预付，共 ${count} 期（${bills}）`,
        billedMonthly: count => `按月支付，共 ${count} 期`,
        bill: (month, amount) => `${month}：${amount}`,
        noLicence: name => `${name}：无许可费。`
    },

    benefits: {
        intro: '各方案获得的收益按其供应商对相关需求的平均覆盖率折算。上线前不计收益；设有爬坡期的，收益在上线后的头几个月逐步增加。“全额”是覆盖率为 100% 时的总额（已计入爬坡）；各方案一列显示其覆盖率和实际获得的收益。',
        benefit: '收益项',
        kind: '类型',
        from: '依赖需求',
        goLive: '上线',
        ramp: '爬坡期',
        amount: '金额',
        fullValue: '全额',
        kinds: { revenue: '增收', savings: '节支', efficiency: '效率', satisfaction: '满意度' },
        kindTotals: { revenue: '增收类', savings: '节支类', efficiency: '效率类', satisfaction: '满意度类' },
        liveFromStart: '计划开始即生效',
        notInImplementation: '不在本次实施范围内',
        notQuantified: '未量化',
        noBenefits: '计划中没有收益项，因此各方案的总收益都为 0。'
    },

    cashFlow: {
        intro: name => `“${name}”的逐年现金流（未折现）：`,
        year: '年度',
        months: '月份',
        cost: '成本',
        benefit: '收益',
        net: '净现金流',
        cumulative: '累计净现金流',
        yearLabel: n => `第 ${n} 年`,
        chartTitle: name => `${name}：逐年净现金流（柱）与累计净现金流（线）`,
        chartIntro: '逐年净现金流（柱）与累计净现金流（线）：',
        allOptionsIntro: '各方案每年年末的累计净现金流：',
        noOptions: '没有方案，因此没有现金流。'
    },

    timeline: {
        number: '序号',
        phase: '阶段',
        owner: '负责人',
        start: '开始',
        end: '结束',
        duration: '时长',
        delivers: '交付需求',
        live: '上线',
        noOwner: '未指定负责人',
        noPhases: '计划中没有实施阶段，因此没有时间表：所有需求都按计划开始即上线计算。',
        ganttTitle: '实施计划',
        ganttIntro: '按月排列的各阶段，按负责人分组：',
        notDelivered: list => `以下需求没有阶段交付，不属于本次实施，依赖它们的收益不计入：${list}。`
    },

    monitoring: {
        intro: '上线后需要跟踪的指标，便于日后对照计划与实际：',
        kpi: '指标',
        tracks: '跟踪的收益',
        baseline: '基线',
        target: '目标',
        by: '期限',
        tracked: (benefit, live) => `${benefit}（${live} 上线）`,
        trackedOutside: benefit => `${benefit}（不在本次实施范围内）`,
        noKpis: '计划中没有定义指标。请添加 `kpi` 块，写明基线、目标及其跟踪的收益，以便上线后检验这份商业论证。'
    },

    uncertainty: {
        heading: '10. 不确定性与情景',
        intro: (trials, seed) => `计划为部分数值给出了范围。${trials} 次模拟（Beta-PERT 抽样，随机种子 ${seed}）得出各方案净现值的分布如下：`,
        option: '方案',
        probabilityNegative: '净现值为负的概率',
        probabilityBest: '净现值最高的概率',
        tornadoIntro: name => `“${name}”的敏感性：每次只让一个有范围的数值取其下限或上限，其余取最可能值，按波动幅度从大到小排列。`,
        input: '数值',
        low: '下限',
        high: '上限',
        npvAtLow: '取下限时净现值',
        npvAtHigh: '取上限时净现值',
        swing: '波动幅度',
        breakEven: '净现值为 0 时',
        noBreakEven: '不在范围内',
        chartTitle: name => `${name}：各数值引起的净现值波动`,
        scenariosHeading: '情景',
        scenariosIntro: '每个情景都是在计划基础上改写其指定的数值后完整计算的结果：',
        scenarioOverflow: '无：某个金额超出了数值范围',
        scenario: '情景',
        baseCase: '基准情况'
    },

    assumptions: {
        currency: currency => `币种：${currency}；所有金额均换算为该币种。`,
        period: (from, to, months) => `计划期：${from} 至 ${to}（${months}）。`,
        discount: rate => `折现率：每年 ${rate}，用于净现值和现值投资回报率；其他合计均未折现。`,
        rates: list => `使用的汇率：${list}。`,
        noRates: currency => `汇率：无需换算，所有金额均以 ${currency} 计价。`,
        rate: (from, factor, to) => `1 ${from} = ${factor} ${to}`,
        capacity: capacity => `实施容量：${capacity} 人周。`,
        noCapacity: '实施容量：未设置（不限）。',
        internalRate: rate => `内部人力单价：每人周 ${rate}；每条需求的工作量都计为直接成本。`,
        noInternalRate: '未设置内部人力单价：工作量只用于容量检查，不计入成本。',
        department: '部门',
        users: '用户数',
        noDepartments: '计划中没有部门，因此按人数计价的金额都按 0 人计算。',
        uncovered: requirement => `${requirement}：没有供应商覆盖，任何方案都得不到依赖它的收益。`,
        noAmount: benefit => `${benefit}：没有金额，未计入任何合计。`,
        ranges: '计划中写明的区间（低值至高值）未体现在本报告中：这里的数字都使用最可能值。`crmplan evaluate` 会对区间做模拟。',
        rangesSimulated: '第 10 节之前的数字都使用计划中各区间（低值至高值）的最可能值；第 10 节对区间做了模拟。',
        missingScore: (vendor, criterion) => `“${vendor}”缺少“${criterion}”的评分，按 0 分计。`,
        outsideCapacity: (requirement, reasons) => `“${requirement}”超出容量，但数字中仍包含它：${reasons}。`,
        deliveredBy: phase => `阶段“${phase}”交付它`,
        feeds: benefits => `有收益依赖它（${benefits}）`,
        effortCosted: '其工作量按内部人力单价计入成本',
        nothingLeftOut: '无：每条需求都有供应商覆盖，每项收益都有金额。',
        noNotes: '无。',
        notes: {
            'once-benefit-before-go-live': subject => `${subject}：注明日期的一次性金额早于该收益上线，因此不计收益。`,
            'effort-without-phase': subject => `${subject}：没有阶段交付它，其内部人力成本计入第一个月。`,
            'minimum-without-per-user': subject => `${subject}：该许可费不按人数计价，“最少席位”不起作用。`,
            'irr-out-of-range': subject => `${subject}：有一个内部收益率的根过大，无法换算为年化利率，未列出。`,
            'no-requirement-value': () => '所有需求的价值都为 0，因此覆盖率类评选标准得 0 分。'
        }
    }
};

/** The strings of a locale. */
export function reportStrings(locale: Locale): ReportStrings {
    return locale === 'zh-CN' ? ZH_CN : EN;
}
