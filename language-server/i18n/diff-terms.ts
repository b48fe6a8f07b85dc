/** Every heading, label and sentence of the diff comment, per language. */
export interface DiffTerms {
    readonly heading: (title: string) => string;
    readonly figuresHeading: string;
    readonly option: string;
    readonly tco: string;
    readonly benefit: string;
    readonly npv: string;
    readonly roi: string;
    readonly payback: string;
    readonly irr: string;
    readonly chosen: string;
    readonly added: string;
    readonly removed: string;
    readonly unchanged: string;
    readonly never: string;
    readonly none: string;
    readonly months: (value: string) => string;
    readonly changesHeading: string;
    readonly noChanges: string;
    readonly kind: Readonly<Record<string, string>>;
    readonly changeVerb: Readonly<Record<'added' | 'removed' | 'changed', string>>;
    readonly ranksHeading: string;
    readonly requirementRanks: string;
    readonly optionRanks: string;
    readonly newRank: string;
    readonly droppedRank: string;
    readonly chosenChanged: (base: string, head: string) => string;
    readonly recommendedChanged: (base: string, head: string) => string;
    readonly fullReport: string;
    readonly reportLeftOut: string;
    readonly changesCut: (count: number) => string;
}
