/**
 * The versioned JSON document of an evaluation (`crmplan ... --json`),
 * described by `docs/evaluation.schema.json`.
 *
 * Money is a decimal string with two places, rounded half-up to the cent
 * (`"430200.00"`), so no consumer meets binary floating point in a total;
 * ratios, scores and months are unrounded numbers, null where undefined.
 * Keys and arrays come in a fixed order so committed exports diff cleanly.
 */
import type {
    Distribution, Evaluation, OptionEvaluation, OptionUncertainty, RequirementEvaluation, ScenarioEvaluation, SensitivityRow, UncertaintyAnalysis
} from './evaluation-types.js';
import { moneyString } from './decimal.js';
import { actualsJson, type ActualsJson } from './monitoring/monitoring-json.js';
import { figuresJson, type FiguresJson, type MoneyString, timelineJson, type TimelineJson } from './metrics-json.js';

export type { MoneyString, TimelineJson } from './metrics-json.js';
import type { GuardrailResult, MissingFigure } from './guardrails/index.js';
import { METRIC_UNITS } from '../model/guardrail-metrics.js';
import type { Comparison, GuardrailBasis, GuardrailMetric, GuardrailSeverity, Moscow, TaxBasis } from '../model/plan.js';

/** Bumped on any incompatible change to the document. */
export const EVALUATION_SCHEMA_VERSION = 1;

export interface EvaluationJson {
    readonly schemaVersion: typeof EVALUATION_SCHEMA_VERSION;
    readonly plan: {
        readonly title: string;
        readonly currency: string;
        readonly start: string;
        readonly horizonMonths: number;
        readonly discountRatePercent: number;
        /** Present when the plan declares it: `amounts include tax` or `amounts exclude tax`. */
        readonly taxBasis?: TaxBasis;
    };
    readonly requirements: readonly RequirementJson[];
    readonly options: readonly OptionJson[];
    /** Present when scenarios were evaluated (the CLI always does): one per `scenario`, in plan order. */
    readonly scenarios?: readonly ScenarioJson[];
    /** Present when the plan records actuals: the chosen option's plan against them. */
    readonly actuals?: ActualsJson;
    /**
     * Present when the plan has `require` or `expect` rules: each applied to
     * the option the plan reports on. Optional, so version 1 stays valid.
     */
    readonly guardrails?: readonly GuardrailJson[];
}

