import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification
} from 'vscode-languageserver-protocol/node';
import type { PlanSummaryResult } from '../../language-server/protocol.js';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

/**
 * A closed document's last good figures are dropped: they may come from text
 * that was never saved, and nothing shows them once the editor is closed.
 */
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

let folder: string;
let client: LspClient;

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'crmplan-closed-'));
    cpSync(EXAMPLES, folder, { recursive: true });
    ({ client } = await LspClient.start(folder));
});

afterAll(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
});

describe('closing a document', () => {
    it('drops its last good figures', async () => {
        const path = join(folder, 'manufacturer-sales-automation.crmplan');
        const uri = fileUri(path);
        const text = readFileSync(path, 'utf8');
        const summary = () => client.connection.sendRequest('crmplan/summary', { uri, locale: 'en' }) as Promise<PlanSummaryResult>;

        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'crmplan', version: 1, text } });
        await client.diagnosticsFor(uri, d => !d.some(x => x.severity === 1));
        expect((await summary()).status).toBe('current');

        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 }, contentChanges: [{ text: text.replace('horizon 36 months', 'horizon 36 months\n    choose Nobody') }]
        });
        await client.diagnosticsFor(uri, d => d.some(x => x.severity === 1));
        expect((await summary()).status).toBe('stale');

        await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        await expect.poll(async () => (await summary()).status, { timeout: 10_000 }).not.toBe('stale');
    });
});
