import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import type { CrmPlanAstType, Document, Guardrail, GuardrailLimit } from '../generated/ast.js';
import { basisAllows, METRIC_UNITS, type MetricUnit } from '../model/guardrail-metrics.js';
import type { GuardrailMetric } from '../model/plan.js';
import { guardrailStrings } from '../display/guardrail-strings.js';
import { CheckGroup } from './check-group.js';
import { args, phrase } from './describe.js';
import { Diagnostics } from './diagnostic-codes.js';
import { CURRENCY_CODE } from './plan-context.js';
import { report, reportInFile } from './diagnose.js';

/** How a limit in each unit is written (the language's own syntax, not a translation). */
const UNIT_SUFFIXES: Readonly<Record<MetricUnit, string>> = { percent: '%', months: ' months', money: '', score: '' };

/** The limit written in its metric's unit: `100%`, `18 months`, `600000`. What the quick fix of CRM036 writes. */
export function limitInUnit(metric: GuardrailMetric, value: string): string {
    return `${value}${UNIT_SUFFIXES[METRIC_UNITS[metric]]}`;
}

/**
 * Guardrails (`require` / `expect`): the limit in the metric's unit, a basis
 * the metric takes, and money in a currency the plan can convert. Whether a
 * rule holds needs the figures: `guardrail-findings.ts`.
 */
export class GuardrailChecks extends CheckGroup {

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            Guardrail: this.checkGuardrail.bind(this),
            Document: this.checkCurrencies.bind(this)
        };
    }

    checkGuardrail(rule: Guardrail, accept: ValidationAcceptor): void {
        const locale = this.locale.current;
        if (rule.basis && rule.metric && !basisAllows(rule.basis, rule.metric)) {
            const strings = { en: guardrailStrings('en'), zh: guardrailStrings('zh-CN') };
            report(accept, locale, Diagnostics.guardrailBasis, rule, {
                basis: rule.basis, metric: rule.metric, metricName: strings.en.metric[rule.metric], metricNameZh: strings.zh.metric[rule.metric]
            }, 'basis');
        }
        if (rule.metric && rule.limit && !this.unitFits(rule.metric, rule.limit)) {
            const unit = METRIC_UNITS[rule.metric];
            const example = [rule.severity, rule.basis, rule.metric, rule.comparison, limitInUnit(rule.metric, rule.limit.value)]
                .filter(part => part).join(' ');
            report(accept, locale, Diagnostics.guardrailUnit, rule.limit, {
                metric: guardrailStrings('en').metric[rule.metric], metricZh: guardrailStrings('zh-CN').metric[rule.metric],
                unit: guardrailStrings('en').unitNames[unit], unitZh: guardrailStrings('zh-CN').unitNames[unit], example
            });
        }
    }

    /** `%` for ratios, `months` for payback, a currency code (or nothing) for money, nothing for the score. */
    protected unitFits(metric: GuardrailMetric, limit: GuardrailLimit): boolean {
        switch (METRIC_UNITS[metric]) {
            case 'percent': return limit.percent;
            case 'months': return limit.unit === 'months' || limit.unit === 'month';
            case 'money': return !limit.percent && (limit.unit === undefined || CURRENCY_CODE.test(limit.unit));
            case 'score': return !limit.percent && limit.unit === undefined;
        }
    }

    /**
     * A money limit in a currency no rate converts (CRM003), for the rules of
     * this file and of its imports (a catalogue has no plan currency to check
     * against: the plan that imports it reports on the `import` line).
     */
    checkCurrencies(root: Document, accept: ValidationAcceptor): void {
        const context = this.contexts.of(root);
        const planCurrency = context.currency;
        if (!planCurrency || !context.plan) {
            return;
        }
        for (const rule of context.declarations.guardrails) {
            const currency = rule.limit?.unit;
            if (!rule.metric || METRIC_UNITS[rule.metric] !== 'money' || !currency || !CURRENCY_CODE.test(currency)
                || currency === planCurrency || context.convertible.has(currency)) {
                continue;
            }
            const local = context.isLocal(rule);
            const file = AstUtils.getDocument(rule).uri.path.split('/').pop() ?? '';
            const line = (rule.$cstNode?.range.start.line ?? 0) + 1;
            reportInFile(accept, this.locale.current, Diagnostics.missingRate, context, rule.limit, {
                currency, planCurrency,
                ...(local ? {} : args(phrase(w => w.fileCommaLine(file, line)), 'where'))
            }, 'unit');
        }
    }
}
