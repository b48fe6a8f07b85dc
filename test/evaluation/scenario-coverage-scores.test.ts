/**
 * Scenarios that override coverage (a vendor's share, an edition's share) and
 * trial scores: plan text checked, built and evaluated as the CLI and the
 * editor do, against figures computed by hand; and the checks on such lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evaluation, OptionEvaluation, ScenarioEvaluation } from '../../language-server/evaluation/index.js';
import { checkFiles } from '../helpers/workspace.js';

async function figures(text: string): Promise<{ evaluation: Evaluation; scenarios: readonly ScenarioEvaluation[] }> {
    const workspace = await checkFiles({ 'plan.crmplan': text });
    expect(workspace.diagnostics('plan.crmplan').filter(d => d.severity === 'error')).toEqual([]);
    const computed = workspace.services.workspace.PlanEvaluations.compute(workspace.document('plan.crmplan'));
    if (!computed.ok) {
        throw new Error(`no figures: ${computed.reason}`);
    }
    return { evaluation: computed.evaluation, scenarios: computed.scenarios };
}

function options(scenarios: readonly ScenarioEvaluation[], id: string): Map<string, OptionEvaluation> {
    const found = scenarios.find(s => s.id === id)?.evaluation;
    if (!found) {
        throw new Error(`no scenario ${id}`);
    }
    return new Map(found.options.map(o => [o.id, o]));
}

/** Benefit total, benefit coverage share and matrix score, as compared. */
function row(option: OptionEvaluation | undefined): [string, string, number, number] {
    return [option!.benefits[0].total.toString(), option!.benefits[0].coverageSharePercent.toString(), Number(option!.matrixScore.toFixed(10)), option!.matrixRank];
}

// The fixture: requirement values Pipeline 8, Segments 2 (one goal at 100%);
// Zoho covers Pipeline 80%, Segments 50%; its Enterprise edition covers
// Segments 90% itself. MoreDeals earns 1000 a month × 12 = 12000 times the
// option's mean share over Pipeline and Segments; the one criterion (100%) is
// coverage: 10 × Σ(value × share) / Σ value.
// Base: Professional (80 + 50) / 2 = 65% → 7800, matrix (8×80 + 2×50) / 10 / 10 = 7.4 (rank 2);
//       Enterprise   (80 + 90) / 2 = 85% → 10200, matrix (8×80 + 2×90) / 100 = 8.2 (rank 1).
const EDITION_PLAN = `${readFileSync(join(__dirname, '../fixtures/edition-coverage.crmplan'), 'utf8')}
scenario VendorPipeline { covers Zoho Pipeline 40% }
scenario VendorSegments { covers Zoho Segments 10% }
scenario EnterpriseSegments { covers Zoho.Enterprise Segments 30% }
scenario ProfessionalSegments { covers Zoho.Professional Segments 100% }
`;

