import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import type { MarkdownResult, PlanSummaryResult } from '../../language-server/protocol.js';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

/**
 * The requests the VS Code extension sends besides the standard ones
 * (`crmplan/summary`, `crmplan/report`, `crmplan/diff`), over stdio to the
 * bundled server, as the extension sends them over IPC.
 */
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

let folder: string;
let client: LspClient;
let planUri: string;
let planText: string;
let version = 1;

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'crmplan-requests-'));
    cpSync(EXAMPLES, folder, { recursive: true });
    ({ client } = await LspClient.start(folder));
    const path = join(folder, 'manufacturer-sales-automation.crmplan');
    planUri = fileUri(path);
    planText = readFileSync(path, 'utf8');
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: planUri, languageId: 'crmplan', version, text: planText }
    });
    await client.diagnosticsFor(planUri);
});

afterAll(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
});

function request<R>(method: string, params: object): Promise<R> {
    return client.connection.sendRequest(method, params) as Promise<R>;
}

async function edit(text: string): Promise<void> {
    version += 1;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: planUri, version },
        contentChanges: [{ text }]
    });
}

describe('crmplan/summary', () => {
    it('gives the chosen option with its ROI, for a status bar', async () => {
        const summary = await request<PlanSummaryResult>('crmplan/summary', { uri: planUri, locale: 'en' });
        expect(summary.status).toBe('current');
        expect(summary.stale).toBe(false);
        expect(summary.option?.id).toBe('Yunke.Standard');
        expect(summary.option?.chosen).toBe(true);
        expect(typeof summary.option?.roiPercent).toBe('number');
        expect(summary.text).toMatch(/^ROI -?[\d,.]+% · 云客 CRM 标准版$/);
        expect(summary.tooltip).toContain('NPV');
    });

    it('after go-live, shows the forecast ROI beside the planned one', async () => {
        const uri = fileUri(join(folder, 'manufacturer-sales-automation', 'retrospective.crmplan'));
        const summary = await request<PlanSummaryResult>('crmplan/summary', { uri, locale: 'en' });
        // Three years of actuals: the forecast is what was realised, 200% (the guide's first case).
        expect(summary.text).toMatch(/^ROI -?[\d,.]+% · forecast 200(\.00)?% · \S.*$/);
        expect(summary.tooltip).toMatch(/Actuals to 2030-03: ROI planned [\d,.]+% · forecast 200(\.00)?% · trend [\d,.]+%/);
    });

    it('says why a catalogue has no figures', async () => {
        const uri = fileUri(join(folder, 'multi-file', 'catalog', 'needs.crmplan'));
        const summary = await request<PlanSummaryResult>('crmplan/summary', { uri });
        expect(summary).toMatchObject({ status: 'none', reason: 'catalogue', text: '' });
    });
});

