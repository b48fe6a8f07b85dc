/**
 * Each ranged input says what it is measured in (money per month, per user,
 * once, per hour; hours; users; percent; an exchange rate) and what it
 * belongs to, so that views can word its unit and name it by its titles.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseUncertainty } from '../../language-server/evaluation/index.js';
import { loadPlanText } from '../report/load.js';

const EXAMPLE = readFileSync(fileURLToPath(new URL('../../examples/manufacturer-sales-automation.crmplan', import.meta.url)), 'utf8');

/** The example with more ranges: a per-user licence price, a staff-time line's hours and rate, users and a coverage share. */
const RANGED = EXAMPLE
    .replace('licence 99 CNY per user per month billed yearly', 'licence 99 (89 to 109) CNY per user per month billed yearly')
    .replace('4 hours per user at 150 per hour once in 2027-07', '4 (3 to 6) hours per user at 150 (120 to 180) per hour once in 2027-07')
    .replace('department Sales "Sales" { users 36 }', 'department Sales "Sales" { users 36 (30 to 40) }')
    .replace('covers QuoteFollowUp 90%,', 'covers QuoteFollowUp 90% (80% to 95%),')
    .replace('discount 8% per year', 'discount 8% (6% to 10%) per year');

describe('the measure and subject of each ranged input', () => {
    it('words every kind of input of the example', async () => {
        const { plan, evaluation } = await loadPlanText(RANGED);
        const inputs = analyseUncertainty(plan, evaluation, { trials: 10 }).inputs;
        const byId = new Map(inputs.map(input => [input.id, input]));
        expect(byId.get('discount')).toMatchObject({ measure: { kind: 'percent', perYear: true }, subject: { kind: 'discount' } });
        expect(byId.get('rate USD/CNY')).toMatchObject({ measure: { kind: 'exchange-rate', from: 'USD', to: 'CNY' }, subject: { kind: 'rate', from: 'USD', to: 'CNY' } });
        expect(byId.get('users Sales')).toMatchObject({ measure: { kind: 'users' }, subject: { kind: 'users', department: 'Sales' } });
        expect(byId.get('covers Yunke.QuoteFollowUp')).toMatchObject({
            measure: { kind: 'percent', perYear: false }, subject: { kind: 'covers', vendor: 'Yunke', requirement: 'QuoteFollowUp' }
        });
        expect(byId.get('Yunke.Standard.licence')).toMatchObject({
            measure: { kind: 'money', currency: 'CNY', perUser: true, period: 'month' }, subject: { kind: 'licence', vendor: 'Yunke', edition: 'Standard', index: 1 }
        });
        // A staff-time line: its hours per user once, then its hourly rate (the item's second ranged value).
        expect(byId.get('Training')).toMatchObject({ kind: 'hours', measure: { kind: 'hours', perUser: true, period: 'once' }, subject: { kind: 'cost', item: 'Training', occurrence: 1 } });
        expect(byId.get('Training#2')).toMatchObject({ kind: 'amount', measure: { kind: 'money', currency: 'CNY', perUser: false, per: 'hour' }, subject: { occurrence: 2 } });
        expect(byId.get('FewerLostQuotes')).toMatchObject({
            measure: { kind: 'money', currency: 'CNY', perUser: false, period: 'month' }, subject: { kind: 'benefit', item: 'FewerLostQuotes', occurrence: 1 }
        });
    });

    it('carries the measure into each sensitivity row', async () => {
        const { plan, evaluation } = await loadPlanText(EXAMPLE);
        const rows = analyseUncertainty(plan, evaluation, { trials: 10 }).options[0].sensitivity;
        expect(rows.find(row => row.input === 'FewerLostQuotes')).toMatchObject({ measure: { kind: 'money', period: 'month', perUser: false }, subject: { kind: 'benefit' } });
    });
});

describe('valued estimates: efficiency and satisfaction benefits', () => {
    it('totals them per option with their share of the total benefit', async () => {
        const { evaluation } = await loadPlanText(EXAMPLE);
        const standard = evaluation.options.find(o => o.id === 'Yunke.Standard')!;
        // Section 5 of the report: efficiency ¥139,500.00 and satisfaction ¥108,000.00 of ¥867,000.00.
        expect(standard.valuedEstimates.total.toFixed(2)).toBe('247500.00');
        expect(standard.valuedEstimates.sharePercent).toBeCloseTo(247_500 / 867_000 * 100, 10);
    });

    it('has no share when there is no benefit', async () => {
        const { evaluation } = await loadPlanText(EXAMPLE.replace(/benefit [\s\S]*?(?=\/\/ What we will watch)/, '').replace(/kpi [\s\S]*$/, ''));
        expect(evaluation.options[0].valuedEstimates).toMatchObject({ sharePercent: null });
        expect(evaluation.options[0].valuedEstimates.total.isZero()).toBe(true);
    });
});
