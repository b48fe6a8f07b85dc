import type { LangiumDocument, LangiumDocuments } from 'langium';
import { DocumentState, URI, WorkspaceCache } from 'langium';
import type { CrmPlanServices } from '../crmplan-module.js';
import { evaluate, EvaluationError, type Evaluation, type EvaluationErrorCode, type ScenarioEvaluation, type UncertaintyAnalysis } from '../evaluation/index.js';
import { evaluateScenarios } from '../evaluation/scenarios.js';
import { analyseUncertainty, hasRanges } from '../evaluation/uncertainty/index.js';
import { buildPlan } from '../model/build-plan.js';
import type { Plan } from '../model/plan.js';
import type { ImportResolver } from './import-resolver.js';
import type { PlanClosure } from './plan-closure.js';

/** The figures of one plan file, as every view reads them. */
export type PlanFigures =
    /** Current figures of a plan without errors. */
    | ({ readonly status: 'current' } & Figures)
    /** The plan has errors now; these are its last good figures, out of date. */
    | ({ readonly status: 'stale' } & Figures)
    /** No figures: a catalogue, or a plan that has never evaluated. */
    | { readonly status: 'none'; readonly reason: 'catalogue' | 'errors' };

interface Figures {
    readonly plan: Plan;
    readonly evaluation: Evaluation;
    /** Monte Carlo and tornado with the default seed and trials; only for plans with ranges. */
    readonly uncertainty?: UncertaintyAnalysis;
    /** Each named scenario, evaluated exactly. */
    readonly scenarios: readonly ScenarioEvaluation[];
}

type Computed =
    | ({ readonly ok: true } & Figures)
    | { readonly ok: false; readonly reason: 'catalogue' | 'errors'; readonly message?: string; readonly code?: EvaluationErrorCode };

/**
 * Builds and evaluates plans once per workspace state (the cache is dropped
 * whenever a document changes) and remembers each plan's last good figures,
 * so that hovers, inlay hints and code lenses never evaluate anything and
 * keep showing figures, marked out of date, while a plan has errors.
 */
export class PlanEvaluations {

    protected readonly closure: PlanClosure;
    protected readonly imports: ImportResolver;
    protected readonly documents: LangiumDocuments;
    protected readonly computed: WorkspaceCache<string, Computed>;
    protected readonly lastGood = new Map<string, Figures>();

    constructor(services: CrmPlanServices) {
        this.closure = services.workspace.PlanClosure;
        this.imports = services.workspace.ImportResolver;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.computed = new WorkspaceCache(services.shared);
        // Refresh last good figures as soon as a build has validated a plan.
        services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
            for (const document of documents) {
                this.figures(document);
            }
        });
    }

    /** The figures of `document` for views: current, last good (stale), or none. */
    figures(document: LangiumDocument): PlanFigures {
        const key = document.uri.toString();
        const computed = this.hasErrors(document) ? undefined : this.compute(document);
        if (computed?.ok) {
            const { ok: _ok, ...figures } = computed;
            this.lastGood.set(key, figures);
            return { status: 'current', ...figures };
        }
        if (computed && computed.reason === 'catalogue') {
            return { status: 'none', reason: 'catalogue' };
        }
        const last = this.lastGood.get(key);
        return last ? { status: 'stale', ...last } : { status: 'none', reason: 'errors' };
    }

    /**
     * Builds and evaluates without looking at diagnostics: for checks that
     * run during validation. Undefined when the plan cannot be evaluated.
     */
    compute(document: LangiumDocument): Computed {
        return this.computed.get(document.uri.toString(), () => {
            const plan = buildPlan(this.closure.declarations(document));
            if (!plan) {
                const hasHeader = this.closure.declarations(document).plans.length > 0;
                return { ok: false, reason: hasHeader ? 'errors' : 'catalogue' };
            }
            try {
                const evaluation = evaluate(plan);
                // Ranges: the simulation runs once per workspace state here, never per request.
                const uncertainty = hasRanges(plan) ? analyseUncertainty(plan, evaluation) : undefined;
                return { ok: true, plan, evaluation, uncertainty, scenarios: evaluateScenarios(plan) };
            } catch (error) {
                if (error instanceof EvaluationError) {
                    return { ok: false, reason: 'errors', message: error.message, code: error.code };
                }
                throw error;
            }
        });
    }

    /** Whether the document or any file it imports has an error diagnostic (or is not validated yet). */
    protected hasErrors(document: LangiumDocument): boolean {
        for (const uri of this.imports.closure(document)) {
            const member = this.documents.getDocument(URI.parse(uri));
            if (!member || member.state < DocumentState.Validated || member.diagnostics?.some(d => d.severity === 1)) {
                return true;
            }
        }
        return false;
    }
}
