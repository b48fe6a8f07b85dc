/**
 * The finance workbook: Inputs, a Timeline per option and a Summary, whose
 * formulas recompute every figure of the evaluation from the Inputs, so a
 * finance team can check the case in its own spreadsheet and change an input.
 *
 * Formulas are written without cached results: the spreadsheet computes
 * every figure itself when it opens the file.
 */
import type { Evaluation } from '../evaluation/evaluation-types.js';
import type { Locale } from '../i18n/locale.js';
import type { Plan } from '../model/plan.js';
import { sheetName } from './cells.js';
import { ExcelJS, JSZip } from './spreadsheet-library.js';
import { writeInputsSheet } from './inputs-sheet.js';
import { exportStrings } from './strings.js';
import { writeSummarySheet } from './summary-sheet.js';
import { writeTimelineSheet } from './timeline-sheet.js';

/** The workbook as `.xlsx` bytes. */
export async function exportWorkbook(plan: Plan, evaluation: Evaluation, locale: Locale): Promise<Uint8Array> {
    const strings = exportStrings(locale);
    const workbook = new ExcelJS.Workbook();
    workbook.title = evaluation.plan.title;
    workbook.creator = 'crmplan';
    // A fixed date keeps the file the same for the same plan (no timestamp unless asked).
    workbook.created = new Date(Date.UTC(2000, 0, 1));
    workbook.modified = workbook.created;
    // Ask the spreadsheet to compute every formula when it opens the file.
    workbook.calcProperties.fullCalcOnLoad = true;

    const taken = new Set<string>();
    const summary = workbook.addWorksheet(sheetName(strings.sheets.summary, taken));
    const inputsSheet = workbook.addWorksheet(sheetName(strings.sheets.inputs, taken));
    const inputs = writeInputsSheet(inputsSheet, plan, evaluation, strings);
    const timelines = evaluation.options.map(option => {
        const sheet = workbook.addWorksheet(sheetName(strings.sheets.timeline(option.id), taken));
        return writeTimelineSheet(sheet, option, plan, evaluation, inputs, strings);
    });
    writeSummarySheet(summary, plan, evaluation, timelines, inputs, strings);
    return new Uint8Array(await withFixedZipDates(() => workbook.xlsx.writeBuffer()));
}

/**
 * Runs `write` with every zip entry dated 2000-01-01 (JSZip stores UTC
 * fields) instead of now, so the same plan gives the same bytes. exceljs
 * zips through JSZip without a way to pass a date, so JSZip's default is set
 * for the write and restored after.
 */
async function withFixedZipDates<T>(write: () => Promise<T>): Promise<T> {
    const before = JSZip.defaults.date;
    JSZip.defaults.date = new Date(Date.UTC(2000, 0, 1));
    try {
        return await write();
    } finally {
        JSZip.defaults.date = before;
    }
}
