import type { Evaluation, OptionEvaluation, ScenarioEvaluation, UncertaintyAnalysis } from '../../../language-server/evaluation/index.js';
import {
    analyseUncertainty, EvaluationError, MAX_TRIALS, toEvaluationJson
} from '../../../language-server/evaluation/index.js';
import type { GuardrailResult } from '../../../language-server/evaluation/guardrails/index.js';
import { figureText, statusText } from '../../../language-server/display/guardrail-text.js';
import type { Plan } from '../../../language-server/model/plan.js';
import { formatMoney, formatNumber, formatPercent, notApplicable } from '../../../language-server/display/numbers.js';
import { glossary } from '../../../language-server/i18n/glossary.js';
import { md } from '../../../language-server/report/markdown.js';
import { textTable } from '../text-table.js';
import { outputFormat } from '../output-format.js';
import { ExitCode, UsageError } from '../usage-error.js';
import { loadPlanForFigures } from '../plan-figures.js';

export interface EvaluateOptions {
    format?: string;
    json?: boolean;
    /** `--seed <n>`: seed of the Monte Carlo simulation, a positive whole number. */
    seed?: string;
    /** `--trials <n>`: Monte Carlo trials; the simulation runs when given, even on a plan without ranges. */
    trials?: string;
}

/**
 * `crmplan evaluate <file>`: the plan's figures, as a terminal summary or as
 * the versioned JSON document. A plan with errors prints its diagnostics
 * (stderr) and exits 1, never partial figures.
 */
export async function evaluateCommand(file: string, options: EvaluateOptions, cwd = process.cwd()): Promise<number> {
    const format = outputFormat(options, ['text', 'json']);
    const seed = options.seed === undefined ? undefined : positiveInteger('--seed', options.seed, Number.MAX_SAFE_INTEGER);
    const trials = options.trials === undefined ? undefined : positiveInteger('--trials', options.trials, MAX_TRIALS);
    const loaded = await loadPlanForFigures(file, cwd);
    if (!loaded.ok) {
        return loaded.exitCode;
    }
    const { plan, evaluation, scenarios, guardrails } = loaded;
    // The workspace already simulated a plan with ranges with the default seed and trials;
    // run again only when --seed or --trials ask for something else.
    const custom = seed !== undefined || trials !== undefined;
    const uncertainty = custom ? simulate(plan, evaluation, seed, trials) : loaded.uncertainty;
    const parts = format === 'json'
        ? [JSON.stringify(toEvaluationJson(evaluation, { uncertainty, scenarios, guardrails }), null, 2)]
        : [
            summary(evaluation),
            ...(guardrails.length > 0 ? [guardrailSummary(evaluation, guardrails)] : []),
            ...(uncertainty ? [uncertaintySummary(evaluation, uncertainty)] : []),
            ...(scenarios.length > 0 ? [scenarioSummary(evaluation, scenarios)] : [])
        ];
    const output = parts.join('\n\n');
    process.stdout.write(output + '\n');
    return ExitCode.ok;
}

/** The simulation with --seed or --trials; a plan whose simulated figures overflow gets a note and none. */
function simulate(plan: Plan, evaluation: Evaluation, seed: number | undefined, trials: number | undefined): UncertaintyAnalysis | undefined {
    try {
        return analyseUncertainty(plan, evaluation, { seed, trials });
    } catch (error) {
        if (!(error instanceof EvaluationError)) {
            throw error;
        }
        process.stderr.write(`crmplan: no simulation: ${error.message}\n`);
        return undefined;
    }
}

