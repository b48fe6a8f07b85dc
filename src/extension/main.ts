import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { MarkdownPreviews } from './markdown-preview.js';
import { messages } from './messages.js';
import { LANGUAGE_ID, planTarget } from './plan-target.js';
import { saveReport } from './save-report.js';
import { RoiStatusBar } from './status-bar.js';

let client: LanguageClient | undefined;

/**
 * The CRM Plan extension: starts the bundled language server
 * (`out/language-server.cjs`, over IPC) for `.crmplan` files and adds the
 * report preview, Save Report, Compare with Git HEAD, Restart and an ROI
 * status bar item. Everything it shows comes from the server.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath('out/language-server.cjs');
    // When the extension host is being debugged (F5, .vscode/launch.json), the server listens for a
    // debugger on port 6009 ("Attach to Language Server"); with DEBUG_BREAK set it waits for one first.
    const inspect = `--inspect${process.env.DEBUG_BREAK ? '-brk' : ''}=${process.env.DEBUG_SOCKET ?? '6009'}`;
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', inspect] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: LANGUAGE_ID }, { scheme: 'untitled', language: LANGUAGE_ID }],
        synchronize: {
            // Imports can point at files that are not open: keep the server's copy of every plan current.
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.crmplan')
        }
    };
    // The id `crmplan` makes the client read `crmplan.trace.server`.
    client = new LanguageClient('crmplan', 'CRM Plan', serverOptions, clientOptions);

    const storage = context.storageUri ?? context.globalStorageUri;
    const previews = new MarkdownPreviews(() => client, storage);
    const statusBar = new RoiStatusBar(() => client);
    context.subscriptions.push(previews, statusBar);

    context.subscriptions.push(
        vscode.commands.registerCommand('crmplan.showReportPreview', async (argument?: unknown) => {
            const plan = planTarget(argument);
            return plan ? previews.show('report', plan) : false;
        }),
        vscode.commands.registerCommand('crmplan.saveReport', async (argument?: unknown) => {
            const plan = planTarget(argument);
            return plan ? saveReport(plan, previews) : undefined;
        }),
        vscode.commands.registerCommand('crmplan.compareWithHead', async (argument?: unknown) => {
            const plan = planTarget(argument);
            return plan ? previews.show('diff', plan) : false;
        }),
        vscode.commands.registerCommand('crmplan.restartServer', async () => {
            if (!client) {
                return;
            }
            await client.restart();
            void statusBar.refresh();
            void vscode.window.showInformationMessage(messages().restarted);
        }),
        client.onDidChangeState(() => void statusBar.refresh())
    );

    await client.start();
    void statusBar.refresh();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