describe('scenario overrides of coverage', () => {
    it('leave the base case as written', async () => {
        const { evaluation } = await figures(EDITION_PLAN);
        const byId = new Map(evaluation.options.map(o => [o.id, o]));
        expect(row(byId.get('Zoho.Professional'))).toEqual(['7800', '65', 7.4, 2]);
        expect(row(byId.get('Zoho.Enterprise'))).toEqual(['10200', '85', 8.2, 1]);
    });

    it('replace the vendor\'s share for every edition without its own', async () => {
        const { scenarios } = await figures(EDITION_PLAN);
        // Pipeline 80% → 40%: both editions take the vendor's Pipeline share.
        // Professional (40 + 50) / 2 = 45% → 5400, matrix (8×40 + 2×50) / 100 = 4.2;
        // Enterprise   (40 + 90) / 2 = 65% → 7800, matrix (8×40 + 2×90) / 100 = 5.0.
        const pipeline = options(scenarios, 'VendorPipeline');
        expect(row(pipeline.get('Zoho.Professional'))).toEqual(['5400', '45', 4.2, 2]);
        expect(row(pipeline.get('Zoho.Enterprise'))).toEqual(['7800', '65', 5, 1]);
        // Segments 50% → 10%: Enterprise keeps its own 90%.
        // Professional (80 + 10) / 2 = 45% → 5400, matrix (8×80 + 2×10) / 100 = 6.6.
        const segments = options(scenarios, 'VendorSegments');
        expect(row(segments.get('Zoho.Professional'))).toEqual(['5400', '45', 6.6, 2]);
        expect(row(segments.get('Zoho.Enterprise'))).toEqual(['10200', '85', 8.2, 1]);
    });

    it('replace an edition\'s own share, or give an edition one', async () => {
        const { scenarios } = await figures(EDITION_PLAN);
        // Enterprise Segments 90% → 30%: (80 + 30) / 2 = 55% → 6600, matrix (640 + 60) / 100 = 7.0,
        // now below Professional (unchanged 7.4), so the ranks swap.
        const enterprise = options(scenarios, 'EnterpriseSegments');
        expect(row(enterprise.get('Zoho.Professional'))).toEqual(['7800', '65', 7.4, 1]);
        expect(row(enterprise.get('Zoho.Enterprise'))).toEqual(['6600', '55', 7, 2]);
        // Professional gets Segments 100% of its own: (80 + 100) / 2 = 90% → 10800,
        // matrix (640 + 200) / 100 = 8.4, above Enterprise's 8.2.
        const professional = options(scenarios, 'ProfessionalSegments');
        expect(row(professional.get('Zoho.Professional'))).toEqual(['10800', '90', 8.4, 1]);
        expect(row(professional.get('Zoho.Enterprise'))).toEqual(['10200', '85', 8.2, 2]);
    });

    it('add a share for a requirement the vendor does not list', async () => {
        const text = EDITION_PLAN.replace('covers Pipeline 80%, Segments 50%', 'covers Pipeline 80%');
        const { evaluation, scenarios } = await figures(text);
        // Base Professional: (80 + 0) / 2 = 40% → 4800; with Segments 10%: (80 + 10) / 2 = 45% → 5400.
        expect(evaluation.options.find(o => o.id === 'Zoho.Professional')!.benefits[0].total.toString()).toBe('4800');
        expect(options(scenarios, 'VendorSegments').get('Zoho.Professional')!.benefits[0].total.toString()).toBe('5400');
    });
});

// Coverage 50%, Usability 50%. Zoho scores Usability 5; Odoo (one option, no
// licence) covers Pipeline 100% and scores Usability 4.
// Coverage scores: Professional 7.4, Enterprise 8.2 (as above), Odoo (8×100 + 2×0) / 100 = 8.0.
// Base matrix: Professional 0.5×7.4 + 0.5×5 = 6.2 (rank 2), Enterprise 0.5×8.2 + 2.5 = 6.6 (rank 1),
//              Odoo 0.5×8.0 + 0.5×4 = 6.0 (rank 3).
const SCORED_PLAN = EDITION_PLAN
    .replace('criterion Fit weight 100% measured by coverage', 'criterion Fit weight 50% measured by coverage\ncriterion Usability weight 50%')
    .replace('covers Pipeline 80%, Segments 50%', 'covers Pipeline 80%, Segments 50%\n    score Usability 5')
    .concat(`
vendor Odoo {
    covers Pipeline 100%
    score Usability 4
}

scenario OdooShines { score Odoo Usability 6 }
scenario ZohoClunky { score Zoho Usability 2 }
`);

