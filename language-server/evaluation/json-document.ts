/**
 * The versioned JSON document of an evaluation (`crmplan ... --json`),
 * described by `docs/evaluation.schema.json`.
 *
 * Money is a decimal string with two places, rounded half-up to the cent
 * (`"430200.00"`), so no consumer meets binary floating point in a total;
 * ratios, scores and months are unrounded numbers, null where undefined.
 * Keys and arrays come in a fixed order so committed exports diff cleanly.
 */
import type { Evaluation, OptionEvaluation, RequirementEvaluation } from './evaluation.js';
import { moneyString } from './decimal.js';
import type { Moscow } from '../model/plan.js';

/** Bumped on any incompatible change to the document. */
export const EVALUATION_SCHEMA_VERSION = 1;

/** Decimal string with exactly two places, e.g. `"-1250.50"`. */
export type MoneyString = string;

export interface EvaluationJson {
    readonly schemaVersion: typeof EVALUATION_SCHEMA_VERSION;
    readonly plan: {
        readonly title: string;
        readonly currency: string;
        readonly start: string;
        readonly horizonMonths: number;
        readonly discountRatePercent: number;
    };
    readonly requirements: readonly RequirementJson[];
    readonly options: readonly OptionJson[];
}

export interface RequirementJson {
    readonly id: string;
    readonly title: string;
    readonly moscow: Moscow;
    readonly value: number;
    readonly rank: number;
    readonly effortPersonWeeks: number | null;
    readonly withinCapacity: boolean;
}

export interface OptionJson {
    readonly id: string;
    readonly vendor: string;
    readonly edition: string | null;
    readonly chosen: boolean;
    readonly recommended: boolean;
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
    readonly matrixScore: number;
    /** Criterion id → score 0..10. */
    readonly criteria: Readonly<Record<string, number>>;
    readonly timeline: readonly TimelineJson[];
}

export interface TimelineJson {
    /** `YYYY-MM`. */
    readonly month: string;
    readonly cost: MoneyString;
    readonly benefit: MoneyString;
    readonly net: MoneyString;
    readonly cumulative: MoneyString;
}

/** The JSON document of an evaluation; plain data, ready for `JSON.stringify`. */
export function toEvaluationJson(evaluation: Evaluation): EvaluationJson {
    return {
        schemaVersion: EVALUATION_SCHEMA_VERSION,
        plan: {
            title: evaluation.plan.title,
            currency: evaluation.plan.currency,
            start: evaluation.plan.start,
            horizonMonths: evaluation.plan.horizonMonths,
            discountRatePercent: evaluation.plan.discountRatePercent
        },
        requirements: evaluation.requirements.map(requirementJson),
        options: evaluation.options.map(optionJson)
    };
}

function requirementJson(r: RequirementEvaluation): RequirementJson {
    return {
        id: r.id,
        title: r.title,
        moscow: r.moscow,
        value: r.value.toNumber(),
        rank: r.rank,
        effortPersonWeeks: r.effortPersonWeeks !== undefined ? r.effortPersonWeeks.toNumber() : null,
        withinCapacity: r.withinCapacity
    };
}

function optionJson(o: OptionEvaluation): OptionJson {
    return {
        id: o.id,
        vendor: o.vendor,
        edition: o.edition ?? null,
        chosen: o.chosen,
        recommended: o.recommended,
        tco: moneyString(o.tco),
        totalBenefit: moneyString(o.totalBenefit),
        npv: o.npv === null ? null : moneyString(o.npv),
        roiPercent: o.roiPercent,
        pvRoiPercent: o.pvRoiPercent,
        irrAnnualPercent: o.irr.annualPercent,
        irrRoots: o.irr.annualRootsPercent,
        paybackMonths: o.paybackMonths,
        matrixScore: o.matrixScore,
        criteria: Object.fromEntries(o.criteria.map(c => [c.criterion, c.score])),
        timeline: o.timeline.map(t => ({
            month: t.label,
            cost: moneyString(t.cost),
            benefit: moneyString(t.benefit),
            net: moneyString(t.net),
            cumulative: moneyString(t.cumulative)
        }))
    };
}
