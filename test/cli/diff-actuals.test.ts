/**
 * A pull request that appends a quarter of actuals: the comment leads with
 * what the actuals now say (as-of month, forecast and trend before and
 * after, variances to date, KPI status), before the per-option figures.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const MONITORED = readFileSync(new URL('../fixtures/acme-monitoring.crmplan', import.meta.url), 'utf8');
const LAST_QUARTER = MONITORED.slice(MONITORED.indexOf('actuals 2027-07 to 2027-09'));

describe('crmplan diff when actuals are appended', () => {
    it('leads with the as-of month and the forecast change', () => {
        const folder = mkdtempSync(join(tmpdir(), 'crmplan-diff-actuals-'));
        mkdirSync(join(folder, '.git'));
        writeFileSync(join(folder, 'base.crmplan'), MONITORED.replace(LAST_QUARTER, ''));
        writeFileSync(join(folder, 'head.crmplan'), MONITORED);
        const result = runCli(['diff', 'base.crmplan', 'head.crmplan'], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const comment = result.stdout;
        const lead = comment.indexOf('**Actuals as of 2027-09 (before: 2027-06)**');
        expect(lead).toBeGreaterThan(0);
        expect(lead).toBeLessThan(comment.indexOf('### What this change does to each option'));
        // After: the specification's forecast and trend as of 2027-09.
        expect(comment).toMatch(/\| Forecast ROI \| \d[\d.,]*% \| 115\.77% \|/);
        expect(comment).toMatch(/\| Trend ROI \| -?\d[\d.,]*% \| 57\.55% \|/);
        expect(comment).toMatch(/\| Forecast NPV \| [^|]+ \| ¥415,954\.96 \|/);
        expect(comment).toMatch(/\| Cost variance to date \| [^|]+ \| \+¥8,400\.00 \|/);
        expect(comment).toMatch(/\| Benefit variance to date \| [^|]+ \| −¥26,425\.00 \|/);
        const zh = runCli(['diff', 'base.crmplan', 'head.crmplan', '--lang', 'zh-CN'], { cwd: folder }).stdout;
        expect(zh).toContain('**实际数据截至 2027-09（此前截至 2027-06）**');
        expect(zh).toMatch(/\| 预测投资回报率（ROI） \| [^|]+ \| 115\.77% \|/);
    });

    it('says nothing about actuals when they did not change', () => {
        const folder = mkdtempSync(join(tmpdir(), 'crmplan-diff-actuals-'));
        mkdirSync(join(folder, '.git'));
        writeFileSync(join(folder, 'base.crmplan'), MONITORED);
        writeFileSync(join(folder, 'head.crmplan'), MONITORED.replace('horizon 36 months', 'horizon 36 months\n    // reviewed'));
        expect(runCli(['diff', 'base.crmplan', 'head.crmplan'], { cwd: folder }).stdout).not.toContain('Actuals as of');
    });
});