describe('scenario overrides of scores', () => {
    const matrix = (option: OptionEvaluation | undefined): [number, number, number] =>
        [Number(option!.criteria.find(c => c.criterion === 'Usability')!.score.toFixed(10)), Number(option!.matrixScore.toFixed(10)), option!.matrixRank];

    it('leave the base case as written', async () => {
        const { evaluation } = await figures(SCORED_PLAN);
        const byId = new Map(evaluation.options.map(o => [o.id, o]));
        expect(matrix(byId.get('Zoho.Professional'))).toEqual([5, 6.2, 2]);
        expect(matrix(byId.get('Zoho.Enterprise'))).toEqual([5, 6.6, 1]);
        expect(matrix(byId.get('Odoo'))).toEqual([4, 6, 3]);
    });

    it('move the vendor\'s matrix score and rank, and nobody else\'s score', async () => {
        const { scenarios } = await figures(SCORED_PLAN);
        // Odoo 4 → 6: 0.5×8.0 + 0.5×6 = 7.0, first.
        const odoo = options(scenarios, 'OdooShines');
        expect(matrix(odoo.get('Odoo'))).toEqual([6, 7, 1]);
        expect(matrix(odoo.get('Zoho.Enterprise'))).toEqual([5, 6.6, 2]);
        expect(matrix(odoo.get('Zoho.Professional'))).toEqual([5, 6.2, 3]);
        // Zoho 5 → 2 (every edition): Professional 3.7 + 1 = 4.7, Enterprise 4.1 + 1 = 5.1, below Odoo's 6.0.
        const zoho = options(scenarios, 'ZohoClunky');
        expect(matrix(zoho.get('Odoo'))).toEqual([4, 6, 1]);
        expect(matrix(zoho.get('Zoho.Enterprise'))).toEqual([2, 5.1, 2]);
        expect(matrix(zoho.get('Zoho.Professional'))).toEqual([2, 4.7, 3]);
    });
});

describe('checks on coverage and score overrides', () => {
    async function diagnostics(overrides: string): Promise<string[]> {
        const workspace = await checkFiles({ 'plan.crmplan': `${SCORED_PLAN}\nscenario S {\n${overrides}\n}\n` });
        return workspace.diagnostics('plan.crmplan').filter(d => d.line > SCORED_PLAN.split('\n').length).map(d => `${d.code} ${d.text}`);
    }

    it('accept shares within 0–100% and scores within 0–10', async () => {
        expect(await diagnostics('covers Zoho Pipeline 0%\ncovers Zoho.Enterprise Pipeline 100%\nscore Zoho Usability 10\nscore Odoo Usability 0')).toEqual([]);
    });

    it('report a share outside 0–100% and a score outside 0–10 as other shares and scores are', async () => {
        expect(await diagnostics('covers Zoho Pipeline 120%\ncovers Zoho.Enterprise Segments -5%\nscore Zoho Usability 11'))
            .toEqual(['CRM005 120', 'CRM005 -5', 'CRM022 11']);
    });

    it('report an override of the same share or score twice in one scenario', async () => {
        const found = await diagnostics('covers Zoho Pipeline 70%\ncovers Zoho Pipeline 60%\ncovers Zoho.Enterprise Pipeline 60%\nscore Odoo Usability 6\nscore Odoo Usability 7');
        expect(found.map(d => d.split(' ')[0])).toEqual(['CRM017', 'CRM017']);
        expect(found[0]).toContain('covers Zoho Pipeline 60%');
        expect(found[1]).toContain('score Odoo Usability 7');
    });

    it('warn that a score on a computed criterion is ignored', async () => {
        expect(await diagnostics('score Zoho Fit 6')).toEqual(['CRM103 Fit']);
    });

    it('refuse a share range with its own error: an override replaces a value', async () => {
        expect(await diagnostics('covers Zoho Pipeline 70% (60% to 80%)')).toEqual(['CRM047 70% (60% to 80%)']);
    });

    it('keep a cost named `covers` or `score` a scale target', async () => {
        const text = `${SCORED_PLAN}\ncost covers { 100 once }\ncost score { 100 once }\nscenario T { covers 70% score 50% }\n`;
        const workspace = await checkFiles({ 'plan.crmplan': text });
        expect(workspace.diagnostics('plan.crmplan').filter(d => d.severity === 'error')).toEqual([]);
        const computed = workspace.services.workspace.PlanEvaluations.compute(workspace.document('plan.crmplan'));
        if (!computed.ok) {
            throw new Error(computed.reason);
        }
        // Two plan costs of 100 once: 200 in the base case, 70 + 50 = 120 in T, for every option.
        const tco = (evaluation: Evaluation | undefined): string[] => evaluation!.options.map(o => o.tco.toString());
        const base = tco(computed.evaluation);
        expect(tco(computed.scenarios.find(s => s.id === 'T')!.evaluation)).toEqual(base.map(t => String(Number(t) - 80)));
    });
});
