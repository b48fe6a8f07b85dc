/** Every heading, label and sentence of the diff comment, per language. */
import type { DescribeTerms } from './describe-terms.js';

export interface DiffTerms {
    /** The changed fields of declarations. */
    readonly describe: DescribeTerms;
    readonly heading: (title: string) => string;
    readonly figuresHeading: string;
    /** Item by item, what made each option's TCO and total benefit move. */
    readonly causesHeading: string;
    readonly causeFigure: string;
    readonly causeItem: string;
    readonly causeChange: string;
    readonly itemKinds: Readonly<Record<'cost' | 'licence' | 'effort' | 'benefit', string>>;
    /** Above an option's ΔNPV split: `ΔNPV −¥19,345.12, item by item`. */
    npvCausesCaption(delta: string): string;
    readonly pvBefore: string;
    readonly pvAfter: string;
    readonly npvEffect: string;
    readonly total: string;
    /** The re-discounting row: `discount rate 8% → 10%`. */
    rediscounted(before: string, after: string): string;
    /** The compact change tables: scenarios, simulation, vendor matrix. */
    readonly scenariosHeading: string;
    readonly scenario: string;
    readonly leadingOption: string;
    simulationHeading(trials: string, seed: string): string;
    readonly npvP10: string;
    readonly npvP50: string;
    readonly npvP90: string;
    readonly probabilityNegative: string;
    readonly matrixHeading: string;
    readonly matrixScore: string;
    readonly matrixRank: string;
    /** One element of a list field added or removed: `Segments 60% added`. */
    elementAdded(element: string): string;
    elementRemoved(element: string): string;
    /** When actuals change: the as-of month, then the forecast and trend before and after. */
    actualsHeading(asOf: string, before: string | undefined): string;
    readonly actualsFigure: string;
    readonly before: string;
    readonly after: string;
    readonly forecastRoi: string;
    readonly forecastNpv: string;
    readonly trendRoi: string;
    readonly trendNpv: string;
    readonly costVarianceToDate: string;
    readonly benefitVarianceToDate: string;
    kpiStatusChanged(kpi: string, before: string, after: string): string;
    readonly kpiStatuses: Readonly<Record<'met' | 'on-track' | 'behind' | 'no-data', string>>;
    readonly option: string;
    readonly tco: string;
    readonly benefit: string;
    readonly npv: string;
    readonly roi: string;
    readonly payback: string;
    readonly irr: string;
    /** `Vendor.Edition (chosen, new option)` */
    readonly tagged: (name: string, tags: readonly string[]) => string;
    /** `value (aside)`, with the language's brackets. */
    readonly aside: (value: string, aside: string) => string;
    readonly chosen: string;
    readonly added: string;
    readonly removed: string;
    readonly unchanged: string;
    readonly never: string;
    readonly none: string;
    readonly months: (value: string) => string;
    readonly changesHeading: string;
    readonly noChanges: string;
    readonly kind: Readonly<Record<string, string>>;
    readonly changeVerb: Readonly<Record<'added' | 'removed' | 'changed', string>>;
    readonly ranksHeading: string;
    readonly requirementRanks: string;
    readonly optionRanks: string;
    readonly newRank: string;
    readonly droppedRank: string;
    readonly chosenChanged: (base: string, head: string) => string;
    readonly recommendedChanged: (base: string, head: string) => string;
    readonly fullReport: string;
    readonly reportLeftOut: string;
    readonly changesCut: (count: number) => string;
    readonly repositoryHeading: (count: number, ref: string) => string;
    readonly nothingChanged: (ref: string) => string;
    /** A plan's status after its path in the list at the top: ` (changed)`, `（已修改）`. */
    readonly planStatus: Readonly<Record<'changed' | 'added' | 'removed' | 'errors', string>>;
    readonly listSeparator: string;
    readonly newPlanFigures: string;
    readonly planDeleted: string;
    readonly planHasErrors: (count: number) => string;
    readonly baseHadErrors: (ref: string) => string;
    readonly plansCut: (count: number) => string;
}
