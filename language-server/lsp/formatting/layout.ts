/**
 * The canonical layout of a `.crmplan` file, computed from its tokens.
 *
 * The formatter never touches a token: it only rewrites the whitespace
 * between two tokens (comments count as tokens), so the token sequence,
 * comments included, is unchanged by construction. This module decides what
 * each gap becomes; it knows nothing about Langium, so it can be tested and
 * reasoned about on its own.
 *
 * Layout rules (the canonical layout of docs/language.md):
 * - Four spaces of indentation per enclosing block; one statement per line.
 * - One space between tokens; none before `,`, `%`, `)` and `.`, none after
 *   `(`, `.` and a minus sign: `30000 (20000 to 36000) per month`,
 *   `choose Yunke.Standard`, `-5`.
 * - A block written on one line (`{` and `}` on the same line) with at most
 *   one statement, and only such blocks inside it, stays on one line, as
 *   `{ users 40 }`; an empty one as `{}`.
 *   Any other block is written over several lines, `}` on its own line.
 * - Top-level declarations are separated by one blank line. Consecutive
 *   one-line declarations of the same kind (goals, rates, criteria, imports,
 *   one-line departments...) may stand without blank lines between them, as
 *   written. Elsewhere a blank line is kept (never more than one) and never
 *   added; blank lines directly after `{` or before `}` are removed.
 * - Comments stay where they stand: a comment on its own line stays on its
 *   own line (indented like the statements around it); a `//` comment at the
 *   end of a line stays there, two spaces after the code; a `/* *\/` comment
 *   inside a line stays inside it, one space either side. The text of a
 *   block comment is never changed, so the inner lines of a multi-line one
 *   keep their own indentation.
 * - A statement broken over several lines is joined onto one line, except
 *   after a `//` comment, which ends its line: the statement then continues
 *   on the next line, indented by four more spaces.
 * - No whitespace before the first token; the file ends with one line break.
 *   Line breaks are the file's own (`\r\n` if its first line break between
 *   tokens is one).
 */

export type TokenKind = 'token' | 'line-comment' | 'block-comment';

export interface LayoutToken {
    /** Offset of the first character. */
    readonly offset: number;
    /** Offset after the last character. */
    readonly end: number;
    readonly image: string;
    readonly kind: TokenKind;
}

/** A top-level declaration: offsets of its first and last (non-comment) tokens and its kind. */
export interface LayoutDeclaration {
    readonly start: number;
    readonly last: number;
    readonly kind: string;
}

export interface LayoutStructure {
    /** Offsets of the first token of every top-level declaration. */
    readonly declarations: readonly LayoutDeclaration[];
    /** Offsets of the first token of every statement inside a block. */
    readonly statementStarts: ReadonlySet<number>;
}

/** The new text of the whitespace between two tokens (or before the first, or after the last). */
export interface Gap {
    /** Offset where the whitespace starts. */
    readonly start: number;
    /** Offset where the whitespace ends. */
    readonly end: number;
    readonly text: string;
}

export const INDENT = '    ';
/** Spaces between code and a `//` comment at the end of its line. */
export const TRAILING_COMMENT_SPACING = '  ';

type Separator =
    | { readonly type: 'none' | 'space' | 'trailing' }
    | { type: 'break'; blank: number; level: number };

const NO_SPACE_BEFORE = new Set([',', '%', ')', '.']);
const NO_SPACE_AFTER = new Set(['(', '.', '-']);

/** Number of line breaks in `text` (`\r\n`, `\n` or `\r`). */
export function lineBreaks(text: string): number {
    return text.match(/\r\n|\n|\r/g)?.length ?? 0;
}

/** The line break a text uses: that of its first line break, `\n` when it has none. */
export function lineBreakOf(text: string): string {
    const first = /\r\n|\n|\r/.exec(text);
    return first ? first[0] : '\n';
}

/**
 * The whitespace that every gap of `text` must hold in the canonical layout,
 * or undefined when the tokens and the structure do not fit together (the
 * caller then leaves the text alone).
 */
