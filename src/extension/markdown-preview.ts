import { createHash } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { reportLocale } from './locale.js';
import { messages } from './messages.js';
import { LANGUAGE_ID, reasonOf } from './plan-target.js';
import { CustomRequests, type DiffParams, type MarkdownResult, type ReportParams } from './protocol.js';

/** What a preview shows: the plan's report, or its diff against Git HEAD. */
export type PreviewKind = 'report' | 'diff';

interface Preview {
    readonly kind: PreviewKind;
    readonly plan: vscode.Uri;
    /** The Markdown file the Markdown preview shows. */
    readonly file: vscode.Uri;
    /** The last Markdown rendered without an error, shown under a notice while the plan has errors. */
    lastGood?: string;
}

/**
 * Shows the report and the plan diff in VS Code's own Markdown preview, to
 * the side. The Markdown is written to a file in the extension's storage
 * (`<name>.report.md`, `<name>.diff.md`), which the preview watches; every
 * save of a `.crmplan` file rewrites the open previews' files, so they
 * refresh. Figures come from the language server (`crmplan/report`,
 * `crmplan/diff`), which has the plan's cached evaluation.
 */
export class MarkdownPreviews implements vscode.Disposable {

    private readonly previews = new Map<string, Preview>();
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly client: () => LanguageClient | undefined, private readonly storage: vscode.Uri) {
        this.disposables.push(vscode.workspace.onDidSaveTextDocument(document => {
            if (document.languageId === LANGUAGE_ID) {
                void this.refreshAll();
            }
        }));
    }

    /**
     * Renders the plan's report or diff and opens it in the Markdown preview
     * beside the editor. Shows an error message (and opens nothing) when the
     * server cannot produce it: the plan has errors, a catalogue, no Git, ...
     */
    async show(kind: PreviewKind, plan: vscode.Uri): Promise<boolean> {
        const preview = this.previewFor(kind, plan);
        let markdown: string;
        try {
            markdown = await this.render(preview);
        } catch (error) {
            const reason = reasonOf(error);
            void vscode.window.showErrorMessage(kind === 'report' ? messages().reportFailed(reason) : messages().diffFailed(reason));
            return false;
        }
        preview.lastGood = markdown;
        await this.write(preview, markdown);
        this.previews.set(preview.file.toString(), preview);
        await vscode.commands.executeCommand('markdown.showPreviewToSide', preview.file);
        return true;
    }

    /** The Markdown of a report, for the Save command. */
    async report(plan: vscode.Uri): Promise<string> {
        return this.render(this.previewFor('report', plan));
    }

    private previewFor(kind: PreviewKind, plan: vscode.Uri): Preview {
        const name = path.posix.basename(plan.path).replace(/\.crmplan$/, '');
        // One folder per plan, so two plans with the same name never share a file.
        const folder = createHash('sha256').update(plan.toString()).digest('hex').slice(0, 16);
        const file = vscode.Uri.joinPath(this.storage, 'previews', folder, `${name}.${kind}.md`);
        return this.previews.get(file.toString()) ?? { kind, plan, file };
    }

    private async render(preview: Preview): Promise<string> {
        const client = this.client();
        if (!client?.isRunning()) {
            throw new Error(messages().serverNotRunning);
        }
        const uri = client.code2ProtocolConverter.asUri(preview.plan);
        const locale = reportLocale(preview.plan);
        if (preview.kind === 'report') {
            const params: ReportParams = { uri, locale };
            return (await client.sendRequest<MarkdownResult>(CustomRequests.report, params)).markdown;
        }
        // The server reads the plan and its imports at HEAD with the plan loader, as `crmplan diff --git HEAD` does.
        const params: DiffParams = { uri, baseRevision: 'HEAD', locale };
        return (await client.sendRequest<MarkdownResult>(CustomRequests.diff, params)).markdown;
    }

    private async write(preview: Preview, markdown: string): Promise<void> {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(preview.file, '..'));
        await vscode.workspace.fs.writeFile(preview.file, new TextEncoder().encode(markdown));
    }

    /** Rewrites every preview's file; a plan with errors keeps its last good Markdown under a notice. */
    private async refreshAll(): Promise<void> {
        await Promise.all([...this.previews.values()].map(async preview => {
            let markdown: string;
            try {
                markdown = await this.render(preview);
                preview.lastGood = markdown;
            } catch (error) {
                markdown = `${messages().outOfDateNotice(reasonOf(error))}\n\n${preview.lastGood ?? ''}`;
            }
            await this.write(preview, markdown);
        }));
    }

    dispose(): void {
        this.disposables.forEach(d => d.dispose());
        // The files are scratch copies: drop those this window wrote.
        for (const preview of this.previews.values()) {
            void vscode.workspace.fs.delete(preview.file, { useTrash: false }).then(undefined, () => undefined);
        }
    }
}
