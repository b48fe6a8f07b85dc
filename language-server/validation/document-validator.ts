import type { AstNode, LangiumDocument, ParseResult, ValidationOptions } from 'langium';
import { Cancellation } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import type { Document } from '../generated/ast.js';
import type { LocaleSetting } from '../i18n/locale.js';
import { kindKeyword, kindName } from '../i18n/kinds.js';
import { WalkingDocumentValidator } from '../langium/document-validator.js';
import { Diagnostics, diagnosticMessage } from './diagnostic-codes.js';
import { figureFindings } from './figure-checks.js';
import { type LinkingData, referenceTypeOf } from './linking-data.js';
import { guardrailFindings } from './guardrail-findings.js';

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

    /** After the usual checks, a plan without errors gets the checks that need its figures. */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
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
        const first = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        this.recode(diagnostics, first, message => diagnosticMessage(Diagnostics.syntax, this.locale.current, { message }));
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        this.recode(diagnostics, first, message => diagnosticMessage(Diagnostics.syntax, this.locale.current, { message }));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        for (let i = first; i < diagnostics.length; i++) {
            const diagnostic = diagnostics[i];
            const data = diagnostic.data as LinkingData | undefined;
            const type = referenceTypeOf(this.astReflection, data) ?? 'name';
            const locale = this.locale.current;
            diagnostic.code = Diagnostics.unresolved.code;
            diagnostic.message = diagnosticMessage(Diagnostics.unresolved, locale, {
                kind: kindName(type, 'en'),
                kindZh: kindName(type, 'zh-CN'),
                keyword: kindKeyword(type),
                name: data?.refText ?? ''
            });
        }
    }

    private recode(diagnostics: Diagnostic[], first: number, message: (original: string) => string): void {
        for (let i = first; i < diagnostics.length; i++) {
            diagnostics[i].code = Diagnostics.syntax.code;
            const original = diagnostics[i].message;
            diagnostics[i].message = message(typeof original === 'string' ? original : original.value);
        }
    }
}
