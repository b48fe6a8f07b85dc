import type { IRecognitionException } from 'chevrotain';
import { createParser, LangiumParser, type AstNode, type LangiumCoreServices, type ParseResult, type ParserOptions } from 'langium';
import { CrmPlanLexer, type Recovery } from './lexer.js';
import { syntaxProblemOf } from './syntax-messages.js';

/** At most this many mistakes are read past in one text; each costs one more parse. */
const MAX_REPAIRS = 20;

/**
 * Keeps one mistake from turning into a cascade. When the parser stops at a
 * misspelt keyword, the text is read again with the keyword it was meant to
 * be; at a word that starts nothing, again without that statement or block.
 * The mistake stays reported (once); what follows it parses, so the names
 * declared after it still resolve. Texts without parser errors parse once.
 */
export class CrmPlanParser extends LangiumParser {

    override parse<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> {
        let result = super.parse<T>(input, options);
        const lexer = this.lexer;
        if (result.parserErrors.length === 0 || !(lexer instanceof CrmPlanLexer)) {
            return result;
        }
        const recovery: Recovery = { keywords: new Map(), skips: new Set() };
        const repaired: IRecognitionException[] = [];
        for (let attempt = 0; attempt < MAX_REPAIRS; attempt++) {
            const error = result.parserErrors.find(e => this.repair(e, recovery));
            if (!error) {
                break;
            }
            repaired.push(error);
            lexer.recovery = recovery;
            try {
                result = super.parse<T>(input, options);
            } finally {
                lexer.recovery = undefined;
            }
        }
        if (repaired.length === 0) {
            return result;
        }
        const parserErrors = [...repaired, ...result.parserErrors].sort((a, b) => a.token.startOffset - b.token.startOffset);
        return { ...result, parserErrors };
    }

    /** Adds the repair of `error` to `recovery`; false when it has none (or has it already). */
    private repair(error: IRecognitionException, recovery: Recovery): boolean {
        const token = error.token;
        const problem = syntaxProblemOf(token);
        const offset = problem?.kind === 'misspeltKeyword' && problem.at ? problem.at.offset : token?.startOffset;
        if (!problem || offset === undefined || Number.isNaN(offset) || recovery.keywords.has(offset) || recovery.skips.has(offset)) {
            return false;
        }
        if (problem.kind === 'misspeltKeyword') {
            const keyword = this.lexer.definition[problem.keyword];
            if (!keyword) {
                return false;
            }
            recovery.keywords.set(offset, keyword);
            return true;
        }
        if (problem.kind === 'unknownWord') {
            recovery.skips.add(offset);
            return true;
        }
        return false;
    }
}

/** Langium's `createLangiumParser`, with crmplan's parser. */
export function createCrmPlanParser(services: LangiumCoreServices): LangiumParser {
    const parser = new CrmPlanParser(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
