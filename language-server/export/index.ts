/**
 * Exports for finance: the workbook with live formulas and the monthly
 * timeline as CSV. Both only lay out what the evaluation computed; no import
 * from the LSP layer.
 */
export { exportWorkbook } from './workbook.js';
export { exportTimelineCsv } from './csv.js';
export { exportStrings, type ExportStrings } from './strings.js';
export { SUMMARY_ROWS } from './summary-sheet.js';