describe('crmplan/report', () => {
    it('renders the Markdown report with the options table, in English and Chinese', async () => {
        const { markdown } = await request<MarkdownResult>('crmplan/report', { uri: planUri, locale: 'en' });
        expect(markdown).toMatch(/^# Jinling Valves: sales automation\n/);
        // The options table: one column per option, a row per figure.
        const header = markdown.split('\n').find(line => line.startsWith('| Figure |') && line.includes('Beacon CRM Growth'));
        expect(header).toContain('云客 CRM 旗舰版');
        expect(markdown).toMatch(/^\| ROI \| [\d.]+% \| [\d.]+% \| [\d.]+% \|$/m);
        const chinese = await request<MarkdownResult>('crmplan/report', { uri: planUri, locale: 'zh-CN' });
        expect(chinese.markdown).toMatch(/[\u4e00-\u9fff]/);
        expect(chinese.markdown).not.toBe(markdown);
    });

    it('refuses a catalogue with a message', async () => {
        const uri = fileUri(join(folder, 'multi-file', 'catalog', 'vendors.crmplan'));
        await expect(request('crmplan/report', { uri, locale: 'en' })).rejects.toThrow(/catalogue/);
    });
});

describe('crmplan/diff', () => {
    it('compares an earlier text of the plan with the current one', async () => {
        const baseText = planText.replace('licence 99 CNY per user per month', 'licence 89 CNY per user per month');
        expect(baseText).not.toBe(planText);
        const { markdown } = await request<MarkdownResult>('crmplan/diff', { uri: planUri, baseText, locale: 'en' });
        expect(markdown).toContain('云客 CRM 标准版 (chosen)');
        expect(markdown).toMatch(/TCO/);
        // Like `crmplan diff`: the new version's full report, folded.
        expect(markdown).toContain('<details>');
        expect(markdown).toContain('# Jinling Valves: sales automation');
    });

    it('says so when the earlier text has errors or there is none', async () => {
        await expect(request('crmplan/diff', { uri: planUri, baseText: planText.replace('choose Yunke.Standard', 'choose Nobody'), locale: 'en' }))
            .rejects.toThrow(/earlier version of the plan has an error/);
        await expect(request('crmplan/diff', { uri: planUri, baseText: '', locale: 'en' })).rejects.toThrow(/new/);
    });
});

describe('crmplan/diff with a base revision', () => {
    it('reads the imports at that revision, so a change in an imported catalogue shows', async () => {
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=crmplan', '-c', 'user.email=crmplan@example.com', ...args], { cwd: folder, stdio: 'pipe' });
        git('init', '-q');
        git('add', '.');
        git('commit', '-q', '-m', 'plans');
        const plan = join(folder, 'multi-file', 'plan.crmplan');
        const vendors = join(folder, 'multi-file', 'catalog', 'vendors.crmplan');
        const text = readFileSync(plan, 'utf8');
        const catalogue = readFileSync(vendors, 'utf8');
        // The catalogue changes in the editor; the plan itself does not.
        for (const [uri, content] of [[fileUri(plan), text], [fileUri(vendors), catalogue.replace('licence 129 CNY', 'licence 99 CNY')]]) {
            await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'crmplan', version: 1, text: content } });
        }
        await client.diagnosticsFor(fileUri(plan));
        const atHead = await request<MarkdownResult>('crmplan/diff', { uri: fileUri(plan), baseText: text, baseRevision: 'HEAD', locale: 'en' });
        expect(atHead.markdown).toMatch(/licence 129 .*→ licence 99 /);
        // Without the revision the imports are read as they are now: the same plan on both sides.
        const now = await request<MarkdownResult>('crmplan/diff', { uri: fileUri(plan), baseText: text, locale: 'en' });
        expect(now.markdown).not.toMatch(/licence 129 .*→ licence 99 /);
        await expect(request('crmplan/diff', { uri: fileUri(plan), baseText: text, baseRevision: 'no-such-revision', locale: 'en' }))
            .rejects.toThrow(/Cannot read the plan's imports at no-such-revision/);
    });
});

describe('while the plan has errors', () => {
    it('keeps the last figures, marked out of date, and refuses the report', async () => {
        await edit(planText.replace('horizon 36 months', 'horizon 36 months\n    choose Nobody'));
        await client.diagnosticsFor(planUri, d => d.some(x => x.severity === 1));
        const summary = await request<PlanSummaryResult>('crmplan/summary', { uri: planUri, locale: 'en' });
        expect(summary.status).toBe('stale');
        expect(summary.text).toMatch(/^⟳ ROI/);
        await expect(request('crmplan/report', { uri: planUri, locale: 'en' })).rejects.toThrow(/has errors/);
        await expect(request('crmplan/report', { uri: planUri, locale: 'zh-CN' })).rejects.toThrow(/计划有错误/);

        await edit(planText);
        await client.diagnosticsFor(planUri, d => !d.some(x => x.severity === 1));
        expect((await request<PlanSummaryResult>('crmplan/summary', { uri: planUri })).status).toBe('current');
    });
});
