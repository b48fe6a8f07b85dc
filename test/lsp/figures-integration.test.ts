import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, type Position } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

// The real server over stdio: run `node esbuild.mjs` first so the bundle has the current code.

const ACME = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

/** 0-based position `inner` characters into the first occurrence of `snippet`. */
function at(text: string, snippet: string, inner = 1): Position {
    const offset = text.indexOf(snippet);
    if (offset < 0) {
        throw new Error(`'${snippet}' not found`);
    }
    const before = text.slice(0, offset + inner).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

function workspaceWithAcme(): { folder: string; uri: string } {
    const folder = mkdtempSync(join(tmpdir(), 'crmplan-lsp-figures-'));
    mkdirSync(join(folder, '.git'));
    writeFileSync(join(folder, 'acme.crmplan'), ACME);
    return { folder, uri: fileUri(join(folder, 'acme.crmplan')) };
}

describe('figures over LSP (English client)', () => {
    let client: LspClient;
    let uri: string;
    let capabilities: Record<string, unknown>;

    beforeAll(async () => {
        const workspace = workspaceWithAcme();
        uri = workspace.uri;
        const started = await LspClient.start(workspace.folder, { locale: 'en-US' });
        client = started.client;
        capabilities = started.result.capabilities as Record<string, unknown>;
        const diagnostics = await client.diagnosticsFor(uri);
        expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
    });

    afterAll(async () => {
        await client?.stop();
    });

    it('announces hover, inlay hints and code lens', () => {
        expect(capabilities.hoverProvider).toBeTruthy();
        expect(capabilities.inlayHintProvider).toBeTruthy();
        expect(capabilities.codeLensProvider).toBeTruthy();
    });

    it('hovers a requirement on its declaration and on a reference: value 6.65, rank 1 of 4', async () => {
        const declaration = await client.hover(uri, at(ACME, 'LeadFollowUp "'));
        expect(declaration).toContain('**Value 6.65**');
        expect(declaration).toContain('rank **1 of 4**');
        const reference = await client.hover(uri, at(ACME, 'needs LeadFollowUp', 8));
        expect(reference).toBe(declaration);
    });

    it('hovers a vendor: ROI 126.12%, NPV ¥449,553.71', async () => {
        const vendor = await client.hover(uri, at(ACME, 'Fxiaoke "'));
        expect(vendor).toContain('| ROI | 126.12% |');
        expect(vendor).toContain('| NPV | ¥449,553.71 |');
    });

    it('answers inlay hints with the edition\'s ROI', async () => {
        const hints = await client.inlayHints(uri);
        const roi = hints.find(hint => String(hint.label).startsWith('ROI 126%'));
        expect(roi?.label).toBe('ROI 126% · NPV ¥449,554 · payback 15.6 mo');
        expect(roi?.position).toEqual(at(ACME, '"专业版"', '"专业版"'.length));
        // Amount totals are off unless the client turns them on.
        expect(hints.some(hint => String(hint.label).startsWith('='))).toBe(false);
    });

    it('answers code lenses: the plan\'s figures and "Open report"', async () => {
        const lenses = await client.codeLenses(uri);
        const plan = at(ACME, 'plan "').line;
        expect(lenses.filter(lens => lens.range.start.line === plan).map(lens => lens.command?.title)).toEqual([
            '纷享销客 专业版 (chosen, recommended): ROI 126.12% · NPV ¥449,553.71 · payback 15.64 months',
            'Open report'
        ]);
        const report = lenses.find(lens => lens.command?.command === 'crmplan.showReportPreview');
        expect(report?.command?.arguments).toEqual([uri]);
    });

    it('keeps the last good figures, marked out of date, while the open plan has an error', async () => {
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'crmplan', version: 1, text: ACME }
        });
        const broken = ACME.replace('impact SalesEfficiency 9', 'impact Nowhere 9');
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 2 }, contentChanges: [{ text: broken }]
        });
        await client.diagnosticsFor(uri, d => d.some(x => x.severity === 1));
        const hover = await client.hover(uri, at(broken, 'LeadFollowUp "'));
        expect(hover).toContain('⟳ Out of date: figures from the last version without errors.');
        expect(hover).toContain('**Value 6.65**');
        const hints = await client.inlayHints(uri);
        expect(hints.map(hint => String(hint.label))).toContain('⟳ ROI 126% · NPV ¥449,554 · payback 15.6 mo');

        // Fixed again: a hover asked right away waits for validation and shows current figures, no marker.
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: 3 }, contentChanges: [{ text: ACME }]
        });
        const fixed = await client.hover(uri, at(ACME, 'LeadFollowUp "'));
        expect(fixed).not.toContain('Out of date');
        expect(fixed).toContain('**Value 6.65**');
        const lenses = await client.codeLenses(uri);
        expect(lenses[0].command?.title).toMatch(/^纷享销客 专业版/);
    });
});

describe('figures over LSP (Chinese client, amounts on)', () => {
    let client: LspClient;
    let uri: string;

    beforeAll(async () => {
        const workspace = workspaceWithAcme();
        uri = workspace.uri;
        ({ client } = await LspClient.start(workspace.folder, {
            locale: 'zh-CN',
            configuration: { crmplan: { inlayHints: { amounts: true } } }
        }));
        await client.diagnosticsFor(uri);
    });

    afterAll(async () => {
        await client?.stop();
    });

    it('hovers in Simplified Chinese', async () => {
        const requirement = await client.hover(uri, at(ACME, 'LeadFollowUp "'));
        expect(requirement).toContain('**需求 LeadFollowUp**');
        expect(requirement).toContain('**价值 6.65**');
        expect(requirement).toContain('第 1 名（共 4 个）');
        const vendor = await client.hover(uri, at(ACME, 'Fxiaoke "'));
        expect(vendor).toContain('| 投资回报率（ROI） | 126.12% |');
        expect(vendor).toContain('| 净现值（NPV） | ¥449,553.71 |');
    });

    it('reads the inlay hint settings from the client and labels in Chinese', async () => {
        const labels = (await client.inlayHints(uri)).map(hint => String(hint.label));
        expect(labels).toContain('= ¥85,000，共 34 个月');
        expect(labels).toContain('价值 6.65 · 第 1 名');
        expect(labels).toContain('投资回报率 126% · 净现值 ¥449,554 · 静态投资回收期 15.6 个月');
    });

    it('labels the report lens in Chinese', async () => {
        const lenses = await client.codeLenses(uri);
        expect(lenses.map(lens => lens.command?.title)).toContain('打开报告');
    });
});
