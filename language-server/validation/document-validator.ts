import type { AstNode, LangiumDocument, ParseResult, ReferenceInfo, ValidationOptions } from 'langium';
import { Cancellation } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import type { Document, ScaleOverride } from '../generated/ast.js';
import { isScaleOverride, isVendor } from '../generated/ast.js';
import { overrideTargetArgs, targetText } from './override-targets.js';
import type { LocaleSetting } from '../i18n/locale.js';
import { kindKeyword, kindName } from '../i18n/kinds.js';
import { WalkingDocumentValidator } from '../langium/document-validator.js';
import { Diagnostics, diagnosticMessage } from './diagnostic-codes.js';
import { figureFindings } from './figure-checks.js';
import { type LinkingData, referenceTypeOf } from './linking-data.js';
import { guardrailFindings } from './guardrail-findings.js';
import { nearest } from '../parser/keyword-suggestions.js';
import { syntaxArgs, syntaxMessage, syntaxProblemOf, syntaxReplacement, type SyntaxProblem } from '../parser/syntax-messages.js';
import type { DiagnosticKind } from './diagnostic-codes.js';
import { PlanFileSystemProvider } from '../workspace/plan-file-system-provider.js';
import { encodingLabel, type ForeignEncoding } from '../workspace/text-encoding.js';

/** The code of each kind of syntax problem; the others are `CRM000`. */
const SYNTAX_KINDS: Record<SyntaxProblem['kind'], DiagnosticKind> = {
    fullWidth: Diagnostics.fullWidth,
    monthFormat: Diagnostics.monthFormat,
    misspeltKeyword: Diagnostics.misspeltKeyword,
    unexpectedCharacter: Diagnostics.syntax,
    compoundUnit: Diagnostics.syntax,
    unterminatedTitle: Diagnostics.syntax,
    unknownWord: Diagnostics.syntax
};

/**
 * Gives Langium's own lexing, parsing and linking diagnostics crmplan's
 * stable codes, and replaces the linker's message with one that says what
 * to do.
 */
export class CrmPlanDocumentValidator extends WalkingDocumentValidator {

    protected readonly locale: LocaleSetting;
    protected readonly astReflection;
    protected readonly services: CrmPlanCoreServices;

    constructor(services: CrmPlanCoreServices) {
        super(services);
        this.services = services;
        this.locale = services.i18n.Locale;
        this.astReflection = services.shared.AstReflection;
    }

    /**
     * The likely encoding of a document the server read from disk that is not
     * UTF-8 text, while its text still shows it (replacement characters or NUL
     * bytes; an editor that reopened it in its real encoding sends clean text).
     */
    protected foreignEncodingOf(document: LangiumDocument): ForeignEncoding | undefined {
        const files = this.services.shared.workspace.FileSystemProvider;
        const encoding = files instanceof PlanFileSystemProvider ? files.encodingOf(document.uri) : undefined;
        return encoding && /[\uFFFD\u0000]/.test(document.textDocument.getText()) ? encoding : undefined;
    }

    /** After the usual checks, a plan without errors gets the checks that need its figures. */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const encoding = this.foreignEncodingOf(document);
        if (encoding) {
            // Every character of a GBK file read as UTF-8 is a syntax error: one diagnostic that says how to convert it instead.
            const file = document.uri.path.split('/').pop() ?? '';
            const message = diagnosticMessage(Diagnostics.notUtf8, this.locale.current, { encoding, label: encodingLabel(encoding), file });
            return [{ severity: 1, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message, code: Diagnostics.notUtf8.code, source: 'crmplan' }];
        }
        let diagnostics = await super.validateDocument(document, options, cancelToken);
        if (diagnostics.some(d => d.code === Diagnostics.syntax.code)) {
            // Part of the text could not be read: warnings and notes about the rest would be guesses (a requirement
            // whose `must` was lost is a `could`), so the errors alone are shown until the text reads.
            diagnostics = diagnostics.filter(d => d.severity === 1);
        }
        if (diagnostics.some(d => d.severity === 1) || options.categories && !options.categories.includes('built-in')) {
            return diagnostics;
        }
        const computed = this.services.workspace.PlanEvaluations.compute(document);
        if (!computed.ok && computed.message !== undefined) {
            // A plan the checks above found no error in, yet it cannot be evaluated (amounts beyond the
            // range of numbers, or a gap in the checks): say so, rather than show no figures without a reason.
            const root = document.parseResult.value as Document;
            const header = root.plans?.[0];
            const args = { code: computed.code ?? '', message: computed.message };
            const message = diagnosticMessage(Diagnostics.figuresUnavailable, this.locale.current, args);
            diagnostics.push(header
                ? this.toDiagnostic('error', message, { node: header, property: 'title', code: Diagnostics.figuresUnavailable.code })
                : { severity: 1, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message, code: Diagnostics.figuresUnavailable.code, source: 'crmplan' });
        }
        if (computed.ok) {
            const declarations = this.services.workspace.PlanClosure.declarations(document);
            const context = this.services.validation.PlanContexts.of(document.parseResult.value);
            const findings = [
                ...figureFindings(document, declarations, computed.evaluation),
                // Only a plan's own file reports its guardrails: a catalogue has no figures to hold them to.
                ...(context.ownPlan ? guardrailFindings(context, computed.evaluation, computed.guardrails) : [])
            ];
            for (const finding of findings) {
                diagnostics.push(this.toDiagnostic(finding.kind.severity, diagnosticMessage(finding.kind, this.locale.current, finding.args), {
                    node: finding.node as AstNode, property: finding.property, index: finding.index, code: finding.kind.code
                }));
            }
        }
        return diagnostics;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        for (const error of parseResult.lexerErrors) {
            const first = diagnostics.length;
            super.processLexingErrors({ ...parseResult, lexerErrors: [error], lexerReport: undefined }, diagnostics, options);
            this.recodeSyntax(diagnostics, first, syntaxProblemOf(error));
        }
        const first = diagnostics.length;
        super.processLexingErrors({ ...parseResult, lexerErrors: [] }, diagnostics, options);
        this.recodeSyntax(diagnostics, first, undefined);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        for (const error of parseResult.parserErrors) {
            const first = diagnostics.length;
            super.processParsingErrors({ ...parseResult, parserErrors: [error] }, diagnostics, options);
            this.recodeSyntax(diagnostics, first, syntaxProblemOf(error.token));
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        // Langium reports one diagnostic per unresolved reference, in the order of `document.references`.
        const unresolved = document.references.filter(reference => reference.error);
        const dropped = new Set<Diagnostic>();
        for (let i = first; i < diagnostics.length; i++) {
            const diagnostic = diagnostics[i];
            const data = diagnostic.data as LinkingData | undefined;
            const type = referenceTypeOf(this.astReflection, data) ?? 'name';
            const name = data?.refText ?? '';
            const info = unresolved[i - first]?.error?.info;
            const suggestion = info ? this.closestName(info, name) : undefined;
            const locale = this.locale.current;
            if (info && isScaleOverride(info.container)) {
                // A scenario's target: one error that says what the plan lets a scenario override.
                if (!this.overrideTarget(info.container, info.property, diagnostic, suggestion)) {
                    dropped.add(diagnostic);
                }
                continue;
            }
            diagnostic.code = Diagnostics.unresolved.code;
            diagnostic.message = diagnosticMessage(Diagnostics.unresolved, locale, {
                kind: kindName(type, 'en'),
                kindZh: kindName(type, 'zh-CN'),
                keyword: kindKeyword(type),
                name,
                suggestion: suggestion ?? ''
            });
            if (suggestion) {
                diagnostic.data = { ...data, suggestion };
            }
        }
        if (dropped.size > 0) {
            const kept = diagnostics.filter(d => !dropped.has(d));
            diagnostics.splice(0, diagnostics.length, ...kept);
        }
    }

