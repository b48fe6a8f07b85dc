/**
 * Every word crmplan shows a person, in English. This file is the reference:
 * `zh-CN.ts` implements the same `Glossary`, so a missing translation is a
 * type error, and test/i18n/glossary.test.ts checks the rest (no empty entry,
 * the same placeholders). How to translate: docs/translating.md.
 */
import type { CliTerms } from './cli-terms.js';
import type { BasisTerms, ConclusionTerms, RiskTerms } from './committee-terms.js';
import type { DescribeTerms } from './describe-terms.js';
import type { DiagnosticMessage } from './diagnostic-terms.js';
import type { DiffTerms } from './diff-terms.js';
import type { EditorTerms } from './editor-terms.js';
import type { ExportTerms } from './export-terms.js';
import type { SyntaxTerms } from './syntax-terms.js';
import type { GuardrailTerms } from './guardrail-terms.js';
import type { ExtensionTerms } from './extension-terms.js';
import { STALE_MARK, type FigureTerms } from './figure-terms.js';
import type { Glossary, KindTerms } from './glossary.js';
import type { ParserTerms } from './parser-terms.js';
import type { ProvenanceTerms } from './provenance-terms.js';
import type { ReportTerms } from './report-terms.js';
import type { ValidationTerms } from './validation-terms.js';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const kinds: KindTerms = {
    Goal: 'goal', Department: 'department', Requirement: 'requirement', Criterion: 'criterion', Vendor: 'vendor',
    Edition: 'edition', Cost: 'cost', Benefit: 'benefit', Phase: 'phase', Kpi: 'kpi', Scenario: 'scenario',
    ScaledItem: 'cost, benefit or vendor'
};

const EN_YEARS: Readonly<Record<number, string>> = {
    1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten'
};
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_PERIODS: Readonly<Record<string, string>> = { once: 'once', month: 'per month', year: 'per year' };
const EN_PER: Readonly<Record<string, string>> = { 'hour': 'per hour', 'person-week': 'per person-week' };

const conclusion: ConclusionTerms = {
    labelled: sentence => `**Conclusion:** ${sentence}`,
    years: count => `${EN_YEARS[count] ?? count}-year`,
    months: count => `${count}-month`,
    month: (year, month) => `${EN_MONTHS[month - 1] ?? month} ${year}`,
    figures: (horizon, tco, npv, payback) => `a ${horizon} TCO of ${tco}, an NPV of ${npv}, ${payback}`,
    paybackIn: month => `paying back in ${month}`,
    paybackNever: horizon => `not paying back within the ${horizon}`,
    paybackImmediate: 'with a cumulative net cash flow that is never negative',
    recommend: (name, figures) => `We recommend ${name}: ${figures}.`,
    chosen: (name, figures) => `The plan chooses ${name}: ${figures}.`,
    chosenNotRecommended: (name, figures, recommended, recommendedNpv) =>
        `The plan chooses ${name}: ${figures}. It is the chosen option, not the recommended one: ${recommended} has the higher NPV (${recommendedNpv}).`,
    chosenNegative: (name, figures) => `The plan chooses ${name}, but its NPV is negative: ${figures}.`,
    noneWorthwhile: (name, figures) => `No option has a positive NPV; the best is ${name}: ${figures}.`,
    noOptions: 'No conclusion yet: the plan has no vendor options to compare.',
    noRecommendation: 'No conclusion: no option has an NPV (the discount rate is at or below −100%).'
};

const basis: BasisTerms = {
    label: '**Basis of the figures:**',
    taxIncluded: 'Amounts include tax, as the plan declares (`amounts include tax`).',
    taxExcluded: 'Amounts exclude tax, as the plan declares (`amounts exclude tax`).',
    taxUndeclared: 'The plan does not say whether its amounts include tax. Declare it in the `plan` block: `amounts include tax` or `amounts exclude tax`.',
    valuedEstimates: (option, amount, share, total) =>
        `Benefits of kind efficiency and satisfaction are valued estimates, not cash: ${amount} (${share}) of the ${total} total benefit of ${option}.`,
    discountSource: (rate, source) => `Discount rate ${rate} per year; source: ${source}.`
};

const risks: RiskTerms = {
    labelled: sentences => `**Risks:** ${sentences}`,
    probabilityNegative: (option, trials, probability) => `In ${trials} simulated trials the NPV of ${option} is negative in ${probability} of them.`,
    movers: list => `The values that move its NPV most: ${list}.`,
    mover: (name, swing) => `${name} (swing ${swing})`,
    noMovers: 'No simulated value moves its NPV.',
    turnsNegativeBelow: (name, value) => `NPV turns negative if ${name} falls below ${value}.`,
    turnsNegativeAbove: (name, value) => `NPV turns negative if ${name} rises above ${value}.`,
    turnsPositiveAbove: (name, value) => `NPV turns positive if ${name} rises above ${value}.`,
    turnsPositiveBelow: (name, value) => `NPV turns positive if ${name} falls below ${value}.`,
    staysPositive: (name, low, high) => `Across the range of ${name} (${low} to ${high}) the NPV stays positive.`,
    staysNegative: (name, low, high) => `Across the range of ${name} (${low} to ${high}) the NPV stays negative.`,
    inputsHeading: 'Simulated values',
    inputsIntro: (trials, seed, lambda) =>
        `Each of the ${trials} trials (seed ${seed}) draws every ranged value independently from a Beta-PERT distribution over its range, with the likely value as its mode (shape λ = ${lambda}):`,
    input: 'Value',
    low: 'Low',
    likely: 'Likely',
    high: 'High',
    distribution: 'Distribution',
    pert: lambda => `Beta-PERT (λ = ${lambda})`,
    constant: 'none: the range has no width',
    units: {
        money: (amount, perUser, period, per) =>
            [amount, perUser ? 'per user' : undefined, per ? EN_PER[per] : period ? EN_PERIODS[period] : undefined].filter(Boolean).join(' '),
        hours: (count, perUser, period) => [`${count} hours`, perUser ? 'per user' : undefined, EN_PERIODS[period]].filter(Boolean).join(' '),
        percent: (value, perYear) => (perYear ? `${value} per year` : value),
        users: (count, n) => `${count} ${plural(n, 'user', 'users')}`,
        personWeeks: (count, n) => `${count} ${plural(n, 'person-week', 'person-weeks')}`,
        exchangeRate: (value, from, to) => `${value} ${to} per ${from}`
    },
    names: {
        nth: (title, occurrence) => `${title} (value ${occurrence})`,
        hours: title => `${title}: hours`,
        hourlyRate: title => `${title}: hourly rate`,
        licence: (option, index) => (index === undefined ? `Licence: ${option}` : `Licence ${index}: ${option}`),
        users: department => `Users of ${department}`,
        effort: requirement => `Effort of ${requirement}`,
        covers: (vendor, requirement) => `Coverage of ${requirement} by ${vendor}`,
        rate: (from, to) => `Exchange rate ${from}/${to}`,
        discount: 'Discount rate',
        internalRate: 'Internal rate'
    }
};

