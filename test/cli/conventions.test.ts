import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const REFERENCE = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

function folder(): string {
    const path = mkdtempSync(join(tmpdir(), 'crmplan-cli-'));
    mkdirSync(join(path, '.git'));
    return path;
}

describe('CLI conventions', () => {
    it('prints its version', () => {
        const result = runCli(['--version']);
        expect(result.status).toBe(0);
        expect(result.stdout.trim()).toBe(packageJson.version);
    });

    it('has --help for each command, exiting 0', () => {
        for (const command of ['check', 'evaluate', 'diff', 'init']) {
            const result = runCli([command, '--help']);
            expect(result.status, command).toBe(0);
            expect(result.stdout, command).toMatch(new RegExp(`^Usage: crmplan ${command} `));
        }
    });

    it('reads a plan from standard input with -', () => {
        const result = runCli(['evaluate', '--json', '-'], { input: REFERENCE });
        expect(result.status).toBe(0);
        expect(JSON.parse(result.stdout).options[0].npv).toBe('449553.71');
        const broken = runCli(['check', '-'], { input: REFERENCE.replace('impact SalesEfficiency 9', 'impact Nowhere 9') });
        expect(broken.status).toBe(1);
        expect(broken.stdout).toMatch(/^<stdin>:\d+:\d+ error CRM001 /m);
    });

    it('colours only when asked, and NO_COLOR wins', () => {
        const dir = folder();
        writeFileSync(join(dir, 'bad.crmplan'), REFERENCE.replace('impact SalesEfficiency 9', 'impact Nowhere 9'));
        const coloured = runCli(['check', 'bad.crmplan'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
        expect(coloured.stdout).toContain('\u001b[31merror\u001b[39m');
        const plain = runCli(['check', 'bad.crmplan'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
        expect(plain.stdout).not.toContain('\u001b[');
    });

    it('init writes a starter plan that checks clean and is already formatted, and never overwrites', () => {
        const dir = folder();
        const first = runCli(['init', 'business-case'], { cwd: dir });
        expect(first.status).toBe(0);
        expect(first.stdout).toContain('Wrote business-case/plan.crmplan');
        const check = runCli(['check', 'business-case'], { cwd: dir });
        expect(check.stdout.trim()).toBe('No problems in 1 file.');
        const layout = runCli(['fmt', '--check', 'business-case'], { cwd: dir });
        expect(layout.stdout).toBe('');
        expect(layout.status).toBe(0);
        writeFileSync(join(dir, 'business-case', 'plan.crmplan'), '// mine\n');
        const again = runCli(['init', 'business-case'], { cwd: dir });
        expect(again.status).toBe(2);
        expect(again.stderr).toBe('crmplan: business-case/plan.crmplan: already exists; crmplan init never overwrites a file\n');
        expect(readFileSync(join(dir, 'business-case', 'plan.crmplan'), 'utf8')).toBe('// mine\n');
    });

    it('rejects an unknown command with exit 2', () => {
        const result = runCli(['frobnicate']);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/unknown command 'frobnicate'/);
    });
});
