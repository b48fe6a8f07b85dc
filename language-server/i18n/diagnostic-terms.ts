/** The messages of diagnostics, by name (the codes and severities are in validation/diagnostic-codes.ts). */
export type DiagnosticArgs = Readonly<Record<string, string | number>>;

/**
 * One diagnostic's message. Arguments come once for every language: a
 * phrase that differs by language comes twice (`what` and `whatZh`).
 */
export type DiagnosticMessage = (args: DiagnosticArgs) => string;

export type { DiagnosticName } from './en.js';
