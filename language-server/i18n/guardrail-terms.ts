import type { MetricUnit } from '../model/guardrail-metrics.js';
import type { GuardrailBasis, GuardrailMetric } from '../model/plan.js';
import type { FigureOrigin, MissingFigure } from '../evaluation/guardrails/index.js';

/** Every word a person reads about guardrails (`require` and `expect` rules), in every view. */
export interface GuardrailTerms {
    /** What each unit is called in messages: `a percentage`, `months`. */
    readonly unitNames: Readonly<Record<MetricUnit, string>>;
    /** Between a rule and its change in a diff's lead: `, ` / `，`. */
    readonly clauseSeparator: string;
    /** Between several IRR roots: `, ` / `、`. */
    readonly listSeparator: string;
    /** Between a basis and its metric: a space in English, none after Chinese brackets. */
    readonly basisSeparator: string;
    /** After the lead's label: a space in English, none after a full-width colon. */
    readonly leadSpace: string;
    readonly metric: Readonly<Record<GuardrailMetric, string>>;
    readonly months: (value: string) => string;
    readonly missing: (reason: MissingFigure, roots: string) => string;
    readonly holds: string;
    readonly broken: string;
    readonly notMet: string;
    readonly require: string;
    readonly expect: string;
    readonly origin: (origin: FigureOrigin, detail: string) => string;
    readonly simulationDetail: (trials: string, seed: number) => string;
    readonly appliedTo: (option: string) => string;
    readonly where: (file: string, line: number) => string;
    readonly tableRule: string;
    readonly tableReason: string;
    readonly tableFigure: string;
    readonly tableStatus: string;
    readonly heading: string;
    readonly none: string;
    readonly breaks: string;
    readonly restores: string;
    readonly basis: Readonly<Record<GuardrailBasis, string>>;
    readonly limit: string;
    readonly tableBefore: string;
    readonly tableAfter: string;
    readonly leadSeparator: string;
    readonly itemSeparator: string;
    readonly removedRule: string;
    readonly reportIntro: (option: string) => string;
}
