/**
 * evaluate() on small plans: options, internal effort, metrics edge cases,
 * recommendation, and what is not quantified.
 */
import { describe, expect, it } from 'vitest';
import type { Phase } from '../../language-server/model/plan.js';
import { evaluate, moneyString } from '../../language-server/evaluation/index.js';
import { benefit, cost, d, money, once, perMonth, plan, requirement, u, vendor } from './plan-builders.js';

const rollout: Phase = { id: 'Build', title: 'Build', start: 2, after: [], durationMonths: 2, delivers: ['R'] };

describe('options', () => {
    it('one per edition (Vendor.Edition); a vendor without editions is one option without licence', () => {
        const evaluation = evaluate(plan({
            vendors: [
                { id: 'Big', title: 'Big', editions: [
                    { id: 'Basic', title: 'Basic', licences: [{ price: money(10), period: 'month', billing: 'monthly' }] },
                    { id: 'Pro', title: 'Pro', licences: [{ price: money(20), period: 'month', billing: 'monthly' }] }
                ], covers: [], scores: [], costs: [] },
                { id: 'OpenSource', title: 'OSS', editions: [], covers: [], scores: [], costs: [cost('Hosting', [perMonth(5)])] }
            ],
            costs: [cost('Shared', [once(100)])]
        }));
        expect(evaluation.options.map(o => [o.id, o.vendor, o.edition ?? null, o.tco.toString()])).toEqual([
            ['Big.Basic', 'Big', 'Basic', '220'],
            ['Big.Pro', 'Big', 'Pro', '340'],
            ['OpenSource', 'OpenSource', null, '160']
        ]);
        expect(evaluation.options[2].licences).toEqual([]);
        expect(evaluation.options[2].costs.map(c => [c.id, c.source])).toEqual([['Shared', 'plan'], ['Hosting', 'vendor']]);
    });

    it('benefit share is the vendor’s mean covers over `from`, uncovered counting 0', () => {
        const evaluation = evaluate(plan({
            requirements: [requirement('A', 'must', 1), requirement('B', 'must', 1)],
            vendors: [vendor('V', [], { covers: [{ requirement: 'A', sharePercent: u(50) }] })],
            benefits: [benefit('Gain', ['A', 'B'], [perMonth(1000)])]
        }));
        const gain = evaluation.options[0].benefits[0];
        expect(gain.coverageSharePercent.toNumber()).toBe(25);
        expect(gain.total.toNumber()).toBe(3000);
        expect(gain.grossTotal.toNumber()).toBe(12000);
    });

    it('recommends the highest NPV and says when the chosen option is not it', () => {
        const evaluation = evaluate(plan({
            chosenOptionId: 'Dear.E',
            vendors: [vendor('Dear', [{ price: money(100), period: 'month', billing: 'monthly' }]), vendor('Cheap', [])],
            benefits: [benefit('B', [], [perMonth(50)])]
        }));
        expect(evaluation.recommendedOptionId).toBe('Cheap.E');
        expect(evaluation.chosenOptionId).toBe('Dear.E');
        expect(evaluation.chosenIsRecommended).toBe(false);
        expect(evaluation.options.map(o => [o.id, o.npvRank, o.chosen, o.recommended])).toEqual([
            ['Dear.E', 2, true, false],
            ['Cheap.E', 1, false, true]
        ]);
    });

    it('accepts a vendor id as the choice when the vendor has one option', () => {
        const evaluation = evaluate(plan({ chosenOptionId: 'V', vendors: [vendor('V')] }));
        expect(evaluation.chosenOptionId).toBe('V.E');
        expect(evaluation.options[0].chosen).toBe(true);
    });
});

describe('internal rate', () => {
    it('prices effort as a direct cost spread over the delivering phase', () => {
        const evaluation = evaluate(plan({
            internalRate: money(6000),
            requirements: [requirement('R', 'must', 4)],
            phases: [rollout]
        }));
        const item = evaluation.options[0].costs.find(c => c.id === 'effort.R')!;
        expect(item).toMatchObject({ source: 'effort', costClass: 'direct', recurrence: 'one-off' });
        expect(item.monthly.map(v => v.toNumber()).slice(0, 5)).toEqual([0, 0, 12000, 12000, 0]);
        expect(item.effort).toMatchObject({ requirement: 'R', phase: 'Build', firstMonth: 2, lastMonth: 3 });
        expect(evaluation.options[0].tco.toNumber()).toBe(24000);
        expect(evaluation.plan.internalRatePerPersonWeek?.toNumber()).toBe(6000);
    });

    it('puts the effort of a requirement no phase delivers at month 0, with a note', () => {
        const evaluation = evaluate(plan({
            internalRate: money(1000, 'USD'),
            rates: [{ from: 'USD', to: 'CNY', rate: u(7) }],
            requirements: [requirement('Lone', 'should', 2.5)]
        }));
        const item = evaluation.options[0].costs.find(c => c.id === 'effort.Lone')!;
        expect(item.monthly[0].toNumber()).toBe(17500);
        expect(item.total.toNumber()).toBe(17500);
        expect(evaluation.notes.map(n => [n.code, n.subject])).toEqual([['effort-without-phase', 'Lone']]);
    });

    it('adds no effort cost without an internal rate', () => {
        const evaluation = evaluate(plan({ requirements: [requirement('R', 'must', 4)], phases: [rollout] }));
        expect(evaluation.options[0].tco.toNumber()).toBe(0);
    });
});

