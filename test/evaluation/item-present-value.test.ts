import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../report/load.js';

const ACME = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

describe('each item\'s present value', () => {
    it('is the item\'s part of the NPV: benefits minus costs give the NPV', async () => {
        const { evaluation } = await loadPlanText(ACME);
        for (const option of evaluation.options) {
            const benefits = option.benefits.reduce((sum, item) => sum + item.presentValue!, 0);
            const costs = option.costs.reduce((sum, item) => sum + item.presentValue!, 0);
            expect(benefits - costs, option.id).toBeCloseTo(option.npv!, 6);
        }
    });

    it('discounts each month with the plan\'s rate: 80,000 in 2027-02 at 8% a year', async () => {
        const { evaluation } = await loadPlanText(ACME);
        const customisation = evaluation.options[0].costs.find(cost => cost.id === 'Customization')!;
        expect(customisation.presentValue).toBeCloseTo(80000 / Math.pow(1.08, 1 / 12), 8);
    });
});
