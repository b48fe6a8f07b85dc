/**
 * A1 references and the number formats the workbook uses. Formulas refer to
 * other sheets by quoted name, so Chinese and dotted names need no care.
 */

/** `A`, `B`, ..., `Z`, `AA`, ... for 1-based column numbers. */
export function columnLetter(column: number): string {
    let letters = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
        letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    }
    return letters;
}

/** `'Sheet'!$C$7`: an absolute reference another sheet's formula can use. */
export function absoluteRef(sheet: string, column: number, row: number): string {
    return `${quoteSheet(sheet)}!$${columnLetter(column)}$${row}`;
}

/** `'Sheet'!$C$2:$C$37`. */
export function columnRange(sheet: string, column: number, firstRow: number, lastRow: number): string {
    const letter = columnLetter(column);
    return `${quoteSheet(sheet)}!$${letter}$${firstRow}:$${letter}$${lastRow}`;
}

function quoteSheet(sheet: string): string {
    return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A sheet name spreadsheets accept: at most 31 characters, none of `[]:*?/\`,
 * and not one already taken (a counter is appended to a repeat).
 */
export function sheetName(wanted: string, taken: Set<string>): string {
    const clean = wanted.replace(/[[\]:*?/\\]/g, '_').replace(/^'|'$/g, '_');
    let name = clean.slice(0, 31);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
        const suffix = ` ${n}`;
        name = clean.slice(0, 31 - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
}

/** Money in the plan's currency, to the cent, with the code after the figure. */
export function moneyFormat(currency: string): string {
    return `#,##0.00 "${currency.replace(/"/g, '')}";-#,##0.00 "${currency.replace(/"/g, '')}"`;
}

export const PERCENT_FORMAT = '0.00%';
export const MONTHS_FORMAT = '0.00';
export const FACTOR_FORMAT = '0.000000';
export const NUMBER_FORMAT = '#,##0.####';
