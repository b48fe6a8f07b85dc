/**
 * Coverage and score overrides as a reader meets them: the report's scenario
 * table names each override (in English and Chinese), and `crmplan diff` names
 * a changed override by its target. Through the CLI as a process.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const BASE = `${readFileSync(join(__dirname, '../fixtures/edition-coverage.crmplan'), 'utf8')
    .replace('criterion Fit weight 100% measured by coverage', 'criterion Fit weight 50% measured by coverage\ncriterion Usability weight 50%')
    .replace('covers Pipeline 80%, Segments 50%', 'covers Pipeline 80%, Segments 50%\n    score Usability 5')}
scenario Weaker {
    covers Zoho Pipeline 40%
    covers Zoho.Enterprise Segments 30%
    score Zoho Usability 3
}
`;

function folderWith(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'crmplan-covers-'));
    mkdirSync(join(folder, '.git'));
    for (const [name, text] of Object.entries(files)) {
        writeFileSync(join(folder, name), text);
    }
    return folder;
}

describe('coverage and score overrides in the report and the diff', () => {
    it('are named in the report\'s scenario table', () => {
        const folder = folderWith({ 'plan.crmplan': BASE });
        const english = runCli(['report', 'plan.crmplan'], { cwd: folder });
        expect(english.status, english.stderr).toBe(0);
        const row = english.stdout.split('\n').find(line => line.includes('covers Zoho Pipeline 40%'));
        expect(row).toContain('covers Zoho Pipeline 40%, covers Zoho.Enterprise Segments 30%, score Zoho Usability 3');
        const chinese = runCli(['report', '--lang', 'zh-CN', 'plan.crmplan'], { cwd: folder });
        expect(chinese.status, chinese.stderr).toBe(0);
        expect(chinese.stdout).toContain('Zoho 对 Pipeline 的覆盖率 40%');
        expect(chinese.stdout).toContain('Zoho.Enterprise 对 Segments 的覆盖率 30%');
        expect(chinese.stdout).toContain('Zoho 的 Usability 评分 3');
    });

    it('name a changed override by its target in the diff', () => {
        const folder = folderWith({
            'base.crmplan': BASE,
            'head.crmplan': BASE.replace('covers Zoho.Enterprise Segments 30%', 'covers Zoho.Enterprise Segments 20%').replace('score Zoho Usability 3', 'score Zoho Usability 4')
        });
        const result = runCli(['diff', '--format', 'text', 'base.crmplan', 'head.crmplan'], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.stdout).toContain('covers Zoho.Enterprise Segments 30% → 20%');
        expect(result.stdout).toContain('score Zoho Usability 3 → 4');
        expect(result.stdout).not.toContain('covers Zoho Pipeline 40%');
    });
});
