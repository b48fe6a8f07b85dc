/**
 * The guardrails of the specification's reference table, on the reference
 * plan (chosen Fxiaoke.Professional): each rule, its figure (two places, or
 * why it has none) and whether it holds. Without actuals, `forecast` equals
 * the plan's figure; the `trend` row of the specification needs actuals.
 */
import { readFileSync } from 'node:fs';

export const REFERENCE_PLAN = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

export const REFERENCE_ROWS: ReadonlyArray<{ readonly rule: string; readonly figure: string; readonly holds: boolean }> = [
    { rule: 'require roi >= 100%', figure: '126.12', holds: true },
    { rule: 'require payback <= 15 months "Board rule 2026-3"', figure: '15.64', holds: false },
    { rule: 'expect npv >= 500000', figure: '449553.71', holds: false },
    { rule: 'require irr >= 20%', figure: '141.53', holds: true },
    { rule: 'require tco <= 450000', figure: '430200.00', holds: true },
    { rule: 'require matrix >= 8', figure: '8.79', holds: true },
    { rule: 'require p10 npv >= 0', figure: 'no-simulation', holds: false },
    { rule: 'require forecast roi >= 100%', figure: '126.12', holds: true }
];

export const REFERENCE_RULES: readonly string[] = REFERENCE_ROWS.map(row => row.rule);

/** The reference plan with `rules` appended, one per line, after a blank line. */
export function withRules(...rules: string[]): string {
    return `${REFERENCE_PLAN}\n${rules.join('\n')}\n`;
}
