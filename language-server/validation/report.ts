import type { AstNode, Properties, ValidationAcceptor } from 'langium';
import type { Locale } from '../i18n/locale.js';
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