function summary(evaluation: Evaluation): string {
    const { plan } = evaluation;
    const money = (value: OptionEvaluation['tco']) => formatMoney(value, plan.currency, 'en');
    // The terminal speaks English, in the glossary's words (labels as in hovers, every n/a as in the report).
    const na = glossary('en').report.values;
    const label = glossary('en').figures;
    const lines: string[] = [];
    lines.push(`${plan.title}`);
    lines.push(`${plan.currency} · from ${plan.start} · ${plan.horizonMonths} months · discount ${formatPercent(plan.discountRatePercent)} per year`);
    lines.push('');
    const options = evaluation.options;
    const header = ['', ...options.map(option => option.id + (option.chosen ? ' (chosen)' : '') + (option.recommended ? ' ★' : ''))];
    const row = (label: string, cell: (option: OptionEvaluation) => string) => [label, ...options.map(cell)];
    const numeric = new Set(options.map((_, i) => i + 1));
    lines.push(textTable([
        header,
        row(label.tco, o => money(o.tco)),
        row(label.totalBenefit, o => money(o.totalBenefit)),
        // Every "n/a" says why, so that nobody reads it as a zero.
        row(label.roi, o => (o.roiPercent === null ? na.roiUndefined : formatPercent(o.roiPercent))),
        row(label.npv, o => (o.npv === null ? na.npvUndefined : formatMoney(o.npv, plan.currency, 'en'))),
        row(label.pvRoi, o => (o.pvRoiPercent === null ? (o.npv === null ? na.npvUndefined : na.roiUndefined) : formatPercent(o.pvRoiPercent))),
        row(label.payback, o => (o.paybackMonths === null ? na.paybackNever : `${formatNumber(o.paybackMonths, 2, 2)} months`)),
        row(label.irr, o => (o.irr.annualPercent !== null ? formatPercent(o.irr.annualPercent)
            : o.irr.annualRootsPercent.length > 1
                ? na.irrSeveral(o.irr.annualRootsPercent.length, md(o.irr.annualRootsPercent.map(root => formatPercent(root)).join(', ')))
                : na.irrNone)),
        row(label.matrixScore, o => formatNumber(o.matrixScore, 2, 2)),
        row(label.npvRank, o => label.rankOf(o.npvRank, options.length))
    ], numeric));
    if (evaluation.recommendedOptionId) {
        lines.push('');
        lines.push(`★ recommended: ${evaluation.recommendedOptionId} (highest NPV)` +
            (evaluation.chosenIsRecommended === false ? `; the plan chooses ${evaluation.chosenOptionId}` : ''));
    }
    lines.push('');
    const capacity = evaluation.capacity;
    lines.push(capacity.capacityPersonWeeks !== undefined
        ? `Requirements (${formatNumber(capacity.used)} of ${formatNumber(capacity.capacityPersonWeeks)} person-weeks used)`
        : `Requirements (${formatNumber(capacity.used)} person-weeks, no capacity set)`);
    const byId = new Map(evaluation.requirements.map(requirement => [requirement.id, requirement]));
    const ranked = evaluation.ranking.map(id => byId.get(id)!).filter(Boolean);
    lines.push(textTable([
        ['#', 'Requirement', 'MoSCoW', 'Value', 'Effort', glossary('en').report.needs.withinCapacity],
        ...ranked.map(r => [
            String(r.rank), r.id, r.moscow, formatNumber(r.value, 2, 2),
            r.effortPersonWeeks !== undefined ? `${formatNumber(r.effortPersonWeeks)} pw` : '–',
            r.withinCapacity ? 'yes' : `no (${r.exclusion ?? 'capacity'})`
        ])
    ], new Set([0, 3, 4])));
    return lines.join('\n');
}

/** Each guardrail with its figure (or why there is none) and status, as the report's table. */
function guardrailSummary(evaluation: Evaluation, results: readonly GuardrailResult[]): string {
    const currency = evaluation.plan.currency;
    const option = results[0]?.optionId;
    return [
        `Guardrails${option ? ` (applied to ${option})` : ''}`,
        textTable([
            ['Rule', 'Reason', 'Figure', 'Status'],
            ...results.map(result => [result.rule.text, result.rule.reason ?? '–', figureText(result, currency, 'en'), statusText(result, 'en')])
        ])
    ].join('\n');
}

