/**
 * Guardrails applied to the option a plan reports on: the reference figures,
 * exact comparisons at the limit, figures that do not exist, and (fast-check)
 * that a rule and its negation never both hold.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type Evaluation } from '../../language-server/evaluation/index.js';
import { evaluateGuardrails, figureSources, type GuardrailResult } from '../../language-server/evaluation/guardrails/index.js';
import type { Comparison, Guardrail, GuardrailBasis, GuardrailMetric, Plan } from '../../language-server/model/plan.js';
import { REFERENCE_ROWS } from '../helpers/guardrail-reference.js';
import { randomPlan } from './random-plans.js';
import { referencePlan } from './reference-plan.js';

function rule(text: string): Guardrail {
    const parts = text.split(' ');
    const severity = parts.shift() as Guardrail['severity'];
    const basis = ['p10', 'p50', 'p90', 'forecast', 'trend'].includes(parts[0]!) ? parts.shift() as GuardrailBasis : undefined;
    const [metric, comparison, limit, currency] = parts as [GuardrailMetric, Comparison, string, string | undefined];
    const money = metric === 'npv' || metric === 'tco' || metric === 'benefit';
    return {
        severity, basis, metric, comparison,
        limit: { value: new Decimal(limit.replace('%', '')), ...(money ? { currency: currency ?? 'CNY' } : {}) },
        text, source: { file: 'plan.crmplan', line: 1 }
    };
}

function apply(plan: Plan, ...texts: string[]): GuardrailResult[] {
    const withRules: Plan = { ...plan, guardrails: texts.map(rule) };
    const evaluation = evaluate(withRules);
    return evaluateGuardrails(withRules, evaluation, figureSources(() => undefined));
}

const figure = (result: GuardrailResult) => ('value' in result.figure ? result.figure.value.toFixed(2) : result.figure.missing);

describe('the reference plan (chosen Fxiaoke.Professional)', () => {
    // The specification's table; `forecast` equals the plan until actuals are evaluated.
    const rows = REFERENCE_ROWS.map(row => [row.rule.replace(/ "[^"]*"$/, ''), row.figure, row.holds] as const);
    for (const [text, expected, holds] of rows) {
        it(`${text}: ${expected}, ${holds ? 'holds' : 'broken'}`, () => {
            const [result] = apply(referencePlan, text);
            expect(result!.optionId).toBe('Fxiaoke.Professional');
            expect(figure(result!)).toBe(expected);
            expect(result!.holds).toBe(holds);
        });
    }

    it('compares exactly: a limit equal to the figure holds with <= and >=, never with < or >', () => {
        const evaluation: Evaluation = evaluate(referencePlan);
        const tco = evaluation.options.find(o => o.chosen)!.tco.toFixed();
        const results = apply(referencePlan, `require tco <= ${tco}`, `require tco >= ${tco}`, `require tco < ${tco}`, `require tco > ${tco}`);
        expect(results.map(r => r.holds)).toEqual([true, true, false, false]);
        // One cent over the limit breaks it.
        expect(apply(referencePlan, `require tco <= ${new Decimal(tco).minus('0.01').toFixed()}`)[0]!.holds).toBe(false);
    });

    it('converts a money limit in another currency with the declared rate', () => {
        // 60,600 USD × 7.10 = 430,260 CNY ≥ 430,200 CNY.
        const [result] = apply(referencePlan, 'require tco <= 60600 USD');
        expect(result!.limit.toFixed(2)).toBe('430260.00');
        expect(result!.holds).toBe(true);
    });

    it('reports on the recommended option when the plan chooses none', () => {
        const [result] = apply({ ...referencePlan, chosenOptionId: undefined }, 'require roi >= 100%');
        expect(result!.optionId).toBe('Fxiaoke.Professional');
    });

    it('says why a percentile of a figure the simulation does not give is missing', () => {
        expect(figure(apply(referencePlan, 'require p10 tco <= 1')[0]!)).toBe('no-basis');
        expect(figure(apply(referencePlan, 'require p10 matrix >= 1')[0]!)).toBe('no-basis');
    });
});

describe('figures that do not exist break the rule', () => {
    it('payback never reached within the horizon', () => {
        const [result] = apply({ ...referencePlan, horizonMonths: 6 }, 'require payback <= 100 months');
        expect(figure(result!)).toBe('never-paid-back');
        expect(result!.holds).toBe(false);
    });

    it('a plan without options', () => {
        const [result] = apply({ ...referencePlan, vendors: [], chosenOptionId: undefined }, 'require roi >= 0%');
        expect(figure(result!)).toBe('no-option');
        expect(result!.holds).toBe(false);
    });
});

describe('a rule and its negation', () => {
    const NEGATION: Record<Comparison, Comparison> = { '>=': '<', '<=': '>', '>': '<=', '<': '>=' };
    const METRICS: GuardrailMetric[] = ['roi', 'pv-roi', 'irr', 'npv', 'tco', 'benefit', 'payback', 'matrix'];
    const UNITS: Record<GuardrailMetric, string> = {
        'roi': '%', 'pv-roi': '%', 'irr': '%', 'npv': '', 'tco': '', 'benefit': '', 'payback': ' months', 'matrix': ''
    };

    it('never both hold, on generated plans and limits', () => {
        fc.assert(fc.property(
            fc.integer({ min: 1, max: 400 }),
            fc.constantFrom(...METRICS),
            fc.constantFrom<Comparison>('>=', '<=', '>', '<'),
            fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
            (seed, metric, comparison, limit) => {
                const plan = randomPlan(seed);
                const value = new Decimal(limit).toDecimalPlaces(2).toFixed();
                const [a, b] = apply(plan, `require ${metric} ${comparison} ${value}${UNITS[metric]}`,
                    `require ${metric} ${NEGATION[comparison]} ${value}${UNITS[metric]}`);
                expect(a!.holds && b!.holds).toBe(false);
                // Where the figure exists, exactly one of the two holds.
                if ('value' in a!.figure) {
                    expect(a!.holds !== b!.holds).toBe(true);
                }
            }
        ), { numRuns: 200, seed: 16 });
    });
});
