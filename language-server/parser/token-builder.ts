import type { TokenType, TokenVocabulary } from 'chevrotain';
import type { Grammar, GrammarAST } from 'langium';
import { DefaultTokenBuilder, RegExpUtils, type TokenBuilderOptions } from 'langium';

/** Unicode identifier: ID_Start (or `_`), then ID_Continue; the same as the grammar's ID terminal. */
const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;

/**
 * Restores two things Langium loses when the ID terminal uses the `u` flag
 * (Langium issues #1732 and #2225): the regex becomes a custom pattern
 * function, so
 * - keywords get no LONGER_ALT, and `income` would lex as `in` + `come`;
 * - Chevrotain cannot see the first characters, drops its first-character
 *   optimisation for the whole lexer and lexes about 3.5× slower.
 * We give keywords the ID token as their longer alternative and give the ID
 * token a START_CHARS_HINT computed from Unicode's ID_Start.
 */
export class CrmPlanTokenBuilder extends DefaultTokenBuilder {

    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const id = tokens.find(token => token.name === 'ID');
        if (!id) {
            return tokens;
        }
        id.START_CHARS_HINT = identifierStartHint();
        for (const token of tokens) {
            if (token !== id && typeof token.PATTERN === 'string' && IDENTIFIER.test(token.PATTERN)) {
                token.LONGER_ALT = id;
            }
        }
        return tokens;
    }

    /** Partial regular expressions of the terminals, built once each rather than once per keyword and terminal. */
    private readonly partials = new Map<string, RegExp>();

    /** As Langium's: the terminals that match a prefix of the keyword (`partialMatches`), at start-up cost once per terminal. */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        const longerAlts: TokenType[] = [];
        for (const token of terminalTokens) {
            const pattern = token?.PATTERN as RegExp | undefined;
            if (!pattern?.source) {
                continue;
            }
            const source = '^' + pattern.source + '$';
            let partial = this.partials.get(source);
            if (!partial) {
                partial = RegExpUtils.partialRegExp(source);
                this.partials.set(source, partial);
            }
            const match = keyword.value.match(partial);
            if (match && match[0].length > 0) {
                longerAlts.push(token);
            }
        }
        return longerAlts;
    }
}

let startHint: number[] | undefined;

/**
 * Where an identifier may start, as Chevrotain's first-character hint: each
 * ASCII/Latin-1 identifier start (that range is fully assigned, and Unicode
 * never removes a character from ID_Start), and above it every 256-code
 * bucket (Chevrotain groups higher code points in such buckets) but the low
 * surrogates, which begin nothing. A bucket without identifier starts costs
 * only a failed match of the identifier pattern on a character no other
 * token starts with either; testing each code point against ID_Start instead
 * took tens of milliseconds of every start-up.
 */
export function identifierStartHint(): number[] {
    if (!startHint) {
        const hint: number[] = [];
        for (const [first, last] of LATIN1_ID_START) {
            for (let code = first; code <= last; code++) {
                hint.push(code);
            }
        }
        for (let bucket = 1; bucket <= 0xff; bucket++) {
            if (bucket < 0xdc || bucket > 0xdf) {
                hint.push(bucket << 8);
            }
        }
        startHint = hint;
    }
    return startHint;
}

/** `[\p{ID_Start}_]` below U+0100: `A-Z`, `_`, `a-z`, `ª`, `µ`, `º`, `À-Ö`, `Ø-ö`, `ø-ÿ`. */
const LATIN1_ID_START: readonly (readonly [number, number])[] = [
    [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a], [0xaa, 0xaa], [0xb5, 0xb5], [0xba, 0xba], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0xff]
];
