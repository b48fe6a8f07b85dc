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
 * Every ASCII/Latin-1 identifier start, and one representative (the first)
 * per 256-code bucket above that (Chevrotain groups higher code points in
 * such buckets), including the high surrogates that begin astral identifiers.
 */
export function identifierStartHint(): number[] {
    if (!startHint) {
        // One search per 256-code bucket rather than a test per code point: this runs at every start-up.
        const idStart = /[\p{ID_Start}_]/u;
        const idStartGlobal = /[\p{ID_Start}_]/gu;
        const hint: number[] = [];
        for (const match of bucketText(0).matchAll(idStartGlobal)) {
            hint.push(match.index);
        }
        for (let bucket = 1; bucket <= 0xff; bucket++) {
            const first = bucket << 8;
            if (first >= 0xd800 && first <= 0xdbff) {
                // High surrogates: every one may begin an astral identifier.
                hint.push(first);
                continue;
            }
            if (first >= 0xdc00 && first <= 0xdfff) {
                // A low surrogate never begins anything.
                continue;
            }
            const found = idStart.exec(bucketText(bucket));
            if (found) {
                hint.push(first + found.index);
            }
        }
        startHint = hint;
    }
    return startHint;
}

/** The 256 characters of a bucket, in code point order (no surrogates are asked for). */
function bucketText(bucket: number): string {
    const codes: number[] = [];
    for (let code = bucket << 8; code < (bucket + 1) << 8; code++) {
        codes.push(code);
    }
    return String.fromCharCode(...codes);
}
