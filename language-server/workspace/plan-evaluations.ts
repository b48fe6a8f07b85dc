import type { LangiumDocument } from 'langium';
import { AstUtils, DocumentState, UriUtils, WorkspaceCache, type URI } from 'langium';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import { evaluate, EvaluationError, type Evaluation, type EvaluationErrorCode, type ScenarioEvaluation, type UncertaintyAnalysis } from '../evaluation/index.js';
import { evaluateScenarios } from '../evaluation/scenarios.js';
import { evaluateGuardrails, figureSources, type GuardrailResult } from '../evaluation/guardrails/index.js';
import { analyseUncertainty, hasRanges, uncertainInputs } from '../evaluation/uncertainty/index.js';
import { buildPlan } from '../model/build-plan.js';
import type { Plan } from '../model/plan.js';
import { blocksFigures } from '../validation/diagnostic-codes.js';
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
    /** Each `require` and `expect` rule applied to the option the plan reports on. */
    readonly guardrails: readonly GuardrailResult[];
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
    protected readonly computed: WorkspaceCache<string, Computed>;
    protected readonly lastGood = new Map<string, Figures>();

    constructor(services: CrmPlanCoreServices) {
        this.closure = services.workspace.PlanClosure;
        this.computed = new WorkspaceCache(services.shared);
        const builder = services.shared.workspace.DocumentBuilder;
        // Refresh last good figures as soon as a build has validated a plan.
        builder.onBuildPhase(DocumentState.Validated, documents => {
            for (const document of documents) {
                this.figures(document);
            }
        });
        // A deleted file's figures are gone with it (a file of the same name later starts afresh).
        builder.onUpdate((_changed, deleted) => deleted.forEach(uri => this.forget(uri)));
    }

    /**
     * Drops the last good figures of a document: deleted, or closed in the
     * editor (whose unsaved text they may come from; the language server
     * calls this when a document closes).
     */
    forget(uri: URI | string): void {
        this.lastGood.delete(uri.toString());
    }

    /** The figures of `document` for views: current, last good (stale), or none. */
    figures(document: LangiumDocument): PlanFigures {
        const key = document.uri.toString();
        const computed = this.hasErrors(document) ? undefined : this.compute(document);
        if (computed?.ok) {
            this.lastGood.set(key, computed);
            return withStatus('current', computed);
        }
        if (computed && computed.reason === 'catalogue') {
            return { status: 'none', reason: 'catalogue' };
        }
        const last = this.lastGood.get(key);
        return last ? withStatus('stale', last) : { status: 'none', reason: 'errors' };
    }

    /**
     * Builds and evaluates without looking at diagnostics, once per workspace
     * state: for the validator's figure checks, which run before the
     * diagnostics are known. When the plan cannot be evaluated, `ok` is false
     * with the reason (a catalogue, or errors: with the evaluation's message
     * and code when the evaluation itself failed).
     */
    compute(document: LangiumDocument): Computed {
        return this.computed.get(document.uri.toString(), () => {
            const declarations = this.closure.declarations(document);
            // Guardrails name their file relative to the plan's folder, as a reviewer finds it.
            const folder = UriUtils.dirname(document.uri);
            const plan = buildPlan(declarations, node => UriUtils.relative(folder, AstUtils.getDocument(node).uri));
            if (!plan) {
                const hasHeader = declarations.plans.length > 0;
                return { ok: false, reason: hasHeader ? 'errors' : 'catalogue' };
            }
            try {
                const evaluation = evaluate(plan);
                checkRanges(plan);
                return lazyFigures(plan, evaluation);
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
        return this.closure.of(document).documents.some(member =>
            member.state < DocumentState.Validated || member.diagnostics?.some(blocksFigures));
    }
}

/**
 * The figures of a plan with the simulation (ranges) and the scenarios
 * computed on first read, then kept: once per workspace state, as the
 * evaluation, but only when something shows them. `crmplan check` and the
 * validator's figure checks need the evaluation alone, and the diagnostics
 * after an edit do not wait for thousands of simulated trials.
 */
function lazyFigures(plan: Plan, evaluation: Evaluation): { readonly ok: true } & Figures {
    let uncertainty: { value: UncertaintyAnalysis | undefined } | undefined;
    let scenarios: readonly ScenarioEvaluation[] | undefined;
    let guardrails: readonly GuardrailResult[] | undefined;
    // Not built with a spread anywhere: a spread would read (and compute) the lazy parts.
    const figures = {
        ok: true as const,
        plan,
        evaluation,
        get uncertainty() {
            uncertainty ??= { value: hasRanges(plan) ? simulationOf(plan, evaluation) : undefined };
            return uncertainty.value;
        },
        get guardrails() {
            // The simulation runs only when a rule reads a percentile.
            guardrails ??= evaluateGuardrails(plan, evaluation, figureSources(() => figures.uncertainty, evaluation.monitoring));
            return guardrails;
        },
        get scenarios() {
            // Each with its figures or the reason it has none.
            scenarios ??= evaluateScenarios(plan);
            return scenarios;
        }
    };
    return figures;
}

/**
 * A range the simulation cannot sample (an end no double can hold) is found
 * here, with the evaluation, so that the validator reports it (CRM025) rather
 * than every view that reads the simulation later failing on it.
 */
function checkRanges(plan: Plan): void {
    if (!hasRanges(plan)) {
        return;
    }
    for (const input of uncertainInputs(plan)) {
        if (![input.low, input.likely, input.high].every(value => Number.isFinite(value.toNumber()))) {
            throw new EvaluationError('overflow', `The figures cannot be computed: the range of ${input.id} is beyond the range of numbers (about 1.8 × 10^308).`);
        }
    }
}

/**
 * The simulation, read by hovers, lenses and reports: a range whose ends no
 * double can hold (a 300-digit high end) makes the sampler fail, and a view
 * must then show the point figures without a simulation rather than fail.
 */
function simulationOf(plan: Plan, evaluation: Evaluation): UncertaintyAnalysis | undefined {
    try {
        return analyseUncertainty(plan, evaluation);
    } catch {
        return undefined;
    }
}

/** `figures` with a status; reading through it keeps the lazy parts lazy (a spread would compute them). */
function withStatus(status: 'current' | 'stale', figures: Figures): PlanFigures {
    return {
        status,
        plan: figures.plan,
        evaluation: figures.evaluation,
        get uncertainty() {
            return figures.uncertainty;
        },
        get scenarios() {
            return figures.scenarios;
        },
        get guardrails() {
            return figures.guardrails;
        }
    };
}
