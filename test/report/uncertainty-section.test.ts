import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../language-server/report/index.js';
import { fencedBlocks, tables } from './markdown-check.js';
import { checkXyChart } from './mermaid-check.js';
import { loadPlanText } from './load.js';

const ACME = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');
const RANGED = ACME
    .replace('    30000 per month\n', '    30000 (20000 to 36000) per month\n')
    .replace('    80000 once in 2027-02\n', '    80000 (60000 to 120000) once in 2027-02\n')
    + '\nscenario Slow "Slow adoption" {\n    MoreDeals 70%\n    Customization 130%\n}\n';

const money = (cell: string) => Number(cell.replace(/[¥,]/g, ''));

describe('report section 10: uncertainty and scenarios', () => {
    it('shows a P10 < P50 < P90 band per option, the tornado led by MoreDeals (by its title), its chart, the simulated values and the scenario table', async () => {
        const report = (await loadPlanText(RANGED)).report('en');
        const section = report.slice(report.indexOf('## 10. Uncertainty and scenarios'));
        expect(section.length).toBeGreaterThan(0);
        const [band, tornado, inputs, scenarios] = tables(section);
        expect(band.slice(1).map(row => row[0].text)).toEqual(['纷享销客 专业版', 'Zoho CRM Professional']);
        for (const row of band.slice(1)) {
            const [p10, p50, p90] = row.slice(1, 4).map(cell => money(cell.text));
            expect(p10).toBeLessThan(p50);
            expect(p50).toBeLessThan(p90);
        }
        expect(tornado.slice(1).map(row => row[0].text)).toEqual(['Fewer lost opportunities', 'Sales workflow customisation']);
        // Each value in its unit: MoreDeals is per month, Customization once.
        expect(tornado[1].slice(1, 3).map(cell => cell.text)).toEqual(['¥20,000.00 per month', '¥36,000.00 per month']);
        expect(tornado[2].slice(1, 3).map(cell => cell.text)).toEqual(['¥60,000.00 once', '¥120,000.00 once']);
        expect(inputs.map(row => row.map(cell => cell.text))).toEqual([
            ['Value', 'Low', 'Likely', 'High', 'Distribution'],
            ['Sales workflow customisation', '¥60,000.00 once', '¥80,000.00 once', '¥120,000.00 once', 'Beta-PERT (λ = 4)'],
            ['Fewer lost opportunities', '¥20,000.00 per month', '¥30,000.00 per month', '¥36,000.00 per month', 'Beta-PERT (λ = 4)']
        ]);
        expect(section).toContain('Each of the 10,000 trials (seed 1) draws every ranged value independently from a Beta-PERT distribution');
        const chart = fencedBlocks(section, 'mermaid').find(block => block.startsWith('xychart-beta'))!;
        expect(checkXyChart(chart)).toEqual([]);
        expect(chart).toContain('x-axis ["Fewer lost opportunities", "Sales workflow customisation"]');
        expect(scenarios.map(row => row[0].text)).toEqual(['Scenario', 'Base case', 'Slow: Slow adoption']);
        expect(scenarios[1][1].text).toBe('¥449,553.71');
        expect(money(scenarios[2][1].text)).toBeLessThan(449_553.71);
    });

    it('shows the leading option in each scenario with what it overrides, beside the base case', async () => {
        const { report } = await loadPlanText(RANGED);
        const en = report('en');
        expect(en).toContain('纷享销客 专业版 in each scenario, with what the scenario overrides:');
        expect(en).toMatch(/\| Base case \| – \| ¥430,200\.00 \| ¥972,775\.00 \| 126\.12% \| ¥449,553\.71 \| 15\.64 months [^|]*\|/);
        expect(en).toMatch(/\| Slow: Slow adoption \| MoreDeals 70%, Customization 130% \| ¥[\d,.]+ \| ¥[\d,.]+ \| [\d.]+% \| ¥[\d,.]+ \| [^|]+ \|/);
        expect(report('zh-CN')).toContain('| 基准情景 | – |');
    });

    it('marks a scenario whose figures cannot be computed as n/a with the reason, in both languages', async () => {
        const plan = RANGED + `\nscenario Huge "Absurd headcount" {\n    users Sales ${'9'.repeat(320)}\n}\n`;
        const loaded = await loadPlanText(plan);
        for (const [locale, cell] of [['en', 'n/a: an amount is beyond the range of numbers'], ['zh-CN', '不适用：某个金额超出了数值范围']] as const) {
            const report = loaded.report(locale);
            const scenarios = tables(report).find(table => table.some(row => row[0].text.startsWith('Huge')))!;
            const huge = scenarios.find(row => row[0].text.startsWith('Huge'))!;
            expect(huge.slice(1).map(c => c.text)).toEqual([cell, cell]);
            expect(scenarios.some(row => row[0].text.startsWith('Slow'))).toBe(true);
            expect(report).not.toMatch(/NaN|Infinity/);
        }
    });

    it('is the same on every run (fixed seed)', async () => {
        const first = (await loadPlanText(RANGED)).report('zh-CN');
        const second = (await loadPlanText(RANGED)).report('zh-CN');
        expect(first).toBe(second);
        expect(first).toContain('## 10. 不确定性与情景');
    });

    it('is absent for a plan without ranges or scenarios, and says so when not simulated', async () => {
        expect((await loadPlanText(ACME)).report('en')).not.toContain('## 10.');
        const loaded = await loadPlanText(RANGED);
        const bare = renderReport(loaded.plan, loaded.evaluation, 'en');
        expect(bare).not.toContain('## 10.');
        expect(bare).toContain('Ranges written in the plan (low to high) are not in this report');
    });
});
