import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const CATALOGUE = `goal Speed "Faster sales" weight 100%
`;

const PLAN = `import "catalog.crmplan"

plan "Trial" {
    currency CNY
    start 2027-01
    horizon 12 months
}

requirement R "r" {
    impact Speed 5
}
`;

describe('language server: imports across files', () => {
    let folder: string;
    let client: LspClient;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'crmplan-lsp-imports-'));
        mkdirSync(join(folder, '.git'));
        writeFileSync(join(folder, 'catalog.crmplan'), CATALOGUE);
        writeFileSync(join(folder, 'plan.crmplan'), PLAN);
        // Imports the catalogue but names nothing from it: only the import ties the two files.
        writeFileSync(join(folder, 'bare.crmplan'), 'import "catalog.crmplan"\n');
        ({ client } = await LspClient.start(folder));
    });

    afterAll(async () => {
        await client?.stop();
    });

    it('resolves names through an import, and reports the import once its file is deleted', async () => {
        const plan = fileUri(join(folder, 'plan.crmplan'));
        const bare = fileUri(join(folder, 'bare.crmplan'));
        const clean = await client.diagnosticsFor(plan);
        expect(clean.filter(d => d.severity === 1)).toEqual([]);
        expect(await client.diagnosticsFor(bare)).toEqual([]);

        rmSync(join(folder, 'catalog.crmplan'));
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [{ uri: fileUri(join(folder, 'catalog.crmplan')), type: FileChangeType.Deleted }]
        });
        const broken = await client.diagnosticsFor(plan, d => d.some(x => x.code === 'CRM011'));
        expect(broken.find(d => d.code === 'CRM011')!.range.start.line).toBe(0);
        expect(broken.some(d => d.code === 'CRM001' && String(d.message).includes('Speed'))).toBe(true);
        const bareBroken = await client.diagnosticsFor(bare, d => d.some(x => x.code === 'CRM011'));
        expect(bareBroken.map(d => d.code)).toEqual(['CRM011']);

        writeFileSync(join(folder, 'catalog.crmplan'), CATALOGUE);
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [{ uri: fileUri(join(folder, 'catalog.crmplan')), type: FileChangeType.Created }]
        });
        const fixed = await client.diagnosticsFor(plan, d => d.every(x => x.severity !== 1));
        expect(fixed.filter(d => d.severity === 1)).toEqual([]);
        expect(await client.diagnosticsFor(bare, d => d.length === 0)).toEqual([]);
    });
});
