/**
 * `PlanEvaluations`: one evaluation per workspace state, shared by every
 * reader; the simulation and the scenarios only when something reads them,
 * and then once.
 */
import { URI } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import { checkFiles } from '../helpers/workspace.js';

const calls = vi.hoisted(() => ({ evaluate: 0, uncertainty: 0, scenarios: 0 }));

vi.mock('../../language-server/evaluation/index.js', async original => {
    const actual = await original<typeof import('../../language-server/evaluation/index.js')>();
    return { ...actual, evaluate: (...args: Parameters<typeof actual.evaluate>) => { calls.evaluate++; return actual.evaluate(...args); } };
});
vi.mock('../../language-server/evaluation/uncertainty/index.js', async original => {
    const actual = await original<typeof import('../../language-server/evaluation/uncertainty/index.js')>();
    return {
        ...actual,
        analyseUncertainty: (...args: Parameters<typeof actual.analyseUncertainty>) => { calls.uncertainty++; return actual.analyseUncertainty(...args); }
    };
});
vi.mock('../../language-server/evaluation/scenarios.js', async original => {
    const actual = await original<typeof import('../../language-server/evaluation/scenarios.js')>();
    return {
        ...actual,
        evaluateScenarios: (...args: Parameters<typeof actual.evaluateScenarios>) => { calls.scenarios++; return actual.evaluateScenarios(...args); }
    };
});

const PLAN = `
plan "Cache" {
    currency CNY
    start 2027-01
    horizon 12 months
    discount 8% per year
    choose Acme
}
goal Revenue weight 100%
department Sales { users 10 }
requirement Quotes { impact Revenue 8 effort 2 person-weeks must }
vendor Acme {
    edition Standard { licence 100 (80 to 120) per user per month }
    covers Quotes 90%
}
cost Setup { direct 5000 (4000 to 7000) once }
benefit Faster { savings from Quotes 3000 per month }
scenario Slow { Faster 50% }
`;

function reset(): void {
    calls.evaluate = 0;
    calls.uncertainty = 0;
    calls.scenarios = 0;
}

describe('PlanEvaluations', () => {

    it('evaluates once while validating, and runs no simulation or scenario until they are read', async () => {
        reset();
        const workspace = await checkFiles({ 'plan.crmplan': PLAN }, { freshServices: true });
        expect(workspace.codes('plan.crmplan').filter(code => code < 'CRM100')).toEqual([]);
        expect(calls).toEqual({ evaluate: 1, uncertainty: 0, scenarios: 0 });

        const evaluations = workspace.services.workspace.PlanEvaluations;
        const document = workspace.document('plan.crmplan');
        const first = evaluations.figures(document);
        const second = evaluations.figures(document);
        expect(first.status).toBe('current');
        if (first.status !== 'current' || second.status !== 'current') {
            return;
        }
        // Views read the same objects: nothing is evaluated per request.
        expect(second.evaluation).toBe(first.evaluation);
        expect(calls).toEqual({ evaluate: 1, uncertainty: 0, scenarios: 0 });

        // The simulation and the scenarios run on first read, once.
        expect(first.uncertainty?.trials).toBeGreaterThan(0);
        expect(second.uncertainty).toBe(first.uncertainty);
        expect(first.scenarios.map(s => s.id)).toEqual(['Slow']);
        expect(second.scenarios).toBe(first.scenarios);
        expect(calls).toEqual({ evaluate: 1, uncertainty: 1, scenarios: 1 });
    });

    it('evaluates again after a change, and keeps the last good figures while the plan has errors', async () => {
        reset();
        const workspace = await checkFiles({ 'plan.crmplan': PLAN }, { freshServices: true });
        const services = workspace.services;
        const evaluations = services.workspace.PlanEvaluations;
        const document = workspace.document('plan.crmplan');
        const before = evaluations.figures(document);
        expect(before.status).toBe('current');
        const uncertaintyBefore = before.status === 'current' ? before.uncertainty : undefined;

        // A change that breaks the plan: the figures go stale, and nothing new is evaluated.
        const uri = URI.file(document.uri.fsPath);
        const broken = services.shared.workspace.LangiumDocumentFactory.fromString(PLAN.replace('impact Revenue 8', 'impact Revenue 11'), uri);
        services.shared.workspace.LangiumDocuments.deleteDocument(uri);
        services.shared.workspace.LangiumDocuments.addDocument(broken);
        await services.shared.workspace.DocumentBuilder.build([broken], { validation: true });
        const stale = evaluations.figures(broken);
        expect(stale.status).toBe('stale');
        if (stale.status === 'stale' && before.status === 'current') {
            expect(stale.evaluation).toBe(before.evaluation);
            expect(stale.uncertainty).toBe(uncertaintyBefore);
        }
        expect(calls.evaluate).toBe(1);

        // Fixed again: one new evaluation.
        const fixed = services.shared.workspace.LangiumDocumentFactory.fromString(PLAN, uri);
        services.shared.workspace.LangiumDocuments.deleteDocument(uri);
        services.shared.workspace.LangiumDocuments.addDocument(fixed);
        await services.shared.workspace.DocumentBuilder.build([fixed], { validation: true });
        const after = evaluations.figures(fixed);
        expect(after.status).toBe('current');
        if (after.status === 'current' && before.status === 'current') {
            expect(after.evaluation).not.toBe(before.evaluation);
            expect(after.evaluation.options.map(o => o.npv)).toEqual(before.evaluation.options.map(o => o.npv));
        }
        expect(calls.evaluate).toBe(2);
    });

    it('forgets the last good figures of a deleted document', async () => {
        const workspace = await checkFiles({ 'plan.crmplan': PLAN }, { freshServices: true });
        const services = workspace.services;
        const evaluations = services.workspace.PlanEvaluations;
        const document = workspace.document('plan.crmplan');
        expect(evaluations.figures(document).status).toBe('current');

        const uri = URI.file(document.uri.fsPath);
        await services.shared.workspace.DocumentBuilder.update([], [uri]);
        expect(services.shared.workspace.LangiumDocuments.hasDocument(uri)).toBe(false);

        // A new file at the same place, with errors: no figures, rather than the deleted file's.
        const broken = services.shared.workspace.LangiumDocumentFactory.fromString(PLAN.replace('impact Revenue 8', 'impact Revenue 11'), uri);
        services.shared.workspace.LangiumDocuments.addDocument(broken);
        await services.shared.workspace.DocumentBuilder.build([broken], { validation: true });
        expect(evaluations.figures(broken)).toEqual({ status: 'none', reason: 'errors' });
    });
});
