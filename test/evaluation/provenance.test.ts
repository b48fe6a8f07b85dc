/**
 * Sources (`source "..."`), ranges and the facts that name a licence travel
 * through the evaluation, so views read them from the items they show.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../language-server/evaluation/index.js';
import { loadPlan, loadPlanText } from '../report/load.js';
import { referencePlan } from './reference-plan.js';

describe('provenance in the evaluation', async () => {
    const { evaluation } = await loadPlan('test/fixtures/acme-sourced.crmplan');
    const fxiaoke = evaluation.options.find(o => o.id === 'Fxiaoke.Professional')!;

    it('carries the source of each amount line, licence, covers share, score, rate and effort', () => {
        expect(fxiaoke.costs.find(c => c.id === 'Customization')!.lines[0].source).toBe('integrator quote Q-0412');
        expect(fxiaoke.costs.find(c => c.id === 'DataImport')!.lines[0].source).toBeUndefined();
        expect(fxiaoke.licences[0].source).toBe('quote of 2026-12');
        expect(fxiaoke.benefits.find(b => b.id === 'MoreDeals')!.lines[0].source).toBe('sales director estimate');
        const lead = evaluation.requirements.find(r => r.id === 'LeadFollowUp')!;
        expect(lead.coveredBy).toEqual([
            expect.objectContaining({ vendor: 'Fxiaoke', source: 'trial 2026-11' }),
            expect.not.objectContaining({ source: expect.anything() })
        ]);
        expect(evaluation.requirements.find(r => r.id === 'Pipeline')!.effortSource).toBe('IT estimate');
        expect(fxiaoke.criteria.find(c => c.criterion === 'Usability')!.source).toBe('two-week trial with the sales team');
        const zoho = evaluation.options.find(o => o.id === 'Zoho.Professional')!;
        expect(zoho.criteria.find(c => c.criterion === 'Usability')!.source).toBeUndefined();
        expect(evaluation.conversions[0].declared.source).toBe('budget rate from finance, 2026-11-01');
    });

    it('evaluates to the same figures as the plan without sources', () => {
        const plain = evaluate(referencePlan);
        expect(evaluation.options.map(o => [o.id, o.tco.toString(), o.npv])).toEqual(plain.options.map(o => [o.id, o.tco.toString(), o.npv]));
    });

    it('keeps the range of an amount, a licence price and staff hours as written', async () => {
        const { evaluation: ranged } = await loadPlanText(`plan "R" { currency CNY start 2027-01 horizon 12 months }
department Sales { users 10 }
vendor V { edition E {
    licence 100 (90 to 120) CNY per user per month
    licence 5000 CNY per year from 2027-04 until 2027-09
} }
cost Training { indirect 6 (4 to 8) hours per user at 120 (100 to 150) per hour once }
`);
        const option = ranged.options[0];
        const [first, second] = option.licences;
        expect([first.index, first.written.low?.toString(), first.written.high?.toString(), first.from]).toEqual([0, '90', '120', undefined]);
        expect([second.index, second.written.low, second.from, second.untilMonth]).toEqual([1, undefined, 3, 8]);
        const line = option.costs.find(c => c.id === 'Training')!.lines[0];
        expect([line.written.low?.toString(), line.written.high?.toString()]).toEqual(['100', '150']);
        expect([line.hoursRange?.low.toString(), line.hoursRange?.high.toString()]).toEqual(['4', '8']);
    });
});
