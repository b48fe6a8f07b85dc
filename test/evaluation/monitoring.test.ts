/**
 * Monitoring after go-live: the reference plan with the specification's
 * actuals (as of 2027-09), parsed by the real parser and evaluated; every
 * figure of the specification's tables, to the cent and to 0.01 point.
 */
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { moneyString, type Evaluation, type Monitoring, type OptionMetrics } from '../../language-server/evaluation/index.js';
import { checkFiles } from '../helpers/workspace.js';

const FIXTURE = readFileSync(new URL('../fixtures/acme-monitoring.crmplan', import.meta.url), 'utf8');
const REFERENCE = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

async function evaluationOf(text: string): Promise<Evaluation> {
    const workspace = await checkFiles({ 'plan.crmplan': text });
    expect(workspace.diagnostics('plan.crmplan').filter(d => d.severity === 'error')).toEqual([]);
    const figures = workspace.services.workspace.PlanEvaluations.figures(workspace.document('plan.crmplan'));
    if (figures.status !== 'current') {
        throw new Error(`no figures: ${figures.status}`);
    }
    return figures.evaluation;
}

const fixed2 = (value: number | null): string | null => (value === null ? null : value.toFixed(2));

function figures(metrics: OptionMetrics) {
    return {
        tco: moneyString(metrics.tco),
        benefit: moneyString(metrics.totalBenefit),
        roi: fixed2(metrics.roiPercent),
        npv: metrics.npv === null ? null : moneyString(metrics.npv),
        pvRoi: fixed2(metrics.pvRoiPercent),
        payback: fixed2(metrics.paybackMonths),
        irr: fixed2(metrics.irr.annualPercent)
    };
}

describe('monitoring the reference plan (as of 2027-09)', async () => {
    const evaluation = await evaluationOf(FIXTURE);
    const monitoring = evaluation.monitoring as Monitoring;

    it('takes the last month an actuals block covers as the as-of month, for the chosen option', () => {
        expect(monitoring.optionId).toBe('Fxiaoke.Professional');
        expect(monitoring.asOfLabel).toBe('2027-09');
        expect(monitoring.asOfMonth).toBe(8);
        expect(monitoring.uncoveredMonths).toEqual([]);
    });

    it('gives the to-date figures of the specification', () => {
        const t = monitoring.toDate;
        expect([t.plannedCost, t.plannedBenefit, t.actualCost, t.actualBenefit].map(moneyString))
            .toEqual(['219900.00', '91225.00', '228300.00', '64800.00']);
        expect(moneyString(t.costVariance)).toBe('8400.00');
        expect(fixed2(t.costVariancePercent)).toBe('3.82');
        expect(moneyString(t.benefitVariance)).toBe('-26425.00');
        expect(fixed2(t.benefitVariancePercent)).toBe('-28.97');
        expect(moneyString(t.realisedNet)).toBe('-163500.00');
        expect(fixed2(t.realisedRoiPercent)).toBe('-71.62');
        expect(fixed2(t.realisationRatePercent)).toBe('71.03');
    });

    it('gives the plan, the forecast and the trend of the specification', () => {
        const plan = evaluation.options.find(o => o.chosen)!;
        expect(figures(plan)).toEqual({
            tco: '430200.00', benefit: '972775.00', roi: '126.12', npv: '449553.71', pvRoi: '111.17', payback: '15.64', irr: '141.53'
        });
        expect(figures(monitoring.forecast)).toEqual({
            tco: '438600.00', benefit: '946350.00', roi: '115.77', npv: '415954.96', pvRoi: '100.77', payback: '16.79', irr: '119.96'
        });
        expect(figures(monitoring.trend)).toEqual({
            tco: '438600.00', benefit: '690992.82', roi: '57.55', npv: '193924.32', pvRoi: '46.98', payback: '20.35', irr: '63.16'
        });
    });

    it('lists each cost, the licence and each benefit with planned, recorded and variance to date', () => {
        const rows = Object.fromEntries(monitoring.lines.map(l => [l.id, [l.kind, moneyString(l.planned), moneyString(l.actual), moneyString(l.variance)]]));
        expect(rows).toEqual({
            DataImport: ['cost', '15000.00', '16200.00', '1200.00'],
            Customization: ['cost', '80000.00', '92000.00', '12000.00'],
            Training: ['cost', '36000.00', '31200.00', '-4800.00'],
            Maintenance: ['cost', '17500.00', '17500.00', '0.00'],
            'Fxiaoke.Professional': ['licence', '71400.00', '71400.00', '0.00'],
            MoreDeals: ['benefit', '65625.00', '42000.00', '-23625.00'],
            SalesTime: ['benefit', '25600.00', '22800.00', '-2800.00']
        });
        expect(monitoring.lines.every(l => l.unrecordedMonths.length === 0)).toBe(true);
    });

    it('puts the KPI behind its path: 20.5% measured, 21.43% expected', () => {
        const [winRate] = monitoring.kpis;
        expect(winRate).toMatchObject({ id: 'WinRate', unit: '%', pathStartMonth: 4, pathEndMonth: 11, status: 'behind' });
        expect(winRate.latest?.label).toBe('2027-09');
        expect(winRate.latest?.value.toString()).toBe('20.5');
        expect(winRate.expected.toFixed(2)).toBe('21.43');
    });

    it('gives adoption per department and overall', () => {
        const rows = monitoring.adoption.departments.map(d => [d.department, d.active.toString(), d.declared.toString(), fixed2(d.percent)]);
        expect(rows).toEqual([['Sales', '36', '40', '90.00'], ['Service', '8', '10', '80.00']]);
        expect(fixed2(monitoring.adoption.overall!.percent)).toBe('88.00');
    });

    it('spreads a period evenly over its months in the monthly series', () => {
        expect(monitoring.series).toHaveLength(9);
        const april = monitoring.series[3];
        expect([april.label, moneyString(april.actualCost), moneyString(april.actualBenefit)]).toEqual(['2027-04', '2500.00', '5000.00']);
        expect(moneyString(monitoring.series[0].plannedCost)).toBe('86400.00');
    });

    it('converts amounts in another currency at the declared rate', async () => {
        const converted = await evaluationOf(FIXTURE.replace('cost Customization 92000', 'cost Customization 12958 USD'));
        const line = converted.monitoring!.lines.find(l => l.id === 'Customization')!;
        expect(moneyString(line.actual)).toBe('92001.80');
    });

    it('leaves the plan without actuals as it was: no monitoring, the same figures', async () => {
        const plain = await evaluationOf(REFERENCE);
        expect(plain.monitoring).toBeUndefined();
        expect(plain.options.map(figures)).toEqual(evaluation.options.map(figures));
    });
});

describe('each actuals block against the plan', () => {
    it('gives every block its lines planned and recorded; the blocks add up to the variances to date', async () => {
        const monitoring = (await evaluationOf(FIXTURE)).monitoring!;
        expect(monitoring.periods.map(p => [p.first, p.last])).toEqual([[0, 0], [1, 1], [2, 2], [3, 5], [6, 8]]);
        const total = (pick: (p: Monitoring['periods'][number]) => Decimal) => monitoring.periods.reduce((sum, p) => sum.plus(pick(p)), new Decimal(0));
        expect(moneyString(total(p => p.costVariance))).toBe('8400.00');
        expect(moneyString(total(p => p.benefitVariance))).toBe('-26425.00');
        const dataImport = monitoring.periods[0]!.lines.find(line => line.id === 'DataImport')!;
        expect([moneyString(dataImport.planned), moneyString(dataImport.recorded)]).toEqual(['15000.00', '16200.00']);
    });
});
