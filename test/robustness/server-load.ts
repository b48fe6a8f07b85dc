/**
 * A scripted editor hammering the bundled language server over stdio: rapid
 * full-text edits of one plan (valid, broken, absurd), hovers of which some
 * are cancelled in flight (`$/cancelRequest`), inlay hints and code lenses
 * in between, without waiting for diagnostics. Then a known text, whose
 * diagnostics must come out exactly, and the server's memory before and
 * after (VmRSS of its process).
 *
 * Used by `server-load.test.ts` (about 500 edits) and `npm run fuzz`
 * (CRMPLAN_SERVER_EDITS, default 5,000 there).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import {
    CancellationTokenSource, CodeLensRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
    ExitNotification, HoverRequest, InitializedNotification, InitializeRequest, InlayHintRequest, LogMessageNotification, MessageType,
    PublishDiagnosticsNotification, ResponseError, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
    type Diagnostic, type Position
} from 'vscode-languageserver-protocol/node';
import { mutatedPlan, noise, validishPlan } from './arbitraries.js';
import { ACME, SIDE_FILES } from './corpus.js';
import { random } from '../helpers/random.js';

const SERVER = fileURLToPath(new URL('../../bin/crmplan-language-server.cjs', import.meta.url));

/** Errors that are a normal answer to a request overtaken by an edit or a cancel. */
const EXPECTED_ERRORS = new Set([-32800 /* RequestCancelled */, -32801 /* ContentModified */]);

export interface LoadOptions {
    readonly edits: number;
    readonly seed: number;
    /** The last text sent, whose diagnostics the run waits for. */
    readonly finalText: string;
    /** Text in `finalText` to hover at the end (its first occurrence). */
    readonly hoverAt?: string;
    /** Called every 100 edits with the server's VmRSS then. */
    readonly onProgress?: (done: number, rssKb: number) => void;
}

export interface LoadResult {
    readonly edits: number;
    /** Answered, answered with "cancelled" or "content modified", failed; and how many `$/cancelRequest` were sent. */
    readonly requests: { readonly answered: number; readonly cancelled: number; readonly failed: number; readonly cancelsSent: number };
    /** Responses with an unexpected error, server error logs, anything on stderr: should be empty. */
    readonly problems: readonly string[];
    /** KiB, from /proc/<pid>/status: after the first build, after a warm-up (the first 100 edits, or a fifth), and at the end. */
    readonly rssStartKb: number;
    readonly rssBeforeKb: number;
    readonly rssAfterKb: number;
    /** The diagnostics of `finalText`, once they stop changing. */
    readonly finalDiagnostics: readonly Diagnostic[];
    /** The server still answers: the hover at `hoverAt` after the run. */
    readonly hoverAfter: string | undefined;
    readonly exitCode: number | null;
    readonly ms: number;
}

/** VmRSS of a process in KiB, or NaN where /proc is not available. */
export function residentKb(pid: number): number {
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
        return match ? Number(match[1]) : Number.NaN;
    } catch {
        return Number.NaN;
    }
}

/** Texts to send, reproducible from the seed: mostly plans being edited, some noise. */
function texts(count: number, seed: number): string[] {
    const arbitrary = fc.oneof(
        { weight: 5, arbitrary: mutatedPlan },
        { weight: 3, arbitrary: validishPlan },
        { weight: 2, arbitrary: fc.constant(ACME) },
        { weight: 1, arbitrary: noise }
    );
    // A few distinct texts, cycled: like a person editing back and forth, and cheap to generate.
    const distinct = fc.sample(arbitrary, { numRuns: Math.min(count, 400), seed });
    return Array.from({ length: count }, (_, i) => distinct[(i * 7919) % distinct.length]);
}

