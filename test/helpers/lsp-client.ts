import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter,
    InitializeRequest, InitializedNotification, PublishDiagnosticsNotification,
    ShutdownRequest, ExitNotification, HoverRequest, InlayHintRequest, CodeLensRequest,
    type CodeLens, type Diagnostic, type InitializeResult, type InlayHint, type Position, type ProtocolConnection,
    type PublishDiagnosticsParams, type Range
} from 'vscode-languageserver-protocol/node';

/** What `LspClient.start` may pass besides the workspace folder. */
export interface StartOptions {
    /** `InitializeParams.locale`, the editor's display language. */
    locale?: string;
    /**
     * Settings answered to `workspace/configuration`, by section (e.g.
     * `{ crmplan: { inlayHints: { amounts: true } } }`); without them every
     * section is answered with null, like a plain editor.
     */
    configuration?: Record<string, unknown>;
    /** The server's `bin/crmplan-language-server.cjs`; the clone's own by default (an installed package's in the package test). */
    server?: string;
}

const SERVER = fileURLToPath(new URL('../../bin/crmplan-language-server.cjs', import.meta.url));

/**
 * A real LSP client talking to the bundled language server over stdio, as
 * any editor would (`crmplan-language-server --stdio`).
 */
export class LspClient {

    readonly connection: ProtocolConnection;
    private readonly process: ChildProcessWithoutNullStreams;
    private readonly diagnostics = new Map<string, Diagnostic[]>();
    private readonly waiters: Array<{ uri: string; test: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
    stderr = '';

    private constructor(private readonly configuration: Record<string, unknown> = {}, server = SERVER) {
        this.process = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' });
        this.process.stderr.on('data', chunk => { this.stderr += String(chunk); });
        this.connection = createProtocolConnection(
            new StreamMessageReader(this.process.stdout),
            new StreamMessageWriter(this.process.stdin)
        );
        this.connection.onNotification(PublishDiagnosticsNotification.type, (params: PublishDiagnosticsParams) => {
            this.diagnostics.set(params.uri, params.diagnostics);
            for (const waiter of [...this.waiters]) {
                if (waiter.uri === params.uri && waiter.test(params.diagnostics)) {
                    this.waiters.splice(this.waiters.indexOf(waiter), 1);
                    waiter.resolve(params.diagnostics);
                }
            }
        });
        // The server may ask for configuration and register capabilities; answer like a plain editor.
        this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => (item.section !== undefined ? this.configuration[item.section] : undefined) ?? null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.listen();
    }

    /** Starts the server and initialises it on `folder` as the workspace. */
    static async start(folder: string, initializationOptions: StartOptions = {}): Promise<{ client: LspClient; result: InitializeResult }> {
        const client = new LspClient(initializationOptions.configuration, initializationOptions.server);
        const uri = pathToFileURL(folder).toString();
        const result = await client.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: uri,
            locale: initializationOptions.locale,
            workspaceFolders: [{ uri, name: 'workspace' }],
            capabilities: {
                workspace: { configuration: true, workspaceFolders: true },
                textDocument: {
                    publishDiagnostics: {},
                    hover: { contentFormat: ['markdown', 'plaintext'] },
                    completion: { completionItem: { snippetSupport: true } },
                    inlayHint: {},
                    codeLens: {}
                }
            }
        });
        await client.connection.sendNotification(InitializedNotification.type, {});
        return { client, result };
    }

    /** The latest diagnostics published for `uri` that satisfy `test`, waiting for them if needed. */
    diagnosticsFor(uri: string, test: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 20_000): Promise<Diagnostic[]> {
        const current = this.diagnostics.get(uri);
        if (current && test(current)) {
            return Promise.resolve(current);
        }
        return new Promise((resolvePromise, reject) => {
            const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri))}\n${this.stderr}`)), timeoutMs);
            this.waiters.push({
                uri, test, resolve: d => {
                    clearTimeout(timer);
                    resolvePromise(d);
                }
            });
        });
    }

    /** The Markdown (or plain text) of the hover at `position`, undefined when there is none. */
    async hover(uri: string, position: Position): Promise<string | undefined> {
        const hover = await this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
        const contents = hover?.contents;
        if (!contents) {
            return undefined;
        }
        return typeof contents === 'string' ? contents : 'value' in contents ? contents.value : undefined;
    }

    /** The inlay hints of `uri` in `range` (default: the whole document). */
    async inlayHints(uri: string, range: Range = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } }): Promise<InlayHint[]> {
        return await this.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range }) ?? [];
    }

    /** The code lenses of `uri`. */
    async codeLenses(uri: string): Promise<CodeLens[]> {
        return await this.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) ?? [];
    }

    async stop(): Promise<void> {
        try {
            await this.connection.sendRequest(ShutdownRequest.type);
            await this.connection.sendNotification(ExitNotification.type);
        } finally {
            this.connection.dispose();
            if (this.process.exitCode === null) {
                await new Promise<void>(done => {
                    const timer = setTimeout(() => { this.process.kill(); done(); }, 3000);
                    this.process.once('exit', () => { clearTimeout(timer); done(); });
                });
            }
        }
    }
}

export function fileUri(path: string): string {
    return pathToFileURL(path).toString();
}
