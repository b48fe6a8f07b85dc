/**
 * The workbook proved by a real spreadsheet: LibreOffice Calc recalculates
 * every formula of the exported file (it carries no cached result) and the
 * Summary it computes must agree with `evaluate --json`: money to the cent,
 * percentages and months to 0.01, for every example and the reference plan.
 * Then an edited input (a licence price) must move the totals exactly as
 * evaluating the plan with that price does.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportStrings } from '../../language-server/export/index.js';
import { runCli } from '../helpers/run-cli.js';
import { HOSTILE_PLAN } from '../report/hostile-plan.js';
import { libreOfficeMissing, recalculate, SKIP_LIBREOFFICE } from './libreoffice.js';
import { cachedResults, type CellResult, loadWorkbook, readSummary, type SummaryFigures } from './read-workbook.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = join(ROOT, 'test', 'fixtures', 'acme-sales-automation.crmplan');

interface OptionJson {
    id: string; tco: string; totalBenefit: string; npv: string | null; roiPercent: number | null; pvRoiPercent: number | null;
    irrAnnualPercent: number | null; paybackMonths: number | null; matrixScore: number; criteria: Record<string, number>;
}
interface EvaluationJson {
    options: OptionJson[];
    requirements: { id: string; value: number }[];
}

function planFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? planFiles(path) : name.endsWith('.crmplan') ? [path] : [];
    });
}

function evaluateJson(plan: string, cwd = ROOT): EvaluationJson {
    const result = runCli(['evaluate', '--json', plan], { cwd });
    expect(result.status, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as EvaluationJson;
}

function exportWorkbookFile(plan: string, folder: string, lang = 'en'): string {
    const out = join(folder, 'plan.xlsx');
    const result = runCli(['export', plan, '--format', 'xlsx', '--lang', lang, '-o', out], { cwd: ROOT });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    return out;
}

const t = exportStrings('en');

/** The plan's criteria in order, as every option lists them. */
function criterionIds(json: EvaluationJson): string[] {
    return Object.keys(json.options[0]?.criteria ?? {});
}

function expectMoney(actual: CellResult, expected: string | null, what: string): void {
    expect(typeof actual, what).toBe('number');
    expect(Math.abs((actual as number) - Number(expected)), `${what}: ${actual} vs ${expected}`).toBeLessThan(0.01);
}

/** A percentage (the sheet holds a fraction) or a month count to 0.01; null must show as the given text. */
function expectFigure(actual: CellResult, expected: number | null, scale: number, whenNull: string, what: string): void {
    if (expected === null) {
        expect(actual, what).toBe(whenNull);
        return;
    }
    expect(typeof actual, `${what}: ${actual}`).toBe('number');
    expect(Math.abs((actual as number) * scale - expected), `${what}: ${actual} vs ${expected}`).toBeLessThan(0.01);
}

function expectAgreement(summary: SummaryFigures, json: EvaluationJson, plan: string, strings = t): void {
    expect([...summary.options.keys()], plan).toEqual(json.options.map(o => o.id));
    for (const option of json.options) {
        const figures = summary.options.get(option.id)!;
        const what = (figure: string): string => `${plan} ${option.id} ${figure}`;
        expectMoney(figures.get('tco')!, option.tco, what('TCO'));
        expectMoney(figures.get('totalBenefit')!, option.totalBenefit, what('total benefit'));
        expectMoney(figures.get('npv')!, option.npv, what('NPV'));
        expectFigure(figures.get('roi')!, option.roiPercent, 100, strings.summary.notApplicable, what('ROI'));
        expectFigure(figures.get('pvRoi')!, option.pvRoiPercent, 100, strings.summary.notApplicable, what('PV-ROI'));
        expectFigure(figures.get('irr')!, option.irrAnnualPercent, 100, strings.summary.notApplicable, what('IRR'));
        expectFigure(figures.get('payback')!, option.paybackMonths, 1, strings.summary.never, what('payback'));
        expectFigure(figures.get('matrixScore')!, option.matrixScore, 1, '', what('matrix score'));
        criterionIds(json).forEach((criterion, i) => {
            expectFigure(summary.criteria.get(option.id)![i], option.criteria[criterion], 1, '', what(`score ${criterion}`));
        });
    }
    for (const requirement of json.requirements) {
        expectFigure(summary.requirementValues.get(requirement.id) ?? null, requirement.value, 1, '', `${plan} value of ${requirement.id}`);
    }
}

