import type { AstNode } from 'langium';
import type { Evaluation } from '../evaluation/index.js';
import type { GuardrailResult } from '../evaluation/guardrails/index.js';
import { figureText, limitText, optionName } from '../display/guardrail-text.js';
import { Diagnostics } from './diagnostic-codes.js';
import type { FigureFinding } from './figure-checks.js';
import type { PlanContext } from './plan-context.js';

/**
 * A broken guardrail: an error for `require` (CRM038), a warning for
 * `expect` (CRM123), on the rule's line when the plan's file holds it, else
 * on the `import` that brings it in. The message names the rule, its reason,
 * the option, the figure (or why there is none) and the limit, in both
 * languages' forms (the diagnostic picks one).
 *
 * `results` are in the order of `context.declarations.guardrails`, as the
 * plan builder keeps them.
 */
export function guardrailFindings(context: PlanContext, evaluation: Evaluation, results: readonly GuardrailResult[]): FigureFinding[] {
    const rules = context.declarations.guardrails;
    const currency = evaluation.plan.currency;
    const findings: FigureFinding[] = [];
    results.forEach((result, i) => {
        const rule = rules[i];
        if (result.holds || !rule) {
            return;
        }
        const kind = result.rule.severity === 'require' ? Diagnostics.guardrailBroken : Diagnostics.guardrailExpectBroken;
        const args = {
            rule: result.rule.text,
            reason: result.rule.reason ?? '',
            option: optionName(evaluation, result.optionId, 'en'),
            optionZh: optionName(evaluation, result.optionId, 'zh-CN'),
            figure: figureText(result, currency, 'en'),
            figureZh: figureText(result, currency, 'zh-CN'),
            limit: limitText(result, currency, 'en'),
            limitZh: limitText(result, currency, 'zh-CN')
        };
        if (context.isLocal(rule)) {
            findings.push({ kind, node: rule, args });
            return;
        }
        const statement = context.importOf(rule);
        if (statement) {
            const where = `${result.rule.source.file}:${result.rule.source.line}`;
            findings.push({ kind, node: statement as AstNode, property: 'path', args: { ...args, where } });
        }
    });
    return findings;
}
