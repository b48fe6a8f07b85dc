/**
 * Every word the finance workbook and the CSV timeline show: sheet, column
 * and note titles.
 */
export interface ExportTerms {
    readonly sheets: { readonly inputs: string; readonly summary: string; readonly timeline: (option: string) => string };
    readonly inputs: {
        readonly declaration: string;
        readonly what: string;
        readonly source: string;
        readonly value: string;
        readonly unit: string;
        readonly discountRate: string;
        readonly horizon: string;
        readonly months: string;
        readonly percentPerYear: string;
        readonly users: string;
        readonly hours: string;
        readonly personWeeks: string;
        readonly perPersonWeek: (currency: string) => string;
        readonly rate: (from: string, to: string) => string;
        readonly per: (to: string, from: string) => string;
        readonly department: string;
        readonly plan: string;
        readonly vendor: (vendor: string) => string;
        readonly licenceOf: (option: string) => string;
        readonly line: (n: number) => string;
        readonly amount: string;
        readonly price: (period: 'month' | 'year') => string;
        readonly minimumUsers: string;
        readonly increase: string;
        readonly internalRate: string;
        readonly effort: string;
        readonly goalWeight: string;
        readonly impact: (goal: string) => string;
        readonly covers: string;
        readonly criterionWeight: string;
        readonly score: string;
        readonly scoreMissing: string;
        readonly percent: string;
        readonly points: string;
    };
    readonly timeline: {
        readonly month: string;
        readonly label: string;
        readonly cost: string;
        readonly benefit: string;
        readonly net: string;
        readonly cumulative: string;
        readonly stillShort: string;
        readonly discountFactor: string;
        readonly presentValue: string;
        readonly presentCost: string;
        readonly effort: (requirement: string) => string;
    };
    /** Cell notes that state a rule the formulas leave to the layout (which months a line falls in). */
    readonly notes: {
        readonly once: (month: string) => string;
        readonly recurring: (first: string, last: string, period: 'month' | 'year') => string;
        readonly noMonth: string;
        readonly benefit: (goLive: string, ramp: number | undefined, share: string) => string;
        readonly licence: (billing: 'monthly' | 'yearly', from: string) => string;
        readonly effort: (first: string, last: string, phase: string | undefined) => string;
        readonly stillShort: string;
        readonly irrNone: (roots: number) => string;
        readonly paybackNever: string;
    };
    readonly summary: {
        readonly figure: string;
        readonly option: string;
        readonly tco: string;
        readonly totalBenefit: string;
        readonly netBenefit: string;
        readonly roi: string;
        readonly npv: string;
        readonly pvCosts: string;
        readonly pvRoi: string;
        readonly lastShortMonth: string;
        readonly payback: string;
        readonly irr: string;
        readonly matrixScore: string;
        readonly criterion: (title: string) => string;
        readonly requirements: string;
        readonly requirement: string;
        readonly requirementValue: string;
        readonly effort: string;
        readonly valuePerPersonWeek: string;
        readonly notApplicable: string;
        readonly never: string;
    };
}
