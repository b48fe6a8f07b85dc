/**
 * What a person reads about text the parser could not read as written:
 * full-width punctuation, months, misspelt keywords, encodings, and the
 * titles of the quick fixes that repair them.
 */
export type SyntaxArgs = Readonly<Record<string, string | number>>;

type Sentence = (a: SyntaxArgs) => string;

export interface SyntaxTerms {
    readonly fullWidth: Sentence;
    readonly unexpectedCharacter: Sentence;
    readonly unterminatedTitle: Sentence;
    readonly compoundUnit: Sentence;
    readonly monthFormat: Sentence;
    readonly misspeltKeyword: Sentence;
    readonly unknownWord: Sentence;
    readonly fixReplace: Sentence;
    readonly fixAllFullWidth: Sentence;
    readonly fixChange: Sentence;
    readonly notUtf8: Sentence;
    readonly noDeclarations: Sentence;
    readonly importsPlan: Sentence;
    /** The name of each full-width mark, and `other` for one the table does not list. */
    readonly markNames: Readonly<Record<string, string>>;
}
