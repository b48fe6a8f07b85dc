import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { writeOutputFile } from '../../src/cli/write-output.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { runCli } from '../helpers/run-cli.js';
import { HOSTILE_PLAN } from '../report/hostile-plan.js';
import { lintMarkdown } from '../report/markdown-check.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url));
const GOLDEN_EN = readFileSync(fileURLToPath(new URL('../golden/acme-sales-automation.en.md', import.meta.url)), 'utf8');
const GOLDEN_ZH = readFileSync(fileURLToPath(new URL('../golden/acme-sales-automation.zh-CN.md', import.meta.url)), 'utf8');

const BAD = `plan "Broken" {
    currency CNY
    start 2027-01
    horizon 12 months
}

requirement R "r" {
    impact Nowhere 5
}
`;

// Lets a test make the final rename fail, to see that nothing half-written is left behind.
const failure = vi.hoisted(() => ({ rename: false }));
vi.mock('node:fs', async importOriginal => {
    const actual = await importOriginal<typeof import('node:fs')>();
    return {
        ...actual,
        renameSync: (from: string, to: string) => {
            if (failure.rename) {
                throw Object.assign(new Error('simulated failure'), { code: 'EIO' });
            }
            actual.renameSync(from, to);
        }
    };
});

let folder: string;

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'crmplan-cli-report-'));
    mkdirSync(join(folder, '.git'));
    mkdirSync(join(folder, 'out'));
    writeFileSync(join(folder, 'acme.crmplan'), readFileSync(FIXTURE));
    writeFileSync(join(folder, 'bad.crmplan'), BAD);
    writeFileSync(join(folder, 'hostile.crmplan'), HOSTILE_PLAN);
    writeFileSync(join(folder, 'catalog.crmplan'), 'goal Shared "Shared goal" weight 100%\n');
});

