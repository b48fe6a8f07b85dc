/** The language server's own words beyond figures: quick fixes, completion details, answers to the extension's requests. */
export interface EditorTerms {
    // Quick fixes.
    createDeclaration(kind: string, name: string): string;
    removeDuplicate(kind: string, name: string): string;
    /** The comment written after a declared rate whose value is to be filled in. */
    rateToFill(currency: string, planCurrency: string): string;
    declareRate(currency: string, planCurrency: string): string;
    readonly goalWeights: string;
    readonly criterionWeights: string;
    rescaleWeights(weights: string): string;
    /** A guardrail limit rewritten in its metric's unit. */
    writeLimit(limit: string): string;
    removeBasis(basis: string): string;
    // Completion details.
    readonly planCurrency: string;
    readonly declaredRateCurrency: string;
    // Why the extension's requests have no figures.
    readonly requests: {
        readonly errors: string;
        readonly catalogue: string;
        readonly newFile: string;
        baseErrors(count: number): string;
        readonly baseCatalogue: string;
        unknownDocument(uri: string): string;
        unknownRevision(revision: string): string;
    };
}
