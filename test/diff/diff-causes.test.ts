import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../language-server/diff/plan-diff.js';
import { renderDiff } from '../../language-server/diff/render-diff.js';
import { loadPlanText } from '../report/load.js';

const ACME = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

describe('what caused each option\'s change', () => {
    it('splits ΔTCO and Δbenefit by item, largest first, summing exactly to the deltas', async () => {
        const base = await loadPlanText(ACME);
        const changed = ACME.replace('licence 119 CNY', 'licence 129 CNY').replace('30000 per month', '32000 per month');
        expect(changed).not.toBe(ACME);
        const head = await loadPlanText(changed);
        const diff = diffPlans(base, head);
        for (const causes of diff.causes) {
            const option = diff.options.find(o => o.id === causes.option)!;
            const sum = (items: typeof causes.tco) => items.reduce((total, item) => total.plus(item.delta), option.tco.delta!.times(0));
            expect(sum(causes.tco).equals(option.tco.delta!), causes.option).toBe(true);
            expect(sum(causes.benefit).equals(option.totalBenefit.delta!), causes.option).toBe(true);
            const sizes = [...causes.tco, ...causes.benefit].map(item => item.delta.abs().toNumber());
            expect(causes.tco.map(i => i.delta.abs().toNumber())).toEqual([...causes.tco.map(i => i.delta.abs().toNumber())].sort((a, b) => b - a));
            expect(sizes.every(size => size > 0)).toBe(true);
        }
        const fxiaoke = diff.causes.find(c => c.option === 'Fxiaoke.Professional')!;
        // 50 users × ¥10 more × 36 months.
        expect(fxiaoke.tco.map(item => [item.kind, item.delta.toFixed(2)])).toEqual([['licence', '18000.00']]);
        expect(fxiaoke.benefit.map(item => item.id)).toEqual(['MoreDeals']);
        const comment = renderDiff(diff, 'en');
        expect(comment).toContain('### What caused it, item by item');
        expect(comment).toContain('| TCO | 纷享销客 专业版 licence | ¥214,200.00 | ¥232,200.00 | +¥18,000.00 |');
    });

    it('is left out when no option moved', async () => {
        const base = await loadPlanText(ACME);
        const head = await loadPlanText(ACME.replace('horizon 36 months', 'horizon 36 months // reviewed'));
        const diff = diffPlans(base, head);
        expect(diff.causes).toEqual([]);
        expect(renderDiff(diff, 'en')).not.toContain('What caused it');
    });
});
