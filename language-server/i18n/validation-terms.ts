/**
 * Phrases that diagnostics place inside their messages (`what`, `where`):
 * `the amount of cost 'Training'`, `第 3 行`. Checks build each phrase in
 * every language once, since a diagnostic's language is chosen when it is shown.
 */
export interface ValidationTerms {
    /** `requirement 'Pipeline'` / `需求“Pipeline”` */
    declaration(kind: string, name: string): string;
    /** `The amount of cost 'Training'` / `成本“Training”的金额` */
    ofDeclaration(what: string, where: string): string;
    /** Appended to a phrase about one end of a range. */
    readonly lowEnd: string;
    readonly highEnd: string;
    // Parts of a declaration, placed by `ofDeclaration`.
    readonly weight: string;
    readonly yearlyIncrease: string;
    readonly minimumUsers: string;
    readonly numberOfUsers: string;
    readonly effort: string;
    readonly duration: string;
    readonly ramp: string;
    readonly hourlyRate: string;
    readonly hours: string;
    readonly amount: string;
    readonly licencePrice: string;
    // Whole subjects, starting a sentence.
    readonly discountRate: string;
    readonly capacity: string;
    readonly horizon: string;
    readonly internalRate: string;
    readonly anAmount: string;
    coverageOf(requirement: string, vendor: string): string;
    rateOf(from: string, to: string): string;
    scenarioUsers(department: string, scenario: string): string;
    /** The number of active users an actuals block records for a department. */
    activeUsersOf(department: string): string;
    costNamed(cost: string): string;
    licenceOfOption(option: string): string;
    benefitNamed(benefit: string): string;
    /** A KPI measure's unit in a sentence: `in %`, `in days`, `without a unit`. */
    inUnit(unit: string): string;
    readonly inPercent: string;
    readonly withoutUnit: string;
    scenarioDiscount(scenario: string): string;
    scenarioRate(from: string, to: string, scenario: string): string;
    scenarioLicencePrice(target: string, scenario: string): string;
    scenarioInternalRate(scenario: string): string;
    scenarioEffort(requirement: string, scenario: string): string;
    /** `target` is `Vendor` or `Vendor.Edition`. */
    scenarioCoverage(requirement: string, target: string, scenario: string): string;
    // Places (`where`).
    scenario(name: string): string;
    scenarioOnlyDeclaredRates(scenario: string): string;
    onLine(line: number): string;
    inFileOnLine(file: string, line: number): string;
    fileLine(file: string, line: number): string;
    fileCommaLine(file: string, line: number): string;
    readonly fileAndImports: string;
    readonly planHeader: string;
}
