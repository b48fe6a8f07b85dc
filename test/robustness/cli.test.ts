/**
 * Every error path of the CLI: one line on stderr starting `crmplan:`, no
 * stack trace, and the documented exit code (README: 0 ok, 1 plan errors,
 * 2 usage or input/output problems). Output files are written whole or not
 * at all, and never over the plan.
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/workspace.js';
import { ACME } from './corpus.js';

let folder: string;
beforeAll(() => {
    folder = temporaryFolder();
    mkdirSync(join(folder, '.git'));
    writeFileSync(join(folder, 'plan.crmplan'), ACME);
    writeFileSync(join(folder, 'broken.crmplan'), ACME.replace('impact SalesEfficiency 9', 'impact Nowhere 9'));
    writeFileSync(join(folder, 'catalogue.crmplan'), 'goal G "g" weight 100%\n');
    writeFileSync(join(folder, 'binary.crmplan'), Buffer.from([0x70, 0x6c, 0x61, 0x6e, 0x00, 0xff, 0xfe, 0x00, 0x01]));
    writeFileSync(join(folder, 'latin1.crmplan'), Buffer.from('plan "Caf\xe9" {}\n', 'latin1'));
    mkdirSync(join(folder, 'empty'));
    mkdirSync(join(folder, 'folder.crmplan'));
});

function cli(...args: string[]): CliResult {
    return runCli(args, { cwd: folder });
}

/** One line on stderr, `crmplan: ...`, no stack trace, nothing on stdout. */
function expectOneLineError(result: CliResult, code: number, message: RegExp): void {
    expect(result.status).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^crmplan: [^\n]+\n$/);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\s+at \S+ \(|internal error/);
}