const report: ReportTerms = {
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
        },
        optionName: (vendor, edition) => `${vendor} ${edition}`,
        monthInText: (year, month) => `${year}-${String(month).padStart(2, '0')}`,
        amountInSentence: exact => exact
    },

    conclusion,
    basis,
    risks,

    summary: {
        actualsSoFar: (asOf, planned, forecast, trend) => `**Actuals to ${asOf}:** the forecast ROI is ${forecast} against ${planned} planned (the trend, if benefits keep their pace so far, ${trend}). Section 8 compares plan and actual.`,
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
        recurringOutside: (base, period) => `${base} ${period === 'per month' ? 'per month' : 'per year'}, outside the horizon (not counted)`,
        equals: (line, total) => `${line} = ${total}`,
        effort: (personWeeks, rate, range, phase) => `${personWeeks} × ${rate} per person-week, spread over ${range} (${phase})`,
        effortNoPhase: (personWeeks, rate, month) => `${personWeeks} × ${rate} per person-week in ${month} (no phase delivers it)`,
        licence: (name, formula, billing) => `${name}: ${formula}, ${billing}.`,
        licenceName: (option, index, count) => (count === 1 ? option : `${option}, licence ${index + 1}`),
        licenceFormula: (seats, price, period, months, increase, total) =>
            `${seats ? `${seats} × ` : ''}${price} per ${period === 'year' ? 'year' : 'month'} × ${months}${period === 'year' ? ' ÷ 12' : ''}${increase ? `, rising ${increase} each contract year` : ''} = ${total}`,
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

    appendix: {
        heading: 'Appendix: monthly cash flow',
        intro: (option, rate) => `${option} month by month. The discount factor of month m is 1 ÷ (1 + ${rate})^(m ÷ 12), month 0 undiscounted; the present values add up to the NPV.`,
        month: 'Month', cost: 'Cost', benefit: 'Benefit', net: 'Net', cumulative: 'Cumulative net',
        discountFactor: 'Discount factor', presentValue: 'Present value', total: 'Total'
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
        noKpis: 'The plan defines no KPIs. Add `kpi` blocks with a baseline, a target and the benefit each one tracks, so that the case can be checked after go-live.',
        planVsActual: month => `Plan vs actual as of ${month}`,
        toDateIntro: 'What the chosen option was planned to cost and earn up to the last month the actuals record, against what they record:',
        figure: 'Figure', planned: 'Planned', actual: 'Actual', variance: 'Variance',
        cost: 'Cost to date', benefit: 'Benefit to date', realisedNet: 'Realised net to date', realisedRoi: 'Realised ROI to date', realisationRate: 'Realisation rate (actual ÷ planned benefit)',
        projectionsIntro: 'Over the whole horizon: the plan, the forecast (the actuals, then the plan) and the trend (the actuals, then planned costs and planned benefits × the realisation rate).',
        plan: 'Plan', forecast: 'Forecast', trend: 'Trend',
        linesIntro: 'Each cost, the licence and each benefit, to date:',
        line: 'Line',
        lineKinds: { cost: 'cost', licence: 'licence', benefit: 'benefit' },
        kpisIntro: 'Each KPI against its path from baseline to target:',
        latest: 'Latest', expectedNow: 'Expected then', status: 'Status',
        statuses: { 'met': 'met', 'on-track': 'on track', 'behind': 'behind', 'no-data': 'no data' },
        adoptionIntro: 'Active users against those the department declares:',
        department: 'Department', activeUsers: 'Active', declaredUsers: 'Declared', share: 'Share', overall: 'Overall',
        chartIntro: 'Cumulative net cash flow by month: planned (bars), and actual then forecast (line):',
        chartTitle: option => `Cumulative net cash flow of ${option}, planned and actual then forecast`
    },

    uncertainty: {
        heading: '10. Uncertainty and scenarios',
        intro: (trials, seed) => `The plan gives ranges for some values. ${trials} simulated trials (Beta-PERT sampling, seed ${seed}) give this spread of each option's NPV:`,
        option: 'Option',
        p10: 'P10',
        p50: 'P50',
        p90: 'P90',
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
        baseCase: 'Base case',
        overrides: 'Overrides',
        scenarioDetailIntro: option => `${option} in each scenario, with what the scenario overrides:`
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

const figures: FigureTerms = {
    locale: 'en',
    outOfDate: `${STALE_MARK} Out of date: figures from the last version without errors.`,
    outOfDateShort: '(out of date)',
    noFigures: reason => reason === 'catalogue'
        ? 'No figures: this file is a catalogue (no `plan` header). Open a plan that imports it.'
        : 'No figures yet: the plan has errors.',
    notInFigures: name => `\`${name}\` is not in the last figures without errors.`,
    labelled: (name, value) => value ? `${name}: ${value}` : `${name}:`,
    tagged: (name, tags) => tags.length > 0 ? `${name} (${tags.join(', ')})` : name,

    tco: report.metrics.tco,
    totalBenefit: report.metrics.totalBenefit,
    roi: report.metrics.roi,
    npv: report.metrics.npv,
    pvRoi: report.metrics.pvRoi,
    payback: report.metrics.payback,
    paybackInline: 'payback',
    irr: report.metrics.irr,
    matrixScore: 'Matrix score',
    npvRank: 'Rank by NPV',
    matrixRank: 'Rank by matrix',
    chosen: 'chosen',
    recommended: 'recommended',
    option: 'Option',
    total: 'Total',
    coverage: 'Coverage',

    months: count => `${count} months`,
    monthsShort: count => `${count} mo`,
    rankOf: report.values.rankOf,
    noPayback: report.values.paybackNever,
    noPaybackShort: 'none',
    roiUndefined: report.values.roiUndefined,
    irrNone: roots => roots.length === 0 ? 'none (no root)' : `none: ${roots.length} roots (${roots.join(', ')})`,

    value: 'Value',
    valueFormula: 'Σ goal weight × impact',
    rank: 'rank',
    effort: 'effort',
    personWeeks: count => `${count} person-weeks`,
    noEffort: 'no effort given',
    withinCapacity: 'Within capacity',
    yes: 'yes',
    capacityKept: (usedBefore, capacity) => capacity === undefined
        ? 'yes (no capacity set)'
        : `yes (${usedBefore} of ${capacity} person-weeks used before it)`,
    excludedByCapacity: (effort, usedBefore, capacity) =>
        `no (${effort} person-weeks do not fit: ${usedBefore} of ${capacity} already used)`,
    excludedWont: 'no (`wont` is never kept)',
    excludedNeeds: needs => `no (needs ${needs.map(n => `\`${n}\``).join(', ')}, which is not kept)`,
    moscow: value => `\`${value}\``,
    priorityHint: (value, rank) => `value ${value} · #${rank}`,
    priorityTooltip: (rank, moscow, within) => `Rank ${rank} (${moscow}), ${within ? 'within capacity' : 'not within capacity'}`,
    goLive: 'live',
    actualsVariance: (cost, benefit) => `vs plan: cost ${cost} · benefit ${benefit}`,
    actualsVarianceTooltip: 'What these months recorded, less what the plan expected of the chosen option for them (positive cost: overspend; negative benefit: shortfall).',
    kpiProgress: (latest, expected, status) => `${latest !== undefined ? `latest ${latest} · ` : ''}expected ${expected} · ${status}`,
    kpiStatuses: { 'met': 'met', 'on-track': 'on track', 'behind': 'behind', 'no-data': 'no data' },
    forecastShort: roi => `forecast ${roi}`,
    actualsLineHover: (line, period, planned, recorded, variance) => `**${line}**, ${period}\n\nPlanned ${planned} · recorded ${recorded} · variance ${variance}`,
    forecastLens: (asOf, planned, forecast, trend) => `Actuals to ${asOf}: ROI planned ${planned} · forecast ${forecast} · trend ${trend}`,
    notInImplementation: 'not in this implementation: no phase delivers',

    weight: 'weight',
    usedBy: 'Used by',
    notUsed: 'No requirement has an impact on it.',
    impactTerm: (impact, product, value) => `impact ${impact} → ${product} of value ${value}`,
    measuredByCoverage: 'measured by coverage',
    measuredByTco: 'measured by TCO',
    scoredPerVendor: 'scored per vendor',
    criterionTerm: (score, weighted, matrix, missing) =>
        `${score}${missing ? ' (no score: counted 0)' : ''} → ${weighted} of matrix score ${matrix}`,

    everyOption: 'every option',
    direct: 'direct',
    indirect: 'indirect',
    benefitKind: kind => kind,
    totalOver: horizon => `Total over ${horizon} months`,
    lineOnce: (amount, month) => month ? `${amount} once in ${month}` : `${amount} once, outside the horizon`,
    lineRecurring: (amount, period, first, last, months) => first && last
        ? `${amount} per ${period === 'year' ? 'year' : 'month'}, ${first} to ${last} (${months} months)`
        : `${amount} per ${period === 'year' ? 'year' : 'month'}, outside the horizon`,
    hoursAt: (hours, rate) => `${hours} hours × ${rate} per hour`,
    users: (count, of) => `${count} users${of.length > 0 ? ` of ${of.join(', ')}` : ''}`,
    converted: (written, converted, rate) => `${written} = ${converted} (rate ${rate})`,
    from: 'From',
    rampMonths: months => `ramp ${months} months`,
    grossTotal: total => `${total} at full coverage`,
    amountOver: (total, months) => `= ${total} over ${months} mo`,
    amountIn: (total, month) => `= ${total} in ${month}`,
    amountOutside: '= 0 (outside the horizon)',
    tornado: (input, swing, rank, of, option, low, high) =>
        `Sensitivity of ${option}: \`${input}\` swings NPV by ${swing} (${low} at its low end, ${high} at its high end), #${rank} of ${of} in the tornado`,
    npvBand: (option, p10, p90, trials) => `${option}: NPV P10–P90 ${p10} to ${p90} (${trials.toLocaleString('en')} trials)`,
    perOptionNote: option => `for ${option}; differs by option`,
    licence: 'Licence',
    licenceLine: (price, period, seats, billing) =>
        `${price} per ${seats ? 'seat per ' : ''}${period === 'year' ? 'year' : 'month'}${seats ? ` × ${seats} seats` : ''}, billed ${billing === 'yearly' ? 'yearly' : 'monthly'}`,
    licenceTotal: (total, months) => `${total} for ${months} months billed`,
    licenceSeatMonths: (total, seatMonths) => `${total} for ${seatMonths} seat-months billed (the users as they roll out)`,

    optionHint: (roi, npv, payback) => `ROI ${roi} · NPV ${npv} · payback ${payback}`,

    openReport: 'Open report',
    recommendedLens: option => `★ Recommended: ${option} (highest NPV)`,
    matrixLens: (rank, of, score) => `Matrix rank ${rank} of ${of} · score ${score}`
};

