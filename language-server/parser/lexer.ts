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
            result = this.readFullWidth(text, result, options);
        }
        const tokens = this.readCompoundUnits(text, this.readShortMonths(text, result.tokens, result.errors), result);
        for (const error of result.errors) {
            if (!syntaxProblemOf(error)) {
                this.describe(error, { kind: 'unexpectedCharacter', character: String.fromCodePoint(text.codePointAt(error.offset) ?? 0xfffd) });
            }
        }
        result.errors.sort((a, b) => a.offset - b.offset);
        return { ...result, tokens: this.recovery ? this.recover(tokens, this.recovery) : tokens };
    }

    /** Reads full-width punctuation the lexer stopped at as its ASCII counterpart, one error each. */
    private readFullWidth(text: string, result: LexerResult, options: TokenizeOptions | undefined): LexerResult {
        const replaced: ILexingError[] = [];
        const characters = text.split('');
        for (const error of result.errors) {
            for (let i = 0; i < error.length; i++) {
                const offset = error.offset + i;
                const mark = FULL_WIDTH[text[offset]];
                if (mark) {
                    characters[offset] = mark.ascii;
                    replaced.push(this.describe({ offset, line: error.line, column: (error.column ?? 0) + i, length: 1, message: '' },
                        { kind: 'fullWidth', character: text[offset], replacement: mark.ascii }));
                }
            }
        }
        if (replaced.length === 0) {
            return result;
        }
        // Same length: every replacement is one UTF-16 unit for one, so offsets, lines and columns stay right.
        const reread = super.tokenize(characters.join(''), options);
        const at = new Set(replaced.map(error => error.offset));
        const others = reread.errors.filter(error => !at.has(error.offset));
        return { ...reread, errors: [...replaced, ...others] };
    }

    /** `2027-3` lexes as `2027`, `-`, `3`: reads it as one month token, 2027-03, with an error that says so. */
    private readShortMonths(text: string, tokens: IToken[], errors: ILexingError[]): IToken[] {
        const month = this.definition['MONTH'];
        if (!month || !text.includes('-')) {
            return tokens;
        }
        const out: IToken[] = [];
        for (let i = 0; i < tokens.length; i++) {
            const [year, dash, number] = [tokens[i], tokens[i + 1], tokens[i + 2]];
            if (number && year.tokenType.name === 'NUMBER' && /^\d{4}$/.test(year.image) && dash.image === '-' && number.tokenType.name === 'NUMBER'
                && /^\d$/.test(number.image) && dash.startOffset === year.endOffset! + 1 && number.startOffset === dash.endOffset! + 1
                && !/[0-9_.]/.test(text.charAt(number.endOffset! + 1))) {
                const fixed = `${year.image}-0${number.image}`;
                const written = `${year.image}-${number.image}`;
                out.push({ ...year, image: fixed, tokenType: month, tokenTypeIdx: month.tokenTypeIdx!, endOffset: number.endOffset, endColumn: number.endColumn, endLine: number.endLine });
                errors.push(this.describe({ offset: year.startOffset, line: year.startLine, column: year.startColumn, length: written.length, message: '' },
                    { kind: 'monthFormat', written, fixed }));
                i += 2;
            } else {
                out.push(year);
            }
        }
        return out;
    }

    /** `件/月` lexes as `件`, an unexpected `/`, `月`: reads it as one word, with an error that says a unit is one word. */
    private readCompoundUnits(text: string, tokens: IToken[], result: LexerResult): IToken[] {
        const slashes = new Set(result.errors.filter(e => e.length === 1 && text[e.offset] === '/').map(e => e.offset));
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
                const error = result.errors.find(e => e.offset === slash)!;
                this.describe(error, { kind: 'compoundUnit', word, first: before.image, second: after.image });
                i++;
            } else {
                out.push(before);
            }
        }
        return out;
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
                out.push({ ...token, tokenType: keyword, tokenTypeIdx: keyword.tokenTypeIdx! });
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
