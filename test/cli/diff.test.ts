import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const REFERENCE = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');
const CATALOGUE = 'goal Growth "Growth" weight 100%\n';
const PLAN = `import "goals.crmplan"

plan "Small" {
    currency CNY
    start 2027-01
    horizon 12 months
}

requirement R "r" {
    impact Growth 5
}

vendor V "v" {
    covers R 100%
}

cost Setup "s" {
    direct
    10000 once
}

benefit B "b" {
    savings
    from R
    2000 per month
}
`;

let folder: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, stdio: 'pipe' });

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'crmplan-cli-diff-'));
    writeFileSync(join(folder, 'base.crmplan'), REFERENCE);
    writeFileSync(join(folder, 'head.crmplan'), REFERENCE.replace('80000 once in 2027-02', '100000 once in 2027-02'));
    writeFileSync(join(folder, 'goals.crmplan'), CATALOGUE);
    writeFileSync(join(folder, 'plan.crmplan'), PLAN);
    git('init', '-q');
    git('add', 'goals.crmplan', 'plan.crmplan');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'plan');
    // Working tree changes in both the plan and its import: the base must read both from git.
    writeFileSync(join(folder, 'plan.crmplan'), PLAN.replace('10000 once', '12000 once'));
    writeFileSync(join(folder, 'goals.crmplan'), 'goal Growth "Growth" weight 100%\ngoal Extra "Extra" weight 0%\n');
});

