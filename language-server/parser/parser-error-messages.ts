import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { glossary } from '../i18n/glossary.js';
import type { LocaleSetting } from '../i18n/locale.js';
import type { ParserTerms } from '../i18n/parser-terms.js';

/**
 * Chevrotain's default messages list every token path the parser considered;
 * these say in words, in the session's language, what was expected and what
 * was found.
 */
export class CrmPlanParserErrorMessageProvider implements IParserErrorMessageProvider {

    constructor(private readonly locale: LocaleSetting) {}

    protected get words(): ParserTerms {
        return glossary(this.locale.current).parser;
    }

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        return this.words.mismatch(this.describeTokenType(options.expected), this.describeActual(options.actual));
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return this.words.unexpected(this.describeActual(options.firstRedundant), this.words.rules.Document);
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const found = options.actual[0] ? this.describeActual(options.actual[0]) : this.words.terminals.EOF;
        const where = ruleWords(this.words, options.ruleName);
        const expected = where ?? this.either(this.firstTokens(options.expectedPathsPerAlt));
        return this.words.unexpected(found, expected);
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const found = options.actual[0] ? this.describeActual(options.actual[0]) : this.words.terminals.EOF;
        const expected = this.either(options.expectedIterationPaths.map(path => path[0]).filter(Boolean).map(type => this.describeTokenType(type)));
        return this.words.mismatch(expected, found);
    }

    /** Describes a token type in words: keywords quoted, terminals explained. */
    protected describeTokenType(tokenType: TokenType): string {
        const name = tokenType.name;
        const terminals: Readonly<Record<string, string>> = this.words.terminals;
        if (Object.hasOwn(terminals, name)) {
            return terminals[name];
        }
        return '`' + (name.endsWith(':KW') ? name.slice(0, -3) : name) + '`';
    }

    protected describeActual(token: IToken): string {
        if (token.tokenType?.name === 'EOF' || token.image === '') {
            return this.words.terminals.EOF;
        }
        const image = token.image.length > 40 ? token.image.slice(0, 40) + '…' : token.image;
        return '`' + image.replace(/`/g, "'").replace(/[\r\n]+/g, ' ') + '`';
    }

    /** Lists alternatives as "a, b or c", at most `limit` of them. */
    protected either(words: string[], limit = 8): string {
        const { listSeparator, lastSeparator, somethingElse } = this.words;
        const unique = [...new Set(words)];
        const shown = unique.slice(0, limit);
        const more = unique.length > limit ? `${listSeparator}…` : '';
        if (shown.length <= 1) {
            return (shown[0] ?? somethingElse) + more;
        }
        return shown.slice(0, -1).join(listSeparator) + more + lastSeparator + shown[shown.length - 1];
    }

    protected firstTokens(paths: TokenType[][][]): string[] {
        return paths.flatMap(alternative => alternative.map(path => path[0]).filter(Boolean).map(type => this.describeTokenType(type)));
    }
}

/** What the rule stands for, when the glossary names it. */
function ruleWords(words: ParserTerms, ruleName: string): string | undefined {
    const rules: Readonly<Record<string, string>> = words.rules;
    return Object.hasOwn(rules, ruleName) ? rules[ruleName] : undefined;
}
