/**
 * Scenarios: overrides applied to the plan, evaluated exactly.
 */
import { describe, expect, it } from 'vitest';
import { applyScenario, evaluate, evaluateScenarios, toEvaluationJson } from '../../language-server/evaluation/index.js';
import type { Plan, Scenario } from '../../language-server/model/plan.js';
import { d } from '../evaluation/plan-builders.js';
import { referencePlan } from '../evaluation/reference-plan.js';
import { range, withLineValue } from './plans.js';

const pessimistic: Scenario = {
    id: 'Pessimistic',
    title: 'Slow adoption',
    overrides: [
        { kind: 'scale', item: 'MoreDeals', factorPercent: d(70) },
        { kind: 'scale', item: 'Customization', factorPercent: d(130) },
        { kind: 'users', department: 'Sales', users: d(30) },
        { kind: 'discount', ratePercent: d(10) },
        { kind: 'rate', from: 'USD', to: 'CNY', rate: d('7.40') }
    ]
};

describe('applyScenario', () => {
    const applied = applyScenario(referencePlan, pessimistic);

    it('scales the amounts of a cost or benefit, replaces users, the discount rate and a rate', () => {
        expect(applied.benefits.find(b => b.id === 'MoreDeals')!.lines[0].amount.value.likely.toString()).toBe('21000');
        expect(applied.costs.find(c => c.id === 'Customization')!.lines[0].amount.value.likely.toString()).toBe('104000');
        expect(applied.departments.map(dep => [dep.id, dep.users.likely.toString()])).toEqual([['Sales', '30'], ['Service', '10']]);
        expect(applied.discountRatePercent.likely.toString()).toBe('10');
        expect(applied.rates.map(r => `${r.from} ${r.rate.likely.toString()} ${r.to}`)).toEqual(['USD 7.4 CNY']);
        // Nothing else moves, and the input plan is untouched.
        expect(applied.benefits.find(b => b.id === 'SalesTime')).toBe(referencePlan.benefits.find(b => b.id === 'SalesTime'));
        expect(referencePlan.benefits[0].lines[0].amount.value.likely.toString()).toBe('30000');
        expect(referencePlan.discountRatePercent.likely.toString()).toBe('8');
    });

    it('evaluates as the same plan written by hand', () => {
        const byHand: Plan = {
            ...withLineValue(withLineValue(referencePlan, 'MoreDeals', { likely: d(21000) }), 'Customization', { likely: d(104000) }),
            departments: [{ id: 'Sales', title: 'Sales', users: { likely: d(30) } }, { id: 'Service', title: 'Customer service', users: { likely: d(10) } }],
            discountRatePercent: { likely: d(10) },
            rates: [{ from: 'USD', to: 'CNY', rate: { likely: d('7.40') } }]
        };
        const expected = toEvaluationJson(evaluate(byHand));
        const [scenario] = evaluateScenarios({ ...referencePlan, scenarios: [pessimistic] });
        expect(scenario.id).toBe('Pessimistic');
        expect(toEvaluationJson(scenario.evaluation!)).toEqual(expected);
        expect(scenario.evaluation!.options[0].npv!).toBeLessThan(evaluate(referencePlan).options[0].npv! - 100_000);
    });

    it('scales vendor costs, the range with the amount, and the hourly rate (not the hours) of staff time', () => {
        const p = withLineValue(referencePlan, 'DataImport', range(15000, 10000, 20000));
        const scaled = applyScenario(p, {
            id: 'S', title: 'S', overrides: [
                { kind: 'scale', item: 'Connector', factorPercent: d(50) },
                { kind: 'scale', item: 'DataImport', factorPercent: d(200) },
                { kind: 'scale', item: 'Training', factorPercent: d(150) }
            ]
        });
        expect(scaled.vendors[1].costs[0].lines[0].amount.value.likely.toString()).toBe('15000');
        const dataImport = scaled.costs.find(c => c.id === 'DataImport')!.lines[0].amount.value;
        expect([dataImport.low!.toString(), dataImport.likely.toString(), dataImport.high!.toString()]).toEqual(['20000', '30000', '40000']);
        const training = scaled.costs.find(c => c.id === 'Training')!.lines[0];
        expect([training.amount.value.likely.toString(), training.hours!.likely.toString()]).toEqual(['180', '6']);
    });

    it('replaces a rate declared the other way round, and applies repeated scales in turn', () => {
        const inverse: Plan = { ...referencePlan, rates: [{ from: 'CNY', to: 'USD', rate: { likely: d('0.14') } }] };
        const replaced = applyScenario(inverse, { id: 'S', title: 'S', overrides: [{ kind: 'rate', from: 'USD', to: 'CNY', rate: d('7.40') }] });
        expect(replaced.rates.map(r => `${r.from} ${r.rate.likely.toString()} ${r.to}`)).toEqual(['USD 7.4 CNY']);
        const twice = applyScenario(referencePlan, {
            id: 'S', title: 'S', overrides: [{ kind: 'scale', item: 'MoreDeals', factorPercent: d(50) }, { kind: 'scale', item: 'MoreDeals', factorPercent: d(50) }]
        });
        expect(twice.benefits[0].lines[0].amount.value.likely.toString()).toBe('7500');
    });

    it('adds a rate for a pair the plan does not declare (the validator reports it)', () => {
        const added = applyScenario(referencePlan, { id: 'S', title: 'S', overrides: [{ kind: 'rate', from: 'EUR', to: 'CNY', rate: d('7.8') }] });
        expect(added.rates.map(r => `${r.from}/${r.to}`)).toEqual(['USD/CNY', 'EUR/CNY']);
    });
});

