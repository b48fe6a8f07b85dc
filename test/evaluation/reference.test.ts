/**
 * The reference plan must evaluate to every figure of language.md's table.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, moneyString, type OptionEvaluation } from '../../language-server/evaluation/index.js';
import { referencePlan } from './reference-plan.js';

const evaluation = evaluate(referencePlan);

function option(id: string): OptionEvaluation {
    const found = evaluation.options.find(o => o.id === id);
    if (!found) {
        throw new Error(`no option ${id}`);
    }
    return found;
}

/** A ratio as the table prints it: two places. */
function fixed2(value: number | null): string | null {
    return value === null ? null : value.toFixed(2);
}

const table = [
    {
        id: 'Fxiaoke.Professional', tco: '430200.00', benefit: '972775.00', roi: '126.12', npv: '449553.71',
        pvRoi: '111.17', payback: '15.64', irr: '141.53', fit: '8.24', cost: '10.00', matrix: '8.79'
    },
    {
        id: 'Zoho.Professional', tco: '539940.00', benefit: '940925.00', roi: '74.26', npv: '317693.05',
        pvRoi: '62.49', payback: '18.82', irr: '80.63', fit: '8.15', cost: '7.97', matrix: '7.65'
    }
];

describe('reference plan (language.md table)', () => {
    it('has exactly the two options, in plan order', () => {
        expect(evaluation.options.map(o => o.id)).toEqual(['Fxiaoke.Professional', 'Zoho.Professional']);
    });

    for (const row of table) {
        describe(row.id, () => {
            const o = option(row.id);
            it('TCO and total benefit to the cent, exactly', () => {
                expect(moneyString(o.tco)).toBe(row.tco);
                expect(o.tco.toFixed()).toBe(row.tco.replace(/\.00$/, ''));
                expect(moneyString(o.totalBenefit)).toBe(row.benefit);
                expect(o.totalBenefit.toFixed()).toBe(row.benefit.replace(/\.00$/, ''));
            });
            it('ROI, NPV, PV-ROI', () => {
                expect(fixed2(o.roiPercent)).toBe(row.roi);
                expect(o.npv).not.toBeNull();
                expect(moneyString(o.npv!)).toBe(row.npv);
                expect(fixed2(o.pvRoiPercent)).toBe(row.pvRoi);
            });
            it('payback and IRR', () => {
                expect(fixed2(o.paybackMonths)).toBe(row.payback);
                expect(fixed2(o.irr.annualPercent)).toBe(row.irr);
                expect(o.irr.annualRootsPercent).toHaveLength(1);
            });
            it('Fit / Cost scores and matrix score', () => {
                const score = (c: string): string | null => fixed2(o.criteria.find(x => x.criterion === c)?.score ?? null);
                expect(score('Fit')).toBe(row.fit);
                expect(score('Cost')).toBe(row.cost);
                expect(fixed2(o.matrixScore)).toBe(row.matrix);
            });
        });
    }

    it('marks Fxiaoke chosen and recommended, Zoho neither', () => {
        expect(evaluation.chosenOptionId).toBe('Fxiaoke.Professional');
        expect(evaluation.recommendedOptionId).toBe('Fxiaoke.Professional');
        expect(evaluation.chosenIsRecommended).toBe(true);
        expect(option('Fxiaoke.Professional')).toMatchObject({ chosen: true, recommended: true, npvRank: 1, matrixRank: 1 });
        expect(option('Zoho.Professional')).toMatchObject({ chosen: false, recommended: false, npvRank: 2, matrixRank: 2 });
    });

    it('requirement values 6.65 / 5.40 / 3.90 / 2.50, exactly', () => {
        const values = Object.fromEntries(evaluation.requirements.map(r => [r.id, r.value.toFixed(2)]));
        expect(values).toEqual({ LeadFollowUp: '6.65', Pipeline: '5.40', Reports: '3.90', Segments: '2.50' });
        expect(evaluation.requirements[0].value.toString()).toBe('6.65');
    });

    it('Segments does not fit capacity 24 after 18 person-weeks of must/should work', () => {
        expect(evaluation.ranking).toEqual(['LeadFollowUp', 'Pipeline', 'Reports', 'Segments']);
        const segments = evaluation.requirements.find(r => r.id === 'Segments')!;
        expect(segments.withinCapacity).toBe(false);
        expect(segments.exclusion).toBe('capacity');
        expect(segments.capacityUsedBefore.toNumber()).toBe(18);
        expect(segments.rank).toBe(4);
        expect(segments.rankOf).toBe(4);
        expect(evaluation.capacity.used.toNumber()).toBe(18);
        expect(evaluation.capacity.kept).toEqual(['LeadFollowUp', 'Pipeline', 'Reports']);
        expect(evaluation.capacity.mustEffort.toNumber()).toBe(14);
        expect(evaluation.capacity.mustsExceedCapacity).toBe(false);
    });

    it('schedules the phases and go-live months', () => {
        expect(evaluation.phases.map(p => [p.id, p.startLabel, p.endLabel, p.owner])).toEqual([
            ['Setup', '2027-01', '2027-02', 'Wang Fang (IT)'],
            ['Rollout', '2027-03', '2027-04', 'Li Wei (Sales)']
        ]);
        const live = Object.fromEntries(evaluation.requirements.map(r => [r.id, r.inImplementation ? r.goLiveLabel : 'not in this implementation']));
        // No phase delivers Segments: it is not part of this implementation (no benefit needs it, so no figure moves).
        expect(live).toEqual({ LeadFollowUp: '2027-05', Pipeline: '2027-05', Reports: '2027-05', Segments: 'not in this implementation' });
        expect(evaluation.benefits.map(b => [b.id, b.goLiveMonth])).toEqual([['MoreDeals', 4], ['SalesTime', 4]]);
    });

    it('explains the licences: 50 seats × price × 12 months, billed at each contract year', () => {
        const fx = option('Fxiaoke.Professional').licences[0];
        expect(fx.seats.toNumber()).toBe(50);
        expect(fx.charges.map(c => [c.label, c.amount.toFixed(2)])).toEqual([
            ['2027-01', '71400.00'], ['2028-01', '71400.00'], ['2029-01', '71400.00']
        ]);
        expect(fx.monthsBilled).toBe(36);
        const zoho = option('Zoho.Professional').licences[0];
        expect(zoho.pricePerSeatMonth.toFixed(2)).toBe('163.30');
        expect(moneyString(zoho.total)).toBe('293940.00');
    });

    it('breaks costs and benefits down per item', () => {
        const zoho = option('Zoho.Professional');
        const totals = Object.fromEntries(zoho.costs.map(c => [c.id, [c.source, c.costClass, c.recurrence, moneyString(c.total)]]));
        expect(totals).toEqual({
            DataImport: ['plan', 'direct', 'one-off', '15000.00'],
            Customization: ['plan', 'direct', 'one-off', '80000.00'],
            Training: ['plan', 'indirect', 'one-off', '36000.00'],
            Maintenance: ['plan', 'indirect', 'recurring', '85000.00'],
            Connector: ['vendor', 'direct', 'one-off', '30000.00'],
            'Zoho.Professional.licence': ['licence', 'direct', 'recurring', '293940.00']
        });
        expect(moneyString(zoho.costTotals.direct)).toBe('418940.00');
        expect(moneyString(zoho.costTotals.indirect)).toBe('121000.00');
        expect(moneyString(zoho.costTotals.oneOff)).toBe('161000.00');
        expect(moneyString(zoho.costTotals.recurring)).toBe('378940.00');
        const fx = option('Fxiaoke.Professional');
        const deals = fx.benefits.find(b => b.id === 'MoreDeals')!;
        expect(deals.coverageSharePercent.toString()).toBe('87.5');
        expect(moneyString(deals.total)).toBe('774375.00');
        expect(moneyString(deals.grossTotal)).toBe('885000.00');
        expect(deals.lines[0].firstMonth).toBe(4);
        expect(moneyString(fx.benefitTotalsByKind.efficiency)).toBe('198400.00');
    });

    it('carries a labelled monthly timeline whose last cumulative is benefit − TCO', () => {
        const fx = option('Fxiaoke.Professional');
        expect(fx.timeline).toHaveLength(36);
        expect(fx.timeline[0]).toMatchObject({ month: 0, label: '2027-01' });
        expect(fx.timeline[35].label).toBe('2029-12');
        expect(moneyString(fx.timeline[0].cost)).toBe('86400.00');
        expect(moneyString(fx.timeline[4].benefit)).toBe('6508.33');
        expect(fx.timeline[35].cumulative.toFixed(2)).toBe('542575.00');
        expect(evaluation.plan.monthLabels[12]).toBe('2028-01');
    });

    it('explains requirement values term by term', () => {
        const lead = evaluation.requirements.find(r => r.id === 'LeadFollowUp')!;
        expect(lead.valueTerms.map(t => [t.goal, t.weightPercent.toNumber(), t.impact.toNumber(), t.product.toString()])).toEqual([
            ['SalesEfficiency', 60, 9, '5.4'],
            ['CustomerExperience', 25, 5, '1.25']
        ]);
    });

    it('records the USD conversion and leaves nothing unquantified or missing', () => {
        expect(evaluation.conversions.map(c => [c.from, c.to, c.factor.toString(), c.inverse])).toEqual([['USD', 'CNY', '7.1', false]]);
        expect(evaluation.notQuantified).toEqual([]);
        expect(evaluation.missingScores).toEqual([]);
        expect(evaluation.notes).toEqual([]);
    });
});
