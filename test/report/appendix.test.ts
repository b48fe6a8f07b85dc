/**
 * The report's appendix lets anyone re-derive the NPV with a calculator:
 * Σ net × discount factor over its rows gives the report's NPV to the cent,
 * for the reference plan and every example.
 */
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { loadPlan, loadPlanText } from './load.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const ACME = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');
const EXAMPLES = [
    'examples/manufacturer-sales-automation.crmplan',
    'examples/retail-customer-management/plan.crmplan',
    'examples/multi-file/plan.crmplan',
    'examples/manufacturer-sales-automation/retrospective.crmplan'
];

/** `-¥86,400.00` → -86400.00 */
const amount = (cell: string) => new Decimal(cell.replace(/[¥,\s]/g, '').replace(/^-/, '-'));

function rederive(report: string): { npv: Decimal; shown: Decimal } {
    const appendix = report.slice(report.indexOf('## Appendix: monthly cash flow'));
    const rows = appendix.split('\n').filter(line => /^\| \d{4}-\d{2} \|/.test(line)).map(line => line.split('|').slice(1, -1).map(c => c.trim()));
    const npv = rows.reduce((sum, [, , , net, , factor]) => sum.plus(amount(net!).times(factor!)), new Decimal(0));
    const total = appendix.split('\n').find(line => line.startsWith('| Total |'))!.split('|').slice(1, -1).map(c => c.trim());
    return { npv: npv.toDecimalPlaces(2), shown: amount(total[6]!) };
}

describe('the appendix', () => {
    it('re-derives the reference plan\'s NPV to the cent', async () => {
        const { report } = await loadPlanText(ACME);
        const { npv, shown } = rederive(report('en'));
        expect(shown.toFixed(2)).toBe('449553.71');
        expect(npv.toFixed(2)).toBe('449553.71');
    });

    for (const file of EXAMPLES) {
        it(`re-derives the NPV of ${file}`, async () => {
            const { report, evaluation } = await loadPlan(file, ROOT);
            const { npv, shown } = rederive(report('en'));
            expect(npv.toFixed(2)).toBe(shown.toFixed(2));
            const focus = evaluation.options.find(o => o.id === (evaluation.chosenOptionId ?? evaluation.recommendedOptionId))!;
            expect(shown.toFixed(2)).toBe(new Decimal(focus.npv!).toFixed(2));
        });
    }
});
