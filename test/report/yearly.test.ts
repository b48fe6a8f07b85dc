import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { yearlyFlows } from '../../language-server/report/yearly.js';
import { sum } from '../../language-server/evaluation/decimal.js';
import { loadPlan, loadPlanText } from './load.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url));

describe('yearly cash flow', () => {
    it('adds up to the option totals, and each year ends on the evaluation’s cumulative net', async () => {
        const { evaluation } = await loadPlan(FIXTURE);
        for (const option of evaluation.options) {
            const years = yearlyFlows(option.timeline);
            expect(years.map(y => [y.year, y.firstMonth, y.lastMonth])).toEqual([[1, 0, 11], [2, 12, 23], [3, 24, 35]]);
            expect(sum(years.map(y => y.cost)).equals(option.tco)).toBe(true);
            expect(sum(years.map(y => y.benefit)).equals(option.totalBenefit)).toBe(true);
            expect(years[2].cumulative.equals(option.netBenefit)).toBe(true);
            years.forEach(y => expect(y.net.equals(y.benefit.minus(y.cost))).toBe(true));
        }
        const chosen = evaluation.options.find(o => o.chosen)!;
        expect(yearlyFlows(chosen.timeline).map(y => y.cumulative.toFixed(2))).toEqual(['-38225.00', '252175.00', '542575.00']);
    });

    it('ends with a short year when the horizon is not whole years', async () => {
        const { evaluation } = await loadPlanText(`plan "Short" {
    currency CNY
    start 2027-01
    horizon 18 months
}

vendor Only "Only vendor" { }

cost Run "Running" {
    indirect
    100 per month
}
`);
        const years = yearlyFlows(evaluation.options[0].timeline);
        expect(years.map(y => [y.year, y.firstMonth, y.lastMonth, y.cost.toFixed(2), y.cumulative.toFixed(2)]))
            .toEqual([[1, 0, 11, '1200.00', '-1200.00'], [2, 12, 17, '600.00', '-1800.00']]);
    });
});
