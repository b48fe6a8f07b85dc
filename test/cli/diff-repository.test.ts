import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { gitRepository, TEAM_PLANS } from '../helpers/git-repository.js';
import { runCli } from '../helpers/run-cli.js';

let folder: string;
let git: (...args: string[]) => string;
const read = (path: string) => readFileSync(join(folder, path), 'utf8');
const write = (path: string, text: string) => writeFileSync(join(folder, path), text);
const markers = (text: string) => text.split('<!-- crmplan -->').length - 1;

beforeEach(() => {
    ({ folder, git } = gitRepository('crmplan-diff-repository-', TEAM_PLANS));
    git('add', '.');
    git('commit', '-qm', 'plans');
});

describe('crmplan diff --git <ref> (every plan of the repository)', () => {
    it('a price in the shared catalogue and a requirement in one plan: one comment naming both plans', () => {
        write('catalog/vendors.crmplan', read('catalog/vendors.crmplan').replace('licence 129 CNY', 'licence 139 CNY'));
        write('pilot.crmplan', read('pilot.crmplan') + '\nrequirement PriceLists "Price lists per customer group" {\n    impact Margin 6\n    effort 2 person-weeks\n    should\n}\n');
        const result = runCli(['diff', '--git', 'HEAD'], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const comment = result.stdout;
        expect(comment.startsWith('<!-- crmplan -->\n## crmplan: 2 plans changed since HEAD\n\npilot.crmplan (changed), plan.crmplan (changed)\n')).toBe(true);
        expect(markers(comment)).toBe(1);
        // The pilot's 8 seats and the rollout's 30 seats, each at ¥10 more a month for the plan's months.
        expect(comment).toMatch(/## crmplan: Eastgate: sales pilot, north region \(pilot\.crmplan\)[\s\S]*启明 CRM 专业版 \(chosen\) \| ¥20,504\.00 → ¥21,464\.00 \(▲ \+¥960\.00\)/);
        expect(comment).toMatch(/\*\*Requirement\*\* Price lists per customer group \(PriceLists\) added/);
        expect(comment).toMatch(/## crmplan: .* \(plan\.crmplan\)[\s\S]*licence 129 per user per month billed yearly → licence 139 per user per month billed yearly/);
        // The requirement is the pilot's own: the rollout's section does not mention it.
        const rollout = comment.slice(comment.indexOf('(plan.crmplan)\n'));
        expect(rollout).not.toContain('PriceLists');
    });

    it('--format text: the same comment without Markdown, in Chinese with --lang zh-CN (changed fields too)', () => {
        write('catalog/vendors.crmplan', read('catalog/vendors.crmplan').replace('licence 129 CNY', 'licence 139 CNY'));
        const result = runCli(['diff', '--git', 'HEAD', '--format', 'text', '--lang', 'zh-CN'], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(markers(result.stdout)).toBe(0);
        expect(result.stdout).not.toMatch(/\\|\*\*|^#|^\||<details>/m);
        expect(result.stdout).toMatch(/^变化的来源（逐项）$/m);
        expect(result.stdout).toContain("版本 Professional：许可费：每月 129 × 用户数，按年预付 → 许可费：每月 139 × 用户数，按年预付");
    });

    it('new plans show their figures, deleted plans say so, unchanged plans are left out', () => {
        write('second-pilot.crmplan', read('pilot.crmplan').replace('users 8', 'users 12'));
        git('rm', '-q', 'plan.crmplan');
        const result = runCli(['diff', '--git', 'HEAD', '--lang', 'zh-CN'], { cwd: folder });
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('plan.crmplan（已删除）、second-pilot.crmplan（新增）');
        expect(result.stdout).toMatch(/### 新计划的数据\n\n\| 方案 \|/);
        expect(result.stdout).toContain('该计划已被删除。');
        expect(result.stdout).not.toContain('(pilot.crmplan)');
        const json = JSON.parse(runCli(['diff', '--git', 'HEAD', '--format', 'json'], { cwd: folder }).stdout) as { plans: Array<{ path: string; status: string; options?: Array<{ tco: string }> }> };
        expect(json.plans.map(p => [p.path, p.status])).toEqual([['plan.crmplan', 'removed'], ['second-pilot.crmplan', 'added']]);
        expect(json.plans[1]!.options!.length).toBeGreaterThan(0);
    });

    it('says when no plan changed; layout-only edits count as changed text', () => {
        const nothing = runCli(['diff', '--git', 'HEAD'], { cwd: folder });
        expect(nothing.stdout).toBe('<!-- crmplan -->\nNo plan changed since HEAD (neither a plan nor a file it imports).\n');
        write('catalog/needs.crmplan', read('catalog/needs.crmplan') + '\n// a note\n');
        const comment = runCli(['diff', '--git', 'HEAD'], { cwd: folder }).stdout;
        expect(comment).toContain('pilot.crmplan (changed), plan.crmplan (changed)');
        expect(comment).toContain('No declaration changed (only layout or comments).');
    });

    it('a plan with errors is named in the comment and the command exits 1', () => {
        write('pilot.crmplan', read('pilot.crmplan').replace('choose Qiming', 'choose Nobody'));
        const result = runCli(['diff', '--git', 'HEAD'], { cwd: folder });
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('pilot.crmplan (has errors)');
        expect(result.stdout).toMatch(/This plan has an error, so it has no figures until it is fixed/);
    });

    it('-o writes the comment and nothing else, and never replaces a plan', () => {
        write('catalog/vendors.crmplan', read('catalog/vendors.crmplan').replace('licence 129 CNY', 'licence 139 CNY'));
        const written = runCli(['diff', '--git', 'HEAD', '-o', 'comment.md'], { cwd: folder });
        expect(written.status).toBe(0);
        expect(written.stdout).toBe('');
        expect(markers(read('comment.md'))).toBe(1);
        const before = read('pilot.crmplan');
        const refused = runCli(['diff', '--git', 'HEAD', '-o', 'pilot.crmplan'], { cwd: folder });
        expect(refused.status).toBe(2);
        expect(refused.stderr).toMatch(/pilot\.crmplan: is one of the plan's own files/);
        expect(read('pilot.crmplan')).toBe(before);
    });

    it('usage problems: an unknown revision, a folder outside git', () => {
        expect(runCli(['diff', '--git', 'no-such-ref'], { cwd: folder }).stderr).toBe("crmplan: unknown git revision 'no-such-ref'\n");
        const outside = gitRepository('crmplan-not-git-').folder;
        const result = runCli(['diff', '--git', 'HEAD'], { cwd: join(outside, '.git') });
        expect(result.status).toBe(2);
        expect(existsSync(join(outside, 'comment.md'))).toBe(false);
    });
});
