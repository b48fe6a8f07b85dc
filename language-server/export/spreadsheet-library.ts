/**
 * exceljs and the JSZip it zips with, from one module. The CLI bundle loads
 * them from a bundle of their own (`out/spreadsheet-library.cjs`, see
 * esbuild.mjs) only when `crmplan export` runs, so `check`, `report` and the
 * rest do not read two megabytes of spreadsheet code they never use. One
 * module for both keeps them one JSZip: the workbook writer sets the zip
 * entries' date on the JSZip that exceljs uses.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export { ExcelJS, JSZip };