describe('CLI error paths', () => {
    it('a missing file: exit 2', () => {
        for (const command of ['check', 'evaluate', 'report', 'fmt']) {
            expectOneLineError(cli(command, 'missing.crmplan'), 2, /missing\.crmplan: no such file or folder/);
        }
        expectOneLineError(cli('diff', 'plan.crmplan', 'missing.crmplan'), 2, /missing\.crmplan: no such file or folder/);
    });

    it('a folder with no plans, and a folder where one plan is needed: exit 2', () => {
        expectOneLineError(cli('check', 'empty'), 2, /empty: no \.crmplan files in this folder/);
        expectOneLineError(cli('evaluate', 'folder.crmplan'), 2, /folder\.crmplan: no \.crmplan files in this folder/);
    });

    it('a binary file, or text that is not UTF-8: exit 2', () => {
        expectOneLineError(cli('check', 'binary.crmplan'), 2, /binary\.crmplan: not a text file/);
        expectOneLineError(cli('evaluate', 'latin1.crmplan'), 2, /latin1\.crmplan: not a text file/);
        expectOneLineError(runCli(['check', '-'], { cwd: folder, input: 'plan\u0000' }), 2, /standard input is not UTF-8 text/);
    });

    it('an unreadable file: exit 2', () => {
        if (process.getuid?.() === 0) {
            // Tests run as root here, and root reads a file whatever its mode: chmod 000 cannot make one
            // unreadable. A file the kernel refuses to read stands in for it where there is one.
            const unreadable = '/proc/self/mem';
            let exists = false;
            try {
                readFileSync(unreadable);
            } catch (error) {
                exists = (error as NodeJS.ErrnoException).code !== 'ENOENT';
            }
            if (exists) {
                expectOneLineError(cli('check', unreadable), 2, /cannot read this file/);
            }
            return;
        }
        const locked = join(folder, 'locked.crmplan');
        writeFileSync(locked, ACME);
        chmodSync(locked, 0o000);
        try {
            expectOneLineError(cli('check', 'locked.crmplan'), 2, /locked\.crmplan: cannot read this file/);
        } finally {
            chmodSync(locked, 0o644);
        }
    });

    it('an unknown option or command, a missing or extra argument: exit 2, one line', () => {
        expectOneLineError(cli('check', '--bogus', 'plan.crmplan'), 2, /unknown option '--bogus' \(run with --help for usage\)/);
        expectOneLineError(cli('frobnicate'), 2, /unknown command 'frobnicate'/);
        expectOneLineError(cli('check'), 2, /missing required argument 'paths'/);
        expectOneLineError(cli('evaluate', 'plan.crmplan', 'plan.crmplan'), 2, /too many arguments/);
        expectOneLineError(cli('evaluate', '--format', 'yaml', 'plan.crmplan'), 2, /yaml/);
        expectOneLineError(cli('evaluate', '--seed', '-1', 'plan.crmplan'), 2, /--seed must be a positive whole number/);
        expectOneLineError(cli('report', '--lang', 'klingon', 'plan.crmplan'), 2, /unknown language 'klingon'/);
    });

    it('a catalogue where a plan is needed: exit 2', () => {
        expectOneLineError(cli('evaluate', 'catalogue.crmplan'), 2, /catalogue\.crmplan: is a catalogue/);
    });

    it('a plan with errors: diagnostics and a closing line on stderr, exit 1, no figures', () => {
        const result = cli('evaluate', 'broken.crmplan');
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^broken\.crmplan:\d+:\d+ error CRM001 /);
        expect(result.stderr).toMatch(/crmplan: broken\.crmplan has \d+ errors?; no figures until they are fixed\n$/);
        expect(result.stderr).not.toMatch(/\s+at \S+ \(/);
    });

    it('output into a missing folder: exit 2, nothing written', () => {
        expectOneLineError(cli('report', 'plan.crmplan', '-o', 'nowhere/report.md'), 2, /folder nowhere does not exist/);
        expect(readdirSync(folder)).not.toContain('nowhere');
    });

    it('-o onto the plan itself, or onto a file it imports: exit 2, the plan untouched, no temporary file left', () => {
        const before = readdirSync(folder).sort();
        expectOneLineError(cli('report', 'plan.crmplan', '-o', 'plan.crmplan'), 2, /plan\.crmplan: is one of the plan's own files/);
        expect(readFileSync(join(folder, 'plan.crmplan'), 'utf8')).toBe(ACME);
        mkdirSync(join(folder, 'multi'));
        const goals = ACME.split('\n').filter(line => line.startsWith('goal ')).join('\n') + '\n';
        writeFileSync(join(folder, 'multi', 'needs.crmplan'), goals);
        writeFileSync(join(folder, 'multi', 'plan.crmplan'), `import "needs.crmplan"\n${ACME.replace(/^goal .*$/gm, '')}`);
        expect(runCli(['check', 'plan.crmplan'], { cwd: join(folder, 'multi') }).status).toBe(0);
        const onImport = runCli(['report', 'plan.crmplan', '-o', 'needs.crmplan'], { cwd: join(folder, 'multi') });
        expectOneLineError(onImport, 2, /needs\.crmplan: is one of the plan's own files/);
        expect(readFileSync(join(folder, 'multi', 'needs.crmplan'), 'utf8')).toBe(goals);
        expectOneLineError(cli('report', 'plan.crmplan', '-o', 'empty'), 2, /empty: is a folder/);
        expect(readdirSync(folder).filter(name => name !== 'multi').sort()).toEqual(before);
        expect(readdirSync(folder).some(name => name.endsWith('.tmp'))).toBe(false);
    });

    it('a successful -o writes the whole report and leaves no temporary file', () => {
        const result = cli('report', 'plan.crmplan', '-o', 'report.md');
        expect(result.status).toBe(0);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe('');
        expect(readFileSync(join(folder, 'report.md'), 'utf8')).toBe(cli('report', 'plan.crmplan').stdout);
        expect(readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });

    it('an import through a symbolic link out of the repository is not followed', () => {
        const outside = join(folder, '..', 'secret.crmplan');
        writeFileSync(outside, 'the secret text of a file outside the repository\n');
        symlinkSync(outside, join(folder, 'link.crmplan'));
        writeFileSync(join(folder, 'linked.crmplan'), 'import "link.crmplan"\n');
        const result = cli('check', 'linked.crmplan');
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(/linked\.crmplan:1:8 error CRM011 /);
        expect(result.stdout).not.toMatch(/secret|link\.crmplan:/);
    });
});
