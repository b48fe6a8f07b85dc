/**
 * The command line's own lines in the language of `--lang`: check's closing
 * line, the usage and input/output errors (exit 2), and the line after a
 * plan's errors; English without `--lang` and for an unknown language.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ACME = readFileSync(join(__dirname, '../fixtures/acme-sales-automation.crmplan'), 'utf8');
const BROKEN = ACME.replace('impact SalesEfficiency 9, CustomerExperience 5', 'impact Speed 9, CustomerExperience 5');

describe('crmplan in Chinese (--lang zh-CN)', () => {
    let folder: string;
    const cli = (...args: string[]) => runCli(args, { cwd: folder });

    beforeAll(() => {
        folder = mkdtempSync(join(tmpdir(), 'crmplan-cli-language-'));
        writeFileSync(join(folder, 'acme.crmplan'), ACME);
        writeFileSync(join(folder, 'broken.crmplan'), BROKEN);
    });

    it("closes check's output with a Chinese line", () => {
        expect(cli('check', '--lang', 'zh-CN', 'acme.crmplan').stdout).toBe('1 个文件中没有问题。\n');
        const broken = cli('check', '--lang', 'zh-CN', 'broken.crmplan');
        expect(broken.status).toBe(1);
        expect(broken.stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 个文件中有 1 个错误、\d+ 个警告(、\d+ 条提示)?。$/);
        expect(cli('check', 'acme.crmplan').stdout).toBe('No problems in 1 file.\n');
    });

    it('tells usage and file problems in Chinese, one line, exit 2', () => {
        expect(cli('report', '--lang', 'zh-CN', 'missing.crmplan')).toMatchObject({ status: 2, stdout: '', stderr: 'crmplan: missing.crmplan：没有这个文件或文件夹\n' });
        expect(cli('report', '--lang=zh-CN', '-o', 'nowhere/report.md', 'acme.crmplan'))
            .toMatchObject({ status: 2, stderr: 'crmplan: nowhere/report.md：无法写入，文件夹 nowhere 不存在\n' });
        expect(cli('export', '--lang', 'zh-CN', 'acme.crmplan')).toMatchObject({ status: 2, stderr: 'crmplan: 请给出 --format xlsx 或 --format csv\n' });
        expect(cli('export', '--lang', 'zh-CN', '--format', 'pdf', 'acme.crmplan')).toMatchObject({ status: 2, stderr: 'crmplan: 未知的格式“pdf”：请使用 xlsx 或 csv\n' });
        // The same problems without --lang, in English.
        expect(cli('report', 'missing.crmplan')).toMatchObject({ status: 2, stderr: 'crmplan: missing.crmplan: no such file or folder\n' });
        expect(cli('export', 'acme.crmplan')).toMatchObject({ status: 2, stderr: 'crmplan: give --format xlsx or --format csv\n' });
    });

    it("says in Chinese that a plan's errors stop its figures, after the errors in Chinese", () => {
        const result = cli('report', '--lang', 'zh-CN', 'broken.crmplan');
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        const lines = result.stderr.trimEnd().split('\n');
        expect(lines[0]).toMatch(/CRM001 .*Speed/);
        expect(lines[0]).toMatch(/\p{Script=Han}/u);
        expect(lines.at(-1)).toBe('crmplan: broken.crmplan 有 1 个错误；修正之前不计算数字');
    });

    it('answers an unknown language in English', () => {
        expect(cli('report', '--lang', 'fr', 'acme.crmplan')).toMatchObject({ status: 2, stderr: "crmplan: unknown language 'fr': use en or zh-CN\n" });
    });
});
