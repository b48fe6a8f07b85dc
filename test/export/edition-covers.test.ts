/**
 * The workbook prices an option's benefits and coverage score with the option's
 * own shares: an edition's `covers` stand in the Inputs sheet as rows of their
 * own, and that edition's formulas read them instead of the vendor's.
 * (Recalculating needs LibreOffice, see workbook-recalc.test.ts: here the
 * formulas are followed to the input cells they read.)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { loadWorkbook } from './read-workbook.js';

// Zoho's Enterprise edition covers Segments 90% itself; the vendor covers it 50% (the hand-computed figures are in test/evaluation/scenario-overrides.test.ts).
const PLAN = readFileSync(join(__dirname, '../fixtures/edition-coverage.crmplan'), 'utf8');

/** The Inputs rows a formula reads, as `label: value` (the value column is D). */
function inputsRead(formula: string, inputs: ExcelJS.Worksheet): string[] {
    return [...formula.matchAll(/'Inputs'!\$D\$(\d+)/g)].map(m => {
        const row = inputs.getRow(Number(m[1]));
        return `${String(row.getCell(3).value)} ${String(row.getCell(2).value)}: ${String(row.getCell(4).value)}`;
    });
}

function formulaOf(cell: ExcelJS.Cell): string {
    const value = cell.value;
    expect(value !== null && typeof value === 'object' && 'formula' in value, `a formula in ${cell.address}`).toBe(true);
    return (value as ExcelJS.CellFormulaValue).formula;
}

describe('the workbook with an edition\'s own covers', () => {
    it('reads the edition\'s share for its option and the vendor\'s for the others', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'crmplan-export-editions-'));
        writeFileSync(join(folder, 'plan.crmplan'), PLAN);
        const result = runCli(['export', 'plan.crmplan', '--format', 'xlsx', '-o', 'plan.xlsx'], { cwd: folder });
        expect(result.status, result.stderr).toBe(0);
        const workbook = await loadWorkbook(join(folder, 'plan.xlsx'));
        const inputs = workbook.getWorksheet('Inputs')!;

        const benefitCell = (option: string): ExcelJS.Cell => {
            const sheet = workbook.getWorksheet(`Timeline ${option}`)!;
            const header = sheet.getRow(1).values as unknown[];
            return sheet.getRow(2).getCell(header.indexOf('MoreDeals'));
        };
        expect(inputsRead(formulaOf(benefitCell('Zoho.Professional')), inputs)).toEqual([
            'plan amount: 1000', 'vendor Zoho covers Pipeline: 80', 'vendor Zoho covers Segments: 50'
        ]);
        expect(inputsRead(formulaOf(benefitCell('Zoho.Enterprise')), inputs)).toEqual([
            'plan amount: 1000', 'vendor Zoho covers Pipeline: 80', 'vendor Zoho.Enterprise covers Segments: 90'
        ]);

        const summary = workbook.getWorksheet('Summary')!;
        const fitRow = summary.getColumn(1).values.findIndex(v => typeof v === 'string' && v.endsWith(': Fit'));
        expect(fitRow).toBeGreaterThan(0);
        const shares = (column: number) => inputsRead(formulaOf(summary.getRow(fitRow).getCell(column)), inputs).filter(r => r.includes('covers'));
        expect(shares(2)).toEqual(['vendor Zoho covers Pipeline: 80', 'vendor Zoho covers Segments: 50']);
        expect(shares(3)).toEqual(['vendor Zoho covers Pipeline: 80', 'vendor Zoho.Enterprise covers Segments: 90']);
        // With the values 8 and 2 (one goal of weight 100%) these read 10 × (8 × 80 + 2 × 50) / 100 / 10 = 7.4
        // and 10 × (8 × 80 + 2 × 90) / 100 / 10 = 8.2, as the evaluation scores them (test/evaluation/scenario-overrides.test.ts).
    });
});