export function layout(text: string, tokens: readonly LayoutToken[], structure: LayoutStructure): Gap[] | undefined {
    const n = tokens.length;
    if (n === 0) {
        return [];
    }
    const indexAt = new Map<number, number>();
    tokens.forEach((token, i) => indexAt.set(token.offset, i));
    const isCode = (i: number) => tokens[i].kind === 'token';

    // Every gap must be whitespace only: anything else means the tokens do not cover the text.
    const gapText = (i: number) => text.slice(i === 0 ? 0 : tokens[i - 1].end, i === n ? text.length : tokens[i].offset);
    for (let i = 0; i <= n; i++) {
        if (!/^\s*$/.test(gapText(i))) {
            return undefined;
        }
    }
    // The file's line break, from the whitespace between tokens (which formatting rewrites), not from inside
    // a block comment (which it keeps): else a comment's `\n` in a `\r` file would change the choice next time.
    let eol: string | undefined;
    for (let i = 0; i <= n && eol === undefined; i++) {
        eol = /\r\n|\n|\r/.exec(gapText(i))?.[0];
    }
    eol ??= lineBreakOf(text);

    // Blocks: matching braces, the block around each token, one-line blocks.
    const match = new Array<number>(n).fill(-1);
    const enclosing = new Array<number>(n).fill(-1);
    const level = new Array<number>(n).fill(0);
    const stack: number[] = [];
    for (let i = 0; i < n; i++) {
        const image = isCode(i) ? tokens[i].image : '';
        if (image === '}') {
            const open = stack.pop();
            if (open === undefined) {
                return undefined;
            }
            match[open] = i;
            match[i] = open;
        }
        enclosing[i] = stack.length > 0 ? stack[stack.length - 1] : -1;
        level[i] = stack.length;
        if (image === '{') {
            stack.push(i);
        }
    }
    if (stack.length > 0) {
        return undefined;
    }

    const statementStart = new Array<boolean>(n).fill(false);
    for (const offset of structure.statementStarts) {
        const i = indexAt.get(offset);
        if (i === undefined || !isCode(i)) {
            return undefined;
        }
        statementStart[i] = true;
    }
    const declarationStart = new Array<boolean>(n).fill(false);
    const declarations: { first: number; last: number; kind: string }[] = [];
    for (const declaration of structure.declarations) {
        const first = indexAt.get(declaration.start);
        const last = indexAt.get(declaration.last);
        if (first === undefined || last === undefined || last < first) {
            return undefined;
        }
        declarationStart[first] = true;
        declarations.push({ first, last, kind: declaration.kind });
    }
    declarations.sort((a, b) => a.first - b.first);

    const statementsIn = new Map<number, number>();
    for (let i = 0; i < n; i++) {
        if (statementStart[i] && enclosing[i] >= 0) {
            statementsIn.set(enclosing[i], (statementsIn.get(enclosing[i]) ?? 0) + 1);
        }
    }
    // A block stays on one line when written on one line, with at most one statement, and every block inside it does.
    // Inner blocks close first, so each block knows about its inner ones when it closes.
    const oneLine = new Array<boolean>(n).fill(false);
    for (let i = 0; i < n; i++) {
        if (isCode(i) && tokens[i].image === '}') {
            const open = match[i];
            const written = lineBreaks(text.slice(tokens[open].offset, tokens[i].end)) === 0;
            let innerOneLine = true;
            for (let j = open + 1; j < i && innerOneLine; j++) {
                innerOneLine = !(isCode(j) && tokens[j].image === '{' && !oneLine[j]);
            }
            oneLine[open] = oneLine[i] = written && innerOneLine && (statementsIn.get(open) ?? 0) <= 1;
        }
    }
    const isOpenOfMultiLine = (i: number) => isCode(i) && tokens[i].image === '{' && !oneLine[i];
    const isCloseOfMultiLine = (i: number) => isCode(i) && tokens[i].image === '}' && !oneLine[i];

    /** Whether code token `i` must begin a line whatever the source says. */
    const startsLine = (i: number): boolean =>
        declarationStart[i]
        || (statementStart[i] && (enclosing[i] < 0 || !oneLine[enclosing[i]]))
        || isCloseOfMultiLine(i);

    /** Whether a comment on its own line belongs between statements (else it sits inside one). */
    const commentBetweenStatements = (i: number): boolean => {
        let previous = i - 1;
        while (previous >= 0 && !isCode(previous)) {
            previous--;
        }
        if (previous < 0 || isOpenOfMultiLine(previous)) {
            return true;
        }
        let next = i + 1;
        while (next < n && !isCode(next)) {
            next++;
        }
        return next === n || startsLine(next);
    };

    const sourceBreaks = (i: number) => lineBreaks(gapText(i));
    const separators: Separator[] = new Array(n + 1);
    for (let i = 1; i < n; i++) {
        const a = tokens[i - 1];
        const b = tokens[i];
        const breaks = sourceBreaks(i);
        let lineStart: 'statement' | 'continuation' | undefined;
        if (b.kind !== 'token') {
            if (breaks > 0) {
                lineStart = commentBetweenStatements(i) ? 'statement' : 'continuation';
            } else {
                separators[i] = { type: b.kind === 'line-comment' ? 'trailing' : 'space' };
                continue;
            }
        } else if (startsLine(i) || isOpenOfMultiLine(i - 1)) {
            lineStart = 'statement';
        } else if (a.kind === 'line-comment') {
            lineStart = 'continuation';
        }
        if (lineStart) {
            const afterOpen = isOpenOfMultiLine(i - 1);
            const beforeClose = isCode(i) && b.image === '}';
            const blank = lineStart === 'continuation' || afterOpen || beforeClose ? 0 : Math.min(Math.max(breaks - 1, 0), 1);
            separators[i] = { type: 'break', blank, level: level[i] + (lineStart === 'continuation' ? 1 : 0) };
            continue;
        }
        if (b.kind === 'token' && NO_SPACE_BEFORE.has(b.image)) {
            separators[i] = { type: 'none' };
        } else if (a.kind === 'token' && NO_SPACE_AFTER.has(a.image)) {
            separators[i] = { type: 'none' };
        } else if (a.kind === 'token' && a.image === '{' && b.kind === 'token' && b.image === '}') {
            separators[i] = { type: 'none' };
        } else {
            separators[i] = { type: 'space' };
        }
    }

    // One blank line between top-level declarations, unless both are one-line declarations of the same kind.
    const isOneLine = (d: { first: number; last: number }) => {
        for (let i = d.first + 1; i <= d.last; i++) {
            if (separators[i].type === 'break') {
                return false;
            }
        }
        return true;
    };
    for (let k = 1; k < declarations.length; k++) {
        const previous = declarations[k - 1];
        const next = declarations[k];
        if (previous.kind === next.kind && isOneLine(previous) && isOneLine(next)) {
            continue;
        }
        let firstBreak: (Separator & { type: 'break' }) | undefined;
        let hasBlank = false;
        for (let i = previous.last + 1; i <= next.first; i++) {
            const separator = separators[i];
            if (separator.type === 'break') {
                firstBreak ??= separator;
                hasBlank ||= separator.blank > 0;
            }
        }
        if (firstBreak && !hasBlank) {
            firstBreak.blank = 1;
        }
    }

    const gaps: Gap[] = [];
    gaps.push({ start: 0, end: tokens[0].offset, text: '' });
    for (let i = 1; i < n; i++) {
        const separator = separators[i];
        let textOf: string;
        switch (separator.type) {
            case 'none': textOf = ''; break;
            case 'space': textOf = ' '; break;
            case 'trailing': textOf = TRAILING_COMMENT_SPACING; break;
            default: textOf = eol.repeat(1 + separator.blank) + INDENT.repeat(separator.level);
        }
        gaps.push({ start: tokens[i - 1].end, end: tokens[i].offset, text: textOf });
    }
    gaps.push({ start: tokens[n - 1].end, end: text.length, text: eol });
    return gaps;
}

/** Applies gaps to a text. */
export function applyGaps(text: string, gaps: readonly Gap[]): string {
    let result = '';
    let at = 0;
    for (const gap of gaps) {
        result += text.slice(at, gap.start) + gap.text;
        at = gap.end;
    }
    return result + text.slice(at);
}
