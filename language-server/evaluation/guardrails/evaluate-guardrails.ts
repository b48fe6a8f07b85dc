import type { Plan } from '../../model/plan.js';
import { basisAllows } from '../../model/guardrail-metrics.js';
import { CurrencyConverter } from '../currency.js';
import { dec } from '../decimal.js';
import type { Evaluation } from '../evaluation-types.js';
import { compare } from './compare.js';
import type { FigureSources } from './figure-sources.js';
import type { Figure, GuardrailResult } from './guardrail-result.js';

/**
 * Applies each of the plan's guardrails to the option the plan reports on
 * (the chosen one, else the recommended one). A figure that does not exist
 * breaks the rule. Pure: the simulation is read through `sources` only when
 * a rule asks for a percentile.
 */
export function evaluateGuardrails(plan: Plan, evaluation: Evaluation, sources: FigureSources): GuardrailResult[] {
    const optionId = evaluation.chosenOptionId ?? evaluation.recommendedOptionId;
    const option = evaluation.options.find(o => o.id === optionId);
    const converter = new CurrencyConverter(plan.currency, plan.rates);
    return plan.guardrails.map(rule => {
        const source = sources[rule.basis ?? 'plan'];
        const limit = rule.limit.currency !== undefined
            ? converter.convert({ value: { likely: rule.limit.value }, currency: rule.limit.currency })
            : dec(rule.limit.value);
        let figure: Figure;
        if (!option) {
            figure = { missing: 'no-option' };
        } else if (rule.basis !== undefined && !basisAllows(rule.basis, rule.metric)) {
            figure = { missing: 'no-basis' };
        } else {
            figure = source.figure(option, rule.metric);
        }
        return {
            rule,
            ...(option ? { optionId: option.id } : {}),
            origin: source.origin,
            figure,
            limit,
            holds: 'value' in figure && compare(figure.value, rule.comparison, limit)
        };
    });
}
