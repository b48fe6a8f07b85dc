import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { glossary } from '../../language-server/i18n/glossary.js';

const EN = glossary('en').report;
const ZH_CN = glossary('zh-CN').report;
import { fencedBlocks } from './markdown-check.js';
import { loadPlan, type Loaded } from './load.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url));
const SECTIONS = ['summary', 'needs', 'vendors', 'costs', 'benefits', 'cashFlow', 'timeline', 'monitoring', 'assumptions'] as const;

let acme: Loaded;
beforeAll(async () => {
    acme = await loadPlan(FIXTURE);
});

const headings = (report: string) => [...report.matchAll(/^## (.*)$/gm)].map(m => m[1]);

describe('report of the reference plan (language.md figures)', () => {
    it('English: the chosen option leads with ROI 126.12% and NPV ¥449,553.71, in nine sections and the cash-flow appendix, with a gantt chart', () => {
        const report = acme.report('en');
        expect(headings(report)).toEqual([...SECTIONS.map(key => EN.headings[key]), EN.appendix.heading]);
        expect(report).toContain('**Chosen option:** 纷享销客 专业版');
        expect(report).toContain('纷享销客 专业版 is the chosen option and also the recommended one: it has the highest NPV of the 2 options');
        expect(report).toContain('| ROI | 126.12% |');
        expect(report).toContain('| NPV at 8% per year | ¥449,553.71 |');
        expect(report).toContain('| Payback | 15.64 months (reached in 2028-04) |');
        expect(report).toContain('| IRR (annual) | 141.53% |');
        expect(report).toContain('| TCO over 36 months | ¥430,200.00 |');
        expect(report).toContain('| NPV at 8% per year | ¥449,553.71 | ¥317,693.05 |');
        expect(report).toContain('| PV-ROI | 111.17% | 62.49% |');
        expect(report).toContain('| **Matrix score (0–10)** | | | **8.79** | **7.65** |');
        expect(report).toContain('- 纷享销客 专业版: 50 users × ¥119.00 per month × 36 months = ¥214,200.00, billed yearly in 3 bills');
        expect(report).toContain('| 4 | Customer segmentation (Segments) | could | 2.50 | 10 person-weeks | Customer service | research | no: does not fit the capacity |');
        expect(report).toContain('Capacity: 18 of 24 person-weeks used by 3 of 4 requirements.');
        const [gantt] = fencedBlocks(report, 'mermaid').filter(b => b.startsWith('gantt'));
        expect(gantt).toContain('    section Wang Fang (IT)\n    1. Configuration and data import :t1, 2027-01, 2M');
        expect(gantt).toContain('    section Li Wei (Sales)\n    2. Sales automation rollout :t2, 2027-03, 2M');
        expect(report).toContain('| Opportunity win rate | Fewer lost opportunities (live from 2027-05) | 18% | 24% | 2027-12 |');
    });

    it('Chinese: the same figures, every heading translated', () => {
        const report = acme.report('zh-CN');
        expect(headings(report)).toEqual([...SECTIONS.map(key => ZH_CN.headings[key]), ZH_CN.appendix.heading]);
        expect(report).toContain('**选定方案：** 纷享销客专业版');
        expect(report).toContain('| 投资回报率（ROI） | 126.12% |');
        expect(report).toContain('| 净现值（NPV，年折现率 8%） | ¥449,553.71 |');
        expect(report).toContain('| 静态投资回收期 | 15.64 个月（2028-04 收回） |');
        expect(report).toContain('“纷享销客专业版”是选定方案，也是推荐方案');
        expect(fencedBlocks(report, 'mermaid').filter(b => b.startsWith('gantt'))).toHaveLength(1);
        for (const english of ['Summary', 'Needs', 'Costs', 'Benefits', 'Cash flow', 'Monitoring', 'Assumptions', 'Chosen option', 'months', 'users', 'per month', 'billed']) {
            expect(report, english).not.toContain(english);
        }
    });

    it('is deterministic: the same input gives the same bytes', async () => {
        const again = await loadPlan(FIXTURE);
        expect(again.report('en')).toBe(acme.report('en'));
        expect(again.report('zh-CN')).toBe(acme.report('zh-CN'));
    });
});
