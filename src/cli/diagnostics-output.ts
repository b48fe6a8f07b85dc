import type { Diagnostic } from 'vscode-languageserver-types';
import { glossary } from '../../language-server/i18n/glossary.js';
import type { Locale } from '../../language-server/i18n/locale.js';
import type { LoadedFile } from './load-workspace.js';

export type SeverityName = 'error' | 'warning' | 'info';

/** One diagnostic as the CLI prints it: 1-based line and column, path as the user wrote it. */
export interface FileDiagnostic {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly severity: SeverityName;
    readonly code: string;
    readonly message: string;
}

function severityName(diagnostic: Diagnostic): SeverityName {
    switch (diagnostic.severity) {
        case 1: return 'error';
        case 2: return 'warning';
        default: return 'info';
    }
}

/** Every diagnostic of the loaded files, sorted by file, line and column. */
export function collectDiagnostics(files: readonly LoadedFile[]): FileDiagnostic[] {
    const result: FileDiagnostic[] = [];
    for (const file of files) {
        for (const diagnostic of file.document.diagnostics ?? []) {
            const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
            result.push({
                file: file.shownPath,
                line: diagnostic.range.start.line + 1,
                column: diagnostic.range.start.character + 1,
                severity: severityName(diagnostic),
                code: String(diagnostic.code ?? ''),
                message: message.replace(/\s*[\r\n]+\s*/g, ' ')
            });
        }
    }
    return sortDiagnostics(result);
}

/** By file, then position, then code: a stable order for people and for CI logs. */
export function sortDiagnostics(diagnostics: FileDiagnostic[]): FileDiagnostic[] {
    return diagnostics.sort((a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.code, b.code));
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** `path:line:col severity CODE message` */
export function formatText(diagnostic: FileDiagnostic, color: (severity: SeverityName, text: string) => string): string {
    const { file, line, column, severity, code, message } = diagnostic;
    return `${file}:${line}:${column} ${color(severity, severity)} ${code} ${message}`;
}

/** A GitHub Actions workflow command, so the diagnostic shows on the pull request's diff. */
export function formatGithub(diagnostic: FileDiagnostic): string {
    const command = diagnostic.severity === 'info' ? 'notice' : diagnostic.severity;
    const properties = [
        `file=${escapeProperty(diagnostic.file)}`,
        `line=${diagnostic.line}`,
        `col=${diagnostic.column}`,
        `title=${escapeProperty(diagnostic.code)}`
    ].join(',');
    return `::${command} ${properties}::${escapeData(`${diagnostic.code} ${diagnostic.message}`)}`;
}

// Workflow-command escaping as GitHub's @actions/core does it.
function escapeData(value: string): string {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The closing line: how many problems in how many files. */
export function summaryLine(diagnostics: readonly FileDiagnostic[], fileCount: number, locale: Locale = 'en'): string {
    const count = (severity: SeverityName) => diagnostics.filter(d => d.severity === severity).length;
    const words = glossary(locale).cli;
    return diagnostics.length === 0
        ? words.noProblems(fileCount)
        : words.problems({ errors: count('error'), warnings: count('warning'), notes: count('info'), files: fileCount });
}
