import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const GOOD = `plan "Trial" {
    currency CNY
    start 2027-01
    horizon 12 months
}

goal Speed "Faster sales" weight 100%
`;

describe('language server over stdio', () => {
    let folder: string;
    let client: LspClient;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'crmplan-lsp-'));
        mkdirSync(join(folder, '.git'));
        writeFileSync(join(folder, 'good.crmplan'), GOOD);
        ({ client } = await LspClient.start(folder));
    });

    afterAll(async () => {
        await client?.stop();
    });

    it('publishes diagnostics for workspace files without opening them', async () => {
        const diagnostics = await client.diagnosticsFor(fileUri(join(folder, 'good.crmplan')));
        expect(diagnostics).toEqual([]);
    });

    it('reports an error typed into an open plan with its code, and clears it when fixed', async () => {
        const uri = fileUri(join(folder, 'edited.crmplan'));
        const broken = GOOD + 'requirement R "r" {\n    impact Nowhere 5\n}\n';
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'crmplan', version: 1, text: broken }
        });
        const errors = await client.diagnosticsFor(uri, d => d.length > 0);
        expect(errors.map(d => d.code)).toContain('CRM001');
        const unresolved = errors.find(d => d.code === 'CRM001')!;
        expect(unresolved.range.start.line).toBe(8);
        expect(String(unresolved.message)).toContain('Nowhere');

        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 },
            contentChanges: [{ text: broken.replace('Nowhere', 'Speed') }]
        });
        const after = await client.diagnosticsFor(uri, d => d.every(x => x.code !== 'CRM001'));
        expect(after.filter(d => d.severity === 1)).toEqual([]);
    });
});
