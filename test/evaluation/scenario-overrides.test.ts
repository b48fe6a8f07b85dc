/**
 * Scenarios that override licences, the internal rate and effort, and editions
 * that cover requirements themselves: written as plan text, checked, built and
 * evaluated as the CLI and the editor do, against figures computed by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evaluation, ScenarioEvaluation } from '../../language-server/evaluation/index.js';
import { checkFiles } from '../helpers/workspace.js';

/** The base figures and the scenarios of a plan with no errors (throws otherwise, so no test passes vacuously). */
async function figures(text: string): Promise<{ evaluation: Evaluation; scenarios: readonly ScenarioEvaluation[]; diagnostics: string[] }> {
    const workspace = await checkFiles({ 'plan.crmplan': text });
    const errors = workspace.diagnostics('plan.crmplan').filter(d => d.severity === 'error');
    expect(errors).toEqual([]);
    const computed = workspace.services.workspace.PlanEvaluations.compute(workspace.document('plan.crmplan'));
    if (!computed.ok) {
        throw new Error(`no figures: ${computed.reason}`);
    }
    return { evaluation: computed.evaluation, scenarios: computed.scenarios, diagnostics: workspace.codes('plan.crmplan') };
}

function scenario(scenarios: readonly ScenarioEvaluation[], id: string): Evaluation {
    const found = scenarios.find(s => s.id === id)?.evaluation;
    if (!found) {
        throw new Error(`no scenario ${id}`);
    }
    return found;
}

// Two years at 10% a year. Every amount falls in month 0 except the second
// year's licence, paid in advance in month 12 and discounted by 1 / 1.1.
// - Internal effort: 2 person-weeks × 6000 = 12000 in month 0 (no phase delivers Pipeline).
// - Licence: 20 USD × 7 CNY = 140 CNY per user per month × 10 users × 12 months = 16800 a year,
//   billed yearly in months 0 and 12.
// - Benefit: 120000 once in month 0 (no `from`: live from the start).
const LICENCE_PLAN = `plan "Licence scenarios" {
    currency CNY
    start 2027-01
    horizon 24 months
    discount 10% per year
    internal rate 6000 per person-week
}

rate USD 7 CNY

goal Growth weight 100%

department Sales { users 10 }

requirement Pipeline {
    impact Growth 10
    effort 2 person-weeks
    must
}

vendor Zoho "Zoho CRM" {
    edition Professional {
        licence 20 USD per user per month billed yearly
    }
    covers Pipeline 100%
}

benefit MoreDeals {
    revenue
    120000 once
}

scenario Dearer { Zoho.Professional.licence 110% }
scenario Cheaper { Zoho.Professional.licence 15 USD }
scenario EveryEdition { Zoho.licence 50% }
scenario Staff { internal rate 7000 }
scenario MoreWork { effort Pipeline 3 person-weeks }
`;

describe('scenario overrides of licences, the internal rate and effort', () => {
    it('leave the base case as written', async () => {
        const { evaluation } = await figures(LICENCE_PLAN);
        const [option] = evaluation.options;
        // TCO = 12000 + 16800 + 16800 = 45600.
        expect(option.tco.toString()).toBe('45600');
        // NPV = 120000 − 12000 − 16800 − 16800 / 1.1 = 91200 − 15272.7272… = 75927.2727…
        expect(option.npv).toBeCloseTo(75927.2727, 3);
    });

    it('scale every licence line of the edition by a percentage', async () => {
        const { scenarios } = await figures(LICENCE_PLAN);
        const [option] = scenario(scenarios, 'Dearer').options;
        // 140 × 1.10 = 154 per user per month: 154 × 10 × 12 = 18480 a year.
        // TCO = 12000 + 18480 × 2 = 48960.
        expect(option.tco.toString()).toBe('48960');
        // NPV = 120000 − 12000 − 18480 − 18480 / 1.1 = 89520 − 16800 = 72720.
        expect(option.npv).toBeCloseTo(72720, 6);
    });

    it('replace the price per the licence line\'s own unit and period', async () => {
        const { scenarios } = await figures(LICENCE_PLAN);
        const [option] = scenario(scenarios, 'Cheaper').options;
        // 15 USD × 7 = 105 per user per month (still per user, per month, billed yearly): 105 × 10 × 12 = 12600 a year.
        // TCO = 12000 + 12600 × 2 = 37200.
        expect(option.tco.toString()).toBe('37200');
        // NPV = 120000 − 12000 − 12600 − 12600 / 1.1 = 95400 − 11454.5454… = 83945.4545…
        expect(option.npv).toBeCloseTo(83945.4545, 3);
        const [licence] = option.licences;
        expect(licence.total.toString()).toBe('25200');
    });

    it('scale the licences of every edition with `Vendor.licence`', async () => {
        const { scenarios } = await figures(LICENCE_PLAN);
        const [option] = scenario(scenarios, 'EveryEdition').options;
        // 16800 × 50% = 8400 a year: TCO = 12000 + 8400 × 2 = 28800.
        expect(option.tco.toString()).toBe('28800');
    });

    it('replace the internal rate', async () => {
        const { scenarios } = await figures(LICENCE_PLAN);
        const [option] = scenario(scenarios, 'Staff').options;
        // Effort: 2 person-weeks × 7000 = 14000. TCO = 14000 + 33600 = 47600.
        expect(option.tco.toString()).toBe('47600');
        // NPV = 120000 − 14000 − 16800 − 15272.7272… = 73927.2727…
        expect(option.npv).toBeCloseTo(73927.2727, 3);
    });

    it('replace a requirement\'s effort', async () => {
        const { scenarios } = await figures(LICENCE_PLAN);
        const [option] = scenario(scenarios, 'MoreWork').options;
        // Effort: 3 person-weeks × 6000 = 18000. TCO = 18000 + 33600 = 51600.
        expect(option.tco.toString()).toBe('51600');
    });

    it('add an internal rate to a plan that has none', async () => {
        const text = LICENCE_PLAN.replace('    internal rate 6000 per person-week\n', '');
        const { evaluation, scenarios } = await figures(text);
        // Without a rate effort costs nothing: TCO = 33600 in the base case, 14000 + 33600 = 47600 in the scenario.
        expect(evaluation.options[0].tco.toString()).toBe('33600');
        expect(scenario(scenarios, 'Staff').options[0].tco.toString()).toBe('47600');
    });
});

