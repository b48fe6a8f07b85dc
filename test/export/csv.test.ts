/**
 * `crmplan export --format csv`: the monthly timeline for BI tools, RFC 4180
 * (CRLF, quoting), UTF-8 with a header, one row per option and month, each
 * figure equal to `evaluate --json`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../language-server/export/csv.js';
import { exportStrings } from '../../language-server/export/index.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url));
const RETAIL = fileURLToPath(new URL('../../examples/retail-customer-management/plan.crmplan', import.meta.url));

interface TimelineJson { month: string; cost: string; benefit: string; net: string; cumulative: string }
interface EvaluationJson { plan: { horizonMonths: number }; options: { id: string; npv: string; timeline: TimelineJson[] }[] }

/** An RFC 4180 reader: CRLF records, fields quoted with doubled quotes inside. */
function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            } else if (c === '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c === '"') {
            quoted = true;
        } else if (c === ',') {
            row.push(field);
            field = '';
        } else if (c === '\r' && text[i + 1] === '\n') {
            row.push(field);
            rows.push(row);
            row = [];
            field = '';
            i++;
        } else {
            field += c;
        }
    }
    expect(field === '' && row.length === 0, 'the last record ends with CRLF').toBe(true);
    return rows;
}

function evaluateJson(plan: string): EvaluationJson {
    const result = runCli(['evaluate', '--json', plan]);
    expect(result.status, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as EvaluationJson;
}

describe('export --format csv', () => {
    it.each([FIXTURE, RETAIL])('writes one row per option and month with the figures of evaluate --json (%s)', plan => {
        const result = runCli(['export', plan, '--format', 'csv']);
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).not.toMatch(/[^\r]\n/);
        const [header, ...rows] = parseCsv(result.stdout);
        const { timeline: t, summary } = exportStrings('en');
        expect(header.slice(0, 9)).toEqual([summary.option, t.month, t.label, t.cost, t.benefit, t.net, t.cumulative, t.discountFactor, t.presentValue]);
        expect(rows.every(r => r.length === header.length)).toBe(true);

        const json = evaluateJson(plan);
        expect(rows).toHaveLength(json.options.length * json.plan.horizonMonths);
        const items = header.slice(9);
        for (const option of json.options) {
            const own = rows.filter(r => r[0] === option.id);
            expect(own.map(r => [r[2], r[3], r[4], r[5], r[6]])).toEqual(option.timeline.map(t => [t.month, t.cost, t.benefit, t.net, t.cumulative]));
            let npv = 0;
            own.forEach((r, m) => {
                expect(r[1]).toBe(String(m));
                const factor = Number(r[7]);
                expect(Math.abs(Number(r[8]) - Number(r[5]) * factor)).toBeLessThan(0.006);
                npv += Number(r[5]) * factor;
                // Each month's cost and benefit are the sums of the item columns the option has.
                const sumOf = (kind: string): number => items.reduce((s, id, i) => (id.startsWith(kind) && r[9 + i] !== '' ? s + Number(r[9 + i]) : s), 0);
                expect(Math.abs(sumOf('cost:') - Number(r[3]))).toBeLessThan(0.01 * items.length);
                expect(Math.abs(sumOf('benefit:') - Number(r[4]))).toBeLessThan(0.01 * items.length);
            });
            expect(Math.abs(npv - Number(option.npv))).toBeLessThan(0.01);
        }
    });

    it('writes UTF-8 Chinese headers with --lang zh-CN, into the -o file only', () => {
        const folder = mkdtempSync(join(tmpdir(), 'crmplan-csv-'));
        const out = join(folder, 'timeline.csv');
        const result = runCli(['export', RETAIL, '--format', 'csv', '--lang', 'zh-CN', '-o', out]);
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toBe('');
        const text = readFileSync(out, 'utf8');
        const header = parseCsv(text)[0];
        const zh = exportStrings('zh-CN');
        expect(header.slice(0, 3)).toEqual([zh.summary.option, zh.timeline.month, zh.timeline.label]);
        // Chinese option ids survive as UTF-8.
        expect(text).toContain('云店通.标准版');
    });

    it('quotes fields as RFC 4180 says', () => {
        expect(csvField('plain')).toBe('plain');
        expect(csvField('a,b')).toBe('"a,b"');
        expect(csvField('say "hi"')).toBe('"say ""hi"""');
        expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
        expect(parseCsv(['a,b', 'say "hi"', 'x'].map(csvField).join(',') + '\r\n')).toEqual([['a,b', 'say "hi"', 'x']]);
    });
});