describe('crmplan diff', () => {
    it('compares two files: a comment with the marker, the NPV change and its cause', () => {
        const result = runCli(['diff', 'base.crmplan', 'head.crmplan'], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout.split('\n')[0]).toBe('<!-- crmplan -->');
        expect(result.stdout).toMatch(/¥449,553\.71 → ¥429,681\.56 \(▼ −¥19,872\.15\)/);
        expect(result.stdout).toContain('- **Cost** Sales workflow customisation (Customization) changed\n  - amount: 80000 once in 2027-02 → 100000 once in 2027-02');
        // The new version's full report, folded.
        expect(result.stdout).toMatch(/<details>\n<summary>Full report of the new version<\/summary>\n\n# [^\n]+\n[\s\S]*```mermaid\ngantt[\s\S]*<\/details>\n$/);
        expect(result.stdout.length).toBeLessThan(65_536);
    });

    it('gives the same changes as data with --format json', () => {
        const result = runCli(['diff', '--json', 'base.crmplan', 'head.crmplan'], { cwd: folder });
        expect(result.status).toBe(0);
        const diff = JSON.parse(result.stdout);
        expect(diff.schemaVersion).toBe(1);
        expect(diff.options[0]).toMatchObject({ id: 'Fxiaoke.Professional', npv: { base: '449553.71', head: '429681.56', delta: '-19872.15' }, tco: { delta: '20000.00' } });
        expect(diff.changes).toEqual([{ kind: 'cost', id: 'Customization', title: 'Sales workflow customisation', change: 'changed', fields: [{ field: 'amount', old: '80000 once in 2027-02', new: '100000 once in 2027-02' }] }]);
    });

    it('reads the base from git with --git, imports included', () => {
        const result = runCli(['diff', '--git', 'HEAD', 'plan.crmplan', '--json'], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const diff = JSON.parse(result.stdout);
        expect(diff.options[0].tco).toEqual({ base: '10000.00', head: '12000.00', delta: '2000.00' });
        expect(diff.changes.map((c: { kind: string; id: string; change: string }) => `${c.kind} ${c.id} ${c.change}`))
            .toEqual(['cost Setup changed', 'goal Extra added']);
    });

    it('--format markdown is the comment (the default); --format text is the same without Markdown', () => {
        writeFileSync(join(folder, 'rate.crmplan'), REFERENCE.replace('rate USD 7.10 CNY', 'rate USD 7.2 (7 to 7.4) CNY'));
        const markdown = runCli(['diff', '--format', 'markdown', 'base.crmplan', 'rate.crmplan'], { cwd: folder });
        expect(markdown.status).toBe(0);
        expect(markdown.stdout).toBe(runCli(['diff', 'base.crmplan', 'rate.crmplan'], { cwd: folder }).stdout);
        expect(markdown.stdout).toContain('  - rate: 7\\.1 CNY per USD → 7\\.2 (7 to 7.4) CNY per USD');
        const text = runCli(['diff', '--format', 'text', 'base.crmplan', 'rate.crmplan'], { cwd: folder });
        expect(text.status).toBe(0);
        expect(text.stdout).toContain('  - rate: 7.1 CNY per USD → 7.2 (7 to 7.4) CNY per USD\n');
        // No escapes, no marker, no emphasis, headings or table pipes, and no folded report.
        expect(text.stdout).not.toMatch(/\\|<!--|\*\*|^#|^\||<details>/m);
        expect(text.stdout).toContain('What this change does to each option\n------------------------------------\n');
        expect(text.stdout).toMatch(/^Option +TCO +Total benefit +NPV/m);
        // A range that moved shows in the simulation table.
        expect(text.stdout).toMatch(/^Simulation \(10,000 trials, seed 1\)$/m);
        expect(runCli(['diff', '--format', 'html', 'base.crmplan', 'rate.crmplan'], { cwd: folder }))
            .toMatchObject({ status: 2, stderr: "crmplan: unknown format 'html': use markdown, text or json\n" });
    });

    it('names options by title and gives the ΔNPV rows in --format json', () => {
        const diff = JSON.parse(runCli(['diff', '--json', 'base.crmplan', 'head.crmplan'], { cwd: folder }).stdout);
        expect(diff.options.map((o: { title: string }) => o.title)).toEqual(['纷享销客 专业版', 'Zoho CRM Professional']);
        const fxiaoke = diff.causes.find((c: { option: string }) => c.option === 'Fxiaoke.Professional');
        expect(fxiaoke.npv).toEqual([{ id: 'Customization', title: 'Sales workflow customisation', kind: 'cost', base: expect.any(String), head: expect.any(String), delta: '-19872.15' }]);
    });

    it('speaks Chinese with --lang zh-CN', () => {
        const result = runCli(['diff', '--lang', 'zh-CN', 'base.crmplan', 'head.crmplan'], { cwd: folder });
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('### 本次修改对各方案的影响');
        expect(result.stdout).toContain('- **成本** Sales workflow customisation（Customization） 修改\n  - 金额：2027-02 一次性 80000 → 2027-02 一次性 100000');
        expect(result.stdout).toMatch(/126\.12% → \d+\.\d\d%（▼ −\d+\.\d\d 个百分点）/);
        // No English label, unit or ASCII bracket in the Chinese part (the folded report quotes plan titles).
        const comment = result.stdout.slice(0, result.stdout.indexOf('<details>'));
        expect(comment).not.toMatch(/\bpp\b|\bmo\b|amount:|title:|priority:|effort:|person-weeks|\(no change\)|n\/a/);
    });

    it('exits 2 on usage problems and 1 when a side has errors', () => {
        expect(runCli(['diff', 'base.crmplan'], { cwd: folder })).toMatchObject({ status: 2, stderr: expect.stringMatching(/^crmplan: diff takes two plan files/) });
        expect(runCli(['diff', '--git', 'no-such-ref', 'plan.crmplan'], { cwd: folder })).toMatchObject({ status: 2, stderr: "crmplan: unknown git revision 'no-such-ref'\n" });
        expect(runCli(['diff', '--git', 'HEAD', 'head.crmplan'], { cwd: folder })).toMatchObject({ status: 2, stderr: 'crmplan: head.crmplan: does not exist at HEAD\n' });
        writeFileSync(join(folder, 'broken.crmplan'), REFERENCE.replace('impact SalesEfficiency 9', 'impact Nowhere 9'));
        const broken = runCli(['diff', 'base.crmplan', 'broken.crmplan'], { cwd: folder });
        expect(broken.status).toBe(1);
        expect(broken.stdout).toBe('');
        expect(broken.stderr).toMatch(/broken\.crmplan:\d+:\d+ error CRM001/);
    });
});
