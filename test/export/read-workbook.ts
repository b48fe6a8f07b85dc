/** Reads back the figures of an exported workbook, as a spreadsheet computed them. */
import ExcelJS from 'exceljs';
import { exportStrings, SUMMARY_ROWS } from '../../language-server/export/index.js';
import type { Locale } from '../../language-server/i18n/locale.js';

export type CellResult = number | string | null;

export interface SummaryFigures {
    /** Option id → figure name (a `SUMMARY_ROWS` entry) → the computed value. */
    readonly options: ReadonlyMap<string, ReadonlyMap<string, CellResult>>;
    /** Option id → criterion scores, top to bottom. */
    readonly criteria: ReadonlyMap<string, readonly CellResult[]>;
    /** Requirement id → its computed value. */
    readonly requirementValues: ReadonlyMap<string, CellResult>;
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return workbook;
}

/** A cell's computed value: a formula's result, or the value itself (rich text as its plain text: Calc writes mixed scripts so). */
export function resultOf(value: ExcelJS.CellValue): CellResult {
    if (value !== null && typeof value === 'object' && 'formula' in value) {
        const result = value.result;
        return typeof result === 'number' || typeof result === 'string' ? result : null;
    }
    if (value !== null && typeof value === 'object' && 'richText' in value) {
        return value.richText.map(run => run.text).join('');
    }
    return typeof value === 'number' || typeof value === 'string' ? value : null;
}

/** Every formula cell that carries a cached result, as `Sheet!A1`. */
export function cachedResults(workbook: ExcelJS.Workbook): string[] {
    const cached: string[] = [];
    workbook.eachSheet(sheet => sheet.eachRow(row => row.eachCell(cell => {
        const value = cell.value;
        if (value !== null && typeof value === 'object' && 'formula' in value && value.result !== undefined) {
            cached.push(`${sheet.name}!${cell.address}`);
        }
    })));
    return cached;
}

export function readSummary(workbook: ExcelJS.Workbook, criteriaCount: number, locale: Locale = 'en'): SummaryFigures {
    const sheet = workbook.getWorksheet(exportStrings(locale).sheets.summary)!;
    const header = sheet.getRow(1);
    const options = new Map<string, Map<string, CellResult>>();
    const criteria = new Map<string, CellResult[]>();
    for (let column = 2; typeof resultOf(header.getCell(column).value) === 'string'; column++) {
        const id = resultOf(header.getCell(column).value) as string;
        options.set(id, new Map(SUMMARY_ROWS.map((name, i) => [name, resultOf(sheet.getCell(i + 1, column).value)])));
        criteria.set(id, Array.from({ length: criteriaCount }, (_, i) => resultOf(sheet.getCell(SUMMARY_ROWS.length + 1 + i, column).value)));
    }
    const requirementValues = new Map<string, CellResult>();
    for (let row = SUMMARY_ROWS.length + criteriaCount + 3; typeof resultOf(sheet.getCell(row, 1).value) === 'string'; row++) {
        requirementValues.set(resultOf(sheet.getCell(row, 1).value) as string, resultOf(sheet.getCell(row, 3).value));
    }
    return { options, criteria, requirementValues };
}