describe('scenarios in the JSON document', () => {
    it('lists each scenario with every option\'s figures, and nothing when not asked', () => {
        const p = { ...referencePlan, scenarios: [pessimistic, { id: 'Same', title: 'Same', overrides: [] }] };
        const evaluation = evaluate(p);
        const json = toEvaluationJson(evaluation, { scenarios: evaluateScenarios(p) });
        expect(json.scenarios!.map(s => [s.id, s.title, s.options.map(o => o.id)])).toEqual([
            ['Pessimistic', 'Slow adoption', ['Fxiaoke.Professional', 'Zoho.Professional']],
            ['Same', 'Same', ['Fxiaoke.Professional', 'Zoho.Professional']]
        ]);
        expect(json.scenarios![1].options[0]).toEqual({
            id: 'Fxiaoke.Professional', tco: '430200.00', totalBenefit: '972775.00', npv: '449553.71',
            roiPercent: evaluation.options[0].roiPercent, paybackMonths: evaluation.options[0].paybackMonths,
            irrAnnualPercent: evaluation.options[0].irr.annualPercent
        });
        expect(json.scenarios![0].options[0].npv).not.toBe('449553.71');
        expect('scenarios' in toEvaluationJson(evaluation)).toBe(false);
    });
});

describe('a scenario whose figures cannot be computed', () => {
    const huge: Scenario = { id: 'Huge', title: 'Absurd headcount', overrides: [{ kind: 'users', department: 'Sales', users: d('9'.repeat(320)) }] };
    const p = { ...referencePlan, scenarios: [huge, pessimistic] };

    it('says why instead of vanishing, and leaves the other scenarios their figures', () => {
        const [failed, fine] = evaluateScenarios(p);
        expect(failed).toMatchObject({ id: 'Huge', title: 'Absurd headcount', error: { code: 'overflow' } });
        expect(failed.evaluation).toBeUndefined();
        expect(failed.error!.message).toMatch(/beyond the range of numbers/);
        expect(fine.evaluation!.options).toHaveLength(2);
    });

    it('appears in the JSON document with its reason and no options, never with NaN or Infinity', () => {
        const json = toEvaluationJson(evaluate(p), { scenarios: evaluateScenarios(p) });
        expect(json.scenarios![0]).toEqual({ id: 'Huge', title: 'Absurd headcount', error: { code: 'overflow', message: expect.stringMatching(/range of numbers/) }, options: [] });
        expect(JSON.stringify(json)).not.toMatch(/NaN|Infinity/);
    });
});
