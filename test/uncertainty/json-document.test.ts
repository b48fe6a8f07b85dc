/**
 * Uncertainty, sensitivity and scenarios in the versioned JSON document and
 * its schema (schemaVersion stays 1: the additions are optional fields).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
    analyseUncertainty, evaluate, evaluateScenarios, toEvaluationJson, type EvaluationJson
} from '../../language-server/evaluation/index.js';
import { d, plan } from '../evaluation/plan-builders.js';
import { referencePlan } from '../evaluation/reference-plan.js';
import { randomRangedPlan, rangedReferencePlan } from './plans.js';

const schema = JSON.parse(readFileSync(new URL('../../docs/evaluation.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function expectValid(document: unknown): void {
    validate(JSON.parse(JSON.stringify(document)));
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
}

function fullDocument(p = rangedReferencePlan, trials = 2000): EvaluationJson {
    const evaluation = evaluate(p);
    return toEvaluationJson(evaluation, { uncertainty: analyseUncertainty(p, evaluation, { trials }), scenarios: evaluateScenarios(p) });
}

describe('uncertainty in the JSON document', () => {
    const withScenario = {
        ...rangedReferencePlan,
        scenarios: [{ id: 'Pessimistic', title: 'Slow adoption', overrides: [{ kind: 'scale' as const, item: 'MoreDeals', factorPercent: d(70) }] }]
    };
    const document = fullDocument(withScenario);

    it('validates against the schema, with money as two-place strings', () => {
        expectValid(document);
        const [fx] = document.options;
        expect(fx.uncertainty).toMatchObject({ trials: 2000, seed: 1 });
        for (const value of [fx.uncertainty!.npv.p10, fx.uncertainty!.npv.p50, fx.uncertainty!.npv.p90, fx.uncertainty!.npv.mean]) {
            expect(value).toMatch(/^-?\d+\.\d{2}$/);
        }
        expect(fx.sensitivity![0]).toMatchObject({ input: 'MoreDeals', unit: 'CNY', low: 20000, likely: 30000, high: 36000, breakEven: null });
        expect(fx.sensitivity![0].npvAtLow).toMatch(/^\d+\.\d{2}$/);
        expect(fx.sensitivity![0].swing).toMatch(/^\d+\.\d{2}$/);
        expect(Object.keys(fx).slice(-3)).toEqual(['uncertainty', 'sensitivity', 'timeline']);
        expect(document.scenarios!.map(s => s.id)).toEqual(['Pessimistic']);
        expect(JSON.stringify(document)).not.toMatch(/NaN|Infinity/);
    });

    it('validates with a scenario that has no figures (its error, no options)', () => {
        const overflowing = {
            ...rangedReferencePlan,
            scenarios: [{ id: 'Huge', title: 'Absurd headcount', overrides: [{ kind: 'users' as const, department: 'Sales', users: d('9'.repeat(320)) }] }]
        };
        const withError = fullDocument(overflowing, 200);
        expectValid(withError);
        expect(withError.scenarios![0]).toMatchObject({ id: 'Huge', error: { code: 'overflow' }, options: [] });
    });

    it('leaves uncertainty out when the simulation did not run, and the point figures unchanged', () => {
        const plain = toEvaluationJson(evaluate(referencePlan));
        expectValid(plain);
        expect('uncertainty' in plain.options[0]).toBe(false);
        expect('sensitivity' in plain.options[0]).toBe(false);
        const { uncertainty, sensitivity, ...rest } = document.options[1];
        void uncertainty; void sensitivity;
        expect(rest).toEqual(plain.options[1]);
    });

    it('writes never and undefined figures as null, and validates for random plans with ranges', () => {
        const neverPays = plan({ costs: [{ id: 'C', title: 'C', costClass: 'direct', lines: [{ amount: { value: { likely: d(100), low: d(50), high: d(150) }, currency: 'CNY' }, schedule: { kind: 'once' } }] }] });
        const never = fullDocument(neverPays, 100);
        expectValid(never);
        expect(never.options[0].uncertainty!.paybackMonths).toEqual({ p10: null, p50: null, p90: null, mean: null, probabilityNever: 1 });
        expect(never.options[0].uncertainty!.npv.p90).toMatch(/^-\d+\.\d{2}$/);
        for (let seed = 1; seed <= 20; seed++) {
            expectValid(fullDocument(randomRangedPlan(seed), 200));
        }
    });

    it('the schema rejects malformed uncertainty, sensitivity and scenarios', () => {
        const bad = (mutate: (doc: EvaluationJson & Record<string, unknown>) => void): boolean => {
            const copy = structuredClone(document) as EvaluationJson & Record<string, unknown>;
            mutate(copy);
            return validate(copy);
        };
        expect(bad(() => undefined)).toBe(true);
        expect(bad(doc => { (doc.options[0].uncertainty!.npv as { p50: unknown }).p50 = 434538.15; })).toBe(false);
        expect(bad(doc => { (doc.options[0].uncertainty as { probabilityBest: number }).probabilityBest = 1.5; })).toBe(false);
        expect(bad(doc => { (doc.options[0].uncertainty as unknown as Record<string, unknown>).extra = 1; })).toBe(false);
        expect(bad(doc => { (doc.options[0].sensitivity![0] as { swing: unknown }).swing = -1; })).toBe(false);
        expect(bad(doc => { delete (doc.options[0].sensitivity![0] as { breakEven?: unknown }).breakEven; })).toBe(false);
        expect(bad(doc => { (doc.scenarios![0].options[0] as { tco: unknown }).tco = '1'; })).toBe(false);
    });
});