const describe: DescribeTerms = {
    fields: {
        title: 'title', currency: 'currency', start: 'start', horizon: 'horizon', discount: 'discount', capacity: 'capacity',
        internalRate: 'internal rate', choose: 'choose', rate: 'rate', weight: 'weight', users: 'users', priority: 'priority',
        impact: 'impact', effort: 'effort', needs: 'needs', askedBy: 'asked by', evidence: 'evidence', measuredBy: 'measured by',
        covers: 'covers', score: 'score', class: 'class', kind: 'kind', from: 'from', ramp: 'ramp', owner: 'owner', after: 'after',
        duration: 'duration', delivers: 'delivers', baseline: 'baseline', target: 'target', tracks: 'tracks', waves: 'waves'
    },
    amountField: n => (n === 1 ? 'amount' : `amount ${n}`),
    editionField: edition => `edition ${edition}`,
    editionTitleField: edition => `edition ${edition} title`,
    editionCoversField: edition => `edition ${edition} covers`,
    costField: cost => `cost ${cost}`,
    overrideField: n => `override ${n}`,
    recordKinds: { licence: 'licence', cost: 'cost', benefit: 'benefit', kpi: 'kpi', users: 'users' },
    recordField: (kind, name) => (name !== undefined ? `${kind} ${name}` : kind),
    wave: (users, month) => `${users} from ${month}`,
    period: (first, last) => `${first} to ${last}`,
    listSeparator: ', ',
    // The plan's own keywords: the JSON diff quotes the plan.
    moscow: { must: 'must', should: 'should', could: 'could', wont: 'wont' },
    costClasses: report.costs.classes,
    benefitKinds: report.benefits.kinds,
    measures: { coverage: 'coverage', tco: 'tco' },
    range: (likely, low, high) => `${likely} (${low} to ${high})`,
    months: count => `${count} months`,
    personWeeks: count => `${count} person-weeks`,
    perYear: rate => `${rate} per year`,
    perPersonWeek: amount => `${amount} per person-week`,
    ratePer: (rate, to, from) => `${rate} ${to} per ${from}`,
    noLicence: '(no licence)',
    perUser: departments => (departments ? ` per user of ${departments}` : ' per user'),
    hoursAt: (hours, perUser, rate) => `${hours} hours${perUser} at ${rate} per hour`,
    once: (amount, month) => `${amount} once${month !== undefined ? ` in ${month}` : ''}`,
    recurring: (amount, period, from, until) =>
        `${amount} per ${period === 'year' ? 'year' : 'month'}${from !== undefined ? ` from ${from}` : ''}${until !== undefined ? ` until ${until}` : ''}`,
    licence: (price, perUser, period, billing) =>
        `licence ${price}${perUser} per ${period === 'year' ? 'year' : 'month'} billed ${billing === 'yearly' ? 'yearly' : 'monthly'}`,
    from: month => `from ${month}`,
    until: month => `until ${month}`,
    increase: percent => `increase ${percent}% per year`,
    minimum: users => `minimum ${users} users`,
    partSeparator: ' ',
    sourced: (value, source) => `${value} source "${source}"`,
    lineSeparator: '; ',
    targetBy: (measure, month) => `${measure} by ${month}`,
    scale: (item, percent) => `${item} ${percent}%`,
    usersOverride: (department, users) => `users ${department} ${users}`,
    discountOverride: percent => `discount ${percent}%`,
    rateOverride: (from, rate, to) => `rate ${from} ${rate} ${to}`,
    licenceScaleOverride: (target, percent) => `${target}.licence ${percent}%`,
    licencePriceOverride: (target, price, currency) => `${target}.licence ${price} ${currency}`,
    internalRateOverride: (rate, currency) => `internal rate ${rate} ${currency}`,
    effortOverride: (requirement, personWeeks) => `effort ${requirement} ${personWeeks} person-weeks`,
    coversOverride: (target, requirement, percent) => `covers ${target} ${requirement} ${percent}%`,
    scoreOverride: (vendor, criterion, score) => `score ${vendor} ${criterion} ${score}`,
    labelled: (field, value) => `${field}: ${value}`,
    percentagePoints: value => `${value} pp`,
    rank: rank => `#${rank}`
};

