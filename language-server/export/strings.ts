/** The words of the workbook and the CSV, from the glossary. */
import type { ExportTerms } from '../i18n/export-terms.js';
import { glossary } from '../i18n/glossary.js';
import type { Locale } from '../i18n/locale.js';

export type ExportStrings = ExportTerms;

export function exportStrings(locale: Locale): ExportStrings {
    return glossary(locale).export;
}
