import { readdirSync, readFileSync, statSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/acme-sales-automation.crmplan');
const schema = JSON.parse(readFileSync(join(ROOT, 'docs/evaluation.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

interface OptionJson {
    id: string; chosen: boolean; recommended: boolean; tco: string; totalBenefit: string; npv: string;
    roiPercent: number; pvRoiPercent: number; paybackMonths: number; irrAnnualPercent: number | null;
    irrRoots: number[]; matrixScore: number; criteria: Record<string, number>;
}

function plansIn(folder: string): string[] {
    return readdirSync(folder).sort().flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? plansIn(path) : name.endsWith('.crmplan') ? [path] : [];
    });
}

describe('crmplan evaluate', () => {
    it('gives the reference figures of language.md through the parser, as versioned JSON', () => {
        const result = runCli(['evaluate', '--json', FIXTURE]);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const document = JSON.parse(result.stdout);
        expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
        expect(document.schemaVersion).toBe(1);
        expect(document.plan).toMatchObject({ currency: 'CNY', start: '2027-01', horizonMonths: 36, discountRatePercent: 8 });
        const [fxiaoke, zoho] = document.options as OptionJson[];
        expect(fxiaoke).toMatchObject({ id: 'Fxiaoke.Professional', chosen: true, recommended: true, tco: '430200.00', totalBenefit: '972775.00', npv: '449553.71' });
        expect(zoho).toMatchObject({ id: 'Zoho.Professional', chosen: false, recommended: false, tco: '539940.00', totalBenefit: '940925.00', npv: '317693.05' });
        const expected: Array<[OptionJson, number, number, number, number, number, number, number]> = [
            // option, ROI, PV-ROI, payback, IRR, Fit, Cost, matrix
            [fxiaoke, 126.12, 111.17, 15.64, 141.53, 8.24, 10.0, 8.79],
            [zoho, 74.26, 62.49, 18.82, 80.63, 8.15, 7.97, 7.65]
        ];
        for (const [option, roi, pvRoi, payback, irr, fit, cost, matrix] of expected) {
            expect(option.roiPercent).toBeCloseTo(roi, 2);
            expect(option.pvRoiPercent).toBeCloseTo(pvRoi, 2);
            expect(option.paybackMonths).toBeCloseTo(payback, 2);
            expect(option.irrAnnualPercent).toBeCloseTo(irr, 2);
            expect(option.irrRoots).toHaveLength(1);
            expect(option.criteria.Fit).toBeCloseTo(fit, 2);
            expect(option.criteria.Cost).toBeCloseTo(cost, 2);
            expect(option.matrixScore).toBeCloseTo(matrix, 2);
        }
        const values = Object.fromEntries((document.requirements as Array<{ id: string; value: number; withinCapacity: boolean }>).map(r => [r.id, r]));
        expect(values.LeadFollowUp.value).toBeCloseTo(6.65, 10);
        expect(values.Pipeline.value).toBeCloseTo(5.4, 10);
        expect(values.Reports.value).toBeCloseTo(3.9, 10);
        expect(values.Segments.value).toBeCloseTo(2.5, 10);
        expect(values.Segments.withinCapacity).toBe(false);
        expect(values.Reports.withinCapacity).toBe(true);
    });

    it('prints a readable summary by default', () => {
        const result = runCli(['evaluate', FIXTURE]);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/ROI\s+126\.12%\s+74\.26%/);
        expect(result.stdout).toMatch(/NPV\s+¥449,553\.71\s+¥317,693\.05/);
        expect(result.stdout).toMatch(/4\s+Segments\s+could\s+2\.50\s+10 pw\s+no/);
    });

    it('emits a document valid against the schema for every example plan', () => {
        const examples = plansIn(join(ROOT, 'examples'));
        expect(examples.length).toBeGreaterThanOrEqual(3);
        let evaluated = 0;
        for (const file of examples) {
            const result = runCli(['evaluate', '--json', file]);
            if (result.status === 2 && /catalogue/.test(result.stderr)) {
                continue;
            }
            expect(result.status, `${relative(ROOT, file)}: ${result.stderr}`).toBe(0);
            const document = JSON.parse(result.stdout);
            expect(validate(document), `${relative(ROOT, file)}: ${JSON.stringify(validate.errors)}`).toBe(true);
            expect(result.stdout).not.toMatch(/NaN|Infinity/);
            evaluated++;
        }
        expect(evaluated).toBeGreaterThanOrEqual(3);
    });

    it('refuses figures for a plan with errors: diagnostics on stderr, exit 1, nothing on stdout', () => {
        const folder = mkdtempSync(join(tmpdir(), 'crmplan-evaluate-'));
        mkdirSync(join(folder, '.git'));
        const broken = readFileSync(FIXTURE, 'utf8').replace('licence 23 USD', 'licence 23 EUR');
        writeFileSync(join(folder, 'broken.crmplan'), broken);
        const result = runCli(['evaluate', '--json', 'broken.crmplan'], { cwd: folder });
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/broken\.crmplan:\d+:\d+ error CRM003 .*EUR/);
    });

    it('prints the figures and a one-line reason when --trials cannot simulate a plan (NPV swings beyond doubles)', () => {
        // The plan a fuzzing campaign found (test/robustness/regressions/text-json-76834aa2cdaa.json).
        const regression = JSON.parse(readFileSync(new URL('../robustness/regressions/text-json-76834aa2cdaa.json', import.meta.url), 'utf8')) as { input: string };
        const folder = mkdtempSync(join(tmpdir(), 'crmplan-evaluate-'));
        writeFileSync(join(folder, 'plan.crmplan'), regression.input);
        const result = runCli(['evaluate', '--trials', '100', 'plan.crmplan'], { cwd: folder });
        expect(result.status).toBe(0);
        expect(result.stderr).toMatch(/^crmplan: no simulation: The figures cannot be computed: the NPV swing of \S+ is beyond the range of numbers/);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stdout).toContain('TCO');
        expect(result.stdout).not.toMatch(/NaN|Infinity/);
    });
});