    /**
     * Rewords the linker's diagnostic on a scenario's target as CRM044; false when it only
     * follows from another (an edition after an unknown vendor, or after a cost or benefit,
     * which the scenario checks report), and is then dropped.
     */
    private overrideTarget(override: ScaleOverride, property: string, diagnostic: Diagnostic, suggestion: string | undefined): boolean {
        const vendor = override.item?.ref;
        if (property === 'edition' && !isVendor(vendor)) {
            return false;
        }
        const declarations = this.services.validation.PlanContexts.of(override).declarations;
        const target = targetText(override);
        const written: Record<string, string> = property === 'edition'
            ? { problem: 'edition', vendor: vendor?.name ?? '', edition: override.edition?.$refText ?? '' }
            : { problem: 'unknown' };
        diagnostic.code = Diagnostics.overrideTarget.code;
        diagnostic.message = diagnosticMessage(Diagnostics.overrideTarget, this.locale.current, {
            scenario: override.$container.name ?? '', target, suggestion: suggestion ?? '', ...written, ...overrideTargetArgs(declarations)
        });
        if (suggestion) {
            diagnostic.data = { ...(diagnostic.data as object | undefined), suggestion };
        }
        return true;
    }

    /** The declared name of the right kind (in scope) closest to `name`, when one is close. */
    private closestName(info: ReferenceInfo, name: string): string | undefined {
        try {
            const names = this.services.references.ScopeProvider.getScope(info).getAllElements().map(d => d.name).toArray();
            return nearest(name, names);
        } catch {
            // A suggestion is a courtesy: never let it cost the diagnostic.
            return undefined;
        }
    }

    /**
     * Gives a lexing or parsing diagnostic its code and a message in the
     * client's language; a problem with a repair carries the replacement text
     * for the quick fix.
     */
    private recodeSyntax(diagnostics: Diagnostic[], first: number, problem: SyntaxProblem | undefined): void {
        const locale = this.locale.current;
        for (let i = first; i < diagnostics.length; i++) {
            const diagnostic = diagnostics[i];
            const kind = problem ? SYNTAX_KINDS[problem.kind] : Diagnostics.syntax;
            diagnostic.code = kind.code;
            if (problem && kind !== Diagnostics.syntax) {
                diagnostic.message = diagnosticMessage(kind, locale, syntaxArgs(problem));
            } else {
                const original = problem ? syntaxMessage(problem, locale) : diagnostic.message;
                diagnostic.message = diagnosticMessage(Diagnostics.syntax, locale, { message: typeof original === 'string' ? original : original.value });
            }
            if (problem?.kind === 'misspeltKeyword' && problem.at) {
                // Noticed at the token after the word: shown on the word.
                const start = { line: problem.at.line - 1, character: problem.at.column - 1 };
                diagnostic.range = { start, end: { line: start.line, character: start.character + problem.word.length } };
            }
            const replacement = problem ? syntaxReplacement(problem) : undefined;
            if (replacement !== undefined) {
                diagnostic.data = { ...(diagnostic.data as object | undefined), replacement };
            }
        }
    }
}
