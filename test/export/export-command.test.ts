/** How `crmplan export` is called: usage errors, what it writes and what it never touches. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportStrings } from '../../language-server/export/index.js';
import { runCli } from '../helpers/run-cli.js';
import { HOSTILE_PLAN } from '../report/hostile-plan.js';
import { loadWorkbook } from './read-workbook.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url));
const EXPORT_FOLDER = fileURLToPath(new URL('../../language-server/export/', import.meta.url));

describe('crmplan export', () => {
    it('refuses a workbook without -o: it is binary, not for a terminal', () => {
        const result = runCli(['export', FIXTURE, '--format', 'xlsx']);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^crmplan: --format xlsx writes a binary workbook: name the file with -o/);
    });

    it.each([
        [['--format', 'pdf'], /unknown format 'pdf': use xlsx or csv/],
        [[], /give --format xlsx or --format csv/],
        [['--format', 'csv', '--lang', 'fr'], /unknown language 'fr'/],
        [['--format', 'csv', '-o', 'no-such-folder/x.csv'], /folder no-such-folder does not exist/]
    ])('gives a one-line usage error for %j', (args, message) => {
        const result = runCli(['export', FIXTURE, ...args]);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('never writes over the plan itself, and writes nothing for a plan with errors', () => {
        const folder = mkdtempSync(join(tmpdir(), 'crmplan-export-cmd-'));
        const plan = join(folder, 'plan.crmplan');
        writeFileSync(plan, readFileSync(FIXTURE, 'utf8'));
        const overwrite = runCli(['export', 'plan.crmplan', '--format', 'xlsx', '-o', 'plan.crmplan'], { cwd: folder });
        expect(overwrite.status).toBe(2);
        expect(readFileSync(plan, 'utf8')).toBe(readFileSync(FIXTURE, 'utf8'));

        writeFileSync(plan, 'plan "Broken" {\n    currency CNY\n    start 2027-01\n    horizon 12 months\n}\nrequirement R "r" {\n    impact Nowhere 5\n}\n');
        const broken = runCli(['export', 'plan.crmplan', '--format', 'xlsx', '-o', 'out.xlsx'], { cwd: folder });
        expect(broken.status).toBe(1);
        expect(readdirSync(folder).sort()).toEqual(['plan.crmplan']);
    });

    it('titles sheets and columns in Chinese with --lang zh-CN, with frozen headers', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'crmplan-export-zh-'));
        const out = join(folder, 'plan.xlsx');
        const result = runCli(['export', FIXTURE, '--format', 'xlsx', '--lang', 'zh-CN', '-o', out]);
        expect(result.status, result.stderr).toBe(0);
        expect(existsSync(out)).toBe(true);
        const workbook = await loadWorkbook(out);
        const zh = exportStrings('zh-CN');
        const names = workbook.worksheets.map(s => s.name);
        expect(names.slice(0, 2)).toEqual([zh.sheets.summary, zh.sheets.inputs]);
        expect(names.slice(2).every(n => n.startsWith(zh.sheets.timeline('')))).toBe(true);
        const summary = workbook.getWorksheet(zh.sheets.summary)!;
        expect(summary.getCell('A2').value).toBe(zh.summary.tco);
        expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        const timeline = workbook.worksheets[2];
        expect(timeline.getCell('A1').value).toBe(zh.timeline.month);
        expect(timeline.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    });

    it('exports a plan whose titles hold quotes, markup, formulas and Chinese', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'crmplan-export-hostile-'));
        writeFileSync(join(folder, 'plan.crmplan'), HOSTILE_PLAN);
        const xlsx = runCli(['export', 'plan.crmplan', '--format', 'xlsx', '-o', 'plan.xlsx'], { cwd: folder });
        expect(xlsx.status, xlsx.stderr).toBe(0);
        const workbook = await loadWorkbook(join(folder, 'plan.xlsx'));
        expect(workbook.worksheets.length).toBeGreaterThanOrEqual(3);
        // A title that looks like a formula stays text: only the exporter writes formulas.
        workbook.eachSheet(sheet => sheet.eachRow(row => row.eachCell(cell => {
            const value = cell.value;
            if (value !== null && typeof value === 'object' && 'formula' in value) {
                expect(value.formula, cell.address).not.toMatch(/script|\*\*/i);
            }
        })));
        const csv = runCli(['export', 'plan.crmplan', '--format', 'csv'], { cwd: folder });
        expect(csv.status, csv.stderr).toBe(0);
        expect(csv.stdout.endsWith('\r\n')).toBe(true);
    });

    it('writes the same bytes for the same plan, whatever the time or time zone', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'crmplan-export-same-'));
        const first = runCli(['export', FIXTURE, '--format', 'xlsx', '-o', join(folder, 'a.xlsx')], { env: { TZ: 'UTC' } });
        await new Promise(resolve => setTimeout(resolve, 2_100)); // zip stores times to two seconds
        const second = runCli(['export', FIXTURE, '--format', 'xlsx', '-o', join(folder, 'b.xlsx')], { env: { TZ: 'Asia/Shanghai' } });
        expect([first.status, second.status]).toEqual([0, 0]);
        expect(readFileSync(join(folder, 'a.xlsx')).equals(readFileSync(join(folder, 'b.xlsx')))).toBe(true);
    });

    it('keeps the exporter free of the LSP layer', () => {
        for (const file of readdirSync(EXPORT_FOLDER)) {
            const text = readFileSync(join(EXPORT_FOLDER, file), 'utf8');
            expect(text, file).not.toMatch(/from '\.\.\/lsp\/|from 'vscode-languageserver|from 'langium/);
        }
    });
});
