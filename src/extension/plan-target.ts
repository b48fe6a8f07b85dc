import * as vscode from 'vscode';
import { messages } from './messages.js';

export const LANGUAGE_ID = 'crmplan';

/**
 * The plan a command acts on: the file it was invoked on (explorer or editor
 * title menus pass its URI), else the active editor's `.crmplan` document.
 * Tells the user and returns undefined when there is none.
 */
export function planTarget(argument: unknown): vscode.Uri | undefined {
    if (argument instanceof vscode.Uri && argument.path.endsWith('.crmplan')) {
        return argument;
    }
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId === LANGUAGE_ID) {
        return document.uri;
    }
    void vscode.window.showErrorMessage(messages().noPlan);
    return undefined;
}

/** The message of a failed request: the server's sentence, without protocol noise. */
export function reasonOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
