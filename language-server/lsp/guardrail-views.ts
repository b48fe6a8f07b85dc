import type { LangiumDocument } from 'langium';
import type { GuardrailResult } from '../evaluation/guardrails/index.js';
import type { Document, Guardrail } from '../generated/ast.js';
import { figureText, limitText, optionName, statusText } from '../display/guardrail-text.js';
import { guardrailStrings } from '../display/guardrail-strings.js';
import { formatNumber } from '../display/numbers.js';
import type { Locale } from '../i18n/locale.js';
import type { AvailableFigures } from './hover-text.js';

/**
 * The result of a rule written in `document`, the plan file: its own rules
 * come first in the plan's guardrails, in the order they are written.
 */
export function guardrailResultOf(document: LangiumDocument, rule: Guardrail, figures: AvailableFigures): GuardrailResult | undefined {
    const index = (document.parseResult.value as Document).guardrails.indexOf(rule);
    return index < 0 ? undefined : figures.guardrails[index];
}

/** The inlay hint of a rule: `ROI 126.12% ✓`, `payback 15.64 months ✗`. */
export function guardrailHintLabel(result: GuardrailResult, figures: AvailableFigures, locale: Locale): string {
    return `${figureText(result, figures.evaluation.plan.currency, locale)} ${result.holds ? '✓' : '✗'}`;
}

/** Where a figure comes from, the option it is of, the limit and the status: the hover (and hint tooltip) of a rule. */
export function guardrailExplanation(result: GuardrailResult, figures: AvailableFigures, locale: Locale): string {
    const strings = guardrailStrings(locale);
    const currency = figures.evaluation.plan.currency;
    const simulation = result.origin === 'simulation' ? figures.uncertainty : undefined;
    const detail = simulation ? strings.simulationDetail(formatNumber(simulation.trials), simulation.seed) : '';
    const option = optionName(figures.evaluation, result.optionId, locale);
    const head = `**${statusText(result, locale)}** · ${figureText(result, currency, locale)} · ${strings.limit} ${limitText(result, currency, locale)}`;
    const reason = result.rule.reason ? [`“${result.rule.reason}”`] : [];
    return [head, ...reason, `${strings.origin(result.origin, detail)} ${strings.appliedTo(option)}`].join('\n\n');
}
