import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import type { Grammar } from 'langium';
import { glossary } from '../i18n/glossary.js';
import type { LocaleSetting } from '../i18n/locale.js';
import type { ParserTerms } from '../i18n/parser-terms.js';
import { StatementKeywords, nearest } from './keyword-suggestions.js';
import { recordSyntaxProblem, syntaxMessage, type SyntaxProblem } from './syntax-messages.js';

/** The grammar's terminals: a token of one is never a misspelt keyword. */
const TERMINALS = new Set(['NUMBER', 'MONTH', 'STRING', 'ID', 'EOF']);

/** A rule's name as the grammar spells it: Langium's parser appends a zero-width space to each. */
function ruleOf(name: string): string {
    return name.replace(/\u200B/g, '');
}

/** The keyword a token type stands for; undefined for terminals (names, numbers, months, titles). */
function keywordOf(tokenType: TokenType | undefined): string | undefined {
    const name = tokenType?.name;
    if (!name || TERMINALS.has(name)) {
        return undefined;
    }
    return name.endsWith(':KW') ? name.slice(0, -3) : name;
}

/** Words a person may have mistyped: names (ID tokens), not numbers, strings or punctuation. */
function isWord(token: IToken | undefined): token is IToken {
    return token?.tokenType?.name === 'ID' && typeof token.image === 'string';
}

/**
 * Chevrotain's default messages list every token path the parser considered;
 * these say in words, in the session's language, what was expected and what
 * was found. Where a name stands where a keyword must, the message names the
 * keyword it was probably meant to be (and records it, so the parser can read
 * on as if it had been written right, and a quick fix can write it).
 */
export class CrmPlanParserErrorMessageProvider implements IParserErrorMessageProvider {

    private readonly statements: StatementKeywords;

    constructor(grammar: () => Grammar, private readonly locale: LocaleSetting) {
        this.statements = new StatementKeywords(grammar);
    }

    protected get words(): ParserTerms {
        return glossary(this.locale.current).parser;
    }

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const expected = keywordOf(options.expected);
        return (['ScaleOverride', 'Decimal'].includes(ruleOf(options.ruleName)) ? this.typoBefore(options.actual, options.previous) : undefined)
            ?? this.typo(options.actual, [...(expected ? [expected] : []), ...this.statements.of(ruleOf(options.ruleName))], expected === '}' || expected === undefined)
            ?? this.words.mismatch(this.describeTokenType(options.expected), this.describeActual(options.actual));
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return this.typo(options.firstRedundant, this.statements.of('Document'), true)
            ?? this.words.unexpected(this.describeActual(options.firstRedundant), this.words.rules.Document);
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const candidates = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => keywordOf(path[0]))).filter((k): k is string => k !== undefined);
        // A scenario line's value is a percentage or a price: after its first word, a name means the word was a misspelt keyword (`usres Sales 8`).
        const typo = (['ScaleOverride', 'Decimal'].includes(ruleOf(options.ruleName)) ? this.typoBefore(options.actual[0], options.previous) : undefined)
            ?? this.typo(options.actual[0], [...candidates, ...this.statements.of(ruleOf(options.ruleName))], false);
        if (typo) {
            return typo;
        }
        const found = options.actual[0] ? this.describeActual(options.actual[0]) : this.words.terminals.EOF;
        const expected = ruleWords(this.words, ruleOf(options.ruleName)) ?? this.either(this.firstTokens(options.expectedPathsPerAlt));
        return this.words.unexpected(found, expected);
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const candidates = options.expectedIterationPaths.map(path => keywordOf(path[0])).filter((k): k is string => k !== undefined);
        const typo = this.typo(options.actual[0], candidates, false);
        if (typo) {
            return typo;
        }
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

    /**
     * A scenario line starts with a name (`MoreDeals 70%`) or a keyword; a
     * misspelt keyword (`usres Sales 8`) is read as a name, and the parser
     * stops at the token after it: that name was the keyword.
     */
    private typoBefore(actual: IToken | undefined, previous: IToken | undefined): string | undefined {
        if (!actual || !isWord(previous) || previous.startLine !== actual.startLine) {
            return undefined;
        }
        const keyword = nearest(previous.image, this.statements.of('Scenario'));
        if (!keyword) {
            return undefined;
        }
        const problem: SyntaxProblem = {
            kind: 'misspeltKeyword', word: previous.image, keyword,
            at: { offset: previous.startOffset, line: previous.startLine ?? 1, column: previous.startColumn ?? 1 }
        };
        recordSyntaxProblem(actual, problem);
        return syntaxMessage(problem, this.locale.current);
    }

    /**
     * The message for a word where a keyword must stand: the nearest keyword
     * among `candidates` when one is near; otherwise, at the start of a
     * statement (`startsStatement`), a word that starts nothing.
     */
    private typo(actual: IToken | undefined, candidates: readonly string[], startsStatement: boolean): string | undefined {
        if (!isWord(actual) || candidates.length === 0) {
            return undefined;
        }
        const keyword = nearest(actual.image, new Set(candidates));
        let problem: SyntaxProblem;
        if (keyword) {
            problem = { kind: 'misspeltKeyword', word: actual.image, keyword };
        } else if (startsStatement) {
            problem = { kind: 'unknownWord', word: actual.image, expected: [...new Set(candidates)].filter(k => k !== '}') };
        } else {
            return undefined;
        }
        recordSyntaxProblem(actual, problem);
        return syntaxMessage(problem, this.locale.current);
    }
}

/** What the rule stands for, when the glossary names it. */
function ruleWords(words: ParserTerms, ruleName: string): string | undefined {
    const rules: Readonly<Record<string, string>> = words.rules;
    return Object.hasOwn(rules, ruleName) ? rules[ruleName] : undefined;
}
