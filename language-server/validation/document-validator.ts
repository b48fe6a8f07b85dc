import type { LangiumDocument, ParseResult, ValidationOptions } from 'langium';
import { DefaultDocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CrmPlanServices } from '../crmplan-module.js';
import type { LocaleSetting } from '../i18n/locale.js';
import { kindKeyword, kindName } from '../i18n/kinds.js';
import { Diagnostics, diagnosticMessage } from './diagnostic-codes.js';

/**
 * Gives Langium's own lexing, parsing and linking diagnostics crmplan's
 * stable codes, and replaces the linker's message with one that says what
 * to do.
 */
export class CrmPlanDocumentValidator extends DefaultDocumentValidator {

    protected readonly locale: LocaleSetting;
    protected readonly astReflection;

    constructor(services: CrmPlanServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.astReflection = services.shared.AstReflection;
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
            const data = diagnostic.data as { containerType?: string; property?: string; refText?: string } | undefined;
            let type = 'name';
            if (data?.containerType && data.property) {
                type = this.astReflection.getReferenceType({
                    container: { $type: data.containerType },
                    property: data.property,
                    reference: undefined
                } as never);
            }
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
