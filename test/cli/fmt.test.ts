import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const MESSY = `plan "Messy" {
  currency CNY
      start 2027-01
  horizon 12 months   // a year
}
goal   Speed "Faster" weight 100 %
/* keep me */
department Sales "Sales" {users 4}
`;

const TIDY = `plan "Messy" {
    currency CNY
    start 2027-01
    horizon 12 months  // a year
}

goal Speed "Faster" weight 100%

/* keep me */
department Sales "Sales" { users 4 }
`;

function workspace(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'crmplan-fmt-'));
    mkdirSync(join(folder, '.git'));
    for (const [name, text] of Object.entries(files)) {
        writeFileSync(join(folder, name), text);
    }
    return folder;
}

describe('crmplan fmt', () => {
    it('--check lists files that would change, exits 1, and writes nothing', () => {
        const folder = workspace({ 'messy.crmplan': MESSY, 'tidy.crmplan': TIDY });
        const result = runCli(['fmt', '--check', '.'], { cwd: folder });
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('messy.crmplan\n');
        expect(readFileSync(join(folder, 'messy.crmplan'), 'utf8')).toBe(MESSY);
        expect(runCli(['fmt', '--check', 'tidy.crmplan'], { cwd: folder }).status).toBe(0);
    });

    it('formats in place, keeping every comment, and a second run changes nothing', () => {
        const folder = workspace({ 'messy.crmplan': MESSY });
        const result = runCli(['fmt', 'messy.crmplan'], { cwd: folder });
        expect(result.status).toBe(0);
        expect(result.stdout).toBe('formatted messy.crmplan\n');
        expect(readFileSync(join(folder, 'messy.crmplan'), 'utf8')).toBe(TIDY);
        const again = runCli(['fmt', 'messy.crmplan'], { cwd: folder });
        expect(again.stdout).toBe('');
        expect(runCli(['fmt', '--check', 'messy.crmplan'], { cwd: folder }).status).toBe(0);
    });

    it('never touches a file with syntax errors', () => {
        const broken = MESSY.replace('horizon 12 months', 'horizon twelve months');
        const folder = workspace({ 'broken.crmplan': broken });
        const result = runCli(['fmt', 'broken.crmplan'], { cwd: folder });
        expect(result.status).toBe(1);
        expect(result.stderr).toBe('crmplan: broken.crmplan: not formatted, it has syntax errors (see crmplan check)\n');
        expect(readFileSync(join(folder, 'broken.crmplan'), 'utf8')).toBe(broken);
    });

    it('formats standard input to standard output', () => {
        const result = runCli(['fmt', '-'], { input: MESSY });
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(TIDY);
    });
});
