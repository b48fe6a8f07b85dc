/**
 * Markdown checks for tests: markdownlint with its default rules (line length
 * aside: tables are long), plus a rule of ours that fails on anything plan
 * text must never become: HTML, links, images, automatic links, footnotes or
 * math. Also reads the cells of every GFM table back as the text a reader
 * sees, from the same micromark tokens markdownlint parses.
 */
import type { MicromarkToken, Rule } from 'markdownlint';
import { lint } from 'markdownlint/sync';

const UNSAFE_TOKENS = new Set([
    'htmlFlow', 'htmlText', 'autolink', 'link', 'image', 'definition',
    'literalAutolink', 'literalAutolinkEmail', 'literalAutolinkHttp', 'literalAutolinkWww',
    'gfmFootnoteCall', 'gfmFootnoteDefinition', 'mathFlow', 'mathText'
]);

/** Token types as plain strings: micromark's typings know only CommonMark's, not GFM's table tokens. */
function typeOf(token: MicromarkToken): string {
    return token.type;
}

function walk(tokens: readonly MicromarkToken[], visit: (token: MicromarkToken) => void): void {
    for (const token of tokens) {
        visit(token);
        walk(token.children, visit);
    }
}

const safeInline: Rule = {
    names: ['crmplan-safe-inline'],
    description: 'No HTML, links, images, automatic links, footnotes or math',
    tags: ['crmplan'],
    parser: 'micromark',
    function: (params, onError) => {
        walk(params.parsers.micromark.tokens, token => {
            if (UNSAFE_TOKENS.has(typeOf(token))) {
                onError({ lineNumber: token.startLine, detail: `${token.type}: ${token.text.slice(0, 60)}` });
            }
        });
    }
};

/** markdownlint's findings, one `line rule detail` string each; empty when clean. */
export function lintMarkdown(markdown: string): string[] {
    const results = lint({
        strings: { report: markdown },
        config: { default: true, MD013: false },
        customRules: [safeInline]
    });
    return results.report.map(e => `${e.lineNumber} ${e.ruleNames.join('/')} ${e.errorDetail ?? ''} ${e.errorContext ?? ''}`.trim());
}

export interface TableCell {
    /** The text a reader sees: escapes and character references resolved. */
    readonly text: string;
    /** Every token type inside the cell. */
    readonly tokenTypes: ReadonlySet<string>;
}

/** Every GFM table of the document: rows (header first) of cells. */
export function tables(markdown: string): TableCell[][][] {
    const found: TableCell[][][] = [];
    const collect: Rule = {
        names: ['collect-tables'],
        description: 'collects tables',
        tags: ['test'],
        parser: 'micromark',
        function: params => {
            walk(params.parsers.micromark.tokens, token => {
                if (typeOf(token) !== 'table') {
                    return;
                }
                const rows: TableCell[][] = [];
                walk(token.children, row => {
                    if (typeOf(row) === 'tableRow') {
                        rows.push(row.children
                            .filter(cell => typeOf(cell) === 'tableHeader' || typeOf(cell) === 'tableData')
                            .map(cell => ({ text: visibleText(cell).trim(), tokenTypes: tokenTypes(cell) })));
                    }
                });
                found.push(rows);
            });
        }
    };
    lint({ strings: { report: markdown }, config: { default: false, 'collect-tables': true }, customRules: [collect] });
    return found;
}

function tokenTypes(token: MicromarkToken): Set<string> {
    const types = new Set<string>();
    walk(token.children, t => types.add(t.type));
    return types;
}

/** Leaf text of a token, with `\x` escapes and `&lt;`-style references resolved, cell dividers dropped. */
function visibleText(token: MicromarkToken): string {
    if (typeOf(token) === 'tableCellDivider') {
        return '';
    }
    if (token.type === 'characterEscape') {
        return token.text.slice(1);
    }
    if (token.type === 'characterReference') {
        return decodeReference(token.text);
    }
    if (token.children.length === 0) {
        return token.text;
    }
    return token.children.map(visibleText).join('');
}

function decodeReference(reference: string): string {
    const named: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
    if (named[reference]) {
        return named[reference];
    }
    const numeric = /^&#(x?)([0-9a-f]+);$/i.exec(reference);
    if (numeric) {
        return String.fromCodePoint(parseInt(numeric[2], numeric[1] ? 16 : 10));
    }
    throw new Error(`unexpected character reference ${reference}`);
}

/** The bodies of the fenced code blocks with the given info string. */
export function fencedBlocks(markdown: string, info: string): string[] {
    const blocks: string[] = [];
    const lines = markdown.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (lines[i] === '```' + info) {
            const end = lines.indexOf('```', i + 1);
            if (end < 0) {
                throw new Error(`unclosed \`\`\`${info} fence at line ${i + 1}`);
            }
            blocks.push(lines.slice(i + 1, end).join('\n'));
            i = end;
        }
    }
    return blocks;
}
