/**
 * The one glossary: every word a person reads (reports, diffs, hovers, inlay
 * hints, code lenses, diagnostics, the extension's messages), one file per
 * locale. Views take their words from here and only format.
 *
 * Plain data: the VS Code extension imports it too, so it imports nothing
 * but types from the rest of the server.
 */
import type { CliTerms } from './cli-terms.js';
import type { DiagnosticMessage, DiagnosticName } from './diagnostic-terms.js';
import type { DiffTerms } from './diff-terms.js';
import { en } from './en.js';
import type { EditorTerms } from './editor-terms.js';
import type { ExportTerms } from './export-terms.js';
import type { ExtensionTerms } from './extension-terms.js';
import type { FigureTerms } from './figure-terms.js';
import type { GuardrailTerms } from './guardrail-terms.js';
import type { Locale } from './locale.js';
import type { ParserTerms } from './parser-terms.js';
import type { ProvenanceTerms } from './provenance-terms.js';
import type { ReportTerms } from './report-terms.js';
import type { SyntaxTerms } from './syntax-terms.js';
import type { ValidationTerms } from './validation-terms.js';
import { zhCN } from './zh-CN.js';

/** The AST types of declarations, which a person names by kind (`requirement`, `需求`). */
export type DeclarationType = 'Goal' | 'Department' | 'Requirement' | 'Criterion' | 'Vendor' | 'Edition'
    | 'Cost' | 'Benefit' | 'Phase' | 'Kpi' | 'Scenario' | 'ScaledItem';
export type KindTerms = Readonly<Record<DeclarationType, string>>;

export interface Glossary {
    /**
     * Currencies written by name after the amount (`23.00 美元`) instead of
     * with a symbol (`$23.00`); a locale lists only those it names.
     */
    readonly currencyNames: Readonly<Record<string, string>>;
    readonly kinds: KindTerms;
    readonly report: ReportTerms;
    readonly figures: FigureTerms;
    readonly diff: DiffTerms;
    readonly extension: ExtensionTerms;
    readonly diagnostics: Readonly<Record<DiagnosticName, DiagnosticMessage>>;
    readonly validation: ValidationTerms;
    readonly editor: EditorTerms;
    readonly parser: ParserTerms;
    /** Text the parser could not read as written, and the quick fixes that repair it. */
    readonly syntax: SyntaxTerms;
    /** The finance workbook and CSV (`crmplan export`). */
    readonly export: ExportTerms;
    /** Guardrails (`require` and `expect` rules) in every view. */
    readonly guardrails: GuardrailTerms;
    /** The command line's own lines: usage errors and check's closing line. */
    readonly cli: CliTerms;
    /** Where figures come from (`source "..."`) and how licences are named, in every view. */
    readonly provenance: ProvenanceTerms;
}

export const GLOSSARIES: Readonly<Record<Locale, Glossary>> = { 'en': en, 'zh-CN': zhCN };

/** The words of `locale`. */
export function glossary(locale: Locale): Glossary {
    return GLOSSARIES[locale];
}
