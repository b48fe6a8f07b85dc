import type { ILexingError, IToken, TokenType } from 'chevrotain';
import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import { FULL_WIDTH, recordSyntaxProblem, syntaxMessage, syntaxProblemOf, type SyntaxProblem } from './syntax-messages.js';

/** How the parser asks the lexer to read a text again after a mistake (see `CrmPlanParser`). */
export interface Recovery {
    /** Tokens (by start offset) to read as the given keyword: `requirment` as `requirement`. */
    readonly keywords: Map<number, TokenType>;
    /** Tokens (by start offset) from which to skip the statement or block they start. */
    readonly skips: Set<number>;
}

/**
 * Reads the commonest slips as what they were meant to be, so that each is one
 * diagnostic rather than the start of a cascade:
 * - full-width punctuation and the ideographic space (typed with a Chinese
 *   input method) are read as their ASCII counterparts, each reported;
 * - a month written `2027-3` is read as the month 2027-03, and reported.
 * Every other unexpected character is reported in words.
 */
export class CrmPlanLexer extends DefaultLexer {

    /** Set by the parser while it re-reads a text after a mistake; undefined otherwise. */
    recovery: Recovery | undefined;

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        let result = super.tokenize(text, options);
        if (result.errors.length > 0) {
            ({ result, text } = this.readFullWidth(text, result, options));
        }
        let tokens = this.readCompoundUnits(text, this.readShortMonths(text, result.tokens, result.errors), result);
        tokens = this.readUnterminatedTitles(text, tokens, result.errors);
        this.reportIdeographicSpaces(text, tokens, result);
        for (const error of result.errors) {
            if (!syntaxProblemOf(error)) {
                this.describe(error, { kind: 'unexpectedCharacter', character: String.fromCodePoint(text.codePointAt(error.offset) ?? 0xfffd) });
            }
        }
        result.errors.sort((a, b) => a.offset - b.offset);
        return { ...result, tokens: this.recovery ? this.recover(tokens, this.recovery) : tokens };
    }

    /** Reads full-width punctuation the lexer stopped at as its ASCII counterpart, one error each. */
    private readFullWidth(text: string, result: LexerResult, options: TokenizeOptions | undefined): { result: LexerResult; text: string } {
        const replaced: ILexingError[] = [];
        const characters = text.split('');
        for (const error of result.errors) {
            for (let i = 0; i < error.length; i++) {
                const offset = error.offset + i;
                const mark = FULL_WIDTH[text[offset]];
                if (mark) {
                    // A mark the language has no ASCII use for (the full-width colon and semicolon) is read as a space, and the fix deletes it.
                    characters[offset] = mark.ascii === '' ? ' ' : mark.ascii;
                    replaced.push(this.describe({ offset, line: error.line, column: (error.column ?? 0) + i, length: 1, message: '' },
                        { kind: 'fullWidth', character: text[offset], replacement: mark.ascii }));
                }
            }
        }
        if (replaced.length === 0) {
            return { result, text };
        }
        // Same length: every replacement is one UTF-16 unit for one, so offsets, lines and columns stay right.
        const patched = characters.join('');
        const reread = super.tokenize(patched, options);
        const at = new Set(replaced.map(error => error.offset));
        const others = reread.errors.filter(error => !at.has(error.offset));
        return { result: { ...reread, errors: [...replaced, ...others] }, text: patched };
    }

    /**
     * Months written another way: `2027-3` (lexed as `2027`, `-`, `3`),
     * `2027/03` (with an unexpected `/`) and `27-03`. Each is read as the
     * month token it means, with an error that says how to write it.
     */
    private readShortMonths(text: string, tokens: IToken[], errors: ILexingError[]): IToken[] {
        const month = this.definition['MONTH'];
        if (!month || !/[-/]/.test(text)) {
            return tokens;
        }
        const out: IToken[] = [];
        for (let i = 0; i < tokens.length; i++) {
            const year = tokens[i];
            const fixed = this.monthAt(text, tokens, i, errors);
            if (!fixed) {
                out.push(year);
                continue;
            }
            const last = tokens[fixed.through];
            const written = text.slice(year.startOffset, last.endOffset! + 1);
            out.push({ ...year, image: fixed.month, tokenType: month, tokenTypeIdx: month.tokenTypeIdx!, endOffset: last.endOffset, endColumn: last.endColumn, endLine: last.endLine });
            errors.push(this.describe({ offset: year.startOffset, line: year.startLine, column: year.startColumn, length: written.length, message: '' },
                { kind: 'monthFormat', written, fixed: fixed.month }));
            i = fixed.through;
        }
        return out;
    }

    /** The month that tokens from `i` spell (`2027-3`, `2027/03`, `27-03`), and the index of its last token. */
    private monthAt(text: string, tokens: readonly IToken[], i: number, errors: ILexingError[]): { month: string; through: number } | undefined {
        const year = tokens[i];
        if (year.tokenType.name !== 'NUMBER' || !/^(\d{4}|\d{2})$/.test(year.image)) {
            return undefined;
        }
        const separator = year.endOffset! + 1;
        let next = tokens[i + 1];
        let through = i + 1;
        let slash = -1;
        if (text[separator] === '/') {
            slash = errors.findIndex(e => e.offset === separator && e.length === 1);
            if (slash < 0 || !next || next.startOffset !== separator + 1) {
                return undefined;
            }
        } else if (next?.image === '-' && next.startOffset === separator) {
            next = tokens[i + 2];
            through = i + 2;
            if (!next || next.startOffset !== separator + 1) {
                return undefined;
            }
        } else {
            return undefined;
        }
        if (next.tokenType.name !== 'NUMBER' || !/^\d{1,2}$/.test(next.image) || /[0-9_.]/.test(text.charAt(next.endOffset! + 1))) {
            return undefined;
        }
        if (slash >= 0) {
            errors.splice(slash, 1); // the `/` is part of the month, reported with it
        }
        const fullYear = year.image.length === 2 ? `20${year.image}` : year.image;
        return { month: `${fullYear}-${next.image.padStart(2, '0')}`, through };
    }

    /** A unit of two words joined by `/` lexes as a word, an unexpected `/`, a word: reads it as one word, with an error that says a unit is one word. */
    private readCompoundUnits(text: string, tokens: IToken[], result: LexerResult): IToken[] {
        const slashes = new Map(result.errors.filter(e => e.length === 1 && text[e.offset] === '/').map(e => [e.offset, e]));
        if (slashes.size === 0) {
            return tokens;
        }
        const out: IToken[] = [];
        for (let i = 0; i < tokens.length; i++) {
            const [before, after] = [tokens[i], tokens[i + 1]];
            const slash = before.endOffset! + 1;
            if (after && before.tokenType.name === 'ID' && after.tokenType.name === 'ID' && slashes.has(slash) && after.startOffset === slash + 1) {
                const word = text.slice(before.startOffset, after.endOffset! + 1);
                out.push({ ...before, image: word, endOffset: after.endOffset, endColumn: after.endColumn, endLine: after.endLine });
                this.describe(slashes.get(slash)!, { kind: 'compoundUnit', word, first: before.image, second: after.image });
                i++;
            } else {
                out.push(before);
            }
        }
        return out;
    }

    /**
     * A title without its closing `"`: reads the rest of the line (up to an
     * opening `{` at its end) as the title, so the block it names still parses.
     */
    private readUnterminatedTitles(text: string, tokens: IToken[], errors: ILexingError[]): IToken[] {
        const string = this.definition['STRING'];
        const open = errors.filter(e => text[e.offset] === '"' && !syntaxProblemOf(e)).sort((a, b) => a.offset - b.offset);
        if (!string || open.length === 0) {
            return tokens;
        }
        // One title per line at most (a second `"` on the line is inside the first title): spans in order, then one pass.
        const titles: IToken[] = [];
        let coveredUntil = -1;
        for (const error of open) {
            if (error.offset < coveredUntil) {
                continue;
            }
            const newline = text.indexOf('\n', error.offset);
            const line = text.slice(error.offset, newline < 0 ? text.length : newline).trimEnd();
            // Without a regular expression: `\s*\{?\s*$` backtracks for ages over a long run of spaces.
            const title = line.endsWith('{') && line.length > 1 ? line.slice(0, -1).trimEnd() : line;
            coveredUntil = error.offset + title.length;
            titles.push({
                image: title + '"', startOffset: error.offset, endOffset: coveredUntil - 1, startLine: error.line, endLine: error.line,
                startColumn: error.column, endColumn: (error.column ?? 0) + title.length - 1, tokenType: string, tokenTypeIdx: string.tokenTypeIdx!
            });
            error.length = title.length;
            this.describe(error, { kind: 'unterminatedTitle', title, fixed: title + '"' });
        }
        const out: IToken[] = [];
        let next = 0;
        for (const token of tokens) {
            while (next < titles.length && titles[next].startOffset <= token.startOffset) {
                out.push(titles[next++]);
            }
            const last = titles[next - 1];
            if (!last || token.startOffset > last.endOffset!) {
                out.push(token);
            }
        }
        out.push(...titles.slice(next));
        return out;
    }

    /** The ideographic space is white space to the lexer (skipped), but still a slip worth fixing: reported as full-width. */
    private reportIdeographicSpaces(text: string, tokens: readonly IToken[], result: LexerResult): void {
        if (!text.includes('\u3000')) {
            return;
        }
        // Tokens and comments in order of position: an ideographic space inside one is text (a title, a comment).
        const covered = [...tokens, ...result.hidden].sort((a, b) => a.startOffset - b.startOffset);
        let k = 0;
        let line = 1;
        let lineStart = 0;
        let counted = 0;
        for (let offset = text.indexOf('\u3000'); offset >= 0; offset = text.indexOf('\u3000', offset + 1)) {
            while (k < covered.length && covered[k].endOffset! < offset) {
                k++;
            }
            if (k < covered.length && covered[k].startOffset <= offset) {
                continue;
            }
            for (; counted < offset; counted++) {
                if (text.charCodeAt(counted) === 10) {
                    line++;
                    lineStart = counted + 1;
                }
            }
            result.errors.push(this.describe({ offset, line, column: offset - lineStart + 1, length: 1, message: '' },
                { kind: 'fullWidth', character: '\u3000', replacement: ' ' }));
        }
    }

    private describe(error: ILexingError, problem: SyntaxProblem): ILexingError {
        error.message = syntaxMessage(problem, 'en');
        recordSyntaxProblem(error, problem);
        return error;
    }

    /** Applies the parser's recovery: keyword corrections, and statements or blocks skipped. */
    private recover(tokens: IToken[], recovery: Recovery): IToken[] {
        const out: IToken[] = [];
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            const keyword = recovery.keywords.get(token.startOffset);
            if (keyword) {
                // The keyword's text too: a keyword's value in the AST is its image (`must`, not `mustt`).
                out.push({ ...token, image: keyword.name, tokenType: keyword, tokenTypeIdx: keyword.tokenTypeIdx! });
            } else if (recovery.skips.has(token.startOffset)) {
                i = endOfStatement(tokens, i);
            } else {
                out.push(token);
            }
        }
        return out;
    }
}

/**
 * Where the statement or block that starts at `start` ends: through the
 * matching `}` when a `{` opens on the same line, otherwise the end of the line.
 */
function endOfStatement(tokens: readonly IToken[], start: number): number {
    const line = tokens[start].startLine;
    let i = start;
    while (i + 1 < tokens.length && tokens[i + 1].startLine === line && tokens[i + 1].image !== '{') {
        i++;
    }
    if (i + 1 < tokens.length && tokens[i + 1].image === '{') {
        let depth = 0;
        for (i = i + 1; i < tokens.length; i++) {
            depth += tokens[i].image === '{' ? 1 : tokens[i].image === '}' ? -1 : 0;
            if (depth === 0) {
                return i;
            }
        }
        return tokens.length - 1;
    }
    return i;
}