const diff: DiffTerms = {
    describe,
    heading: title => `crmplan: ${title}`,
    figuresHeading: 'What this change does to each option',
    causesHeading: 'What caused it, item by item',
    causeFigure: 'Figure', causeItem: 'Item', causeChange: 'Change',
    itemKinds: { cost: 'cost', licence: 'licence', effort: 'internal effort', benefit: 'benefit' },
    npvCausesCaption: delta => `ΔNPV ${delta}, item by item (the change of each item's present value)`,
    pvBefore: 'PV before', pvAfter: 'PV after', npvEffect: 'Effect on NPV', total: 'Total',
    rediscounted: (before, after) => `discount rate ${before} → ${after} (every flow re-discounted)`,
    scenariosHeading: 'Scenarios', scenario: 'Scenario', leadingOption: 'Leading option',
    simulationHeading: (trials, seed) => `Simulation (${trials} trials, seed ${seed})`,
    npvP10: 'NPV at P10', npvP50: 'NPV at P50', npvP90: 'NPV at P90', probabilityNegative: 'P(NPV < 0)',
    matrixHeading: 'Vendor matrix', matrixScore: 'Score', matrixRank: 'Rank',
    elementAdded: element => `${element} added`,
    elementRemoved: element => `${element} removed`,
    actualsHeading: (asOf, before) => `Actuals as of ${asOf}${before !== undefined ? ` (before: ${before})` : ' (the first recorded)'}`,
    actualsFigure: 'Chosen option', before: 'Before', after: 'After',
    forecastRoi: 'Forecast ROI', forecastNpv: 'Forecast NPV', trendRoi: 'Trend ROI', trendNpv: 'Trend NPV',
    costVarianceToDate: 'Cost variance to date', benefitVarianceToDate: 'Benefit variance to date',
    kpiStatusChanged: (kpi, before, after) => `KPI ${kpi}: ${before} → ${after}`,
    kpiStatuses: { 'met': 'met', 'on-track': 'on track', 'behind': 'behind', 'no-data': 'no data' },
    option: 'Option', tco: report.metrics.tco, benefit: report.metrics.totalBenefit, npv: report.metrics.npv, roi: report.metrics.roi,
    payback: report.metrics.payback, irr: 'IRR',
    tagged: (name, tags) => `${name} (${tags.join(', ')})`,
    aside: (value, aside) => `${value} (${aside})`,
    chosen: 'chosen', added: 'new option', removed: 'option removed', unchanged: 'no change', never: 'never', none: 'n/a',
    months: value => `${value} mo`,
    changesHeading: 'What changed in the plan',
    noChanges: 'No declaration changed (only layout or comments).',
    kind: {
        plan: 'Plan', rate: 'Rate', goal: 'Goal', department: 'Department', requirement: 'Requirement', criterion: 'Criterion',
        vendor: 'Vendor', cost: 'Cost', benefit: 'Benefit', phase: 'Phase', kpi: 'KPI', scenario: 'Scenario', actuals: 'Actuals'
    },
    changeVerb: { added: 'added', removed: 'removed', changed: 'changed' },
    ranksHeading: 'Rank changes',
    requirementRanks: 'Requirements', optionRanks: 'Options by NPV',
    newRank: 'new', droppedRank: 'gone',
    chosenChanged: (base, head) => `The chosen option changed from ${base} to ${head}.`,
    recommendedChanged: (base, head) => `The recommended option (highest NPV) changed from ${base} to ${head}.`,
    fullReport: 'Full report of the new version',
    reportLeftOut: 'The full report is left out: with it this comment would exceed GitHub\'s 65,536-character limit. Run `crmplan report` to read it.',
    changesCut: count => `${count} more changes are not shown, to stay within GitHub's comment limit.`,
    repositoryHeading: (count, ref) => `crmplan: ${count === 1 ? 'one plan' : `${count} plans`} changed since ${ref}`,
    nothingChanged: ref => `No plan changed since ${ref} (neither a plan nor a file it imports).`,
    planStatus: { changed: ' (changed)', added: ' (new)', removed: ' (deleted)', errors: ' (has errors)' },
    listSeparator: ', ',
    newPlanFigures: 'Figures of the new plan',
    planDeleted: 'This plan was deleted.',
    planHasErrors: count => `This plan has ${count === 1 ? 'an error' : `${count} errors`}, so it has no figures until ${count === 1 ? 'it is' : 'they are'} fixed (see \`crmplan check\`).`,
    baseHadErrors: ref => `The version at ${ref} had errors, so there is nothing to compare with; these are the figures now.`,
    plansCut: count => `${count} more plans are not shown, to stay within GitHub's comment limit. Run \`crmplan diff --git\` to read them.`
};

const extension: ExtensionTerms = {
    noPlan: 'Open a .crmplan plan in the editor first.',
    notSaved: name => `${name} has never been saved: save it first, so the report has a place to go.`,
    overwrite: name => `${name} already exists. Overwrite it?`,
    overwriteButton: 'Overwrite',
    saved: name => `Saved the report as ${name}.`,
    open: 'Open',
    reportFailed: reason => `No report: ${reason}`,
    diffFailed: reason => `No comparison with Git HEAD: ${reason}`,
    notInGit: name => `${name} is not inside a Git repository.`,
    gitFailed: reason => `Git failed: ${reason}`,
    restarted: 'The CRM Plan language server restarted.',
    serverNotRunning: 'The CRM Plan language server is not running: run "CRM Plan: Restart Language Server".',
    outOfDateNotice: reason => `> **Out of date.** ${reason} This is the last report without errors.`,
    statusNoFigures: 'CRM Plan: no figures',
    statusCatalogue: 'CRM Plan: catalogue',
    statusTooltipHint: 'Click to show the report.'
};

const validation: ValidationTerms = {
    declaration: (kind, name) => `${kind} '${name}'`,
    ofDeclaration: (what, where) => `The ${what} of ${where}`,
    lowEnd: ' (low end)',
    highEnd: ' (high end)',
    weight: 'weight',
    yearlyIncrease: 'yearly increase',
    minimumUsers: 'minimum users',
    numberOfUsers: 'number of users',
    effort: 'effort',
    duration: 'duration',
    ramp: 'ramp',
    hourlyRate: 'hourly rate',
    hours: 'hours',
    amount: 'amount',
    licencePrice: 'licence price',
    discountRate: 'The discount rate',
    capacity: 'The capacity',
    horizon: 'The horizon',
    internalRate: 'The internal rate',
    anAmount: 'The amount',
    coverageOf: (requirement, vendor) => `Coverage of '${requirement}' by vendor '${vendor}'`,
    rateOf: (from, to) => `The rate ${from} to ${to}`,
    scenarioUsers: (department, scenario) => `The number of users of department '${department}' in scenario '${scenario}'`,
    activeUsersOf: department => `The number of active users of '${department}'`,
    costNamed: cost => `Cost '${cost}'`,
    licenceOfOption: option => `The licence of ${option}`,
    benefitNamed: benefit => `Benefit '${benefit}'`,
    inUnit: unit => `in ${unit}`,
    inPercent: 'in %',
    withoutUnit: 'without a unit',
    scenarioDiscount: scenario => `The discount rate of scenario '${scenario}'`,
    scenarioRate: (from, to, scenario) => `The rate ${from} to ${to} of scenario '${scenario}'`,
    scenarioLicencePrice: (target, scenario) => `The price of '${target}' in scenario '${scenario}'`,
    scenarioInternalRate: scenario => `The internal rate of scenario '${scenario}'`,
    scenarioEffort: (requirement, scenario) => `The effort of requirement '${requirement}' in scenario '${scenario}'`,
    scenarioCoverage: (requirement, target, scenario) => `Coverage of '${requirement}' by '${target}' in scenario '${scenario}'`,
    scenario: name => `scenario '${name}'`,
    scenarioOnlyDeclaredRates: scenario => `scenario '${scenario}', which can only replace a declared rate`,
    onLine: line => `on line ${line}`,
    inFileOnLine: (file, line) => `in ${file} (line ${line})`,
    fileLine: (file, line) => `${file} (line ${line})`,
    fileCommaLine: (file, line) => `${file}, line ${line}`,
    fileAndImports: 'this file and its imports',
    planHeader: 'the plan header'
};

const editor: EditorTerms = {
    createDeclaration: (kind, name) => `Create ${kind} '${name}'`,
    removeDuplicate: (kind, name) => `Remove this duplicate ${kind} '${name}'`,
    rateToFill: (currency, planCurrency) => `fill in: what 1 ${currency} is worth in ${planCurrency}`,
    declareRate: (currency, planCurrency) => `Declare a rate from ${currency} to ${planCurrency} (value to fill in)`,
    goalWeights: 'goal weights',
    criterionWeights: 'criterion weights',
    rescaleWeights: weights => `Rescale the ${weights} to sum to 100%`,
    writeLimit: limit => `Write \`${limit}\``,
    removeBasis: basis => `Remove \`${basis}\``,
    planCurrency: 'Plan currency',
    declaredRateCurrency: 'Currency with a declared rate',
    requests: {
        errors: 'The plan has errors: fix them (see Problems) to get its figures.',
        catalogue: 'This file is a catalogue (no plan header), so it has no figures: open a plan that imports it.',
        newFile: 'The file is new: there is no earlier version to compare with.',
        baseErrors: count => `The earlier version of the plan has ${count === 1 ? 'an error' : `${count} errors`}, so it has no figures to compare with.`,
        baseCatalogue: 'The earlier version of the file has no plan header, so it has no figures to compare with.',
        unknownDocument: uri => `The language server does not know ${uri}.`,
        unknownRevision: revision => `Cannot read the plan's imports at ${revision}: the file is not in a git repository, git is missing, or the revision is unknown.`
    }
};