describe('crmplan report', () => {
    it('prints the Markdown report on stdout, the same as the golden file', () => {
        const result = runCli(['report', 'acme.crmplan'], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(GOLDEN_EN);
        expect(result.stdout).toContain('| ROI | 126.12% |');
        expect(result.stdout).toContain('¥449,553.71');
    });

    it('translates everything with --lang zh-CN', () => {
        const result = runCli(['report', 'acme.crmplan', '--lang', 'zh-CN'], { cwd: folder });
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(GOLDEN_ZH);
        expect(result.stdout).toContain('## 1. 摘要');
        expect(runCli(['report', 'acme.crmplan', '--lang', 'zh'], { cwd: folder }).stdout).toBe(GOLDEN_ZH);
    });

    it('writes the same bytes on every run, whatever the time zone or locale of the machine', () => {
        const first = runCli(['report', 'acme.crmplan'], { cwd: folder });
        const second = runCli(['report', 'acme.crmplan'], { cwd: folder, env: { TZ: 'America/Los_Angeles', LANG: 'zh_CN.UTF-8', LC_ALL: 'de_DE.UTF-8' } });
        expect(second.stdout).toBe(first.stdout);
        expect(Buffer.from(second.stdout)).toEqual(Buffer.from(GOLDEN_EN));
    });

    it('-o writes the file whole, prints nothing, and replaces an existing report', () => {
        writeFileSync(join(folder, 'out', 'report.md'), 'old report\n');
        const result = runCli(['report', 'acme.crmplan', '-o', 'out/report.md'], { cwd: folder });
        expect(result).toEqual({ status: 0, stdout: '', stderr: '' });
        expect(readFileSync(join(folder, 'out', 'report.md'), 'utf8')).toBe(GOLDEN_EN);
        // No temporary file is left beside it.
        expect(readdirSync(join(folder, 'out'))).toEqual(['report.md']);
        const zh = runCli(['report', 'acme.crmplan', '--output', 'out/report.md', '--lang', 'zh-CN'], { cwd: folder });
        expect(zh.status).toBe(0);
        expect(readFileSync(join(folder, 'out', 'report.md'), 'utf8')).toBe(GOLDEN_ZH);
    });

    it('-o into a folder that does not exist: exit 2, one line, nothing created', () => {
        const result = runCli(['report', 'acme.crmplan', '-o', 'missing/report.md'], { cwd: folder });
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toMatch(/^crmplan: missing\/report\.md: .*folder missing does not exist/);
        expect(existsSync(join(folder, 'missing'))).toBe(false);
    });

    it('-o never overwrites the plan itself, nor writes over a folder', () => {
        const plan = readFileSync(join(folder, 'acme.crmplan'), 'utf8');
        const result = runCli(['report', 'acme.crmplan', '-o', 'acme.crmplan'], { cwd: folder });
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/^crmplan: acme\.crmplan: is one of the plan's own files/);
        expect(readFileSync(join(folder, 'acme.crmplan'), 'utf8')).toBe(plan);
        const onFolder = runCli(['report', 'acme.crmplan', '-o', 'out'], { cwd: folder });
        expect(onFolder.status).toBe(2);
        expect(onFolder.stderr).toMatch(/is a folder/);
    });

    it('a plan with errors: diagnostics on stderr, exit 1, no report and no file', () => {
        const result = runCli(['report', 'bad.crmplan', '-o', 'out/bad.md'], { cwd: folder });
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain('bad.crmplan:8:12 error CRM001');
        expect(result.stderr).toContain('no figures until they are fixed');
        expect(existsSync(join(folder, 'out', 'bad.md'))).toBe(false);
        expect(runCli(['report', 'bad.crmplan'], { cwd: folder }).stdout).toBe('');
    });

    it('usage problems exit 2: unknown language, missing file, a catalogue', () => {
        const lang = runCli(['report', 'acme.crmplan', '--lang', 'fr'], { cwd: folder });
        expect(lang.status).toBe(2);
        expect(lang.stderr).toBe("crmplan: unknown language 'fr': use en or zh-CN\n");
        expect(runCli(['report', 'nowhere.crmplan'], { cwd: folder }).status).toBe(2);
        const catalogue = runCli(['report', 'catalog.crmplan'], { cwd: folder });
        expect(catalogue.status).toBe(2);
        expect(catalogue.stderr).toMatch(/catalogue/);
    });

    it('--help lists the options and exits 0', () => {
        const result = runCli(['report', '--help']);
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('-o, --output <file>');
        expect(result.stdout).toContain('--lang <lang>');
        expect(runCli(['--help']).stdout).toContain('report');
    });

    it('a plan with hostile titles still gets a report, with no raw HTML', () => {
        for (const lang of ['en', 'zh-CN']) {
            const result = runCli(['report', 'hostile.crmplan', '--lang', lang], { cwd: folder });
            expect(result.status).toBe(0);
            expect(result.stdout).not.toContain('<script');
            expect(result.stdout).not.toContain('<img');
            expect(result.stdout).not.toContain('<');
            expect(result.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
            expect(lintMarkdown(result.stdout)).toEqual([]);
        }
    });
});

describe('writeOutputFile', () => {
    it('leaves the old file and no temporary file when writing fails', () => {
        const dir = mkdtempSync(join(tmpdir(), 'crmplan-write-'));
        writeFileSync(join(dir, 'report.md'), 'old\n');
        failure.rename = true;
        try {
            expect(() => writeOutputFile('report.md', 'new\n', dir)).toThrow(UsageError);
            expect(() => writeOutputFile('report.md', 'new\n', dir)).toThrow('report.md: cannot write (EIO)');
        } finally {
            failure.rename = false;
        }
        expect(readdirSync(dir)).toEqual(['report.md']);
        expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('old\n');
        writeOutputFile('report.md', 'new 新\n', dir);
        expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('new 新\n');
        expect(readdirSync(dir)).toEqual(['report.md']);
    });
});
