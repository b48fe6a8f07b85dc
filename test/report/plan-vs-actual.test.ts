/**
 * The report's "Plan vs actual" subsection of a plan with actuals: the
 * monitoring specification's reference figures, as a reader sees them, in
 * English and Chinese, through the same loading path as `crmplan report`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fencedBlocks, lintMarkdown } from './markdown-check.js';
import { loadPlanText } from './load.js';

const MONITORED = readFileSync(new URL('../fixtures/acme-monitoring.crmplan', import.meta.url), 'utf8');
const REFERENCE = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

describe('plan vs actual in the report', () => {
    it('shows the reference figures to date, the plan beside the forecast and the trend, lines, the KPI and adoption', async () => {
        const { report } = await loadPlanText(MONITORED);
        const en = report('en');
        expect(en).toContain('**Actuals to 2027-09:** the forecast ROI is 115.77% against 126.12% planned (the trend, if benefits keep their pace so far, 57.55%).');
        expect(en.indexOf('**Actuals to 2027-09:**')).toBeLessThan(en.indexOf('## 2.'));
        expect(en).toContain('### Plan vs actual as of 2027-09');
        expect(en).toContain('| Cost to date | ¥219,900.00 | ¥228,300.00 | +¥8,400.00 (+3.82%) |');
        expect(en).toContain('| Benefit to date | ¥91,225.00 | ¥64,800.00 | −¥26,425.00 (−28.97%) |');
        expect(en).toContain('| Realised net to date | – | -¥163,500.00 | – |');
        expect(en).toContain('| Realised ROI to date | – | -71.62% | – |');
        expect(en).toContain('| Realisation rate (actual ÷ planned benefit) | – | 71.03% | – |');
        expect(en).toContain('| TCO | ¥430,200.00 | ¥438,600.00 | ¥438,600.00 |');
        expect(en).toContain('| Total benefit | ¥972,775.00 | ¥946,350.00 | ¥690,992.82 |');
        expect(en).toContain('| ROI | 126.12% | 115.77% | 57.55% |');
        expect(en).toContain('| NPV | ¥449,553.71 | ¥415,954.96 | ¥193,924.32 |');
        expect(en).toContain('| PV-ROI | 111.17% | 100.77% | 46.98% |');
        expect(en).toMatch(/\| Payback \| 15\.64 months [^|]*\| 16\.79 months [^|]*\| 20\.35 months [^|]*\|/);
        expect(en).toContain('| IRR (annual) | 141.53% | 119.96% | 63.16% |');
        expect(en).toContain('| Opportunity win rate | 18% | 20.5% (2027-09) | 21.43% | 24% | behind |');
        expect(en).toContain('| Overall | 44 | 50 | 88.00% |');
        expect(lintMarkdown(en)).toEqual([]);
        // The chart: 36 months, planned bars and actual-then-forecast line, ending at the forecast's and the plan's totals.
        const chart = fencedBlocks(en, 'mermaid').find(block => block.includes('actual then forecast'))!;
        expect(chart).toMatch(/bar \[-86400\.00, [^\]]*, 542575\.00\]/);
        expect(chart).toMatch(/line \[-87600\.00, [^\]]*, 507750\.00\]/);
        const zh = report('zh-CN');
        expect(zh).toContain('### 截至 2027 年 9 月的计划与实际对比');
        expect(zh).toMatch(/\| 投资回报率（ROI） \| 126\.12% \| 115\.77% \| 57\.55% \|/);
        expect(zh).toContain('| 落后 |');
    });

    it('is absent from a plan without actuals', async () => {
        const { report } = await loadPlanText(REFERENCE);
        expect(report('en')).not.toContain('Plan vs actual');
    });
});
