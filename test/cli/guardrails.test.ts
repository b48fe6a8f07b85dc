/**
 * Guardrails through the CLI as a process: `check` fails on a broken
 * `require` and passes on a broken `expect` (text, GitHub and JSON formats),
 * and `evaluate --json` carries a `guardrails` array valid against the
 * schema, without changing the document of a plan that has no rules.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PLAN as REFERENCE, REFERENCE_ROWS, REFERENCE_RULES as RULES } from '../helpers/guardrail-reference.js';
import { runCli } from '../helpers/run-cli.js';

const ROOT = join(__dirname, '../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'docs/evaluation.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);


let folder: string;
const write = (name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
};

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'crmplan-cli-guardrails-'));
    mkdirSync(join(folder, '.git'));
});

describe('crmplan check', () => {
    it('exits 1 on a broken require and names figure, limit, option and reason', () => {
        const file = write('broken.crmplan', `${REFERENCE}\n${RULES.join('\n')}\n`);
        const result = runCli(['check', file]);
        expect(result.status).toBe(1);
        const lines = result.stdout.trim().split('\n');
        expect(lines).toEqual([
            `${file}:134:1 error CRM038 Broken: \`require payback <= 15 months\` ("Board rule 2026-3"). 纷享销客 专业版: payback 15.64 months, limit 15 months.`,
            `${file}:135:1 warning CRM123 Not met: \`expect npv >= 500000\`. 纷享销客 专业版: NPV ¥449,553.71, limit ¥500,000.00.`,
            `${file}:139:1 error CRM038 Broken: \`require p10 npv >= 0\`. 纷享销客 专业版: no simulation: the plan has no ranges, limit ¥0.00.`,
            '2 errors, 1 warning in 1 file.'
        ]);
    });

    it('exits 0 on a broken expect alone, and annotates it for GitHub', () => {
        const file = write('expect.crmplan', `${REFERENCE}\nrequire roi >= 100%\nexpect npv >= 500000\n`);
        const text = runCli(['check', file]);
        expect(text.status).toBe(0);
        const github = runCli(['check', '--format', 'github', file]);
        expect(github.status).toBe(0);
        expect(github.stdout).toContain(`::warning file=${file},line=134,col=1,title=CRM123::CRM123 Not met: \`expect npv >= 500000\``);
    });

    it('annotates a broken require for GitHub and lists it in JSON', () => {
        const file = write('require.crmplan', `${REFERENCE}\nrequire payback <= 15 months\n`);
        const github = runCli(['check', '--format', 'github', file]);
        expect(github.status).toBe(1);
        expect(github.stdout).toContain(`::error file=${file},line=133,col=1,title=CRM038::CRM038 Broken: \`require payback <= 15 months\``);
        const json = runCli(['check', '--format', 'json', file]);
        expect(json.status).toBe(1);
        const diagnostics = JSON.parse(json.stdout) as Array<{ code: string; severity: string; line: number; message: string }>;
        expect(diagnostics.filter(d => d.code === 'CRM038')).toEqual([expect.objectContaining({
            severity: 'error', line: 133, message: expect.stringContaining('payback 15.64 months, limit 15 months')
        })]);
    });

    it('fails on a unit error with its code', () => {
        const file = write('units.crmplan', `${REFERENCE}\nrequire roi >= 100\nrequire p10 matrix >= 8\n`);
        const result = runCli(['check', file]);
        expect(result.status).toBe(1);
        expect(result.stdout).toContain(':133:16 error CRM036');
        expect(result.stdout).toMatch(/CRM036 ROI is a percentage: write `require roi >= 100%`/);
        expect(result.stdout).toMatch(/CRM037 The matrix score takes no basis/);
    });
});

describe('crmplan evaluate --json', () => {
    interface GuardrailJson { rule: string; figure: string | number | null; figureMissing: string | null; holds: boolean; reason: string | null; source: { file: string; line: number } }

    it('adds a guardrails array, valid against the schema, with each reference row', () => {
        const file = write('rules.crmplan', `${REFERENCE}\n${RULES.join('\n')}\n`);
        const result = runCli(['evaluate', '--json', file]);
        // Broken requires fail `check`, yet the figures are still there to read.
        expect(result.status, result.stderr).toBe(0);
        const document = JSON.parse(result.stdout);
        expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
        const rows = (document.guardrails as GuardrailJson[]).map(g => [g.rule, typeof g.figure === 'number' ? g.figure.toFixed(2) : g.figure ?? g.figureMissing, g.holds]);
        expect(rows).toEqual(REFERENCE_ROWS.map(row => [row.rule.replace(/ "[^"]*"$/, ''), row.figure, row.holds]));
        expect(document.guardrails[1]).toMatchObject({
            severity: 'require', basis: null, metric: 'payback', comparison: '<=', limit: 15,
            reason: 'Board rule 2026-3', option: 'Fxiaoke.Professional', source: { file: 'rules.crmplan', line: 134 }
        });
        expect(document.guardrails[4]).toMatchObject({ limit: '450000.00', figure: '430200.00' });
    });

    it('lists the guardrails in the text summary too', () => {
        const file = write('summary.crmplan', `${REFERENCE}\n${RULES.join('\n')}\n`);
        const result = runCli(['evaluate', file]);
        expect(result.status, result.stderr).toBe(0);
        const lines = result.stdout.split('\n');
        const start = lines.indexOf('Guardrails (applied to Fxiaoke.Professional)');
        expect(start).toBeGreaterThan(0);
        expect(lines[start + 3]).toMatch(/^require payback <= 15 months\s+Board rule 2026-3\s+payback 15\.64 months\s+✗ broken$/);
        expect(lines[start + 8]).toMatch(/^require p10 npv >= 0\s+–\s+no simulation: the plan has no ranges\s+✗ broken$/);
    });

    it('reads a percentile from the seeded simulation of a plan with ranges', () => {
        const ranged = REFERENCE.replace('    30000 per month\n', '    30000 (20000 to 36000) per month\n');
        expect(ranged).not.toBe(REFERENCE);
        const file = write('ranged.crmplan', `${ranged}\nrequire p10 npv >= 0\n`);
        const document = JSON.parse(runCli(['evaluate', '--json', file]).stdout);
        expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
        const chosen = document.options.find((o: { chosen: boolean }) => o.chosen);
        const [rule] = document.guardrails as GuardrailJson[];
        expect(rule!.figure).toBe(chosen.uncertainty.npv.p10);
        expect(rule!.holds).toBe(Number(chosen.uncertainty.npv.p10) >= 0);
    });

    it('leaves the version-1 document of a plan without rules unchanged', () => {
        const plain = JSON.parse(runCli(['evaluate', '--json', write('plain.crmplan', REFERENCE)]).stdout);
        expect(plain).not.toHaveProperty('guardrails');
        expect(validate(plain), JSON.stringify(validate.errors)).toBe(true);
        const ruled = JSON.parse(runCli(['evaluate', '--json', write('plain-ruled.crmplan', `${REFERENCE}\nrequire roi >= 100%\n`)]).stdout);
        const { guardrails, ...rest } = ruled;
        expect(guardrails).toHaveLength(1);
        expect(rest).toEqual(plain);
    });
});

describe('crmplan diff', () => {
    const BASE = `${REFERENCE}\nrequire payback <= 18 months "Board rule 2026-3"\nrequire roi >= 100%\nrequire matrix >= 7\n`;

    it('opens with the guardrails a change breaks, and tables them before → after', () => {
        const base = write('diff-base.crmplan', BASE);
        const head = write('diff-head.crmplan', BASE.replace('choose Fxiaoke', 'choose Zoho'));
        const result = runCli(['diff', base, head]);
        expect(result.status, result.stderr).toBe(0);
        const lines = result.stdout.split('\n');
        expect(lines.slice(0, 4)).toEqual([
            '<!-- crmplan -->',
            '## crmplan: Acme Machinery: sales automation',
            '',
            '**This change breaks:** payback ≤ 18 months, 15.64 → 18.82 months; ROI ≥ 100%, 126.12% → 74.26%'
        ]);
        const table = lines.slice(lines.indexOf('### Guardrails') + 2, lines.indexOf('### Guardrails') + 7);
        expect(table).toEqual([
            '| Rule | Before | After | Status |',
            '| --- | ---: | ---: | --- |',
            '| payback ≤ 18 months | 15.64 months | 18.82 months | ✓ holds → ✗ broken |',
            '| ROI ≥ 100% | 126.12% | 74.26% | ✓ holds → ✗ broken |',
            '| matrix score ≥ 7 | 8.79 | 7.65 | ✓ holds |'
        ]);
    });

    it('lists the guardrails before and after in --format json, with what the change breaks', () => {
        const base = write('json-base.crmplan', BASE);
        const head = write('json-head.crmplan', BASE.replace('choose Fxiaoke', 'choose Zoho'));
        const result = runCli(['diff', '--format', 'json', base, head]);
        expect(result.status, result.stderr).toBe(0);
        const guardrails = JSON.parse(result.stdout).guardrails as Array<{ base: { figure: number; holds: boolean }; head: { rule: string; figure: number; holds: boolean }; breaks: boolean; restores: boolean }>;
        expect(guardrails.map(g => [g.head.rule, g.base.holds, g.head.holds, g.breaks, g.restores])).toEqual([
            ['require payback <= 18 months', true, false, true, false],
            ['require roi >= 100%', true, false, true, false],
            ['require matrix >= 7', true, true, false, false]
        ]);
        expect(guardrails[0]!.head.figure).toBeCloseTo(18.82, 2);
    });

    it('says what a change restores, in Chinese', () => {
        const base = write('restore-base.crmplan', BASE.replace('choose Fxiaoke', 'choose Zoho'));
        const head = write('restore-head.crmplan', BASE);
        const result = runCli(['diff', '--lang', 'zh-CN', base, head]);
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout.split('\n')[3]).toBe(
            '**本次变更恢复满足：**静态投资回收期 ≤ 18 个月，18.82 → 15.64 个月；投资回报率（ROI） ≥ 100%，74.26% → 126.12%');
    });

    it('leaves the guardrail table out when no rule\'s status or figure moved, like the other change tables', () => {
        const base = write('still-base.crmplan', BASE);
        const head = write('still-head.crmplan', BASE.replace('cost Customization "Sales workflow customisation"', 'cost Customization "Sales workflow customisation (agreed)"'));
        const result = runCli(['diff', base, head]);
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toContain('  - title: Sales workflow customisation → Sales workflow customisation (agreed)');
        // (The full report folded in below has its own guardrails section.)
        expect(result.stdout.slice(0, result.stdout.indexOf('<details>'))).not.toContain('### Guardrails');
    });

    it('leads with nothing when no status changes', () => {
        const base = write('same-base.crmplan', BASE);
        const head = write('same-head.crmplan', BASE.replace('30000 per month', '31000 per month'));
        const result = runCli(['diff', base, head]);
        expect(result.stdout.split('\n')[3]).toBe('### What this change does to each option');
        expect(result.stdout).toContain('| payback ≤ 18 months |');
    });
});

describe('the forecast and trend bases, with the actuals of the monitoring specification', () => {
    const MONITORED = readFileSync(join(ROOT, 'test/fixtures/acme-monitoring.crmplan'), 'utf8');

    it('read the actuals: forecast ROI 115.77% holds, trend ROI 57.55% breaks an expect (a warning)', () => {
        const file = write('monitored.crmplan', `${MONITORED}\nrequire forecast roi >= 100%\nexpect trend roi >= 100%\n`);
        const json = JSON.parse(runCli(['evaluate', '--json', file]).stdout) as { guardrails: Array<{ rule: string; figure: number; holds: boolean }> };
        expect(validate(json)).toBe(true);
        expect(json.guardrails.map(g => [g.rule, g.figure.toFixed(2), g.holds])).toEqual([
            ['require forecast roi >= 100%', '115.77', true],
            ['expect trend roi >= 100%', '57.55', false]
        ]);
        const check = runCli(['check', file]);
        expect(check.status).toBe(0);
        expect(check.stdout).toMatch(/warning CRM123 Not met: `expect trend roi >= 100%`\. 纷享销客 专业版: ROI 57\.55%, limit 100%\./);
    });
});
