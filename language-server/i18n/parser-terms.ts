/** How syntax errors name what the parser expected and found. */
export interface ParserTerms {
    /** The terminals of the grammar, by token name. */
    readonly terminals: {
        readonly NUMBER: string;
        readonly MONTH: string;
        readonly STRING: string;
        readonly ID: string;
        readonly EOF: string;
    };
    /** What a grammar rule stands for, when a message must say where the parser was. */
    readonly rules: {
        readonly Document: string;
        readonly PlanSetting: string;
        readonly RequirementStatement: string;
        readonly VendorMember: string;
        readonly CostStatement: string;
        readonly BenefitStatement: string;
        readonly PhaseStatement: string;
        readonly KpiStatement: string;
        readonly Schedule: string;
        readonly Name: string;
        readonly Decimal: string;
        readonly Period: string;
    };
    /** Lists alternatives: `a, b or c`. */
    readonly listSeparator: string;
    readonly lastSeparator: string;
    readonly somethingElse: string;
    /** `Expected \`}\` but found \`priority\`.` */
    mismatch(expected: string, found: string): string;
    /** `Unexpected \`priority\`: expected a requirement line (...).` */
    unexpected(found: string, expected: string): string;
}
