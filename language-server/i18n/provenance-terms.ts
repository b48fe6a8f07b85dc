/**
 * Where figures come from (`source "..."`) and how licences are named, in
 * every view: the report's source marks and lists, the hovers of sourced
 * lines, and the licence names the report and the diff share
 * (display/licence-names.ts).
 */

/** What a hovered line is, by the keyword that starts it. */
export type SourcedLineKind = 'amount' | 'licence' | 'covers' | 'score' | 'rate' | 'discount' | 'internalRate' | 'users' | 'effort';

export interface ProvenanceTerms {
    // Licence names -----------------------------------------------------------
    /** `Zoho CRM Professional licence (Sales, from 2027-07)`: one licence of an option, for any view. */
    licenceName(option: string, qualifier: string | undefined): string;
    /** Between the parts of what sets a licence apart: `Sales, from 2027-07`. */
    readonly qualifierSeparator: string;
    /** Between departments inside a qualifier: `Sales, Service`. */
    readonly departmentSeparator: string;
    /** `from 2027-07`: the licence starts after the plan does. */
    licenceFrom(year: string, month: number): string;
    /** `until 2028-12`. */
    licenceUntil(year: string, month: number): string;
    /** When departments and months do not tell two licences apart: a per-user price or a flat fee. */
    readonly licencePerUser: string;
    readonly licenceFlat: string;
    /** The last resort: the licence's place in its edition, `no. 2`. */
    licenceNumber(position: number): string;

    // The report ------------------------------------------------------------
    readonly report: {
        /** A licence as a row of the costs table: `Licence: Zoho CRM Professional (Sales)`. */
        licenceItem(option: string, qualifier: string): string;
        /** A licence in the list of licence totals: `Zoho CRM Professional (Sales)`. */
        licenceListName(option: string, qualifier: string): string;
        /** Above the list of sources under a table. */
        readonly sourcesIntro: string;
        /** A sentence after a list item whose input has a source. */
        sourceSentence(source: string): string;
        /** A figure in running text with its source: `1 USD = 7.1 CNY (source: budget rate)`. */
        sourced(figure: string, source: string): string;
        /** Column of the users table. */
        readonly sourceColumn: string;
        readonly effortsHeading: string;
        readonly effortsIntro: string;
        effort(requirement: string, effort: string, source: string): string;
    };

    // Hovers ----------------------------------------------------------------
    readonly hover: {
        /** `Source: quote of 2026-12`. */
        source(source: string): string;
        /** Heading of the sources of a declaration's lines. */
        readonly sources: string;
        /** What a sourced line is: ``Amount line of `Customization` ``; `owner` and `detail` are code names. */
        readonly line: Readonly<Record<SourcedLineKind, (owner: string, detail: string) => string>>;
        /** An item of a declaration's sources list: ``covers `LeadFollowUp` ``, ``score `Usability` ``, `licence 2`. */
        readonly item: Readonly<Record<SourcedLineKind, (subject: string) => string>>;
    };
}