// One year, no discount. Requirement values (one goal of weight 100%): Pipeline 8, Segments 2.
// Zoho covers Pipeline 80% and Segments 50%; its Enterprise edition covers Segments 90% itself.
// - Coverage score: 10 × Σ(value × share) / Σ value:
//   Professional 10 × (8 × 0.8 + 2 × 0.5) / 10 = 7.4; Enterprise 10 × (8 × 0.8 + 2 × 0.9) / 10 = 8.2.
//   Fit weighs 100%, so these are the matrix scores.
// - MoreDeals (from Pipeline, Segments; 1000 a month for 12 months = 12000 gross) is scaled by the
//   mean share: Professional (80 + 50) / 2 = 65% → 7800; Enterprise (80 + 90) / 2 = 85% → 10200.
const EDITION_PLAN = readFileSync(join(__dirname, '../fixtures/edition-coverage.crmplan'), 'utf8');

describe('coverage per edition', () => {
    it('scales benefits by the option\'s own coverage', async () => {
        const { evaluation } = await figures(EDITION_PLAN);
        const byId = new Map(evaluation.options.map(o => [o.id, o]));
        const professional = byId.get('Zoho.Professional')!.benefits[0];
        const enterprise = byId.get('Zoho.Enterprise')!.benefits[0];
        expect([professional.coverageSharePercent.toString(), professional.total.toString()]).toEqual(['65', '7800']);
        expect([enterprise.coverageSharePercent.toString(), enterprise.total.toString()]).toEqual(['85', '10200']);
    });

    it('scores the coverage criterion per option', async () => {
        const { evaluation } = await figures(EDITION_PLAN);
        const scores = evaluation.options.map(o => [o.id, o.criteria[0].score, o.matrixScore]);
        expect(scores[0][0]).toBe('Zoho.Professional');
        expect(scores[0][1]).toBeCloseTo(7.4, 10);
        expect(scores[0][2]).toBeCloseTo(7.4, 10);
        expect(scores[1][0]).toBe('Zoho.Enterprise');
        expect(scores[1][1]).toBeCloseTo(8.2, 10);
        expect(scores[1][2]).toBeCloseTo(8.2, 10);
    });

    it('lists the edition\'s share beside the vendor\'s for the requirement it mentions, and only there', async () => {
        const { evaluation } = await figures(EDITION_PLAN);
        const coveredBy = (id: string) => evaluation.requirements.find(r => r.id === id)!.coveredBy
            .map(c => ({ vendor: c.vendor, share: c.sharePercent.toString(), editions: c.editions?.map(e => `${e.edition} ${e.sharePercent.toString()}`) }));
        expect(coveredBy('Segments')).toEqual([{ vendor: 'Zoho', share: '50', editions: ['Enterprise 90'] }]);
        expect(coveredBy('Pipeline')).toEqual([{ vendor: 'Zoho', share: '80', editions: undefined }]);
    });

    it('counts an edition\'s covers for a requirement its vendor does not list', async () => {
        const text = EDITION_PLAN.replace('covers Pipeline 80%, Segments 50%', 'covers Pipeline 80%');
        const { evaluation } = await figures(text);
        const [professional, enterprise] = evaluation.options;
        // Professional: (80 + 0) / 2 = 40% → 4800; Enterprise: (80 + 90) / 2 = 85% → 10200.
        expect(professional.benefits[0].total.toString()).toBe('4800');
        expect(enterprise.benefits[0].total.toString()).toBe('10200');
        // No "not covered" note for Segments: an option covers it.
        expect(evaluation.notQuantified.filter(n => n.kind === 'uncovered-requirement')).toEqual([]);
    });
});
