import stringWidth from 'string-width';

/**
 * Lays out rows as aligned columns for the terminal. Widths are measured in
 * terminal columns, so Chinese names (two columns per character) line up.
 * Columns listed in `right` are right-aligned (numbers).
 */
export function textTable(rows: readonly (readonly string[])[], right: ReadonlySet<number> = new Set()): string {
    const widths: number[] = [];
    for (const row of rows) {
        row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell)); });
    }
    return rows.map(row => row.map((cell, i) => {
        const pad = ' '.repeat(widths[i] - stringWidth(cell));
        return right.has(i) ? pad + cell : (i === row.length - 1 ? cell : cell + pad);
    }).join('  ').trimEnd()).join('\n');
}
