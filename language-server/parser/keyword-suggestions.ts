import type { Grammar } from 'langium';
import { GrammarAST } from 'langium';

/**
 * Which keywords may start a statement where the parser stopped, and which
 * of them a mistyped word was probably meant to be. Computed from the grammar,
 * so new statements are suggested without a list to keep up to date.
 */

interface First {
    readonly keywords: Set<string>;
    readonly nullable: boolean;
}

function optional(element: GrammarAST.AbstractElement): boolean {
    return element.cardinality === '?' || element.cardinality === '*';
}

/** The keywords an element can start with, and whether it can match nothing. */
function firstOf(element: GrammarAST.AbstractElement | undefined, visiting: Set<GrammarAST.AbstractRule>): First {
    if (!element) {
        return { keywords: new Set(), nullable: true };
    }
    let result: First;
    if (GrammarAST.isKeyword(element)) {
        result = { keywords: new Set([element.value]), nullable: false };
    } else if (GrammarAST.isAssignment(element)) {
        result = firstOf(element.terminal, visiting);
    } else if (GrammarAST.isCrossReference(element)) {
        // A name: the keywords a name may be are not what a statement starts with.
        result = { keywords: new Set(), nullable: false };
    } else if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (!rule || !GrammarAST.isParserRule(rule) || visiting.has(rule)) {
            result = { keywords: new Set(), nullable: false };
        } else {
            visiting.add(rule);
            result = firstOf(rule.definition, visiting);
            visiting.delete(rule);
        }
    } else if (GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        const parts = element.elements.map(e => firstOf(e, visiting));
        result = { keywords: new Set(parts.flatMap(p => [...p.keywords])), nullable: parts.some(p => p.nullable) };
    } else if (GrammarAST.isGroup(element)) {
        const keywords = new Set<string>();
        let nullable = true;
        for (const part of element.elements) {
            const first = firstOf(part, visiting);
            first.keywords.forEach(k => keywords.add(k));
            if (!first.nullable) {
                nullable = false;
                break;
            }
        }
        result = { keywords, nullable };
    } else {
        // Actions and the like consume nothing.
        result = { keywords: new Set(), nullable: true };
    }
    return optional(element) ? { keywords: result.keywords, nullable: true } : result;
}

/** Keywords that read as words (not punctuation such as `{` or `%`). */
const WORD = /^[a-z][a-z-]*$/;

/** Each parser rule's statement keywords: the first keywords of what its repeated assignments (`x+=Rule`) hold. */
export class StatementKeywords {

    private readonly byRule = new Map<string, readonly string[]>();

    constructor(private readonly grammar: () => Grammar) { }

    of(ruleName: string): readonly string[] {
        let keywords = this.byRule.get(ruleName);
        if (!keywords) {
            keywords = this.compute(ruleName);
            this.byRule.set(ruleName, keywords);
        }
        return keywords;
    }

    private compute(ruleName: string): readonly string[] {
        const rule = this.grammar().rules.find(r => r.name === ruleName);
        if (!rule || !GrammarAST.isParserRule(rule)) {
            return [];
        }
        const found = new Set<string>();
        const visit = (element: GrammarAST.AbstractElement | undefined, repeated: boolean): void => {
            if (!element) {
                return;
            }
            const inLoop = repeated || element.cardinality === '*' || element.cardinality === '+';
            if (GrammarAST.isAssignment(element) && element.operator === '+=' && inLoop) {
                firstOf(element.terminal, new Set([rule])).keywords.forEach(k => found.add(k));
            } else if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
                element.elements.forEach(e => visit(e, inLoop));
            }
        };
        visit(rule.definition, false);
        return [...found].filter(k => WORD.test(k));
    }
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1. */
export function editDistance(a: string, b: string): number {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}

/** How far a word may be from what it was meant to be, by its length. */
function tolerance(length: number): number {
    return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The candidate `word` was most likely meant to be: the nearest by edit
 * distance (ignoring case) within a tolerance that grows with the length;
 * undefined when none is near.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
    const lower = word.toLowerCase();
    if (lower.length > 40) {
        return undefined;
    }
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        if (candidate === word) {
            continue;
        }
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance <= tolerance(Math.max(lower.length, candidate.length)) && distance < lower.length && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
