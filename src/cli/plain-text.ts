import stringWidth from 'string-width';
import { textTable } from './text-table.js';

/**
 * The diff comment for a terminal (`crmplan diff --format text`): the same
 * content as the Markdown comment, read without Markdown. It converts only
 * what the comment's renderer writes (report/markdown.ts): backslash escapes
 * and the entities `&amp;`, `&lt;`, `&gt;` become the characters they stand
 * for, `**bold**`, `~~struck~~` and whole-line `_emphasis_` lose their marks,
 * headings are underlined, GFM tables become aligned columns (numbers to the
 * right, as their `---:` rule says), and HTML comments and `<details>`
 * folds are dropped.
 */
export function markdownToText(markdown: string): string {
    const out: string[] = [];
    const lines = markdown.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^<!--.*-->$/.test(line) || /^<\/?(details|summary)>/.test(line)) {
            continue;
        }
        if (line.startsWith('|')) {
            const rows: string[][] = [];
            let right = new Set<number>();
            for (; i < lines.length && lines[i].startsWith('|'); i++) {
                const cells = tableCells(lines[i]);
                if (rows.length === 1 && cells.every(cell => /^-+:?$/.test(cell))) {
                    right = new Set(cells.flatMap((cell, c) => (cell.endsWith(':') ? [c] : [])));
                    continue;
                }
                rows.push(cells.map(inline));
            }
            i--;
            out.push(textTable(rows, right));
            continue;
        }
        const heading = /^(#{1,6}) (.*)$/.exec(line);
        if (heading) {
            const title = inline(heading[2]);
            out.push(title, (heading[1].length <= 2 ? '=' : '-').repeat(stringWidth(title)));
            continue;
        }
        const emphasised = /^_(.*)_$/.exec(line);
        out.push(inline(emphasised ? emphasised[1] : line));
    }
    return out.join('\n').replace(/^\n+/, '');
}

/** The cells of a table row, split at the pipes that are not escaped. */
function tableCells(row: string): string[] {
    const cells: string[] = [];
    let cell = '';
    for (let i = 1; i < row.length; i++) {
        const ch = row[i];
        if (ch === '\\' && i + 1 < row.length) {
            cell += ch + row[i + 1];
            i++;
        } else if (ch === '|') {
            cells.push(cell.trim());
            cell = '';
        } else {
            cell += ch;
        }
    }
    return cells;
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/** One line or cell without its Markdown: escapes resolved, entities decoded, bold and strikethrough marks dropped. */
function inline(markdown: string): string {
    let result = '';
    for (let i = 0; i < markdown.length; i++) {
        const ch = markdown[i];
        if (ch === '\\' && i + 1 < markdown.length && /[!-/:-@[-`{-~]/.test(markdown[i + 1])) {
            result += markdown[i + 1];
            i++;
            continue;
        }
        if ((ch === '*' || ch === '~') && markdown[i + 1] === ch) {
            i++;
            continue;
        }
        const entity = ch === '&' ? /^&(amp|lt|gt);/.exec(markdown.slice(i)) : null;
        if (entity) {
            result += ENTITIES[entity[0]];
            i += entity[0].length - 1;
            continue;
        }
        result += ch;
    }
    return result;
}
