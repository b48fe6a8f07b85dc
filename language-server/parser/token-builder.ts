import type { TokenType, TokenVocabulary } from 'chevrotain';
import type { Grammar } from 'langium';
import { DefaultTokenBuilder, type TokenBuilderOptions } from 'langium';

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
}

let startHint: number[] | undefined;

/**
 * Every ASCII/Latin-1 identifier start, and one representative per 256-code
 * bucket above that (Chevrotain groups higher code points in such buckets),
 * including the high surrogates that begin astral identifiers.
 */
function identifierStartHint(): number[] {
    if (!startHint) {
        const idStart = /[\p{ID_Start}_]/u;
        const hint: number[] = [];
        let lastBucket = -1;
        for (let code = 0; code <= 0xffff; code++) {
            const isHighSurrogate = code >= 0xd800 && code <= 0xdbff;
            if (!isHighSurrogate && !idStart.test(String.fromCharCode(code))) {
                continue;
            }
            if (code < 256) {
                hint.push(code);
            } else if (code >> 8 !== lastBucket) {
                lastBucket = code >> 8;
                hint.push(code);
            }
        }
        startHint = hint;
    }
    return startHint;
}