const parser: ParserTerms = {
    terminals: {
        NUMBER: 'a number',
        MONTH: 'a month such as 2027-03',
        STRING: 'a quoted title such as "Sales"',
        ID: 'a name',
        EOF: 'the end of the file'
    },
    rules: {
        Document: 'a declaration (plan, import, rate, goal, department, requirement, criterion, vendor, cost, benefit, phase, kpi, scenario, actuals, require or expect)',
        PlanSetting: 'a plan setting (currency, start, horizon, discount, capacity, choose, internal rate or amounts include tax)',
        RequirementStatement: 'a requirement line (asked by, evidence, impact, effort, must/should/could/wont or needs)',
        VendorMember: 'a vendor line (edition, covers, score or cost)',
        CostStatement: 'a cost line (direct, indirect or an amount such as `15000 once`)',
        BenefitStatement: 'a benefit line (revenue, savings, efficiency, satisfaction, from, ramp or an amount such as `8000 per month`)',
        PhaseStatement: 'a phase line (owner, start, after, duration or delivers)',
        KpiStatement: 'a kpi line (baseline, target or tracks)',
        Schedule: 'a schedule (`once`, `once in 2027-02`, `per month` or `per year`)',
        Name: 'a name',
        Decimal: 'a number',
        Period: '`month` or `year`'
    },
    listSeparator: ', ',
    lastSeparator: ' or ',
    somethingElse: 'something else',
    mismatch: (expected, found) => `Expected ${expected} but found ${found}.`,
    unexpected: (found, expected) => `Unexpected ${found}: expected ${expected}.`
};

/** Diagnostics by name; this table's names are the names every locale must translate. */
const syntax: SyntaxTerms = {
    fullWidth: a => `${String(a.name).charAt(0).toUpperCase()}${String(a.name).slice(1)} ${a.shown}: ${a.replacement === ''
        ? 'delete it, the language does not use it' : `use the ASCII ${a.replacement === ' ' ? 'space' : `\`${a.replacement}\``}`} (switch the input method to English punctuation).`,
    unexpectedCharacter: a => `The character ${a.shown} is not part of the language: names are letters, digits and _, titles go in ASCII double quotes "...", comments start with //.`,
    unterminatedTitle: a => `The title ${a.title} has no closing \`"\`: end it with \`"\` on the same line (${a.fixed}).`,
    compoundUnit: a => `\`${a.word}\`: a unit is one word (letters, digits and _), so \`/\` cannot be part of it. Write it as one word, such as \`${a.first}_per_${a.second}\`.`,
    monthFormat: a => `Write months as YYYY-MM: ${a.fixed} (not ${a.written}).`,
    misspeltKeyword: a => `\`${a.word}\` is not a keyword; did you mean \`${a.keyword}\`?`,
    unknownWord: a => `\`${a.word}\` is not a keyword here, so the line (or block) it starts was skipped: a line here starts with ${a.expected}.`,
    fixReplace: a => a.replacement === '' ? 'Delete it' : `Replace with \`${a.replacement}\``,
    fixAllFullWidth: () => 'Replace every full-width punctuation mark in the file with ASCII',
    fixChange: a => `Change to \`${a.replacement}\``,
    notUtf8: a => ({
        'utf-16le-bom': 'Not UTF-8: this file is UTF-16 (little-endian, with a byte order mark).',
        'utf-16be-bom': 'Not UTF-8: this file is UTF-16 (big-endian, with a byte order mark).',
        'utf-16le': 'Not UTF-8: this file looks like UTF-16 (little-endian) without a byte order mark.',
        'utf-16be': 'Not UTF-8: this file looks like UTF-16 (big-endian) without a byte order mark.',
        'gb18030': 'Not UTF-8: this file looks like GBK/GB18030 (the Chinese Windows encoding).',
        'binary': 'Not a text file: it contains NUL bytes (a plan is UTF-8 text).',
        'unknown': 'Not UTF-8: this file is in another encoding (a plan is UTF-8 text).'
    }[a.encoding as string] ?? 'Not UTF-8 text.') + (a.label
        ? ` Save it as UTF-8: in VS Code, click the encoding in the status bar, "Reopen with Encoding" ${a.label}, then "Save with Encoding" UTF-8; or run \`iconv -f ${a.label} -t UTF-8 ${a.file} > converted.crmplan\`.`
        : a.encoding === 'binary' ? '' : ' Save it as UTF-8 in your editor.'),
    noDeclarations: () => 'No declarations: this file is empty or holds only comments. Start a plan with `plan "Title" { ... }` (or run `crmplan init`), or declare goals, requirements, vendors, costs or benefits for a catalogue.',
    importsPlan: a => `'${a.path}' is a plan (it has a \`plan\` header), and a plan cannot be imported: nothing of it is used here. Import a catalogue (a file without a \`plan\` header) instead: move the shared declarations into one.`,
    markNames: {
        other: 'full-width character',
        '，': 'full-width comma',
        '、': 'ideographic comma',
        '：': 'full-width colon',
        '；': 'full-width semicolon',
        '（': 'full-width opening parenthesis',
        '）': 'full-width closing parenthesis',
        '“': 'curly opening quote',
        '”': 'curly closing quote',
        '‘': 'curly single quote',
        '’': 'curly single quote',
        '％': 'full-width percent sign',
        '｛': 'full-width opening brace',
        '｝': 'full-width closing brace',
        '．': 'full-width full stop',
        '－': 'full-width hyphen',
        '\u3000': 'ideographic (full-width) space'
    }
};