export async function runServerLoad(options: LoadOptions): Promise<LoadResult> {
    const started = Date.now();
    const parent = mkdtempSync(join(tmpdir(), 'crmplan-load-'));
    const folder = join(parent, 'repo');
    mkdirSync(join(folder, '.git'), { recursive: true });
    for (const [path, text] of Object.entries({ ...SIDE_FILES, 'plan.crmplan': ACME })) {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), text);
    }
    const uri = pathToFileURL(join(folder, 'plan.crmplan')).toString();
    const problems: string[] = [];
    const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    let stderr = '';
    server.stderr.on('data', chunk => { stderr += String(chunk); });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    let latest: Diagnostic[] | undefined;
    let published = 0;
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        if (params.uri === uri) {
            latest = params.diagnostics;
            published++;
        }
    });
    connection.onNotification(LogMessageNotification.type, params => {
        if (params.type === MessageType.Error) {
            problems.push(`server log: ${params.message.slice(0, 500)}`);
        }
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
        params.items.map(() => ({ inlayHints: { roi: true, amounts: true, priority: true } })));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();

    const counts = { answered: 0, cancelled: 0, failed: 0, cancelsSent: 0 };
    const track = (what: string, request: Promise<unknown>): Promise<void> => request.then(
        () => { counts.answered++; },
        (error: unknown) => {
            if (error instanceof ResponseError && EXPECTED_ERRORS.has(error.code)) {
                counts.cancelled++;
            } else {
                counts.failed++;
                problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500));
            }
        });
    const waitFor = async (test: () => boolean, timeoutMs: number): Promise<boolean> => {
        const until = Date.now() + timeoutMs;
        while (!test()) {
            if (Date.now() > until || server.exitCode !== null) {
                return false;
            }
            await new Promise(resolve => setTimeout(resolve, 20));
        }
        return true;
    };

    try {
        const root = pathToFileURL(folder).toString();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'load' }],
            capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown'] }, inlayHint: {}, codeLens: {} } }
        });
        await connection.sendNotification(InitializedNotification.type, {});
        let version = 1;
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'crmplan', version, text: ACME } });
        if (!await waitFor(() => latest !== undefined, 30_000)) {
            throw new Error(`no diagnostics for the opened plan\n${stderr}`);
        }
        const rssStartKb = residentKb(server.pid!);
        let rssBeforeKb = rssStartKb;
        const warmUp = Math.min(100, Math.floor(options.edits / 5));

        const next = random(options.seed);
        const positionIn = (text: string): Position => {
            const lines = text.split(/\r\n|\r|\n/);
            const line = Math.floor(next() * lines.length);
            return { line, character: Math.floor(next() * (lines[line].length + 1)) };
        };
        const inFlight: Promise<void>[] = [];
        const sequence = texts(options.edits, options.seed);
        for (let i = 0; i < sequence.length; i++) {
            const text = sequence[i];
            version++;
            await connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version }, contentChanges: [{ text }]
            });
            const roll = next();
            if (roll < 0.5) {
                const source = new CancellationTokenSource();
                inFlight.push(track('hover', connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionIn(text) }, source.token)));
                const cancel = next();
                if (cancel < 0.2) {
                    // Cancelled in the same breath: `$/cancelRequest` right behind the request.
                    counts.cancelsSent++;
                    source.cancel();
                } else if (cancel < 0.5) {
                    // Cancelled a moment later, while the server may be working on it.
                    counts.cancelsSent++;
                    setTimeout(() => source.cancel(), Math.floor(next() * 30));
                }
            } else if (roll < 0.75) {
                inFlight.push(track('inlay hints', connection.sendRequest(InlayHintRequest.type, {
                    textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } }
                })));
            } else if (roll < 0.85) {
                inFlight.push(track('code lens', connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })));
            }
            // Rapid, but not a flood with no end: every 25 edits, wait for the answers so far.
            if (i % 25 === 24) {
                await Promise.all(inFlight.splice(0));
            } else {
                await new Promise(resolve => setTimeout(resolve, Math.floor(next() * 4)));
            }
            if (server.exitCode !== null) {
                throw new Error(`the server exited (code ${server.exitCode}) after ${i + 1} edits\n${stderr.slice(-3000)}`);
            }
            if (i + 1 === warmUp) {
                // Memory is compared from here: the heap grows to its working size over the first edits.
                await Promise.all(inFlight.splice(0));
                rssBeforeKb = residentKb(server.pid!);
            }
            if (options.onProgress && (i + 1) % 100 === 0) {
                options.onProgress(i + 1, residentKb(server.pid!));
            }
        }
        await Promise.all(inFlight.splice(0));

        // The known text last: its diagnostics must settle on exactly what it has.
        version++;
        const before = published;
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: options.finalText }] });
        await waitFor(() => published > before, 60_000);
        // Settled: no newer publication for a second.
        for (let seen = -1, tries = 0; seen !== published && tries < 60; tries++) {
            seen = published;
            await new Promise(resolve => setTimeout(resolve, 1000));
        }
        const finalDiagnostics = latest ?? [];
        const hover = await connection.sendRequest(HoverRequest.type, {
            textDocument: { uri }, position: positionOf(options.finalText, Math.max(0, options.finalText.indexOf(options.hoverAt ?? '') + 1))
        }).catch((error: unknown) => { problems.push(`final hover: ${String(error)}`); return null; });
        const rssAfterKb = residentKb(server.pid!);
        if (stderr.trim() !== '') {
            problems.push(`stderr: ${stderr.slice(0, 2000)}`);
        }
        const hoverAfter = hover ? (typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : JSON.stringify(hover.contents)) : undefined;
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        await waitFor(() => server.exitCode !== null, 5000);
        return {
            edits: sequence.length, requests: counts, problems, rssStartKb, rssBeforeKb, rssAfterKb, finalDiagnostics, hoverAfter,
            exitCode: server.exitCode, ms: Date.now() - started
        };
    } finally {
        connection.dispose();
        if (server.exitCode === null) {
            server.kill();
        }
        rmSync(parent, { recursive: true, force: true });
    }
}

function positionOf(text: string, offset: number): Position {
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    return { line: before.length - 1, character: before[before.length - 1].length };
}
