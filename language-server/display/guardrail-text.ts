import type { Decimal } from 'decimal.js';
import type { Evaluation } from '../evaluation/index.js';
import type { GuardrailResult } from '../evaluation/guardrails/index.js';
import { formatMoney, formatNumber, formatPercent } from './numbers.js';
import type { Locale } from '../i18n/locale.js';
import { METRIC_UNITS } from '../model/guardrail-metrics.js';
import type { Comparison, GuardrailMetric } from '../model/plan.js';
import { guardrailStrings } from './guardrail-strings.js';
import { optionTitleById } from './option-name.js';

/**
 * Texts about one guardrail result, the same in every view (diagnostics,
 * report, diff, inlay hints, hovers): the figure, the limit, the status.
 */

const SYMBOLS: Readonly<Record<Comparison, string>> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' };

/**
 * A value in the metric's unit: `126.12%`, `¥449,553.71`, `15.64 months`,
 * `8.79`; a limit shows no more places than it was written with (`18 months`).
 */
export function quantityText(value: Decimal, metric: GuardrailMetric, currency: string, locale: Locale, minimumDecimals = 2): string {
    switch (METRIC_UNITS[metric]) {
        case 'percent': return formatPercent(value.toNumber());
        case 'money': return formatMoney(value, currency, locale);
        case 'months': return guardrailStrings(locale).months(formatNumber(value, 2, minimumDecimals));
        case 'score': return formatNumber(value, 2, minimumDecimals);
    }
}

/** The figure with its metric (`ROI 126.12%`), or why there is none. */
export function figureText(result: GuardrailResult, currency: string, locale: Locale): string {
    const strings = guardrailStrings(locale);
    if ('value' in result.figure) {
        return `${strings.metric[result.rule.metric]} ${quantityText(result.figure.value, result.rule.metric, currency, locale)}`;
    }
    const roots = (result.figure.roots ?? []).map(root => formatPercent(root)).join(strings.listSeparator);
    return strings.missing(result.figure.missing, roots);
}

/** The figure alone, for tables: `126.12%`, or `–` when there is none. */
export function figureValueText(result: GuardrailResult, currency: string, locale: Locale): string {
    return 'value' in result.figure ? quantityText(result.figure.value, result.rule.metric, currency, locale) : guardrailStrings(locale).none;
}

/** The limit in the metric's unit (money in the plan currency). */
export function limitText(result: GuardrailResult, currency: string, locale: Locale): string {
    return quantityText(result.limit, result.rule.metric, currency, locale, 0);
}

/** The rule for people: `payback ≤ 18 months`, `P10 NPV ≥ ¥0.00`, in the locale's words. */
export function ruleText(result: GuardrailResult, currency: string, locale: Locale): string {
    const strings = guardrailStrings(locale);
    const { rule } = result;
    const basis = rule.basis ? `${strings.basis[rule.basis]}${strings.basisSeparator}` : '';
    return `${basis}${strings.metric[rule.metric]} ${SYMBOLS[rule.comparison]} ${limitText(result, currency, locale)}`;
}

/** `✓ holds`, `✗ broken` (a `require`), `✗ not met` (an `expect`). */
export function statusText(result: GuardrailResult, locale: Locale): string {
    const strings = guardrailStrings(locale);
    return result.holds ? `✓ ${strings.holds}` : `✗ ${result.rule.severity === 'require' ? strings.broken : strings.notMet}`;
}

/** The option a result applies to, by its title as every view names options. */
export function optionName(evaluation: Evaluation, optionId: string | undefined, locale: Locale): string {
    return optionId === undefined ? guardrailStrings(locale).none : optionTitleById(evaluation, optionId, locale);
}