const diagnostics = {
    syntax: a => `${a.message}`,
    unresolved: a => a.suggestion
        ? `Unknown ${a.kind} '${a.name}': did you mean '${a.suggestion}'? Otherwise declare it (\`${a.keyword} ${a.name} ...\`) or import the file that declares it.`
        : `Unknown ${a.kind} '${a.name}': declare it (\`${a.keyword} ${a.name} ...\`) or import the file that declares it.`,
    duplicate: a => a.first
        ? `Duplicate ${a.kind} '${a.name}': ${a.first} and ${a.second} both declare it, and this file imports both. Rename or remove one.`
        : `Duplicate ${a.kind} '${a.name}': it is also declared ${a.where}. Rename or remove one.`,
    missingRate: a => `No exchange rate from ${a.currency} to ${a.planCurrency}${a.where ? ` (used in ${a.where})` : ''}: add \`rate ${a.currency} <value> ${a.planCurrency}\`. Amounts are never converted 1:1.`,
    impactRange: a => `Impact of '${a.requirement}' on '${a.goal}' is ${a.value}: impacts run from 0 to 10.`,
    shareRange: a => `${a.what} is ${a.value}%: a share must lie between 0% and 100%.`,
    negativeAmount: a => `${a.what} is negative (${a.value}): write the amount as a positive number.`,
    rangeOrder: a => `The likely value ${a.likely} lies outside its range (${a.low} to ${a.high}): write \`likely (low to high)\` with low ≤ likely ≤ high.`,
    phaseCycle: a => `Phase order loops: ${a.cycle}. Start one of these phases with \`start <month>\` instead.`,
    needsCycle: a => `Requirements need each other in a loop: ${a.cycle}. Remove one of these \`needs\`.`,
    ambiguousChoice: a => `Vendor '${a.vendor}' has several editions: choose one, for example \`choose ${a.vendor}.${a.edition}\`.`,
    importMissing: a => `Cannot find imported file '${a.path}'. Check the path; it is relative to this file.`,
    importCycle: a => a.self
        ? `Import cycle: ${a.file} imports itself. Remove this import.`
        : `Import cycle: ${a.cycle}. Files must not import each other: move what they share into a catalogue that imports none of them.`,
    importOutside: a => `Import '${a.path}' leaves the repository (${a.root}): copy the file into the repository instead.`,
    missingSetting: a => `The plan has no \`${a.setting}\`: add \`${a.example}\` to the plan header.`,
    invalidMonth: a => `'${a.value}' is not a month: write YYYY-MM with a month from 01 to 12.`,
    phaseStart: a => a.problem === 'both'
        ? `Phase '${a.phase}' has both \`start\` and \`after\`: keep one.`
        : a.problem === 'duration'
            ? `Phase '${a.phase}' has no \`duration\`: add \`duration <n> months\`.`
            : `Phase '${a.phase}' has neither \`start\` nor \`after\`: add \`start <month>\` or \`after <phase>\`.`,
    repeatedStatement: a => `\`${a.statement}\` is given more than once in ${a.where}: keep one.`,
    staffTime: a => a.problem === 'rate'
        ? `Staff time needs an hourly rate: write \`${a.value} hours at <rate> per hour ...\`.`
        : a.problem === 'currency'
            ? `Hours are a count, not money: remove ${a.currency} from \`${a.value} ${a.currency} hours\` and give the currency with the rate (\`at <rate> ${a.currency} per hour\`).`
            : `\`at ... per hour\` needs hours: write \`<n> hours at ... per hour\`.`,
    wholeMonths: a => a.max !== undefined
        ? `${a.what} must be a whole number of months from ${a.min} to ${a.max} (found ${a.value}).`
        : `${a.what} must be a whole number of months of at least ${a.min} (found ${a.value}).`,
    severalPlans: () => `More than one \`plan\` header: a file holds one plan; move shared declarations into a catalogue file without a plan header.`,
    currencyCode: a => `'${a.value}' is not a currency code: use three capital letters such as CNY, USD or EUR.`,
    scoreRange: a => `Score of '${a.vendor}' on '${a.criterion}' is ${a.value}: scores run from 0 to 10.`,
    zeroRate: a => `The rate ${a.from} ${a.value} ${a.to} is zero: it cannot convert (or be inverted). Give the real rate.`,
    goalWeights: a => `Goal weights sum to ${a.sum}%, not 100%: requirement values are then not on a 0–10 scale.`,
    criterionWeights: a => `Criterion weights sum to ${a.sum}%, not 100%: matrix scores are then not on a 0–10 scale.`,
    computedScore: a => `'${a.criterion}' is measured by ${a.measure}, so this score is ignored: remove it.`,
    outsideHorizon: a => `${a.month} is ${a.side === 'before' ? 'before the plan starts' : 'after the horizon ends'} (${a.first} to ${a.last}): ${
        a.subject === 'phase' ? 'the phase lies outside the timeline, and so do the requirements it delivers.'
            : a.subject === 'phase-partly' ? `the phase starts before the plan: its months before ${a.first} are not on the timeline, and the requirements it delivers go live in ${a.live}.`
                : a.subject === 'kpi' ? 'the target lies outside the timeline of the business case.'
                    : 'amounts dated there are not counted.'}`,
    needsLowerClass: a => `'${a.requirement}' (${a.moscow}) needs '${a.needed}' (${a.neededMoscow}): raise '${a.needed}' to ${a.moscow} or drop the dependency.`,
    benefitUndelivered: a => `No phase delivers '${a.requirement}', so it is not part of this implementation and benefit '${a.benefit}' earns nothing: add '${a.requirement}' to a phase's \`delivers\`, or drop it from the benefit's \`from\`.`,
    coversNothing: a => `Vendor '${a.vendor}' covers no requirement, so its options earn none of the benefits that requirements deliver: add \`covers <requirement> <share>%\`.`,
    mustUncovered: a => `No vendor covers the must-have '${a.requirement}'.`,
    mustsOverCapacity: a => `The must-haves need ${a.effort} person-weeks, more than the capacity of ${a.capacity}.`,
    missingScore: a => `Vendor '${a.vendor}' has no score for '${a.criterion}', which counts as 0: add \`score ${a.criterion} <0-10>\`.`,
    roiUndefined: a => `Option ${a.option} costs nothing over the horizon, so its ROI is undefined.`,
    chosenNotRecommended: a => `The chosen option ${a.chosen} is not the one with the highest NPV; ${a.recommended} is.`,
    untilBeforeFrom: a => `\`until ${a.until}\` comes before \`from ${a.from}\`, so this line counts nothing: swap the months or correct one of them.`,
    negativeScale: a => `Scenario '${a.scenario}' scales '${a.item}' by ${a.value}%: a negative factor turns its amounts into their opposite (a cost into income). Use 0% or more.`,
    figuresUnavailable: a => a.code === 'overflow'
        ? 'No figures: an amount, or a figure made from amounts, is beyond the range of numbers (about 1.8 × 10^308; an ROI also when the TCO is almost 0). Check the amounts for extra digits.'
        : `No figures: ${a.message}`,
    repeatedEntry: a => `'${a.name}' is listed twice in \`${a.list}\`: each name counts once (in \`from\` a repeat would weigh its coverage twice). Remove the repeat.`,
    rateToItself: a => `\`rate ${a.currency} … ${a.currency}\` converts ${a.currency} to itself: remove it (amounts in one currency need no rate).`,
    fractionalUsers: a => `${a.what} is ${a.value}: users are people, so write a whole number.`,
    minimumNotPerUser: a => `\`minimum ${a.minimum} users\` has no effect: this licence is not priced \`per user\`. Remove the minimum, or price the licence per user.`,
    rampWithoutRecurring: a => `\`ramp ${a.months} months\` has no effect: benefit '${a.benefit}' has only \`once\` amounts, and a ramp scales recurring ones. Remove it.`,
    benefitBeforeGoLive: a => a.line === 'once'
        ? `This amount falls in ${a.month}, before benefit '${a.benefit}' goes live in ${a.live}, so it earns nothing: date it at or after go-live.`
        : `This amount ends in ${a.month}, before benefit '${a.benefit}' goes live in ${a.live}, so it earns nothing: move \`until\` after go-live or remove it.`,
    deliveredOutsideCapacity: a => `'${a.requirement}' is delivered by phase '${a.phase}' but does not fit the capacity (rank ${a.rank}): its cost and benefits count, yet the ranking leaves it out. Raise the capacity, or drop it from \`delivers\`.`,
    deliversWont: a => `Phase '${a.phase}' delivers '${a.requirement}', which is marked \`wont\` (not in this release): drop it from \`delivers\`, or give it another priority.`,
    actualsOutsideTimeline: a => `Actuals for ${a.month} fall ${a.side === 'before' ? 'before the plan starts' : 'after the horizon ends'} (${a.first} to ${a.last}): record only months of the plan.`,
    actualsOverlap: a => `${a.months} ${a.count === 1 ? 'is' : 'are'} already recorded by \`actuals ${a.other}\`: each month is recorded once, so merge the blocks or correct a month.`,
    actualsWithoutChoice: a => a.reason === 'catalogue'
        ? 'Actuals belong in a plan file: this file has no plan header, so there is no chosen option to record against.'
        : 'Actuals record what the chosen option costs and earns: add `choose <Vendor>` (or `choose <Vendor>.<Edition>`) to the plan header.',
    kpiUnit: a => `'${a.kpi}' is measured ${a.expected}, not ${a.unit}: record the value in the unit of its baseline.`,
    actualsOtherVendor: a => `'${a.cost}' is a cost of ${a.vendor}, but the plan chooses ${a.chosen}: record costs of the plan or of the chosen vendor only.`,
    actualsPeriodOrder: a => `The period ends (${a.to}) before it starts (${a.from}): write \`actuals <first month> to <last month>\`.`,
    repeatedUsers: a => a.month ? `'${a.department}' already declares its users from ${a.month}: keep one line per month.` : `'${a.department}' already declares its users from the plan start (a line without \`from\`): keep one, and date the others with \`from <month>\`.`,
    actualsGap: a => `No actuals cover ${a.months}, before the last month recorded (${a.asOf}): ${a.count === 1 ? 'it counts' : 'they count'} as nothing paid and nothing earned. Add a block (an empty one if nothing happened).`,
    unrecordedLine: a => `${a.what} is planned in ${a.months} but no actuals record it there: it counts 0 in ${a.count === 1 ? 'that month' : 'those months'}. Record it (0 if nothing was paid or earned).`,
    kpiBehind: a => `KPI '${a.kpi}' is behind its path: ${a.value} in ${a.month}, where ${a.expected} was expected on the way to ${a.target} by ${a.by}.`,
    moreUsersThanDeclared: a => `${a.active} active users in '${a.department}', more than the ${a.declared} it declares for ${a.month}: update its users (a rollout wave is \`users <N> from <month>\`).`,
    guardrailUnit: a => `${a.metric} is ${a.unit}: write \`${a.example}\`.`,
    guardrailBasis: a => a.metric === 'matrix'
        ? `The matrix score takes no basis: it does not come from the simulation or the actuals. Remove \`${a.basis}\`.`
        : `The simulation gives percentiles of NPV, ROI and payback only, not of ${a.metricName}: remove \`${a.basis}\` or rule on one of those.`,
    guardrailBroken: a => `Broken: \`${a.rule}\`${a.reason ? ` ("${a.reason}")` : ''}${a.where ? ` from ${a.where}` : ''}. ${a.option}: ${a.figure}, limit ${a.limit}.`,
    guardrailExpectBroken: a => `Not met: \`${a.rule}\`${a.reason ? ` ("${a.reason}")` : ''}${a.where ? ` from ${a.where}` : ''}. ${a.option}: ${a.figure}, limit ${a.limit}.`,
    fullWidth: a => syntax.fullWidth(a),
    monthFormat: a => syntax.monthFormat(a),
    misspeltKeyword: a => syntax.misspeltKeyword(a),
    notUtf8: a => syntax.notUtf8(a),
    importsPlan: a => syntax.importsPlan(a),
    noDeclarations: a => syntax.noDeclarations(a),
    overrideTarget: a => {
        const why = a.problem === 'vendor' ? `a vendor is overridden through its licence (\`${a.example || `${a.target}.<edition>.licence`} 110%\`)`
            : a.problem === 'edition' ? `vendor '${a.vendor}' has no edition '${a.edition}'`
                : a.problem === 'noLicence' ? 'it has no licence line'
                    : a.problem === 'notLicensed' ? `'${a.item}' is a cost or benefit, scaled as a whole (\`${a.item} 70%\`)`
                        : 'the plan declares no cost, benefit or vendor of that name';
        return `Scenario '${a.scenario}' cannot override '${a.target}': ${why}.${a.suggestion ? ` Did you mean '${a.suggestion}'?` : ''} ${overrideTargetsEn(a)}`;
    },
    licencePriceLines: a => `Scenario '${a.scenario}' gives '${a.target}' a new price, but it has ${a.lines} licence lines and a price is per line: name the edition with one line (\`<vendor>.<edition>.licence 25 USD\`), or scale all lines with a percentage (\`${a.target} 110%\`).`,
    overrideRange: a => `Scenario '${a.scenario}' replaces a value with one exact value, so a range is not allowed: write \`${a.statement}\`. The simulation draws from the ranges of the plan itself, not from a scenario's.`,
    overridePrice: a => `Scenario '${a.scenario}' gives '${a.item}' the amount ${a.value}: a cost or benefit is scaled by a percentage (\`${a.item} ${a.value}%\`); only a licence takes a new price.`,
} satisfies Readonly<Record<string, DiagnosticMessage>>;

