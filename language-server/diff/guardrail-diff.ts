import type { GuardrailResult } from '../evaluation/guardrails/index.js';

/** One guardrail before and after a change; a side is missing when the rule was added or removed. */
export interface GuardrailDelta {
    readonly base?: GuardrailResult;
    readonly head?: GuardrailResult;
}

/**
 * Lines up the guardrails of two versions of a plan: the same severity,
 * basis, metric and comparison is the same rule (so a changed limit or
 * reason shows as a change of that rule, and a rule moved into a policy
 * file is still the same rule), the n-th of equals with the n-th. Head
 * order, then rules only the base has.
 */
export function guardrailDeltas(base: readonly GuardrailResult[], head: readonly GuardrailResult[]): GuardrailDelta[] {
    const keyed = (results: readonly GuardrailResult[]) => {
        const seen = new Map<string, number>();
        return results.map(result => {
            const { rule } = result;
            const key = [rule.severity, rule.basis ?? '', rule.metric, rule.comparison].join('\u0000');
            const n = seen.get(key) ?? 0;
            seen.set(key, n + 1);
            return { key: `${key}\u0000${n}`, result };
        });
    };
    const before = new Map(keyed(base).map(entry => [entry.key, entry.result]));
    const after = keyed(head);
    const matched = new Set(after.map(entry => entry.key));
    return [
        ...after.map(entry => ({ head: entry.result, ...(before.has(entry.key) ? { base: before.get(entry.key)! } : {}) })),
        ...[...before].filter(([key]) => !matched.has(key)).map(([, result]) => ({ base: result }))
    ];
}

/** Whether the change breaks the rule: broken after, and held before (or did not exist). */
export function breaks(delta: GuardrailDelta): boolean {
    return delta.head !== undefined && !delta.head.holds && (delta.base === undefined || delta.base.holds);
}

/** Whether the change restores the rule: held after, broken before. */
export function restores(delta: GuardrailDelta): boolean {
    return delta.head !== undefined && delta.head.holds && delta.base !== undefined && !delta.base.holds;
}