const missing = libreOfficeMissing();

describe.skipIf(SKIP_LIBREOFFICE)('the workbook recalculated by LibreOffice Calc', () => {
    it('has LibreOffice to recalculate with', () => {
        expect(missing, missing).toBeUndefined();
    });

    // Every plan (a file with a plan header; catalogues have no figures of their own), and one with hostile titles.
    const hostile = join(mkdtempSync(join(tmpdir(), 'crmplan-export-hostile-')), 'hostile.crmplan');
    writeFileSync(hostile, HOSTILE_PLAN);
    const plans = [...planFiles(join(ROOT, 'examples')), FIXTURE, hostile]
        .filter(p => /^plan\s+"/m.test(readFileSync(p, 'utf8')))
        .map(p => relative(ROOT, p));

    it('finds the examples and the reference plan', () => {
        expect(plans.length).toBeGreaterThanOrEqual(6);
    });

    it.skipIf(missing !== undefined).each(plans)('agrees with evaluate --json on %s', async plan => {
        const json = evaluateJson(plan);
        expect(json.options.length, plan).toBeGreaterThan(0);
        const folder = mkdtempSync(join(tmpdir(), 'crmplan-export-'));
        const exported = exportWorkbookFile(plan, folder);
        // No cached result: every figure read below was computed by the spreadsheet.
        const original = await loadWorkbook(exported);
        expect(cachedResults(original)).toEqual([]);
        const recalculated = await loadWorkbook(recalculate(exported));
        expect(cachedResults(recalculated).length).toBeGreaterThan(0);
        expectAgreement(readSummary(recalculated, criterionIds(json).length), json, plan);
    }, 180_000);

    it.skipIf(missing !== undefined)('computes the same figures in the Chinese workbook (--lang zh-CN)', async () => {
        const plan = relative(ROOT, join(ROOT, 'examples', 'retail-customer-management', 'plan.crmplan'));
        const json = evaluateJson(plan);
        const exported = exportWorkbookFile(plan, mkdtempSync(join(tmpdir(), 'crmplan-export-zh-')), 'zh-CN');
        const recalculated = await loadWorkbook(recalculate(exported));
        expectAgreement(readSummary(recalculated, criterionIds(json).length, 'zh-CN'), json, `${plan} (zh-CN)`, exportStrings('zh-CN'));
    }, 180_000);

    it.skipIf(missing !== undefined)('moves TCO and NPV as the plan would when a licence price is edited in the Inputs', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'crmplan-export-edit-'));
        const exported = exportWorkbookFile(FIXTURE, folder);
        const workbook = await loadWorkbook(exported);
        const inputs = workbook.getWorksheet(t.sheets.inputs)!;
        const priceRows: number[] = [];
        inputs.eachRow((row, number) => {
            if (row.getCell(2).value === t.inputs.price('month') && row.getCell(4).value === 119) {
                priceRows.push(number);
            }
        });
        expect(priceRows).toHaveLength(1);
        inputs.getCell(priceRows[0], 4).value = 131;
        const edited = join(folder, 'edited.xlsx');
        await workbook.xlsx.writeFile(edited);

        // The same edit in the plan, evaluated: the figures the workbook must now show.
        const editedPlan = join(folder, 'edited.crmplan');
        const text = readFileSync(FIXTURE, 'utf8');
        expect(text).toContain('licence 119 CNY');
        writeFileSync(editedPlan, text.replace('licence 119 CNY', 'licence 131 CNY'));
        const before = evaluateJson(FIXTURE);
        const after = evaluateJson(editedPlan);
        const moved = after.options.filter((o, i) => o.tco !== before.options[i].tco);
        expect(moved.length).toBeGreaterThan(0);

        const summary = readSummary(await loadWorkbook(recalculate(edited)), criterionIds(after).length);
        expectAgreement(summary, after, 'edited');
        for (const option of moved) {
            const delta = Number(option.tco) - Number(before.options.find(o => o.id === option.id)!.tco);
            const tcoBefore = Number(before.options.find(o => o.id === option.id)!.tco);
            expect(Math.abs((summary.options.get(option.id)!.get('tco') as number) - tcoBefore - delta)).toBeLessThan(0.01);
        }
    }, 180_000);
});
