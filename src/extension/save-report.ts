import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MarkdownPreviews } from './markdown-preview.js';
import { messages } from './messages.js';
import { reasonOf } from './plan-target.js';

/** `plan.crmplan` → `plan.report.md`, beside it. */
export function reportFileFor(plan: vscode.Uri): vscode.Uri {
    const name = path.posix.basename(plan.path).replace(/\.crmplan$/, '');
    return vscode.Uri.joinPath(plan, '..', `${name}.report.md`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}

/**
 * Writes the plan's report beside it as `<name>.report.md`, asking before it
 * replaces an existing file. The report is of the text in the editor, saved
 * or not.
 */
export async function saveReport(plan: vscode.Uri, previews: MarkdownPreviews): Promise<vscode.Uri | undefined> {
    const text = messages();
    if (plan.scheme === 'untitled') {
        void vscode.window.showErrorMessage(text.notSaved(path.posix.basename(plan.path)));
        return undefined;
    }
    let markdown: string;
    try {
        markdown = await previews.report(plan);
    } catch (error) {
        void vscode.window.showErrorMessage(text.reportFailed(reasonOf(error)));
        return undefined;
    }
    const target = reportFileFor(plan);
    const name = path.posix.basename(target.path);
    if (await exists(target)) {
        const answer = await vscode.window.showWarningMessage(text.overwrite(name), { modal: true }, text.overwriteButton);
        if (answer !== text.overwriteButton) {
            return undefined;
        }
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(markdown));
    void vscode.window.showInformationMessage(text.saved(name), text.open).then(choice => {
        if (choice === text.open) {
            void vscode.window.showTextDocument(target);
        }
    });
    return target;
}
