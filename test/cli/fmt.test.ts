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
    it('--diff prints what would change as a unified diff, exits 1, and writes nothing', () => {
        const folder = workspace({ 'messy.crmplan': MESSY, 'tidy.crmplan': TIDY });
        const result = runCli(['fmt', '--diff', '.'], { cwd: folder });
        expect(result.status).toBe(1);
        expect(result.stdout).toBe([
            '--- a/messy.crmplan',
            '+++ b/messy.crmplan',
            '@@ -1,8 +1,10 @@',
            ' plan "Messy" {',
            '-  currency CNY',
            '-      start 2027-01',
            '-  horizon 12 months   // a year',
            '+    currency CNY',
            '+    start 2027-01',
            '+    horizon 12 months  // a year',
            ' }',
            '-goal   Speed "Faster" weight 100 %',
            '+',
            '+goal Speed "Faster" weight 100%',
            '+',
            ' /* keep me */',
            '-department Sales "Sales" {users 4}',
            '+department Sales "Sales" { users 4 }',
            ''
        ].join('\n'));
        expect(readFileSync(join(folder, 'messy.crmplan'), 'utf8')).toBe(MESSY);
    });

    it('--diff, applied hunk by hunk, gives the formatted file, and prints nothing for a tidy one', () => {
        const folder = workspace({ 'messy.crmplan': MESSY.trimEnd(), 'tidy.crmplan': TIDY });
        const diff = runCli(['fmt', '--diff', 'messy.crmplan'], { cwd: folder }).stdout;
        expect(diff).toContain('\\ No newline at end of file');
        const patched = applyUnifiedDiff(MESSY.trimEnd(), diff);
        expect(patched).toBe(TIDY);
        const tidy = runCli(['fmt', '--diff', 'tidy.crmplan'], { cwd: folder });
        expect(tidy.stdout).toBe('');
        expect(tidy.status).toBe(0);
    });

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

/** Applies a unified diff's hunks (in order, at their stated lines) to `text`: enough to check what `--diff` prints. */
function applyUnifiedDiff(text: string, diff: string): string {
    const lines = text.split('\n');
    const out: string[] = [];
    let at = 0;
    const body = diff.split('\n').slice(2);
    for (let k = 0; k < body.length; k++) {
        const header = /^@@ -(\d+)/.exec(body[k]);
        if (!header) {
            continue;
        }
        const start = Number(header[1]) - 1;
        out.push(...lines.slice(at, start));
        at = start;
        for (k++; k < body.length && !body[k].startsWith('@@'); k++) {
            const line = body[k];
            if (line.startsWith('\\')) {
                continue;
            }
            if (line.startsWith(' ') || line.startsWith('-')) {
                at++;
            }
            if (line.startsWith(' ') || line.startsWith('+')) {
                out.push(line.slice(1));
            }
        }
        k--;
    }
    out.push(...lines.slice(at));
    // The file ends with a newline unless the last added line was marked otherwise.
    return out.join('\n') + (diff.trimEnd().endsWith('No newline at end of file') ? '' : '\n');
}