/** A positive whole number given on the command line, at most `max`; anything else is a usage error (exit 2). */
function positiveInteger(option: string, text: string, max: number): number {
    const value = /^[0-9]+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < 1) {
        throw new UsageError({ kind: 'notPositiveWhole', option, text });
    }
    if (value > max) {
        throw new UsageError({ kind: 'tooLarge', option, max, text });
    }
    return value;
}

/** How many of the top inputs the text tornado shows. */
const TORNADO_ROWS = 5;

/** The Monte Carlo percentiles per option, and the tornado of the chosen (else recommended) option. */
function uncertaintySummary(evaluation: Evaluation, analysis: UncertaintyAnalysis): string {
    const currency = evaluation.plan.currency;
    const money = (value: number | null): string => (value === null ? notApplicable('en') : formatMoney(value, currency, 'en', 0));
    const share = (value: number): string => `${formatNumber(value * 100, 1, 1)}%`;
    const lines: string[] = [];
    const ranged = analysis.inputs.length;
    lines.push(`Uncertainty (${formatNumber(analysis.trials)} trials, seed ${analysis.seed}, ` +
        `${ranged} ranged input${ranged === 1 ? '' : 's'} sampled from Beta-PERT)`);
    lines.push(textTable([
        ['', 'NPV P10', 'P50', 'P90', 'P(NPV<0)', 'P(best)'],
        ...analysis.options.map(o => [
            o.optionId, money(o.npv.p10), money(o.npv.p50), money(o.npv.p90), share(o.probabilityNpvNegative), share(o.probabilityBest)
        ])
    ], new Set([1, 2, 3, 4, 5])));

    const focusId = evaluation.chosenOptionId ?? evaluation.recommendedOptionId ?? evaluation.options[0]?.id;
    const focus = analysis.options.find(o => o.optionId === focusId);
    if (focus && focus.sensitivity.length > 0) {
        const value = (v: number): string => formatNumber(v, 2);
        const words = glossary('en').report.uncertainty;
        lines.push('');
        lines.push(`What moves the NPV of ${focus.optionId} most (each input alone at its low and high end)`);
        lines.push(textTable([
            ['Input', words.low, words.high, words.npvAtLow, words.npvAtHigh, words.swing, 'Break-even'],
            ...focus.sensitivity.slice(0, TORNADO_ROWS).map(row => [
                row.input, value(row.low), value(row.high), money(row.npvAtLow), money(row.npvAtHigh), money(row.swing),
                row.breakEven === null ? '–' : value(row.breakEven)
            ])
        ], new Set([1, 2, 3, 4, 5, 6])));
    }
    return lines.join('\n');
}

/** NPV and ROI of every option, for the base case and each scenario. */
function scenarioSummary(evaluation: Evaluation, scenarios: readonly ScenarioEvaluation[]): string {
    const currency = evaluation.plan.currency;
    const row = (label: string, e: Evaluation | undefined): string[] => [
        label,
        ...(e
            ? e.options.flatMap(o => [o.npv === null ? notApplicable('en') : formatMoney(o.npv, currency, 'en', 0), formatPercent(o.roiPercent)])
            : evaluation.options.flatMap(() => [notApplicable('en'), notApplicable('en')]))
    ];
    const header = ['Scenario', ...evaluation.options.flatMap(o => [`${o.id} NPV`, 'ROI'])];
    const numeric = new Set(evaluation.options.flatMap((_, i) => [1 + 2 * i, 2 + 2 * i]));
    return textTable([
        header,
        row(glossary('en').report.uncertainty.baseCase, evaluation),
        ...scenarios.map(s => row(s.title && s.title !== s.id ? `${s.id} "${s.title}"` : s.id, s.evaluation))
    ], numeric) + scenarios.filter(s => s.error).map(s => `\n${s.id}: no figures. ${s.error!.message}`).join('');
}
