import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../language-server/diff/plan-diff.js';
import { renderRepositoryDiff, type PlanChange } from '../../language-server/diff/render-repository-diff.js';
import { loadPlanText } from '../report/load.js';

const REFERENCE = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

describe('the comment for several plans', () => {
    it('stays under the limit: full reports go first, then changes within each plan, then whole plans', async () => {
        const base = await loadPlanText(REFERENCE);
        const head = await loadPlanText(REFERENCE.replace('80000 once in 2027-02', '100000 once in 2027-02'));
        const diff = diffPlans(base, head);
        const changes: PlanChange[] = Array.from({ length: 12 }, (_, i) => ({ status: 'changed', path: `plans/p${i}.crmplan`, diff, fullReport: 'x'.repeat(3_000) }));
        const everything = renderRepositoryDiff(changes, 'origin/main', 'en', 1_000_000);
        expect(everything.split('<details>').length - 1).toBe(12);

        const noReports = renderRepositoryDiff(changes, 'origin/main', 'en', everything.length - 1);
        expect(noReports.length).toBeLessThanOrEqual(everything.length - 1);
        expect(noReports).not.toContain('<details>');
        expect(noReports.split('## crmplan: ').length - 1).toBe(13);

        const tight = renderRepositoryDiff(changes, 'origin/main', 'en', 6_000);
        expect(tight.length).toBeLessThanOrEqual(6_000);
        expect(tight.split('<!-- crmplan -->').length - 1).toBe(1);
        expect(tight).toMatch(/_\d+ more plans are not shown, to stay within GitHub's comment limit\./);
        // Every plan is still named at the top, even those whose section was left out.
        for (let i = 0; i < 12; i++) {
            expect(tight).toContain(`plans/p${i}.crmplan (changed)`);
        }
    });
});
