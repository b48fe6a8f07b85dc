/**
 * The editor part of the benchmark: the bundled language server over stdio,
 * driven by a plain LSP client the way an editor drives it, on one plan.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    HoverRequest, InitializedNotification, InitializeRequest, InlayHintRequest, PublishDiagnosticsNotification,
    ShutdownRequest, StreamMessageReader, StreamMessageWriter, type Diagnostic, type Position
} from 'vscode-languageserver-protocol/node';

export interface LspResult {
    /** Spawn to the `initialize` answer. */
    readonly initializeMs: number;
    /** `didOpen` to the first diagnostics of the opened plan. */
    readonly firstDiagnosticsMs: number;
    /** Spawn to the first diagnostics of the opened plan. */
    readonly spawnToDiagnosticsMs: number;
    readonly hoverMs: readonly number[];
    /** Hovers that returned figures (a check that the hovers measure the real thing). */
    readonly hoversWithFigures: number;
    readonly inlayMs: readonly number[];
    readonly inlayHintCount: number;
    /** `didChange` to the diagnostics that reflect the change, after the warm-up edits. */
    readonly editToDiagnosticsMs: readonly number[];
    /** The same for the first edits after opening, while the server's code is still being compiled. */
    readonly warmupEditMs: readonly number[];
    /** Peak resident memory of the server (VmHWM), when /proc tells it. */
    readonly serverPeakRss?: number;
    /** Which of hover and inlay hints the server offers. */
    readonly capabilities: { readonly hover: boolean; readonly inlayHints: boolean };
}

export interface LspOptions {
    /** `bin/crmplan-language-server.cjs`. */
    readonly server: string;
    /** The folder opened as the workspace; `plan` lies in it. */
    readonly folder: string;
    readonly plan: string;
    readonly hovers: number;
    readonly inlays: number;
    readonly edits: number;
    /** Edits made (and timed separately) before the measured ones. */
    readonly warmupEdits: number;
}

/**
 * Opens `plan`, then measures hovers (cycling over declaration names and
 * references), inlay hints over the whole file, and edits that alternately
 * break and fix an impact score (so every wait is for fresh diagnostics);
 * the first few edits are timed apart, as the warm-up they are.
 */