/** What a scenario of this plan can override (CRM044), from the lists `overrideTargetArgs` gives. */
function overrideTargetsEn(a: Readonly<Record<string, string | number>>): string {
    const parts = [
        a.costs || a.benefits
            ? `${[a.costs ? `costs (${a.costs})` : '', a.benefits ? `benefits (${a.benefits})` : ''].filter(Boolean).join(' and ')} by a percentage`
            : '',
        a.licences ? `licences (${a.licences}) by a percentage or a new price` : '',
        a.departments ? `users of ${a.departments} (\`users <department> 30\`)` : '',
        a.requirements ? `effort of ${a.requirements} (\`effort <requirement> 6 person-weeks\`)` : '',
        a.rates ? `exchange rates ${a.rates} (\`rate <from> <value> <to>\`)` : '',
        a.vendors && a.requirements ? `coverage by ${a.vendors} or an edition (\`covers <vendor>[.<edition>] <requirement> 70%\`)` : '',
        a.vendors && a.criteria ? `scores on ${a.criteria} (\`score <vendor> <criterion> 6\`)` : '',
        '`discount 10%`',
        '`internal rate 7000`'
    ].filter(Boolean);
    return `A scenario of this plan can override: ${parts.join('; ')}.`;
}

export type DiagnosticName = keyof typeof diagnostics;

const exportTerms: ExportTerms = {
    sheets: { inputs: 'Inputs', summary: 'Summary', timeline: option => `Timeline ${option}` },
    inputs: {
        declaration: 'Declaration',
        what: 'Input',
        source: 'Source',
        value: 'Value',
        unit: 'Unit',
        discountRate: 'Discount rate',
        horizon: 'Horizon',
        months: 'months',
        percentPerYear: '% per year',
        users: 'users',
        hours: 'hours',
        personWeeks: 'person-weeks',
        perPersonWeek: currency => `${currency} per person-week`,
        rate: (from, to) => `Exchange rate ${from} → ${to}`,
        per: (to, from) => `${to} per ${from}`,
        department: 'department',
        plan: 'plan',
        vendor: vendor => `vendor ${vendor}`,
        licenceOf: option => `licence of ${option}`,
        line: n => `line ${n}`,
        amount: 'amount',
        price: period => (period === 'month' ? 'price per month' : 'price per year'),
        minimumUsers: 'minimum users',
        increase: 'price increase',
        internalRate: 'Internal rate',
        effort: 'effort',
        goalWeight: 'goal weight',
        impact: goal => `impact on ${goal}`,
        covers: 'covers',
        criterionWeight: 'criterion weight',
        score: 'score',
        scoreMissing: 'No score in the plan: counted as 0.',
        percent: '%',
        points: 'points (0-10)'
    },
    timeline: {
        month: 'Month',
        label: 'Month label',
        cost: 'Cost',
        benefit: 'Benefit',
        net: 'Net',
        cumulative: 'Cumulative net',
        stillShort: 'Month still short',
        discountFactor: 'Discount factor',
        presentValue: 'Present value',
        presentCost: 'Present value of cost',
        effort: requirement => `Effort ${requirement}`
    },
    notes: {
        once: month => `Once, in ${month}.`,
        recurring: (first, last, period) => `${period === 'year' ? 'Yearly amount ÷ 12' : 'Monthly amount'}, every month from ${first} to ${last}.`,
        noMonth: 'No month of the horizon has an amount.',
        benefit: (goLive, ramp, share) => `Earned from go-live in ${goLive}${ramp && ramp > 1 ? `, ramping up over ${ramp} months (month k earns k/${ramp})` : ''}, times the vendor's coverage share ${share}.`,
        licence: (billing, from) => (billing === 'yearly'
            ? `Billed yearly in advance: 12 months at the start of each contract year from ${from}; price × (1 + increase)^contract year.`
            : `Billed monthly from ${from}; price × (1 + increase)^contract year.`),
        effort: (first, last, phase) => `Effort × internal rate, spread evenly over ${first} to ${last}${phase ? ` (phase ${phase})` : ' (no phase delivers it)'}.`,
        stillShort: 'The month number while the cumulative net is below zero, else −1: the last one sets the payback.',
        irrNone: roots => (roots === 0 ? 'No rate makes the NPV zero, so there is no IRR.' : `${roots} rates make the NPV zero, so no single IRR.`),
        paybackNever: 'The cumulative net is still below zero at the horizon.'
    },
    summary: {
        figure: 'Figure',
        option: 'Option',
        tco: 'TCO',
        totalBenefit: 'Total benefit',
        netBenefit: 'Net benefit',
        roi: 'ROI',
        npv: 'NPV',
        pvCosts: 'Present value of costs',
        pvRoi: 'PV-ROI',
        lastShortMonth: 'Last month still short',
        payback: 'Payback (months)',
        irr: 'IRR (annual)',
        matrixScore: 'Matrix score',
        criterion: title => `Score: ${title}`,
        requirements: 'Requirements',
        requirement: 'Requirement',
        requirementValue: 'Value',
        effort: 'Effort (person-weeks)',
        valuePerPersonWeek: 'Value per person-week',
        notApplicable: 'n/a',
        never: 'never'
    }
};