describe('metrics edge cases', () => {
    it('ROI and PV-ROI are null when there is no cost; payback 0; no IRR', () => {
        const evaluation = evaluate(plan({ benefits: [benefit('B', [], [perMonth(10)])] }));
        const o = evaluation.options[0];
        expect(o.roiPercent).toBeNull();
        expect(o.pvRoiPercent).toBeNull();
        expect(o.paybackMonths).toBe(0);
        expect(o.irr).toEqual({ monthlyRoots: [], annualRootsPercent: [], annualPercent: null });
    });

    it('payback is null when the cumulative is negative at the horizon', () => {
        const evaluation = evaluate(plan({ costs: [cost('C', [once(1000)])], benefits: [benefit('B', [], [perMonth(10)])] }));
        expect(evaluation.options[0].paybackMonths).toBeNull();
        expect(evaluation.options[0].roiPercent).toBeCloseTo(-88, 10);
    });

    it('discounts at the plan rate: a cost 12 months out at 10% is worth 1/1.1', () => {
        const evaluation = evaluate(plan({ horizonMonths: 13, discountRatePercent: u(10), costs: [cost('C', [once(1100, 12)])] }));
        expect(evaluation.options[0].npv).toBeCloseTo(-1000, 9);
        expect(evaluation.options[0].pvCosts).toBeCloseTo(1000, 9);
    });

    it('rejects a horizon that is not a positive whole number', () => {
        expect(() => evaluate(plan({ horizonMonths: 0 }))).toThrow(expect.objectContaining({ code: 'invalid-horizon' }));
    });
});

describe('vendor matrix', () => {
    it('scores coverage, TCO and given scores; a missing score counts 0 and is listed', () => {
        const evaluation = evaluate(plan({
            goals: [{ id: 'G', title: 'G', weightPercent: d(100) }],
            requirements: [
                requirement('A', 'must', 1, { impacts: [{ goal: 'G', score: d(8) }] }),
                requirement('B', 'should', 1, { impacts: [{ goal: 'G', score: d(2) }] })
            ],
            criteria: [
                { id: 'Fit', title: 'Fit', weightPercent: d(50), measure: 'coverage' },
                { id: 'Cost', title: 'Cost', weightPercent: d(30), measure: 'tco' },
                { id: 'Ease', title: 'Ease', weightPercent: d(20) }
            ],
            vendors: [
                vendor('X', [{ price: money(100), period: 'month', billing: 'monthly' }], {
                    covers: [{ requirement: 'A', sharePercent: u(100) }],
                    scores: [{ criterion: 'Ease', score: d(5) }, { criterion: 'Fit', score: d(1) }]
                }),
                vendor('Y', [{ price: money(200), period: 'month', billing: 'monthly' }], {
                    covers: [{ requirement: 'A', sharePercent: u(50) }, { requirement: 'B', sharePercent: u(100) }]
                })
            ]
        }));
        const [x, y] = evaluation.options;
        expect(x.criteria.map(c => [c.criterion, c.score, c.missing])).toEqual([['Fit', 8, false], ['Cost', 10, false], ['Ease', 5, false]]);
        expect(y.criteria.map(c => [c.criterion, c.score, c.missing])).toEqual([['Fit', 6, false], ['Cost', 5, false], ['Ease', 0, true]]);
        expect(x.matrixScore).toBeCloseTo(0.5 * 8 + 0.3 * 10 + 0.2 * 5, 12);
        expect(y.matrixScore).toBeCloseTo(0.5 * 6 + 0.3 * 5, 12);
        expect(y.criteria[0].weighted).toBeCloseTo(3, 12);
        expect(evaluation.missingScores).toEqual([{ vendor: 'Y', criterion: 'Ease' }]);
        expect([x.matrixRank, y.matrixRank]).toEqual([1, 2]);
    });
});

describe('not quantified', () => {
    it('lists requirements no vendor covers and benefits without amounts', () => {
        const evaluation = evaluate(plan({
            requirements: [requirement('Covered', 'must', 1), requirement('Orphan', 'must', 1), requirement('Zero', 'could', 1)],
            vendors: [vendor('V', [], { covers: [{ requirement: 'Covered', sharePercent: u(10) }, { requirement: 'Zero', sharePercent: u(0) }] })],
            benefits: [benefit('Happier', ['Covered'], [])]
        }));
        expect(evaluation.notQuantified.map(n => [n.kind, 'requirement' in n ? n.requirement : n.benefit])).toEqual([
            ['uncovered-requirement', 'Orphan'],
            ['uncovered-requirement', 'Zero'],
            ['benefit-without-amount', 'Happier']
        ]);
        expect(evaluation.benefits[0].quantified).toBe(false);
    });
});

describe('reports need no computation', () => {
    it('money on the timeline sums to the totals', () => {
        const evaluation = evaluate(plan({
            horizonMonths: 24,
            costs: [cost('C', [once(1000), perMonth('33.33')])],
            benefits: [benefit('B', [], [perMonth(250)], 4)]
        }));
        const o = evaluation.options[0];
        expect(moneyString(o.timeline.reduce((s, t) => s.plus(t.cost), d(0)))).toBe(moneyString(o.tco));
        expect(o.timeline[23].cumulative.toString()).toBe(o.netBenefit.toString());
        expect(o.costs[0].recurrence).toBe('mixed');
        expect(moneyString(o.costTotals.oneOff)).toBe('1000.00');
        expect(moneyString(o.costTotals.recurring)).toBe('799.92');
    });
});
