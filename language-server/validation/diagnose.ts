import type { AstNode, Properties, ValidationAcceptor } from 'langium';
import type { Locale } from '../i18n/locale.js';
import type { Import } from '../generated/ast.js';
import { type DiagnosticKind, diagnosticMessage } from './diagnostic-codes.js';

/**
 * Reports one diagnostic of `kind` on `node` (on `property`, and `index` for
 * list properties), with its stable code and the message in `locale`.
 */
export function report<N extends AstNode>(
    accept: ValidationAcceptor,
    locale: Locale,
    kind: DiagnosticKind,
    node: N,
    args: Record<string, string | number> = {},
    property?: Properties<N>,
    index?: number
): void {
    accept(kind.severity, diagnosticMessage(kind, locale, args), { node, property, index, code: kind.code });
}

/** Where a plan-wide finding can be shown in the checked file. */
export interface Site {
    isLocal(node: AstNode): boolean;
    importOf(node: AstNode): Import | undefined;
}

/**
 * Reports a plan-wide finding about `node` in the file being checked: on
 * `node` itself when it lives there, else on the `import` that brings it in.
 */
export function reportInFile<N extends AstNode>(
    accept: ValidationAcceptor,
    locale: Locale,
    kind: DiagnosticKind,
    site: Site,
    node: N,
    args: Record<string, string | number> = {},
    property?: Properties<N>,
    index?: number
): void {
    if (site.isLocal(node)) {
        report(accept, locale, kind, node, args, property, index);
        return;
    }
    const statement = site.importOf(node);
    if (statement) {
        report(accept, locale, kind, statement, args, 'path');
    }
}
