/**
 * The pull-request workflow a team copies (docs/ci/crmplan-pull-request.yml),
 * run the way GitHub Actions runs it: each `run:` step read from the YAML and
 * executed with bash in a repository with an `origin`, a base branch and a
 * pull request's branch, crmplan installed globally from the packed tarball.
 * So the documented workflow cannot drift from the commands.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gitRepository, TEAM_PLANS } from '../helpers/git-repository.js';
import { packCrmplan, ROOT } from '../helpers/pack.js';

interface Step {
    name?: string;
    run?: string;
    uses?: string;
    if?: string;
    with?: { script?: string };
}
interface Workflow {
    on: { pull_request: { paths: string[] } };
    jobs: Record<string, { env?: Record<string, string>; steps: Step[] }>;
}

const workflow = parse(readFileSync(join(ROOT, 'docs', 'ci', 'crmplan-pull-request.yml'), 'utf8')) as Workflow;
const job = workflow.jobs.plans!;

/** GitHub's `${{ ... }}` expressions this workflow uses, as a pull request into main from a repository with the variable set. */
function expand(value: string, context: Record<string, string>): string {
    return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
        if (!(expression in context)) {
            throw new Error(`the workflow uses \${{ ${expression} }}, which this test does not provide`);
        }
        return context[expression]!;
    });
}

let folder: string;
const results: Array<{ name: string; status: number | null; stdout: string; stderr: string }> = [];

beforeAll(() => {
    const { tarball } = packCrmplan();
    const origin = gitRepository('crmplan-origin-');
    origin.git('config', 'receive.denyCurrentBranch', 'ignore');
    const team = gitRepository('crmplan-workflow-', TEAM_PLANS);
    folder = team.folder;
    team.git('add', '.');
    team.git('commit', '-qm', 'plans');
    team.git('remote', 'add', 'origin', origin.folder);
    team.git('push', '-q', 'origin', 'main');
    // The pull request: a price in the shared catalogue and the pilot's seats.
    team.git('checkout', '-q', '-b', 'raise-prices');
    const edit = (path: string, from: string, to: string) => writeFileSync(join(folder, path), readFileSync(join(folder, path), 'utf8').replace(from, to));
    edit('catalog/vendors.crmplan', 'licence 129 CNY', 'licence 139 CNY');
    edit('pilot.crmplan', 'users 8', 'users 10');
    team.git('commit', '-qam', 'Qiming raised its price; two more people in the pilot');

    // `npm install --global` goes to a prefix of the test's own, first on PATH, as on a runner.
    const prefix = mkdtempSync(join(tmpdir(), 'crmplan-global-'));
    const context = { 'vars.CRMPLAN_PACKAGE': tarball, 'github.base_ref': 'main' };
    const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...Object.fromEntries(Object.entries(job.env ?? {}).map(([key, value]) => [key, expand(value, context)])),
        npm_config_prefix: prefix,
        PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH}`,
        NO_COLOR: '1'
    };
    for (const step of job.steps.filter(s => s.run !== undefined)) {
        // GitHub runs `run:` with `bash --noprofile --norc -eo pipefail`.
        const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run!, context)], { cwd: folder, env, encoding: 'utf8' });
        results.push({ name: step.name ?? step.run!, status: result.status, stdout: result.stdout, stderr: result.stderr });
    }
}, 180_000);

describe('the pull-request workflow', () => {
    it('runs on pull requests that touch plans', () => {
        expect(workflow.on.pull_request.paths).toEqual(['**/*.crmplan']);
    });

    it('runs every step with crmplan commands only, each passing', () => {
        expect(results.map(r => r.name)).toEqual(['Install crmplan', 'Check plans', 'Write the comment']);
        for (const result of results) {
            expect(result.status, `${result.name}: ${result.stderr}`).toBe(0);
        }
        expect(results[0]!.stdout.trim().split('\n').at(-1)).toMatch(/^\d+\.\d+\.\d+$/);
        expect(results[1]!.stdout).toBe('No problems in 5 files.\n');
    });

    it('writes one comment naming both plans the change touched, with the deltas', () => {
        const comment = readFileSync(join(folder, 'crmplan-comment.md'), 'utf8');
        expect(comment.split('<!-- crmplan -->').length - 1).toBe(1);
        expect(comment).toContain('## crmplan: 2 plans changed since origin/main');
        expect(comment).toContain('pilot.crmplan (changed), plan.crmplan (changed)');
        // The pilot: licences 10 × ¥139 × 12 − 8 × ¥129 × 12 = +¥4,296, training 3 h × 2 more users × ¥130 = +¥780.
        expect(comment).toMatch(/启明 CRM 专业版 \(chosen\) \| ¥20,504\.00 → ¥25,580\.00 \(▲ \+¥5,076\.00\)/);
        // The rollout: its 40 users (sales and service) at ¥10 more for 36 months.
        expect(comment).toMatch(/启明 CRM 专业版 \(chosen\) \| ¥374,360\.00 → ¥388,760\.00 \(▲ \+¥14,400\.00\)/);
    });

    it('posts the file the diff step writes, found again by its marker', () => {
        const post = job.steps.find(step => step.uses?.startsWith('actions/github-script'));
        expect(post?.if).toBe('always()');
        expect(post?.with?.script).toContain("readFileSync('crmplan-comment.md'");
        expect(post?.with?.script).toContain("'<!-- crmplan -->'");
        expect(job.steps.find(step => step.name === 'Write the comment')?.run).toContain('-o crmplan-comment.md');
        expect(existsSync(join(folder, 'crmplan-comment.md'))).toBe(true);
    });
});
