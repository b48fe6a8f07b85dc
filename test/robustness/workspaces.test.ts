/**
 * Workspaces that change under the server and imports that go wrong: a
 * renamed import (the editor's watcher reports Deleted + Created), a cycle
 * of three files, and imports that leave the workspace folder. All are
 * diagnosed; none is followed, hangs the CLI or the server.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { runCli } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/workspace.js';

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

/** a → b → c → a, each with a declaration the next one uses. */
const CYCLE: Record<string, string> = {
    'a.crmplan': `import "b.crmplan"\n\nplan "Cycle" {\n    currency CNY\n    start 2027-01\n    horizon 12 months\n}\n\ngoal Speed "Speed" weight 100%\n`,
    'b.crmplan': `import "c.crmplan"\n\nrequirement R "r" {\n    impact Speed 5\n}\n`,
    'c.crmplan': `import "a.crmplan"\n\nvendor V "v" {\n    covers R 50%\n}\n`
};

const OUTSIDE_PLAN = `import "../outside.crmplan"
import "/etc/passwd"
import "../../../../../../../../etc/hostname"

plan "Outside" {
    currency CNY
    start 2027-01
    horizon 12 months
}
`;

describe('a renamed import (Deleted + Created)', () => {
    let folder: string;
    let client: LspClient;

    beforeAll(async () => {
        folder = temporaryFolder();
        mkdirSync(join(folder, '.git'));
        writeFileSync(join(folder, 'catalog.crmplan'), CATALOGUE);
        writeFileSync(join(folder, 'plan.crmplan'), PLAN);
        ({ client } = await LspClient.start(folder));
    });

    afterAll(async () => {
        await client?.stop();
    });

    it('reports the import once its file is renamed away, and clears it once renamed back', async () => {
        const plan = fileUri(join(folder, 'plan.crmplan'));
        const clean = await client.diagnosticsFor(plan);
        expect(clean.filter(d => d.severity === 1)).toEqual([]);

        renameSync(join(folder, 'catalog.crmplan'), join(folder, 'renamed.crmplan'));
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [
                { uri: fileUri(join(folder, 'catalog.crmplan')), type: FileChangeType.Deleted },
                { uri: fileUri(join(folder, 'renamed.crmplan')), type: FileChangeType.Created }
            ]
        });
        const broken = await client.diagnosticsFor(plan, d => d.some(x => x.code === 'CRM011'));
        expect(broken.find(d => d.code === 'CRM011')!.range.start.line).toBe(0);
        expect(broken.some(d => d.code === 'CRM001' && String(d.message).includes('Speed'))).toBe(true);
        // The file under its new name is a catalogue of its own, with nothing wrong in it.
        expect(await client.diagnosticsFor(fileUri(join(folder, 'renamed.crmplan')))).toEqual([]);
        const hover = await client.hover(plan, { line: 8, character: 12 });
        expect(hover).toBeDefined();

        renameSync(join(folder, 'renamed.crmplan'), join(folder, 'catalog.crmplan'));
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [
                { uri: fileUri(join(folder, 'renamed.crmplan')), type: FileChangeType.Deleted },
                { uri: fileUri(join(folder, 'catalog.crmplan')), type: FileChangeType.Created }
            ]
        });
        const fixed = await client.diagnosticsFor(plan, d => d.every(x => x.severity !== 1));
        expect(fixed.filter(d => d.severity === 1)).toEqual([]);
    });
});

describe('a cycle of three imports', () => {
    let folder: string;

    beforeAll(() => {
        folder = temporaryFolder();
        mkdirSync(join(folder, '.git'));
        for (const [name, text] of Object.entries(CYCLE)) {
            writeFileSync(join(folder, name), text);
        }
    });

    it('the CLI reports it on every file and ends (check, evaluate, report, fmt)', () => {
        const started = Date.now();
        const check = runCli(['check', 'a.crmplan'], { cwd: folder });
        expect(check.status).toBe(1);
        for (const name of ['a', 'b', 'c']) {
            expect(check.stdout).toMatch(new RegExp(`^${name}\\.crmplan:1:8 error CRM012 `, 'm'));
        }
        expect(check.stdout).toContain('a.crmplan → b.crmplan → c.crmplan → a.crmplan');
        expect(runCli(['check', '.'], { cwd: folder }).status).toBe(1);
        expect(runCli(['evaluate', 'a.crmplan'], { cwd: folder }).status).toBe(1);
        expect(runCli(['report', 'a.crmplan'], { cwd: folder }).status).toBe(1);
        // Formatting does not need the imports: it formats each file and stops.
        expect(runCli(['fmt', '--check', '.'], { cwd: folder }).status).toBe(0);
        expect(Date.now() - started).toBeLessThan(25_000);
    });

    it('the server reports it on every file and still answers', async () => {
        const { client } = await LspClient.start(folder);
        try {
            for (const name of ['a', 'b', 'c']) {
                const diagnostics = await client.diagnosticsFor(fileUri(join(folder, `${name}.crmplan`)), d => d.some(x => x.code === 'CRM012'));
                expect(diagnostics.filter(d => d.code === 'CRM012')).toHaveLength(1);
            }
            // Names resolve around the cycle (each file sees the others through it), and views answer.
            const a = fileUri(join(folder, 'a.crmplan'));
            expect(await client.hover(a, { line: 8, character: 7 })).toContain('Speed');
            expect(await client.codeLenses(a)).not.toHaveLength(0);
            expect(await client.inlayHints(a)).toEqual(expect.any(Array));
        } finally {
            await client.stop();
        }
    });
});

describe('imports that leave the workspace folder', () => {
    let folder: string;

    beforeAll(() => {
        folder = temporaryFolder();
        mkdirSync(join(folder, '.git'));
        // A file outside the folder, with an error that would show if it were ever read.
        writeFileSync(join(folder, '..', 'outside.crmplan'), 'this is not a plan\n');
        writeFileSync(join(folder, 'plan.crmplan'), OUTSIDE_PLAN);
    });

    it('are CRM013 in the CLI, and the files are never read', () => {
        const result = runCli(['check', 'plan.crmplan'], { cwd: folder });
        expect(result.status).toBe(1);
        const lines = result.stdout.trim().split('\n');
        expect(lines.filter(line => / CRM013 /.test(line)).map(line => line.split(' ')[0])).toEqual([
            'plan.crmplan:1:8', 'plan.crmplan:2:8', 'plan.crmplan:3:8'
        ]);
        expect(result.stdout).not.toMatch(/outside\.crmplan:|passwd:|hostname:|CRM000/);
    });

    it('are CRM013 in the server, which never opens them either', async () => {
        const { client } = await LspClient.start(folder);
        try {
            const diagnostics = await client.diagnosticsFor(fileUri(join(folder, 'plan.crmplan')), d => d.filter(x => x.code === 'CRM013').length === 3);
            expect(diagnostics.filter(d => d.code === 'CRM013').map(d => d.range.start.line)).toEqual([0, 1, 2]);
            await expect(client.diagnosticsFor(fileUri(join(folder, '..', 'outside.crmplan')), () => true, 1500)).rejects.toThrow(/no matching diagnostics/);
        } finally {
            await client.stop();
        }
    });
});
