/**
 * `crmplan evaluate --json` on the reference plan with the monitoring
 * specification's actuals: the `actuals` object, its figures to the cent and
 * to 0.01 point, valid against docs/evaluation.schema.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const schema = JSON.parse(readFileSync(join(ROOT, 'docs/evaluation.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

interface Projection { tco: string; totalBenefit: string; npv: string; roiPercent: number; pvRoiPercent: number; paybackMonths: number; irrAnnualPercent: number }

function evaluateJson(fixture: string, folder = 'test/fixtures') {
    const result = runCli(['evaluate', '--json', join(ROOT, folder, fixture)]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    return document;
}

const fixed2 = (value: number | null) => (value === null ? null : value.toFixed(2));
const figures = (p: Projection) => [p.tco, p.totalBenefit, fixed2(p.roiPercent), p.npv, fixed2(p.pvRoiPercent), fixed2(p.paybackMonths), fixed2(p.irrAnnualPercent)];

describe('crmplan evaluate --json with actuals', () => {
    const document = evaluateJson('acme-monitoring.crmplan');
    const actuals = document.actuals;

    it('names the chosen option and the as-of month, and keeps the plan figures and version', () => {
        expect(document.schemaVersion).toBe(1);
        expect(actuals.option).toBe('Fxiaoke.Professional');
        expect(actuals.asOf).toBe('2027-09');
        expect(actuals.uncoveredMonths).toEqual([]);
        const chosen = document.options.find((o: { chosen: boolean }) => o.chosen);
        expect(figures(chosen)).toEqual(['430200.00', '972775.00', '126.12', '449553.71', '111.17', '15.64', '141.53']);
    });

    it('gives the to-date figures, variances, realised ROI and realisation rate', () => {
        const t = actuals.toDate;
        expect([t.plannedCost, t.plannedBenefit, t.actualCost, t.actualBenefit]).toEqual(['219900.00', '91225.00', '228300.00', '64800.00']);
        expect([t.costVariance, fixed2(t.costVariancePercent), t.benefitVariance, fixed2(t.benefitVariancePercent)])
            .toEqual(['8400.00', '3.82', '-26425.00', '-28.97']);
        expect([t.realisedNet, fixed2(t.realisedRoiPercent), fixed2(t.realisationRatePercent)]).toEqual(['-163500.00', '-71.62', '71.03']);
    });

    it('gives the forecast and the trend: TCO, benefit, ROI, NPV, PV-ROI, payback, IRR', () => {
        expect(figures(actuals.forecast)).toEqual(['438600.00', '946350.00', '115.77', '415954.96', '100.77', '16.79', '119.96']);
        expect(figures(actuals.trend)).toEqual(['438600.00', '690992.82', '57.55', '193924.32', '46.98', '20.35', '63.16']);
        expect(actuals.forecast.timeline).toHaveLength(36);
        expect(actuals.forecast.timeline[8].cumulative).toBe('-163500.00');
    });

    it('lists per-line rows, the KPI behind its path and adoption', () => {
        expect(actuals.lines.map((l: { kind: string; id: string; variance: string }) => [l.kind, l.id, l.variance])).toEqual([
            ['cost', 'DataImport', '1200.00'], ['cost', 'Customization', '12000.00'], ['cost', 'Training', '-4800.00'],
            ['cost', 'Maintenance', '0.00'], ['licence', 'Fxiaoke.Professional', '0.00'],
            ['benefit', 'MoreDeals', '-23625.00'], ['benefit', 'SalesTime', '-2800.00']
        ]);
        const [kpi] = actuals.kpis;
        expect(kpi).toMatchObject({ id: 'WinRate', unit: '%', baseline: 18, target: 24, pathStart: '2027-05', pathEnd: '2027-12', latest: 20.5, latestMonth: '2027-09', status: 'behind' });
        expect(fixed2(kpi.expected)).toBe('21.43');
        expect(actuals.adoption.departments.map((d: { department: string; active: number; declared: number; percent: number }) => [d.department, d.active, d.declared, fixed2(d.percent)]))
            .toEqual([['Sales', 36, 40, '90.00'], ['Service', 8, 10, '80.00']]);
        expect(fixed2(actuals.adoption.overall.percent)).toBe('88.00');
    });

    it('gives the monthly planned and recorded series up to the as-of month', () => {
        expect(actuals.series).toHaveLength(9);
        expect(actuals.series[4]).toEqual({
            month: '2027-05', plannedCost: '2500.00', plannedBenefit: '6508.33', actualCost: '2500.00', actualBenefit: '5000.00', covered: true
        });
    });

    it('adds only the actuals object: a version-1 reader sees the document of the plan without actuals', () => {
        const plain = evaluateJson('acme-sales-automation.crmplan');
        expect(plain).not.toHaveProperty('actuals');
        const { actuals: _added, ...rest } = document;
        expect(rest).toEqual(plain);
    });
});

describe('the retrospective examples: the guide\'s two case studies, three years on', () => {
    it.each([
        ['examples/manufacturer-sales-automation', 'Yunke.Standard', '2030-03', '200.00'],
        ['examples/retail-customer-management', '云店通.标准版', '2030-02', '150.00']
    ])('%s/retrospective.crmplan realises its ROI through evaluate --json', (folder, option, asOf, realisedRoi) => {
        const { actuals } = evaluateJson('retrospective.crmplan', folder);
        expect(actuals.option).toBe(option);
        expect(actuals.asOf).toBe(asOf);
        expect(actuals.uncoveredMonths).toEqual([]);
        expect(fixed2(actuals.toDate.realisedRoiPercent)).toBe(realisedRoi);
        // Every month recorded: the forecast is the outcome itself.
        expect(actuals.forecast.tco).toBe(actuals.toDate.actualCost);
        expect(actuals.forecast.totalBenefit).toBe(actuals.toDate.actualBenefit);
        expect(fixed2(actuals.forecast.roiPercent)).toBe(realisedRoi);
    });

    it('checks clean: no gaps, nothing planned left unrecorded, no KPI behind', () => {
        for (const file of ['examples/manufacturer-sales-automation/retrospective.crmplan', 'examples/retail-customer-management/retrospective.crmplan']) {
            const result = runCli(['check', join(ROOT, file)]);
            expect(result.stdout + result.stderr).toContain('No problems');
            expect(result.status).toBe(0);
        }
    });
});
