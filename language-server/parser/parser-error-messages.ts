import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import type { Grammar } from 'langium';
import { StatementKeywords, nearest } from './keyword-suggestions.js';
import { recordSyntaxProblem, syntaxMessage, type SyntaxProblem } from './syntax-messages.js';

/** How each terminal is named to a person reading a diagnostic. */
const TERMINAL_WORDS: Record<string, string> = {
    NUMBER: 'a number',
    MONTH: 'a month such as 2027-03',
    STRING: 'a quoted title such as "Sales"',
    ID: 'a name',
    EOF: 'the end of the file'
};

/** What a grammar rule stands for, when a message must say where the parser was. */
const RULE_WORDS: Record<string, string> = {
    Document: 'a declaration (plan, import, rate, goal, department, requirement, criterion, vendor, cost, benefit, phase or kpi)',
    PlanSetting: 'a plan setting (currency, start, horizon, discount, capacity, choose or internal rate)',
    RequirementStatement: 'a requirement line (asked by, evidence, impact, effort, must/should/could/wont or needs)',
    VendorMember: 'a vendor line (edition, covers, score or cost)',
    CostStatement: 'a cost line (direct, indirect or an amount such as `15000 once`)',
    BenefitStatement: 'a benefit line (revenue, savings, efficiency, satisfaction, from, ramp or an amount such as `8000 per month`)',
    PhaseStatement: 'a phase line (owner, start, after, duration or delivers)',
    KpiStatement: 'a kpi line (baseline, target or tracks)',
    Schedule: 'a schedule (`once`, `once in 2027-02`, `per month` or `per year`)',
    Name: 'a name',
    Decimal: 'a number',
    Period: '`month` or `year`'
};

/** Describes a token type in words: keywords quoted, terminals explained. */
export function describeTokenType(tokenType: TokenType): string {
    const name = tokenType.name;
    if (TERMINAL_WORDS[name]) {
        return TERMINAL_WORDS[name];
    }
    return '`' + (name.endsWith(':KW') ? name.slice(0, -3) : name) + '`';
}

function describeActual(token: IToken): string {
    if (token.tokenType?.name === 'EOF' || token.image === '') {
        return 'the end of the file';
    }
    const image = token.image.length > 40 ? token.image.slice(0, 40) + '…' : token.image;
    return '`' + image.replace(/`/g, "'").replace(/[\r\n]+/g, ' ') + '`';
}

/** Lists alternatives as "a, b or c", at most `limit` of them. */
function either(words: string[], limit = 8): string {
    const unique = [...new Set(words)];
    const shown = unique.slice(0, limit);
    const more = unique.length > limit ? `, …` : '';
    if (shown.length <= 1) {
        return (shown[0] ?? 'something else') + more;
    }
    return shown.slice(0, -1).join(', ') + more + ' or ' + shown[shown.length - 1];
}

function firstTokens(paths: TokenType[][][]): string[] {
    return paths.flatMap(alternative => alternative.map(path => path[0]).filter(Boolean).map(describeTokenType));
}

/** A rule's name as the grammar spells it: Langium's parser appends a zero-width space to each. */
function ruleOf(name: string): string {
    return name.replace(/\u200B/g, '');
}

function keywordOf(tokenType: TokenType | undefined): string | undefined {
    const name = tokenType?.name;
    if (!name || TERMINAL_WORDS[name]) {
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
 * these say in words what was expected and what was found. Where a name
 * stands where a keyword must, the message names the keyword it was probably
 * meant to be (and records it, so the parser can read on as if it had been
 * written right, and a quick fix can write it).
 */
export class CrmPlanParserErrorMessageProvider implements IParserErrorMessageProvider {

    private readonly statements: StatementKeywords;

    constructor(grammar: () => Grammar) {
        this.statements = new StatementKeywords(grammar);
    }

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        const expected = keywordOf(options.expected);
        return (['ScaleOverride', 'Decimal'].includes(ruleOf(options.ruleName)) ? this.typoBefore(options.actual, options.previous) : undefined)
            ?? this.typo(options.actual, [...(expected ? [expected] : []), ...this.statements.of(ruleOf(options.ruleName))], expected === '}' || expected === undefined)
            ?? `Expected ${describeTokenType(options.expected)} but found ${describeActual(options.actual)}.`;
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken; ruleName: string }): string {
        return this.typo(options.firstRedundant, this.statements.of('Document'), true)
            ?? `Unexpected ${describeActual(options.firstRedundant)}: expected ${RULE_WORDS.Document}.`;
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const candidates = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => keywordOf(path[0]))).filter((k): k is string => k !== undefined);
        const typo = this.typo(options.actual[0], [...candidates, ...this.statements.of(ruleOf(options.ruleName))], false);
        if (typo) {
            return typo;
        }
        const found = options.actual[0] ? describeActual(options.actual[0]) : 'the end of the file';
        const where = RULE_WORDS[ruleOf(options.ruleName)];
        const expected = where ?? either(firstTokens(options.expectedPathsPerAlt));
        return `Unexpected ${found}: expected ${expected}.`;
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        const candidates = options.expectedIterationPaths.map(path => keywordOf(path[0])).filter((k): k is string => k !== undefined);
        const typo = this.typo(options.actual[0], candidates, false);
        if (typo) {
            return typo;
        }
        const found = options.actual[0] ? describeActual(options.actual[0]) : 'the end of the file';
        const expected = either(options.expectedIterationPaths.map(path => path[0]).filter(Boolean).map(describeTokenType));
        return `Expected ${expected} but found ${found}.`;
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
        return syntaxMessage(problem, 'en');
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
        return syntaxMessage(problem, 'en');
    }
}
