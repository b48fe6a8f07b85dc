import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    DefinitionRequest, DidOpenTextDocumentNotification, DocumentSymbolRequest, FoldingRangeRequest, ReferencesRequest,
    RenameRequest, SemanticTokensRequest, WorkspaceSymbolRequest,
    type DocumentSymbol, type Location, type LocationLink, type TextEdit, type WorkspaceEdit
} from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const CATALOGUE = `// Shared catalogue: goals, requirements and vendors.
goal Speed "Faster sales" weight 100%

requirement 线索跟进 "Lead follow-up" {
    impact Speed 8
    effort 4 person-weeks
    must
}

requirement Reports "Weekly reports" {
    impact Speed 4
    should
    needs 线索跟进
}

vendor Acme "Acme CRM" {
    edition Pro {
        licence 100 per user per month
    }
    covers 线索跟进 90%, Reports 80%
}
`;

const PLAN = `import "catalog.crmplan"

plan "Trial" {
    currency CNY
    start 2027-01
    horizon 12 months
    choose Acme
}

department Sales "Sales" { users 10 }

benefit Deals "More deals" {
    revenue
    from 线索跟进, Reports
    5000 per month
}
`;

/** Position of the `occurrence`-th appearance of `text` in `source` (0-based line and character). */
function positionOf(source: string, text: string, occurrence = 1): { line: number; character: number } {
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
        index = source.indexOf(text, index + 1);
    }
    const before = source.slice(0, index).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('language server: navigation across files', () => {
    let folder: string;
    let client: LspClient;
    let catalogue: string;
    let plan: string;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'crmplan-lsp-nav-'));
        mkdirSync(join(folder, '.git'));
        writeFileSync(join(folder, 'catalog.crmplan'), CATALOGUE);
        writeFileSync(join(folder, 'plan.crmplan'), PLAN);
        catalogue = fileUri(join(folder, 'catalog.crmplan'));
        plan = fileUri(join(folder, 'plan.crmplan'));
        ({ client } = await LspClient.start(folder));
        for (const [uri, text] of [[catalogue, CATALOGUE], [plan, PLAN]]) {
            await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri, languageId: 'crmplan', version: 1, text }
            });
        }
        const diagnostics = await client.diagnosticsFor(plan);
        expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
    });

    afterAll(async () => {
        await client?.stop();
    });

    it('goes to the definition of a Chinese-named requirement in the imported file', async () => {
        const result = await client.connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: plan }, position: positionOf(PLAN, '线索跟进')
        }) as Array<Location | LocationLink>;
        const first = result[0];
        const [uri, range] = 'targetUri' in first ? [first.targetUri, first.targetSelectionRange] : [first.uri, first.range];
        expect(uri).toBe(catalogue);
        expect(range.start).toEqual(positionOf(CATALOGUE, '线索跟进'));
    });

    it('finds references in every file', async () => {
        const references = await client.connection.sendRequest(ReferencesRequest.type, {
            textDocument: { uri: catalogue }, position: positionOf(CATALOGUE, '线索跟进'), context: { includeDeclaration: false }
        }) as Location[];
        const files = references.map(reference => reference.uri).sort();
        expect(files).toEqual([catalogue, catalogue, plan].sort());
    });

    it('renames a requirement in its declaration and every reference in every file', async () => {
        const edit = await client.connection.sendRequest(RenameRequest.type, {
            textDocument: { uri: plan }, position: positionOf(PLAN, 'Reports'), newName: 'WeeklyReports'
        }) as WorkspaceEdit;
        const changes = edit.changes ?? {};
        const count = (uri: string) => (changes[uri] ?? []).filter((e: TextEdit) => e.newText === 'WeeklyReports').length;
        expect(count(plan)).toBe(1);
        // Declaration and the `covers` reference.
        expect(count(catalogue)).toBe(2);
    });

    it('outlines a file grouped by kind', async () => {
        const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: catalogue } }) as DocumentSymbol[];
        expect(symbols.map(s => s.name)).toEqual(['Goals', 'Requirements', 'Vendors']);
        expect(symbols[1].children!.map(s => s.name)).toEqual(['线索跟进', 'Reports']);
        expect(symbols[1].children![0].detail).toBe('Lead follow-up');
        expect(symbols[2].children![0].children!.map(s => s.name)).toEqual(['Pro']);
    });

    it('finds declarations across the workspace by name', async () => {
        const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Deals' }) as Array<{ name: string; location: Location }>;
        expect(symbols.some(s => s.name === 'Deals' && s.location.uri === plan)).toBe(true);
    });

    it('offers folding ranges for blocks and semantic tokens for names', async () => {
        const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: catalogue } });
        expect(folds!.some(fold => fold.startLine === positionOf(CATALOGUE, 'vendor Acme').line)).toBe(true);
        const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: catalogue } });
        // Five integers per token: at least goal, requirements, vendor, edition and references.
        expect(tokens!.data.length / 5).toBeGreaterThanOrEqual(8);
    });
});
