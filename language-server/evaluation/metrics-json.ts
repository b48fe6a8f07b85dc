/**
 * The figures of one stream of costs and benefits as the JSON document
 * writes them, for options and for the monitoring projections alike.
 */
import { moneyString } from './decimal.js';
import type { OptionMetrics, TimelineMonth } from './evaluation-types.js';

/** Decimal string with exactly two places, e.g. `"-1250.50"`. */
export type MoneyString = string;

export interface FiguresJson {
    readonly tco: MoneyString;
    readonly totalBenefit: MoneyString;
    /** Null only for a discount rate at or below −100%. */
    readonly npv: MoneyString | null;
    readonly roiPercent: number | null;
    readonly pvRoiPercent: number | null;
    /** The annual IRR in percent when exactly one root exists. */
    readonly irrAnnualPercent: number | null;
    /** Every root, annual percent, ascending. */
    readonly irrRoots: readonly number[];
    readonly paybackMonths: number | null;
}

export interface TimelineJson {
    /** `YYYY-MM`. */
    readonly month: string;
    readonly cost: MoneyString;
    readonly benefit: MoneyString;
    readonly net: MoneyString;
    readonly cumulative: MoneyString;
}

/** TCO, benefit, NPV, ROI, PV-ROI, IRR and payback, in the document's key order. */
export function figuresJson(m: OptionMetrics): FiguresJson {
    return {
        tco: moneyString(m.tco),
        totalBenefit: moneyString(m.totalBenefit),
        npv: m.npv === null ? null : moneyString(m.npv),
        roiPercent: m.roiPercent,
        pvRoiPercent: m.pvRoiPercent,
        irrAnnualPercent: m.irr.annualPercent,
        irrRoots: m.irr.annualRootsPercent,
        paybackMonths: m.paybackMonths
    };
}

export function timelineJson(timeline: readonly TimelineMonth[]): TimelineJson[] {
    return timeline.map(t => ({
        month: t.label,
        cost: moneyString(t.cost),
        benefit: moneyString(t.benefit),
        net: moneyString(t.net),
        cumulative: moneyString(t.cumulative)
    }));
}
