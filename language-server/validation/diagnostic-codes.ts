import { glossary } from '../i18n/glossary.js';
import type { DiagnosticArgs, DiagnosticName } from '../i18n/diagnostic-terms.js';
import type { Locale } from '../i18n/locale.js';

export type { DiagnosticName };

export type Severity = 'error' | 'warning' | 'info';

/** One kind of diagnostic: a stable code and a severity; its message in each language is the glossary's entry of the same name. */
export interface DiagnosticKind {
    readonly name: DiagnosticName;
    readonly code: string;
    readonly severity: Severity;
    /** One line for the documentation table. */
    readonly summary: string;
}

/**
 * Every diagnostic crmplan reports. Codes are stable: tools and people refer
 * to them, so a code is never reused for another meaning. `docs/diagnostics.md`
 * documents the same table (a test keeps the two in step).
 */
export const Diagnostics = {
    syntax: { name: 'syntax', code: 'CRM000', severity: 'error', summary: 'The text does not follow the grammar.' },
    unresolved: { name: 'unresolved', code: 'CRM001', severity: 'error', summary: 'A name that no declaration in this file or its imports defines.' },
    duplicate: { name: 'duplicate', code: 'CRM002', severity: 'error', summary: 'Two declarations of the same kind share a name within a plan and its imports.' },
    missingRate: { name: 'missingRate', code: 'CRM003', severity: 'error', summary: 'An amount in a currency with no declared exchange rate to the plan currency.' },
    impactRange: { name: 'impactRange', code: 'CRM004', severity: 'error', summary: 'An impact score outside 0 to 10.' },
    shareRange: { name: 'shareRange', code: 'CRM005', severity: 'error', summary: 'A share or weight outside 0% to 100%.' },
    negativeAmount: { name: 'negativeAmount', code: 'CRM006', severity: 'error', summary: 'A negative amount, price, hours, rate, users, effort or capacity.' },
    rangeOrder: { name: 'rangeOrder', code: 'CRM007', severity: 'error', summary: 'A range whose likely value lies outside it, or whose low end exceeds its high end.' },
    phaseCycle: { name: 'phaseCycle', code: 'CRM008', severity: 'error', summary: 'Phases whose `after` order loops.' },
    needsCycle: { name: 'needsCycle', code: 'CRM009', severity: 'error', summary: 'Requirements whose `needs` loop.' },
    ambiguousChoice: { name: 'ambiguousChoice', code: 'CRM010', severity: 'error', summary: '`choose` names a vendor with several editions but no edition.' },
    importMissing: { name: 'importMissing', code: 'CRM011', severity: 'error', summary: 'An import whose file does not exist (or is not in the workspace).' },
    importCycle: { name: 'importCycle', code: 'CRM012', severity: 'error', summary: 'Imports that lead back to the importing file.' },
    importOutside: { name: 'importOutside', code: 'CRM013', severity: 'error', summary: 'An import that leaves the repository.' },
    missingSetting: { name: 'missingSetting', code: 'CRM014', severity: 'error', summary: 'A plan header without a required setting (currency, start, horizon).' },
    invalidMonth: { name: 'invalidMonth', code: 'CRM015', severity: 'error', summary: 'A month that is not a calendar month (`2027-13`).' },
    phaseStart: { name: 'phaseStart', code: 'CRM016', severity: 'error', summary: 'A phase without exactly one of `start` or `after`, or without a duration.' },
    repeatedStatement: { name: 'repeatedStatement', code: 'CRM017', severity: 'error', summary: 'A statement given twice where only one is meaningful.' },
    staffTime: { name: 'staffTime', code: 'CRM018', severity: 'error', summary: 'Staff time without both `hours` and `at <rate> per hour`, or with a currency on the hours.' },
    wholeMonths: { name: 'wholeMonths', code: 'CRM019', severity: 'error', summary: 'A horizon, duration or ramp that is not a positive whole number of months.' },
    severalPlans: { name: 'severalPlans', code: 'CRM020', severity: 'error', summary: 'More than one plan header in a file or its imports.' },
    currencyCode: { name: 'currencyCode', code: 'CRM021', severity: 'error', summary: 'A currency code that is not three capital letters.' },
    scoreRange: { name: 'scoreRange', code: 'CRM022', severity: 'error', summary: 'A vendor score outside 0 to 10.' },
    zeroRate: { name: 'zeroRate', code: 'CRM023', severity: 'error', summary: 'An exchange rate of zero.' },
    goalWeights: { name: 'goalWeights', code: 'CRM101', severity: 'warning', summary: 'Goal weights do not sum to 100%.' },
    criterionWeights: { name: 'criterionWeights', code: 'CRM102', severity: 'warning', summary: 'Criterion weights do not sum to 100%.' },
    computedScore: { name: 'computedScore', code: 'CRM103', severity: 'warning', summary: 'A `score` for a criterion that is computed (`measured by`).' },
    outsideHorizon: { name: 'outsideHorizon', code: 'CRM104', severity: 'warning', summary: 'A date before the plan start or after its horizon.' },
    needsLowerClass: { name: 'needsLowerClass', code: 'CRM105', severity: 'warning', summary: 'A requirement that needs one of a lower MoSCoW class.' },
    benefitUndelivered: { name: 'benefitUndelivered', code: 'CRM106', severity: 'warning', summary: 'A benefit that needs a requirement no phase delivers: it earns nothing.' },
    coversNothing: { name: 'coversNothing', code: 'CRM107', severity: 'warning', summary: 'A vendor that covers no requirement.' },
    mustUncovered: { name: 'mustUncovered', code: 'CRM108', severity: 'warning', summary: 'A `must` requirement that no vendor covers.' },
    mustsOverCapacity: { name: 'mustsOverCapacity', code: 'CRM109', severity: 'warning', summary: 'The `must` requirements alone exceed the capacity.' },
    missingScore: { name: 'missingScore', code: 'CRM110', severity: 'warning', summary: 'A vendor without a score for a scored criterion (counts 0).' },
    roiUndefined: { name: 'roiUndefined', code: 'CRM111', severity: 'warning', summary: 'An option whose ROI is undefined because its TCO is 0.' },
    chosenNotRecommended: { name: 'chosenNotRecommended', code: 'CRM112', severity: 'info', summary: 'The chosen option is not the one with the highest NPV.' },
    untilBeforeFrom: { name: 'untilBeforeFrom', code: 'CRM113', severity: 'warning', summary: 'An amount line or licence whose `until` month comes before its `from` month.' },
    negativeScale: { name: 'negativeScale', code: 'CRM024', severity: 'error', summary: 'A scenario that scales a cost, benefit or licence by a negative factor.' },
    figuresUnavailable: { name: 'figuresUnavailable', code: 'CRM025', severity: 'error', summary: 'A plan without other errors whose figures cannot be computed, such as amounts beyond the range of numbers.' },
    repeatedEntry: { name: 'repeatedEntry', code: 'CRM033', severity: 'error', summary: 'A name listed twice in `from`, `needs`, `delivers`, `after` or `tracks`.' },
    rateToItself: { name: 'rateToItself', code: 'CRM034', severity: 'error', summary: 'An exchange rate from a currency to itself.' },
    fractionalUsers: { name: 'fractionalUsers', code: 'CRM035', severity: 'error', summary: 'A number of users that is not a whole number.' },
    minimumNotPerUser: { name: 'minimumNotPerUser', code: 'CRM118', severity: 'warning', summary: '`minimum N users` on a licence that is not priced per user.' },
    rampWithoutRecurring: { name: 'rampWithoutRecurring', code: 'CRM119', severity: 'warning', summary: '`ramp` on a benefit that has only `once` amounts.' },
    benefitBeforeGoLive: { name: 'benefitBeforeGoLive', code: 'CRM120', severity: 'warning', summary: 'A benefit amount dated before the benefit goes live: it earns nothing.' },
    deliveredOutsideCapacity: { name: 'deliveredOutsideCapacity', code: 'CRM121', severity: 'warning', summary: 'A phase delivers a requirement the capacity walk leaves out.' },
    deliversWont: { name: 'deliversWont', code: 'CRM122', severity: 'warning', summary: 'A phase delivers a requirement marked `wont`.' },
    actualsOutsideTimeline: { name: 'actualsOutsideTimeline', code: 'CRM026', severity: 'error', summary: 'An actuals month before the plan start or after its horizon.' },
    actualsOverlap: { name: 'actualsOverlap', code: 'CRM027', severity: 'error', summary: 'Two actuals blocks that cover the same month.' },
    actualsWithoutChoice: { name: 'actualsWithoutChoice', code: 'CRM028', severity: 'error', summary: 'Actuals in a plan without `choose`, or in a catalogue.' },
    kpiUnit: { name: 'kpiUnit', code: 'CRM029', severity: 'error', summary: 'A `kpi` measurement in another unit than the KPI\'s baseline.' },
    actualsOtherVendor: { name: 'actualsOtherVendor', code: 'CRM030', severity: 'error', summary: 'Actuals for a cost of a vendor other than the chosen one.' },
    actualsPeriodOrder: { name: 'actualsPeriodOrder', code: 'CRM031', severity: 'error', summary: 'An actuals period that ends before it starts.' },
    repeatedUsers: { name: 'repeatedUsers', code: 'CRM032', severity: 'error', summary: 'A department that declares its users twice for the same month.' },
    actualsGap: { name: 'actualsGap', code: 'CRM114', severity: 'warning', summary: 'Months between the plan start and the as-of month that no actuals block covers.' },
    unrecordedLine: { name: 'unrecordedLine', code: 'CRM115', severity: 'warning', summary: 'A cost, the licence or a benefit planned above 0 up to the as-of month with nothing recorded for those months.' },
    kpiBehind: { name: 'kpiBehind', code: 'CRM116', severity: 'warning', summary: 'A KPI whose latest measurement is behind its path from baseline to target.' },
    moreUsersThanDeclared: { name: 'moreUsersThanDeclared', code: 'CRM117', severity: 'warning', summary: 'More active users recorded than the department declares.' },
    guardrailUnit: { name: 'guardrailUnit', code: 'CRM036', severity: 'error', summary: 'A guardrail limit without its metric\'s unit (`%`, `months`, a currency) or with another one.' },
    guardrailBasis: { name: 'guardrailBasis', code: 'CRM037', severity: 'error', summary: 'A guardrail basis its metric does not take (`p10 matrix`, a percentile of a figure the simulation does not give).' },
    guardrailBroken: { name: 'guardrailBroken', code: 'CRM038', severity: 'error', summary: 'A `require` guardrail the option the plan reports on breaks.' },
    guardrailExpectBroken: { name: 'guardrailExpectBroken', code: 'CRM123', severity: 'warning', summary: 'An `expect` guardrail the option the plan reports on breaks.' },
    fullWidth: { name: 'fullWidth', code: 'CRM039', severity: 'error', summary: 'Full-width punctuation or an ideographic space, typed with a Chinese input method, where the language wants ASCII.' },
    monthFormat: { name: 'monthFormat', code: 'CRM040', severity: 'error', summary: 'A month written without two digits for the month (`2027-3`).' },
    misspeltKeyword: { name: 'misspeltKeyword', code: 'CRM041', severity: 'error', summary: 'A word where a keyword must stand, close to a keyword valid there (`requirment`).' },
    notUtf8: { name: 'notUtf8', code: 'CRM042', severity: 'error', summary: 'A file that is not UTF-8 text (GBK/GB18030, UTF-16, or binary with NUL bytes).' },
    importsPlan: { name: 'importsPlan', code: 'CRM043', severity: 'error', summary: 'An import of a file that is itself a plan (has a `plan` header).' },
    overrideTarget: { name: 'overrideTarget', code: 'CRM044', severity: 'error', summary: 'A scenario override whose target the plan does not have, or cannot be overridden that way.' },
    licencePriceLines: { name: 'licencePriceLines', code: 'CRM045', severity: 'error', summary: 'A scenario gives a new licence price to a target with several licence lines (or none).' },
    overridePrice: { name: 'overridePrice', code: 'CRM046', severity: 'error', summary: 'A scenario gives a cost or benefit an amount instead of a percentage.' },
    overrideRange: { name: 'overrideRange', code: 'CRM047', severity: 'error', summary: 'A scenario gives a coverage share a range instead of one value.' },
    noDeclarations: { name: 'noDeclarations', code: 'CRM124', severity: 'info', summary: 'A file that declares nothing: empty, or only comments.' },
} satisfies { readonly [N in DiagnosticName]: DiagnosticKind & { readonly name: N } };

/** The message of `kind` in `locale`. */
export function diagnosticMessage(kind: DiagnosticKind, locale: Locale, args: DiagnosticArgs = {}): string {
    return glossary(locale).diagnostics[kind.name](args);
}

/**
 * Whether a diagnostic keeps a plan from having figures: any error but a
 * broken `require`, which is an error about the figures themselves (CI fails
 * on it, yet every view still shows the figures that break the rule).
 */
export function blocksFigures(diagnostic: { readonly severity?: number | string; readonly code?: number | string }): boolean {
    const error = diagnostic.severity === 1 || diagnostic.severity === 'error';
    return error && diagnostic.code !== Diagnostics.guardrailBroken.code;
}