export async function measureLsp(options: LspOptions): Promise<LspResult> {
    const spawned = performance.now();
    const child = spawn(process.execPath, [options.server, '--stdio'], { stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', chunk => { stderr += String(chunk); });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const uri = pathToFileURL(options.plan).toString();
    const waiters: Array<{ test: (d: Diagnostic[]) => boolean; resolve: (time: number) => void }> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        if (params.uri !== uri) {
            return;
        }
        const now = performance.now();
        for (const waiter of [...waiters]) {
            if (waiter.test(params.diagnostics)) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(now);
            }
        }
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    const diagnostics = (test: (d: Diagnostic[]) => boolean, what: string): Promise<number> => new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${what} diagnostics within 60 s\n${stderr}`)), 60_000);
        waiters.push({ test, resolve: time => { clearTimeout(timer); resolve(time); } });
    });

    try {
        const folderUri = pathToFileURL(options.folder).toString();
        const init = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: folderUri,
            workspaceFolders: [{ uri: folderUri, name: 'bench' }],
            capabilities: {
                workspace: { configuration: true, workspaceFolders: true },
                textDocument: { publishDiagnostics: {}, hover: { contentFormat: ['markdown', 'plaintext'] }, inlayHint: {} }
            }
        });
        const initializeMs = performance.now() - spawned;
        await connection.sendNotification(InitializedNotification.type, {});
        const text = readFileSync(options.plan, 'utf8');
        const first = diagnostics(() => true, 'first');
        const opened = performance.now();
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'crmplan', version: 1, text }
        });
        const firstAt = await first;

        const capabilities = {
            hover: Boolean(init.capabilities.hoverProvider),
            inlayHints: Boolean(init.capabilities.inlayHintProvider)
        };

        const hoverMs: number[] = [];
        let hoversWithFigures = 0;
        if (capabilities.hover) {
            const positions = hoverPositions(text);
            for (let i = 0; i < options.hovers; i++) {
                const position = positions[i % positions.length];
                const start = performance.now();
                const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
                hoverMs.push(performance.now() - start);
                const contents = hover?.contents;
                const value = contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
                if (/\d/.test(value)) {
                    hoversWithFigures++;
                }
            }
        }

        const inlayMs: number[] = [];
        let inlayHintCount = 0;
        if (capabilities.inlayHints) {
            const lines = text.split('\n').length;
            for (let i = 0; i < options.inlays; i++) {
                const start = performance.now();
                const hints = await connection.sendRequest(InlayHintRequest.type, {
                    textDocument: { uri },
                    range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }
                });
                inlayMs.push(performance.now() - start);
                inlayHintCount = hints?.length ?? 0;
            }
        }

        // Edits: `impact Revenue <n>` of the first requirement becomes 11 (CRM004), then goes back.
        const edit = impactEdit(text);
        const editMs: number[] = [];
        let current = edit.original;
        for (let i = 0; i < options.warmupEdits + options.edits; i++) {
            const breaking = i % 2 === 0;
            const replacement = breaking ? '11' : edit.original;
            const hasError = (d: Diagnostic[]) => d.some(x => x.code === 'CRM004');
            const fresh = diagnostics(d => (breaking ? hasError(d) : !hasError(d)), 'edited');
            const { line, character } = edit.start;
            const start = performance.now();
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version: i + 2 },
                contentChanges: [{ range: { start: edit.start, end: { line, character: character + current.length } }, text: replacement }]
            });
            editMs.push(await fresh - start);
            current = replacement;
        }
        const warmupEditMs = editMs.slice(0, options.warmupEdits);
        const editToDiagnosticsMs = editMs.slice(options.warmupEdits);

        const serverPeakRss = peakRss(child.pid);
        return {
            initializeMs,
            firstDiagnosticsMs: firstAt - opened,
            spawnToDiagnosticsMs: firstAt - spawned,
            hoverMs,
            hoversWithFigures,
            inlayMs,
            inlayHintCount,
            editToDiagnosticsMs,
            warmupEditMs,
            serverPeakRss,
            capabilities
        };
    } finally {
        try {
            await connection.sendRequest(ShutdownRequest.type);
            await connection.sendNotification(ExitNotification.type);
        } catch {
            // The server may already be gone.
        }
        connection.dispose();
        if (child.exitCode === null) {
            await new Promise<void>(done => {
                const timer = setTimeout(() => { child.kill(); done(); }, 3000);
                child.once('exit', () => { clearTimeout(timer); done(); });
            });
        }
    }
}

/**
 * Where an editor user hovers: requirement, vendor, cost and benefit names at
 * their declarations and at references (`needs`, `delivers`, `from`,
 * `covers`), spread over the file.
 */
export function hoverPositions(text: string): Position[] {
    const positions: Position[] = [];
    const lines = text.split('\n');
    const pattern = /^\s*(requirement|vendor|cost|benefit|needs|delivers|from|covers|choose) ([A-Za-z_][\w.]*)/;
    lines.forEach((line, index) => {
        const match = pattern.exec(line);
        if (match) {
            positions.push({ line: index, character: line.indexOf(match[2], match[0].indexOf(match[1]) + match[1].length) + 1 });
        }
    });
    // At most 64 positions, evenly spread.
    const step = Math.max(1, Math.floor(positions.length / 64));
    return positions.filter((_, i) => i % step === 0).slice(0, 64);
}

/** Where the first `impact Revenue <n>` score starts, and its text. */
function impactEdit(text: string): { start: Position; original: string } {
    const lines = text.split('\n');
    for (let line = 0; line < lines.length; line++) {
        const match = /impact Revenue (\d+)/.exec(lines[line]);
        if (match) {
            return { start: { line, character: match.index + 'impact Revenue '.length }, original: match[1] };
        }
    }
    throw new Error('the plan has no `impact Revenue` line to edit');
}

/** VmHWM of a process in bytes, from /proc (Linux); undefined elsewhere. */
function peakRss(pid: number | undefined): number | undefined {
    if (pid === undefined) {
        return undefined;
    }
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const match = /VmHWM:\s+(\d+) kB/.exec(status);
        return match ? Number(match[1]) * 1024 : undefined;
    } catch {
        return undefined;
    }
}
