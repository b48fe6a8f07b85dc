/**
 * Monitoring in the editor, through the language server over stdio: inlay
 * hints on each `actuals` header (its months against the plan) and on the
 * KPI (latest, expected, status), and the hover on an actuals line, with the
 * monitoring specification's reference plan.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const MONITORED = readFileSync(new URL('../fixtures/acme-monitoring.crmplan', import.meta.url), 'utf8');
const lines = MONITORED.split('\n');
const lineOf = (prefix: string) => lines.findIndex(line => line.startsWith(prefix));

describe('monitoring over stdio', () => {
    let folder: string;
    let client: LspClient;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'crmplan-lsp-monitoring-'));
        mkdirSync(join(folder, '.git'));
        writeFileSync(join(folder, 'acme.crmplan'), MONITORED);
        ({ client } = await LspClient.start(folder, { locale: 'en-US' }));
    }, 30_000);

    afterAll(async () => {
        await client?.stop();
    });

    it('hints each actuals header with its months against the plan; together they make the variances to date', async () => {
        const uri = fileUri(join(folder, 'acme.crmplan'));
        await client.diagnosticsFor(uri);
        const hints = await client.inlayHints(uri);
        const headers = lines.flatMap((line, index) => (line.startsWith('actuals ') ? [index] : []));
        const onHeaders = headers.map(line => String(hints.find(hint => hint.position.line === line)?.label ?? ''));
        expect(onHeaders.every(label => /^vs plan: cost [+−]?¥[\d,]+ · benefit [+−]?¥[\d,]+$/.test(label)), onHeaders.join('\n')).toBe(true);
        const amount = (label: string, what: 'cost' | 'benefit') => Number(new RegExp(`${what} ([+−]?)¥([\\d,]+)`).exec(label)!.slice(1).join('').replace(/,/g, '').replace('+', '').replace('−', '-'));
        // The blocks cover every month from 2027-01 to 2027-09: their variances add up to the specification's to-date figures.
        expect(onHeaders.reduce((sum, label) => sum + amount(label, 'cost'), 0)).toBe(8400);
        expect(onHeaders.reduce((sum, label) => sum + amount(label, 'benefit'), 0)).toBe(-26425);
    });

    it('hints the KPI with its latest value, the value its path expects and its status', async () => {
        const uri = fileUri(join(folder, 'acme.crmplan'));
        const hints = await client.inlayHints(uri);
        expect(String(hints.find(hint => hint.position.line === lineOf('kpi WinRate'))?.label)).toBe('latest 20.5% · expected 21.43% · behind');
    });
    it('shows the plan for the line and its months against the record; the name keeps its declaration hover', async () => {
        const uri = fileUri(join(folder, 'acme.crmplan'));
        await client.diagnosticsFor(uri);
        const line = lines.findIndex(l => l.includes('cost DataImport 16200'));
        const column = lines[line]!.indexOf('cost DataImport');
        // Planned ¥15,000.00 in 2027-01 (the specification's data import), recorded ¥16,200.00.
        expect(await client.hover(uri, { line, character: column + 1 })).toBe('**Import existing customer data**, 2027-01\n\nPlanned ¥15,000.00 · recorded ¥16,200.00 · variance ¥1,200.00');
        expect(await client.hover(uri, { line, character: lines[line]!.indexOf('DataImport') + 2 })).not.toContain('recorded');
    });
});
