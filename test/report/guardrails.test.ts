/**
 * The report's Guardrails table, through `crmplan report` as a process: right
 * after the summary, each reference rule with its reason, figure and status,
 * in English and Chinese; no table for a plan without rules.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PLAN as REFERENCE, REFERENCE_RULES as RULES } from '../helpers/guardrail-reference.js';
import { runCli } from '../helpers/run-cli.js';


let folder: string;

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'crmplan-report-guardrails-'));
    mkdirSync(join(folder, '.git'));
    writeFileSync(join(folder, 'rules.crmplan'), `${REFERENCE}\n${RULES.join('\n')}\n`);
    writeFileSync(join(folder, 'plain.crmplan'), REFERENCE);
});

/** The lines of the section that starts with `heading`, up to the next heading. */
function section(report: string, heading: string): string[] {
    const lines = report.split('\n');
    const start = lines.indexOf(heading);
    expect(start, `no '${heading}' in the report`).toBeGreaterThan(0);
    const end = lines.findIndex((line, i) => i > start && line.startsWith('#'));
    return lines.slice(start, end);
}

describe('the Guardrails table', () => {
    it('follows the summary, in English', () => {
        const report = runCli(['report', 'rules.crmplan'], { cwd: folder });
        // A broken require fails `check`, yet the report still shows the figures that break it.
        expect(report.status, report.stderr).toBe(0);
        const headings = report.stdout.split('\n').filter(line => line.startsWith('#'));
        expect(headings.slice(1, 4)).toEqual(['## 1. Summary', '### Guardrails', '## 2. Needs and priorities']);
        expect(section(report.stdout, '### Guardrails').filter(line => line.startsWith('| ') && !line.startsWith('| ---'))).toEqual([
            '| Rule | Reason | Figure | Status |',
            '| ROI ≥ 100% | – | 126.12% | ✓ holds |',
            '| payback ≤ 15 months | Board rule 2026-3 | 15.64 months | ✗ broken |',
            '| NPV ≥ ¥500,000.00 | – | ¥449,553.71 | ✗ not met |',
            '| IRR ≥ 20% | – | 141.53% | ✓ holds |',
            '| TCO ≤ ¥450,000.00 | – | ¥430,200.00 | ✓ holds |',
            '| matrix score ≥ 8 | – | 8.79 | ✓ holds |',
            '| P10 NPV ≥ ¥0.00 | – | no simulation: the plan has no ranges | ✗ broken |',
            '| forecast ROI ≥ 100% | – | 126.12% | ✓ holds |'
        ]);
    });

    it('follows the summary, in Chinese', () => {
        const report = runCli(['report', 'rules.crmplan', '--lang', 'zh-CN'], { cwd: folder });
        expect(report.status, report.stderr).toBe(0);
        const rows = section(report.stdout, '### 护栏规则').filter(line => line.startsWith('| ') && !line.startsWith('| ---'));
        expect(rows[0]).toBe('| 规则 | 依据说明 | 数值 | 状态 |');
        expect(rows[2]).toBe('| 静态投资回收期 ≤ 15 个月 | Board rule 2026-3 | 15.64 个月 | ✗ 未满足 |');
        expect(rows[3]).toBe('| 净现值（NPV） ≥ ¥500,000.00 | – | ¥449,553.71 | ✗ 未达到 |');
        expect(rows[7]).toBe('| P10（保守）净现值（NPV） ≥ ¥0.00 | – | 无蒙特卡洛模拟：计划没有区间 | ✗ 未满足 |');
    });

    it('is absent from the report of a plan without rules', () => {
        const report = runCli(['report', 'plain.crmplan'], { cwd: folder });
        expect(report.status).toBe(0);
        expect(report.stdout).not.toContain('Guardrails');
    });
});
