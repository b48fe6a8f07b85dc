/**
 * The versioned JSON document and its schema.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { evaluate, moneyString, toEvaluationJson } from '../../language-server/evaluation/index.js';
import { benefit, cost, once, perMonth, plan } from './plan-builders.js';
import { randomPlan } from './random-plans.js';
import { referencePlan } from './reference-plan.js';

const schema = JSON.parse(readFileSync(new URL('../../docs/evaluation.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function expectValid(document: unknown): void {
    const valid = validate(JSON.parse(JSON.stringify(document)));
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
}

describe('evaluation JSON document', () => {
    const document = toEvaluationJson(evaluate(referencePlan));

    it('validates against docs/evaluation.schema.json', () => {
        expectValid(document);
    });

    it('carries the reference figures', () => {
        expect(document.schemaVersion).toBe(1);
        expect(document.plan).toEqual({
            title: 'Acme Machinery: sales automation', currency: 'CNY', start: '2027-01', horizonMonths: 36, discountRatePercent: 8
        });
        const [fx, zoho] = document.options;
        expect(fx).toMatchObject({
            id: 'Fxiaoke.Professional', vendor: 'Fxiaoke', edition: 'Professional', chosen: true, recommended: true,
            tco: '430200.00', totalBenefit: '972775.00', npv: '449553.71'
        });
        expect(zoho).toMatchObject({ chosen: false, recommended: false, tco: '539940.00', totalBenefit: '940925.00', npv: '317693.05' });
        expect(fx.roiPercent).toBeCloseTo(126.1216, 4);
        expect(fx.irrAnnualPercent).toBeCloseTo(141.533, 3);
        expect(fx.irrRoots).toHaveLength(1);
        expect(fx.paybackMonths).toBeCloseTo(15.636, 3);
        expect(Object.keys(fx.criteria)).toEqual(['Fit', 'Cost', 'Usability', 'Localisation']);
        expect(fx.criteria.Cost).toBe(10);
        expect(fx.timeline[0]).toEqual({ month: '2027-01', cost: '86400.00', benefit: '0.00', net: '-86400.00', cumulative: '-86400.00' });
        expect(fx.timeline).toHaveLength(36);
        expect(document.requirements.map(r => [r.id, r.value, r.rank, r.effortPersonWeeks, r.withinCapacity])).toEqual([
            ['LeadFollowUp', 6.65, 1, 6, true],
            ['Pipeline', 5.4, 2, 8, true],
            ['Reports', 3.9, 3, 4, true],
            ['Segments', 2.5, 4, 10, false]
        ]);
    });

    it('is deterministic and free of NaN/Infinity', () => {
        const text = JSON.stringify(toEvaluationJson(evaluate(referencePlan)));
        expect(text).toBe(JSON.stringify(document));
        expect(text).not.toMatch(/NaN|Infinity/);
    });

    it('writes null where figures are undefined, and an edition of null for a vendor without editions', () => {
        const json = toEvaluationJson(evaluate(plan({ benefits: [benefit('B', [], [perMonth(1)])] })));
        expectValid(json);
        expect(json.options[0]).toMatchObject({ edition: null, roiPercent: null, pvRoiPercent: null, irrAnnualPercent: null, irrRoots: [] });
        const never = toEvaluationJson(evaluate(plan({ costs: [cost('C', [once(100)])] })));
        expect(never.options[0].paybackMonths).toBeNull();
        expect(never.requirements).toEqual([]);
    });

    it('validates for many random plans', () => {
        for (let seed = 1; seed <= 30; seed++) {
            expectValid(toEvaluationJson(evaluate(randomPlan(seed))));
        }
    });

    it('the schema rejects malformed money and months', () => {
        const bad = structuredClone(document) as unknown as { options: { tco: string; timeline: { month: string }[] }[] };
        bad.options[0].tco = '430200';
        expect(validate(bad)).toBe(false);
        bad.options[0].tco = '430200.00';
        bad.options[0].timeline[0].month = '2027-13';
        expect(validate(bad)).toBe(false);
        expect(validate({ ...document, extra: 1 })).toBe(false);
    });
});

describe('money strings', () => {
    it('round half-up to the cent and never print -0.00', () => {
        expect(moneyString('0.005')).toBe('0.01');
        expect(moneyString('-0.005')).toBe('-0.01');
        expect(moneyString('2.675')).toBe('2.68');
        expect(moneyString('-0.004')).toBe('0.00');
        expect(moneyString(449553.70688608906)).toBe('449553.71');
        expect(moneyString('1e21')).toBe('1000000000000000000000.00');
    });
});
