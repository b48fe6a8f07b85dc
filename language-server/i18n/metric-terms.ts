/** The headline figures, named once for every view (report, hover, diff, terminal). */
export interface MetricTerms {
    readonly tco: string;
    readonly totalBenefit: string;
    readonly roi: string;
    readonly npv: string;
    readonly pvRoi: string;
    readonly payback: string;
    /** The annual IRR. */
    readonly irr: string;
}
