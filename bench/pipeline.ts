/**
 * The in-process part of the benchmark: the services, document factory and
 * document builder that `crmplan check` uses (`src/cli/load-workspace.ts`),
 * with the build phases timed one by one.
 */
import { performance } from 'node:perf_hooks';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCrmPlanCoreServices } from '../language-server/crmplan-core-module.js';
import { renderReport } from '../language-server/report/index.js';

export interface PipelineFile {
    readonly absolutePath: string;
    readonly text: string;
}

export interface PipelineTimes {
    /** Lexing, parsing and AST building of every file. */
    readonly parse: number;
    /** Exported symbols and scopes. */
    readonly index: number;
    readonly link: number;
    /** The reference index (find references, rename): the editor's; `crmplan check` skips it. */
    readonly references: number;
    /** Validation without the evaluation it asks for. */
    readonly validate: number;
    /** Building the plan model and evaluating it (once: the validator's figure checks ask for it, views reuse it). */
    readonly evaluation: number;
    /** Parse to validated, evaluation included, reference index not: what `crmplan check` computes. */
    readonly check: number;
    /** The Markdown report of the evaluated plan. */
    readonly report: number;
    readonly errors: number;
    readonly diagnostics: number;
}

/**
 * Parses, links and validates `files` in a fresh set of services, then
 * renders the report of `entry`.
 */
export async function measurePipeline(files: readonly PipelineFile[], entry: string): Promise<PipelineTimes> {
    const start = performance.now();
    const { shared, CrmPlan } = createCrmPlanCoreServices({ ...NodeFileSystem });
    const documents: LangiumDocument[] = [];
    for (const file of files) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(file.text, URI.file(file.absolutePath));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    const parsed = performance.now();

    const marks = new Map<DocumentState, number>();
    for (const state of [DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated]) {
        shared.workspace.DocumentBuilder.onBuildPhase(state, () => { marks.set(state, performance.now()); });
    }
    // Time spent building and evaluating plans (outermost calls only), to tell it apart from validation.
    const evaluations = CrmPlan.workspace.PlanEvaluations;
    const compute = evaluations.compute.bind(evaluations);
    let evaluationMs = 0;
    let depth = 0;
    evaluations.compute = document => {
        const begin = depth++ === 0 ? performance.now() : 0;
        try {
            return compute(document);
        } finally {
            if (--depth === 0) {
                evaluationMs += performance.now() - begin;
            }
        }
    };

    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const validated = performance.now();

    const entryDocument = documents.find(d => d.uri.fsPath === entry) ?? documents[documents.length - 1];
    const figures = evaluations.figures(entryDocument);
    let report = Number.NaN;
    if (figures.status === 'current') {
        const begin = performance.now();
        renderReport(figures.plan, figures.evaluation, 'en');
        report = performance.now() - begin;
    }
    const diagnostics = documents.flatMap(d => d.diagnostics ?? []);
    const scoped = marks.get(DocumentState.ComputedScopes)!;
    const linked = marks.get(DocumentState.Linked)!;
    const referenced = marks.get(DocumentState.IndexedReferences)!;
    return {
        parse: parsed - start,
        index: scoped - parsed,
        link: linked - scoped,
        references: referenced - linked,
        validate: validated - referenced - evaluationMs,
        evaluation: evaluationMs,
        check: validated - start - (referenced - linked),
        report,
        errors: diagnostics.filter(d => d.severity === 1).length,
        diagnostics: diagnostics.length
    };
}