/** One guardrail's result. Money limits and figures are money strings, other units numbers. */
export interface GuardrailJson {
    /** As written, without the reason: `require payback <= 18 months`. */
    readonly rule: string;
    /** `require` is an error when broken, `expect` a warning. */
    readonly severity: GuardrailSeverity;
    readonly basis: GuardrailBasis | null;
    readonly metric: GuardrailMetric;
    readonly comparison: Comparison;
    /** In the metric's unit; money converted into the plan currency. */
    readonly limit: MoneyString | number;
    /** Null when the figure does not exist; `figureMissing` says why. */
    readonly figure: MoneyString | number | null;
    readonly figureMissing: MissingFigure | null;
    readonly holds: boolean;
    /** The rule's quoted reason. */
    readonly reason: string | null;
    /** The option it was applied to: the chosen one, else the recommended one. */
    readonly option: string | null;
    /** Where the rule is written: a path relative to the plan's folder, and a 1-based line. */
    readonly source: { readonly file: string; readonly line: number };
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

export interface OptionJson extends FiguresJson {
    readonly id: string;
    readonly vendor: string;
    readonly edition: string | null;
    readonly chosen: boolean;
    readonly recommended: boolean;
    readonly matrixScore: number;
    /** Criterion id → score 0..10. */
    readonly criteria: Readonly<Record<string, number>>;
    /** Present when the simulation ran (the plan has ranges, or trials were asked for). */
    readonly uncertainty?: UncertaintyJson;
    /** Present with `uncertainty`: the tornado of this option's NPV, largest swing first. */
    readonly sensitivity?: readonly SensitivityJson[];
    readonly timeline: readonly TimelineJson[];
}

/** P10, P50, P90 and mean; null where the figure is undefined (see `Distribution`). */
export interface DistributionJson<T> {
    readonly p10: T | null;
    readonly p50: T | null;
    readonly p90: T | null;
    readonly mean: T | null;
}

export interface UncertaintyJson {
    readonly trials: number;
    readonly seed: number;
    readonly npv: DistributionJson<MoneyString>;
    readonly roiPercent: DistributionJson<number>;
    readonly paybackMonths: DistributionJson<number> & { readonly probabilityNever: number };
    readonly probabilityNpvNegative: number;
    readonly probabilityBest: number;
}

export interface SensitivityJson {
    readonly input: string;
    /** The unit of low, likely, high and breakEven: a currency code, `%`, `CNY per USD`, `users`, ... */
    readonly unit: string;
    readonly low: number;
    readonly likely: number;
    readonly high: number;
    readonly npvAtLow: MoneyString | null;
    readonly npvAtHigh: MoneyString | null;
    readonly swing: MoneyString;
    readonly breakEven: number | null;
}

export interface ScenarioJson {
    readonly id: string;
    readonly title: string;
    /** Why the scenario has no figures; its `options` are then empty. */
    readonly error?: { readonly code: string; readonly message: string };
    readonly options: readonly ScenarioOptionJson[];
}

export interface ScenarioOptionJson {
    readonly id: string;
    readonly tco: MoneyString;
    readonly totalBenefit: MoneyString;
    readonly npv: MoneyString | null;
    readonly roiPercent: number | null;
    readonly paybackMonths: number | null;
    readonly irrAnnualPercent: number | null;
}

/** What the document carries beyond the point figures, when computed. */
export interface EvaluationJsonExtras {
    /** `analyseUncertainty(plan, evaluation, ...)`: adds `uncertainty` and `sensitivity` to each option. */
    readonly uncertainty?: UncertaintyAnalysis;
    /** `evaluateScenarios(plan)`: adds the top-level `scenarios` array. */
    readonly scenarios?: readonly ScenarioEvaluation[];
    /** `evaluateGuardrails(...)`: adds the top-level `guardrails` array when there is any rule. */
    readonly guardrails?: readonly GuardrailResult[];
}

/** The JSON document of an evaluation; plain data, ready for `JSON.stringify`. */
export function toEvaluationJson(evaluation: Evaluation, extras: EvaluationJsonExtras = {}): EvaluationJson {
    const uncertainty = new Map((extras.uncertainty?.options ?? []).map(u => [u.optionId, u]));
    const analysis = extras.uncertainty;
    return {
        schemaVersion: EVALUATION_SCHEMA_VERSION,
        plan: {
            title: evaluation.plan.title,
            currency: evaluation.plan.currency,
            start: evaluation.plan.start,
            horizonMonths: evaluation.plan.horizonMonths,
            discountRatePercent: evaluation.plan.discountRatePercent,
            ...(evaluation.plan.taxBasis ? { taxBasis: evaluation.plan.taxBasis } : {})
        },
        requirements: evaluation.requirements.map(requirementJson),
        options: evaluation.options.map(o => optionJson(o, analysis && uncertainty.get(o.id)
            ? { analysis, option: uncertainty.get(o.id)! }
            : undefined)),
        ...(extras.scenarios ? { scenarios: extras.scenarios.map(scenarioJson) } : {}),
        ...(evaluation.monitoring ? { actuals: actualsJson(evaluation.monitoring, evaluation.plan.start) } : {}),
        ...(extras.guardrails && extras.guardrails.length > 0 ? { guardrails: extras.guardrails.map(guardrailJson) } : {})
    };
}

/** One guardrail result as the JSON documents carry it (evaluation and diff). */
export function guardrailJson(result: GuardrailResult): GuardrailJson {
    const { rule } = result;
    const money = METRIC_UNITS[rule.metric] === 'money';
    const value = (v: GuardrailResult['limit']) => (money ? moneyString(v) : v.toNumber());
    return {
        rule: rule.text,
        severity: rule.severity,
        basis: rule.basis ?? null,
        metric: rule.metric,
        comparison: rule.comparison,
        limit: value(result.limit),
        figure: 'value' in result.figure ? value(result.figure.value) : null,
        figureMissing: 'missing' in result.figure ? result.figure.missing : null,
        holds: result.holds,
        reason: rule.reason ?? null,
        option: result.optionId ?? null,
        source: { file: rule.source.file, line: rule.source.line }
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

function optionJson(o: OptionEvaluation, uncertainty?: { analysis: UncertaintyAnalysis; option: OptionUncertainty }): OptionJson {
    return {
        id: o.id,
        vendor: o.vendor,
        edition: o.edition ?? null,
        chosen: o.chosen,
        recommended: o.recommended,
        ...figuresJson(o),
        matrixScore: o.matrixScore,
        criteria: Object.fromEntries(o.criteria.map(c => [c.criterion, c.score])),
        ...(uncertainty ? {
            uncertainty: uncertaintyJson(uncertainty.analysis, uncertainty.option),
            sensitivity: uncertainty.option.sensitivity.map(sensitivityJson)
        } : {}),
        timeline: timelineJson(o.timeline)
    };
}

function money(value: number | null): MoneyString | null {
    return value === null ? null : moneyString(value);
}

function uncertaintyJson(analysis: UncertaintyAnalysis, u: OptionUncertainty): UncertaintyJson {
    const numbers = (d: Distribution): DistributionJson<number> => ({ p10: d.p10, p50: d.p50, p90: d.p90, mean: d.mean });
    return {
        trials: analysis.trials,
        seed: analysis.seed,
        npv: { p10: money(u.npv.p10), p50: money(u.npv.p50), p90: money(u.npv.p90), mean: money(u.npv.mean) },
        roiPercent: numbers(u.roiPercent),
        paybackMonths: { ...numbers(u.paybackMonths), probabilityNever: u.paybackMonths.probabilityNever },
        probabilityNpvNegative: u.probabilityNpvNegative,
        probabilityBest: u.probabilityBest
    };
}

function sensitivityJson(row: SensitivityRow): SensitivityJson {
    return {
        input: row.input,
        unit: row.unit,
        low: row.low,
        likely: row.likely,
        high: row.high,
        npvAtLow: money(row.npvAtLow),
        npvAtHigh: money(row.npvAtHigh),
        swing: moneyString(row.swing),
        breakEven: row.breakEven
    };
}

function scenarioJson(scenario: ScenarioEvaluation): ScenarioJson {
    return {
        id: scenario.id,
        title: scenario.title,
        ...(scenario.error ? { error: { code: scenario.error.code, message: scenario.error.message } } : {}),
        options: (scenario.evaluation?.options ?? []).map(o => ({
            id: o.id,
            tco: moneyString(o.tco),
            totalBenefit: moneyString(o.totalBenefit),
            npv: money(o.npv),
            roiPercent: o.roiPercent,
            paybackMonths: o.paybackMonths,
            irrAnnualPercent: o.irr.annualPercent
        }))
    };
}
