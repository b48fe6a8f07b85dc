import { glossary } from '../i18n/glossary.js';
import type { Locale } from '../i18n/locale.js';
import type { SyntaxArgs } from '../i18n/syntax-terms.js';

/**
 * What went wrong while reading the text, as facts rather than sentences, so
 * the same problem can be said in each language and fixed by a quick fix.
 * The lexer and parser record a problem against the error (or token) they
 * report; the document validator turns it into a diagnostic in the client's
 * language.
 */
export type SyntaxProblem =
    /** A full-width comma (U+FF0C) where the language wants `,`: the lexer read it as `replacement`. */
    | { readonly kind: 'fullWidth'; readonly character: string; readonly replacement: string }
    /** A character no token starts with. */
    | { readonly kind: 'unexpectedCharacter'; readonly character: string }
    /** `2027-3`: read as the month `fixed`. */
    | { readonly kind: 'monthFormat'; readonly written: string; readonly fixed: string }
    /** `"Pipeline stages` without its closing quote: read to the end of the line. */
    | { readonly kind: 'unterminatedTitle'; readonly title: string; readonly fixed: string }
    /** A unit of two words joined by `/` (pieces per month, written in Chinese): read as one. */
    | { readonly kind: 'compoundUnit'; readonly word: string; readonly first: string; readonly second: string }
    /** `requirment`: not a keyword; read as `keyword`. */
    | {
        readonly kind: 'misspeltKeyword'; readonly word: string; readonly keyword: string;
        /** Where the word is, when the parser noticed it only at the token after it. */
        readonly at?: { readonly offset: number; readonly line: number; readonly column: number };
    }
    /** A block the parser skipped because `word` starts nothing (and is close to no keyword). */
    | { readonly kind: 'unknownWord'; readonly word: string; readonly expected: readonly string[] };

const problems = new WeakMap<object, SyntaxProblem>();

/** Remembers what `error` (a lexing error or a parser error's token) means. */
export function recordSyntaxProblem(error: object, problem: SyntaxProblem): void {
    problems.set(error, problem);
}

/** What `error` means, when the lexer or parser recorded it. */
export function syntaxProblemOf(error: object | undefined): SyntaxProblem | undefined {
    return error ? problems.get(error) : undefined;
}

/** Full-width (and other look-alike) punctuation an IME types, with the ASCII the language wants (the glossary names each). */
export const FULL_WIDTH: Readonly<Record<string, { readonly ascii: string }>> = {
    '\uFF0C': { ascii: ',' },
    '\u3001': { ascii: ',' },
    '\uFF1A': { ascii: '' },
    '\uFF1B': { ascii: '' },
    '\uFF08': { ascii: '(' },
    '\uFF09': { ascii: ')' },
    '\u201C': { ascii: '"' },
    '\u201D': { ascii: '"' },
    '\u2018': { ascii: '"' },
    '\u2019': { ascii: '"' },
    '\uFF05': { ascii: '%' },
    '\uFF5B': { ascii: '{' },
    '\uFF5D': { ascii: '}' },
    '\uFF0E': { ascii: '.' },
    '\uFF0D': { ascii: '-' },
    '\u3000': { ascii: ' ' }
};
function codePoint(character: string): string {
    return 'U+' + (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

/** How a character is shown in a message: itself in backticks with its code point, or only the code point for white space. */
export function shownCharacter(character: string): string {
    return /\s/.test(character) ? codePoint(character) : `\`${character}\` (${codePoint(character)})`;
}

/** The arguments of `problem`'s message. */
export function syntaxArgs(problem: SyntaxProblem): SyntaxArgs {
    switch (problem.kind) {
        case 'fullWidth': {
            const name = (locale: Locale) => glossary(locale).syntax.markNames[problem.character] ?? glossary(locale).syntax.markNames.other!;
            return { shown: shownCharacter(problem.character), replacement: problem.replacement, name: name('en'), nameZh: name('zh-CN') };
        }
        case 'unexpectedCharacter': return { shown: shownCharacter(problem.character) };
        case 'monthFormat': return { written: problem.written, fixed: problem.fixed };
        case 'unterminatedTitle': return { title: problem.title, fixed: problem.fixed };
        case 'compoundUnit': return { word: problem.word, first: problem.first, second: problem.second };
        case 'misspeltKeyword': return { word: problem.word, keyword: problem.keyword };
        case 'unknownWord': return { word: problem.word, expected: problem.expected.slice(0, 12).map(k => `\`${k}\``).join(', ') };
    }
}

/** The problem's message in `locale`: what was found and what to type instead. */
export function syntaxMessage(problem: SyntaxProblem, locale: Locale): string {
    return glossary(locale).syntax[problem.kind](syntaxArgs(problem));
}

/** The text that replaces the problem's range, for the problems a quick fix can repair. */
export function syntaxReplacement(problem: SyntaxProblem): string | undefined {
    switch (problem.kind) {
        case 'fullWidth': return problem.replacement;
        case 'monthFormat': return problem.fixed;
        case 'misspeltKeyword': return problem.keyword;
        case 'unterminatedTitle': return problem.fixed;
        default: return undefined;
    }
}
