import type { LangiumDocument } from 'langium';
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import type { Locale } from '../i18n/locale.js';
import { glossary } from '../i18n/glossary.js';
import { syntaxProblemOf } from '../parser/syntax-messages.js';
import { Diagnostics } from '../validation/diagnostic-codes.js';

/** The codes whose diagnostics may carry the text that repairs them (`data.replacement`). */
export const SYNTAX_FIX_CODES: ReadonlySet<string> = new Set([Diagnostics.syntax.code, Diagnostics.fullWidth.code, Diagnostics.monthFormat.code, Diagnostics.misspeltKeyword.code]);

function replacementOf(diagnostic: Diagnostic): string | undefined {
    const data = diagnostic.data as { replacement?: unknown } | undefined;
    return typeof data?.replacement === 'string' ? data.replacement : undefined;
}

function action(title: string, document: LangiumDocument, diagnostics: Diagnostic[], edits: TextEdit[], isPreferred: boolean): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred, edit: { changes: { [document.textDocument.uri]: edits } } };
}

/**
 * Quick fixes for slips the lexer and parser read past: the ASCII for a
 * full-width mark (and, when the file has several, all of them at once), the
 * month with two digits, the keyword a word was probably meant to be.
 */
export function syntaxFixes(document: LangiumDocument, diagnostic: Diagnostic, locale: Locale): CodeAction[] {
    const replacement = replacementOf(diagnostic);
    if (replacement === undefined) {
        return [];
    }
    const text = glossary(locale).syntax;
    const title = diagnostic.code === Diagnostics.fullWidth.code ? text.fixReplace({ replacement }) : text.fixChange({ replacement });
    const actions = [action(title, document, [diagnostic], [{ range: diagnostic.range, newText: replacement }], true)];
    if (diagnostic.code === Diagnostics.fullWidth.code) {
        const all = fullWidthEdits(document);
        if (all.length > 1) {
            actions.push(action(text.fixAllFullWidth({}), document, [diagnostic], all, false));
        }
    }
    return actions;
}

/** An edit for every full-width mark the lexer read as ASCII in the document. */
function fullWidthEdits(document: LangiumDocument): TextEdit[] {
    const edits: TextEdit[] = [];
    for (const error of document.parseResult.lexerErrors) {
        const problem = syntaxProblemOf(error);
        if (problem?.kind === 'fullWidth') {
            const start = document.textDocument.positionAt(error.offset);
            const end = document.textDocument.positionAt(error.offset + error.length);
            edits.push({ range: { start, end }, newText: problem.replacement });
        }
    }
    return edits;
}

/** CRM001 with a declared name close to the unknown one: write that name instead. */
export function suggestedNameFix(document: LangiumDocument, diagnostic: Diagnostic, locale: Locale): CodeAction[] {
    const data = diagnostic.data as { suggestion?: unknown } | undefined;
    if (typeof data?.suggestion !== 'string') {
        return [];
    }
    const title = glossary(locale).syntax.fixChange({ replacement: data.suggestion });
    return [action(title, document, [diagnostic], [{ range: diagnostic.range, newText: data.suggestion }], true)];
}
