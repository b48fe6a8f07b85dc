import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const GOOD = `plan "Trial" {
    currency CNY
    start 2027-01
    horizon 12 months
}

goal Speed "Faster sales" weight 100%
`;

const BAD = `plan "Broken" {
    currency CNY
    start 2027-01
    horizon 12 months
}

requirement R "r" {
    impact Nowhere 5
}

cost C "c" {
    direct
    1000 CNY sometimes
}
`;

let folder: string;

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'crmplan-cli-check-'));
    mkdirSync(join(folder, '.git'));
    mkdirSync(join(folder, 'plans', 'nested'), { recursive: true });
    mkdirSync(join(folder, 'empty'));
    writeFileSync(join(folder, 'plans', 'good.crmplan'), GOOD);
    writeFileSync(join(folder, 'plans', 'nested', 'also-good.crmplan'), GOOD.replace('Trial', 'Other'));
    writeFileSync(join(folder, 'bad.crmplan'), BAD);
    writeFileSync(join(folder, 'binary.crmplan'), Buffer.from([0x70, 0x6c, 0x00, 0x61, 0x6e]));
    writeFileSync(join(folder, 'catalog.crmplan'), 'goal Shared "Shared goal" weight 100%\n');
    writeFileSync(join(folder, 'importer.crmplan'), 'import "catalog.crmplan"\n\nrequirement R "r" {\n    impact Shared 4\n}\n');
});

describe('crmplan check', () => {
    it('exits 0 and says so for a folder of clean plans, searched recursively', () => {
        const result = runCli(['check', 'plans'], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.stdout.trim()).toBe('No problems in 2 files.');
        expect(result.status).toBe(0);
    });

    it('exits 1 and prints path:line:col severity CODE message for each error', () => {
        const result = runCli(['check', 'bad.crmplan'], { cwd: folder });
        expect(result.status).toBe(1);
        const lines = result.stdout.trim().split('\n');
        expect(lines).toContain(`bad.crmplan:8:12 error CRM001 Unknown goal 'Nowhere': declare it (\`goal Nowhere ...\`) or import the file that declares it.`);
        expect(lines).toContain("bad.crmplan:13:14 error CRM000 Unexpected `sometimes`: expected a schedule (`once`, `once in 2027-02`, `per month` or `per year`).");
        expect(lines[lines.length - 1]).toMatch(/^2 errors, \d+ warnings? in 1 file\.$/);
    });

    it('prints a JSON array with --format json and with --json', () => {
        for (const flags of [['--format', 'json'], ['--json']]) {
            const result = runCli(['check', ...flags, 'bad.crmplan'], { cwd: folder });
            expect(result.status).toBe(1);
            const diagnostics = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
            expect(diagnostics.find(d => d.code === 'CRM001')).toEqual({
                file: 'bad.crmplan', line: 8, column: 12, severity: 'error', code: 'CRM001',
                message: `Unknown goal 'Nowhere': declare it (\`goal Nowhere ...\`) or import the file that declares it.`
            });
            expect(diagnostics.filter(d => d.severity === 'error')).toHaveLength(2);
        }
    });

    it('prints GitHub workflow commands with --format github', () => {
        const result = runCli(['check', '--format', 'github', 'bad.crmplan'], { cwd: folder });
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('::error file=bad.crmplan,line=8,col=12,title=CRM001::CRM001 Unknown goal');
    });

    it('loads imports of a given file and checks files and folders in one run', () => {
        const result = runCli(['check', 'importer.crmplan', 'plans'], { cwd: folder });
        expect(result.stdout.trim()).toBe('No problems in 4 files.');
        expect(result.status).toBe(0);
    });

    it('exits 2 with one line on stderr for usage and input problems', () => {
        const cases: Array<[string[], RegExp]> = [
            [['check', 'missing.crmplan'], /^crmplan: missing\.crmplan: no such file or folder\n$/],
            [['check', 'empty'], /^crmplan: empty: no \.crmplan files in this folder\n$/],
            [['check', 'binary.crmplan'], /^crmplan: binary\.crmplan: not a text file/],
            [['check', '--format', 'xml', 'plans'], /^crmplan: unknown format 'xml'/],
            [['check', '--bogus', 'plans'], /unknown option '--bogus'/]
        ];
        for (const [args, stderr] of cases) {
            const result = runCli(args, { cwd: folder });
            expect(result.status, args.join(' ')).toBe(2);
            expect(result.stderr, args.join(' ')).toMatch(stderr);
            expect(result.stderr).not.toMatch(/\n\s+at /);
        }
    });
});