const guardrailTerms: GuardrailTerms = {
    unitNames: {
        percent: 'a percentage', months: 'months',
        money: 'money, in the plan currency or one with a declared rate', score: 'a score from 0 to 10, without a unit'
    },
    clauseSeparator: ', ',
    listSeparator: ', ',
    basisSeparator: ' ',
    leadSpace: ' ',
    metric: {
        'roi': 'ROI', 'pv-roi': 'PV-ROI', 'irr': 'IRR', 'npv': 'NPV', 'tco': 'TCO',
        'benefit': 'total benefit', 'payback': 'payback', 'matrix': 'matrix score'
    },
    months: value => `${value} months`,
    missing: (reason, roots) => ({
        'no-option': 'no figure: the plan has no option',
        'no-costs': 'no figure: the option has no costs',
        'no-npv': 'no figure: no NPV at a discount rate at or below −100%',
        'never-paid-back': 'never paid back within the horizon',
        'no-irr': 'no IRR: no rate makes the NPV zero',
        'several-irr': `no single IRR: several rates make the NPV zero (${roots})`,
        'no-simulation': 'no simulation: the plan has no ranges',
        'not-simulated': 'no figure: the simulation gives percentiles of NPV, ROI and payback only',
        'no-basis': 'no figure: this metric takes no basis'
    })[reason],
    holds: 'holds',
    broken: 'broken',
    notMet: 'not met',
    require: 'require',
    expect: 'expect',
    origin: (origin, detail) => ({
        plan: 'From the plan\'s figures (the evaluation).',
        simulation: `From the Monte Carlo simulation${detail ? ` (${detail})` : ''}.`,
        forecast: 'From the actuals\' forecast; without actuals it equals the plan\'s figures.',
        trend: 'From the actuals\' trend; without actuals it equals the plan\'s figures.'
    })[origin],
    simulationDetail: (trials, seed) => `${trials} trials, seed ${seed}`,
    appliedTo: option => `Applied to ${option}.`,
    where: (file, line) => `${file}:${line}`,
    tableRule: 'Rule',
    tableReason: 'Reason',
    tableFigure: 'Figure',
    tableStatus: 'Status',
    heading: 'Guardrails',
    none: '–',
    breaks: 'this change breaks',
    restores: 'this change restores',
    limit: 'limit',
    tableBefore: 'Before',
    tableAfter: 'After',
    leadSeparator: ': ',
    itemSeparator: '; ',
    removedRule: 'rule removed',
    basis: { p10: 'P10', p50: 'P50', p90: 'P90', forecast: 'forecast', trend: 'trend' },
    reportIntro: option => `The rules the plan is held to (\`require\`: must hold; \`expect\`: should hold), applied to ${option}.`
};

const cli: CliTerms = {
    usage: {
        unknownLanguage: p => `unknown language '${p.lang}': use en or zh-CN`,
        stdinTwice: () => '- (standard input) given twice',
        noSuchPath: p => `${p.path}: no such file or folder`,
        noPlansInFolder: p => `${p.path}: no .crmplan files in this folder`,
        cannotReadFolder: p => `${p.path}: cannot read this folder`,
        oneFileNotFolder: p => `${p.path}: give one plan file, not a folder`,
        catalogueHasNoFigures: p => `${p.path}: is a catalogue (no plan header), so it has no figures`,
        missingFile: p => `${p.path}: no such file`,
        isFolder: p => `${p.path}: is a folder`,
        notText: p => `${p.path}: not a text file (a plan must be UTF-8 text)`,
        notUtf8: p => `${p.path}: ${p.detail ?? 'not UTF-8 text'}`,
        cannotRead: p => `${p.path}: cannot read this file`,
        notTextAtRevision: p => `${p.path}: not a text file at ${p.revision}`,
        missingAtRevision: p => `${p.path}: does not exist at ${p.revision}`,
        stdinUnreadable: () => '-: cannot read standard input',
        stdinNotUtf8: () => '-: standard input is not UTF-8 text',
        outputIsPlanFile: p => `${p.path}: is one of the plan's own files; write the output elsewhere`,
        cannotWrite: p => `${p.path}: cannot write (${p.code})`,
        outputFolderMissing: p => `${p.path}: cannot write there, folder ${p.folder} does not exist`,
        outputIsFolder: p => `${p.path}: is a folder; give a file name`,
        formatsContradict: p => `--json and --format ${p.format} contradict each other`,
        unknownFormat: p => `unknown format '${p.format}': use ${[p.allowed.slice(0, -1).join(', '), ...p.allowed.slice(-1)].filter(Boolean).join(' or ')}`,
        formatRequired: p => `give ${p.allowed.map(f => `--format ${f}`).join(' or ')}`,
        xlsxNeedsOutput: () => '--format xlsx writes a binary workbook: name the file with -o, e.g. -o plan.xlsx',
        diffGitOneFile: () => 'diff --git takes one plan file, or none for every plan of the repository: crmplan diff --git <ref> [file]',
        diffTwoFiles: () => 'diff takes two plan files: crmplan diff <base> <head> (or --git <ref> <file>)',
        notInRepository: p => `${p.path}: not inside a git repository`,
        unknownRevision: p => `unknown git revision '${p.revision}'`,
        notPositiveWhole: p => `${p.option} must be a positive whole number (got '${p.text}')`,
        tooLarge: p => `${p.option} must be at most ${p.max} (got ${p.text})`,
        initTargetIsFile: p => `${p.path}: is a file, not a folder`,
        initFileExists: p => `${p.path}: already exists; crmplan init never overwrites a file`
    },
    noProblems: files => `No problems in ${files} ${plural(files, 'file', 'files')}.`,
    problems: c => `${[
        `${c.errors} ${plural(c.errors, 'error', 'errors')}`,
        `${c.warnings} ${plural(c.warnings, 'warning', 'warnings')}`,
        ...(c.notes > 0 ? [`${c.notes} ${plural(c.notes, 'note', 'notes')}`] : [])
    ].join(', ')} in ${c.files} ${plural(c.files, 'file', 'files')}.`,
    noFiguresUntilFixed: (file, errors) => `${file} has ${errors} ${plural(errors, 'error', 'errors')}; no figures until they are fixed`
};

const provenance: ProvenanceTerms = {
    licenceName: (option, qualifier) => (qualifier ? `${option} licence (${qualifier})` : `${option} licence`),
    qualifierSeparator: ', ',
    departmentSeparator: ', ',
    licenceFrom: (year, month) => `from ${year}-${String(month).padStart(2, '0')}`,
    licenceUntil: (year, month) => `until ${year}-${String(month).padStart(2, '0')}`,
    licencePerUser: 'per user',
    licenceFlat: 'flat fee',
    licenceNumber: position => `no. ${position}`,
    report: {
        licenceItem: (option, qualifier) => `Licence: ${option} (${qualifier})`,
        licenceListName: (option, qualifier) => `${option} (${qualifier})`,
        sourcesIntro: 'Sources:',
        sourceSentence: source => `Source: ${source}.`,
        sourced: (figure, source) => `${figure} (source: ${source})`,
        sourceColumn: 'Source',
        effortsHeading: 'Where the effort estimates come from',
        effortsIntro: 'Efforts the plan gives a source for:',
        effort: (requirement, effort, source) => `${requirement}: ${effort} (source: ${source})`
    },
    hover: {
        source: source => `Source: ${source}`,
        sources: 'Sources',
        line: {
            amount: owner => `Amount line of \`${owner}\``,
            licence: owner => `Licence of \`${owner}\``,
            covers: (owner, detail) => `Share of \`${detail}\` that \`${owner}\` covers`,
            score: (owner, detail) => `Trial score of \`${owner}\` on \`${detail}\``,
            rate: (owner, detail) => `Exchange rate ${owner} → ${detail}`,
            discount: () => 'Discount rate of the plan',
            internalRate: () => 'Internal rate of the plan',
            users: owner => `Users of \`${owner}\``,
            effort: owner => `Effort of \`${owner}\``
        },
        item: {
            amount: subject => `line ${subject}`,
            licence: subject => `licence ${subject}`,
            covers: subject => `covers \`${subject}\``,
            score: subject => `score \`${subject}\``,
            rate: subject => `rate ${subject}`,
            discount: () => 'discount rate',
            internalRate: () => 'internal rate',
            users: subject => `users of \`${subject}\``,
            effort: () => 'effort'
        }
    }
};

export const en: Glossary = { cli, provenance, syntax, guardrails: guardrailTerms, export: exportTerms, currencyNames: {}, kinds, report, figures, diff, extension, diagnostics, validation, editor, parser };
