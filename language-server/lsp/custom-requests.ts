/**
 * The handlers of crmplan's own LSP requests (their protocol is
 * `../protocol.ts`; `register-requests.ts` puts them on the connection).
 *
 * Every figure comes from the server's cached evaluation
 * (`PlanEvaluations.figures`); nothing here computes one. The base side of a
 * diff is evaluated once per request in a scratch workspace: the base text at
 * the plan's own URI, with the files it imports as they were at
 * `baseRevision` when it is given (read with git, like `crmplan diff --git`),
 * else as they are now (open editors first, else the disk).
 */
import { dirname } from 'node:path';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { ResponseError, type CancellationToken } from 'vscode-languageserver';
import { createCrmPlanCoreServices } from '../crmplan-core-module.js';
import type { CrmPlanServices } from '../crmplan-module.js';
import { diffPlans } from '../diff/plan-diff.js';
import { renderDiff } from '../diff/render-diff.js';
import type { Evaluation } from '../evaluation/evaluation-types.js';
import type { EditorTerms } from '../i18n/editor-terms.js';
import { glossary } from '../i18n/glossary.js';
import { toLocale, type Locale } from '../i18n/locale.js';
import { openRevision, type RevisionSource } from '../workspace/git-revision.js';
import { loadPlans } from '../workspace/plan-loader.js';
import { documentsSource, withTexts } from '../workspace/plan-source.js';
import { blocksFigures } from '../validation/diagnostic-codes.js';
import type { GuardrailResult } from '../evaluation/guardrails/index.js';
import type { Plan } from '../model/plan.js';
import { renderReport } from '../report/index.js';
import type { PlanFigures } from '../workspace/plan-evaluations.js';
import {
    RequestFailed, type DiffParams, type MarkdownResult, type PlanSummaryResult, type ReportParams, type SummaryParams
} from '../protocol.js';
import { planSummary } from './plan-summary.js';

/** The handlers, separate from the connection so tests and other hosts can call them. */
export class PlanRequests {

    constructor(protected readonly services: CrmPlanServices) { }

    async summary(params: SummaryParams, token?: CancellationToken): Promise<PlanSummaryResult> {
        const locale = this.locale(params.locale);
        return planSummary(await this.figures(params.uri, locale, token), locale);
    }

    async report(params: ReportParams, token?: CancellationToken): Promise<MarkdownResult> {
        const locale = this.locale(params.locale);
        const figures = await this.figures(params.uri, locale, token);
        if (figures.status !== 'current') {
            throw new ResponseError(RequestFailed, noFiguresMessage(figures.status === 'stale' ? 'errors' : figures.reason, locale));
        }
        return { markdown: renderFullReport(figures, locale) };
    }

    async diff(params: DiffParams, token?: CancellationToken): Promise<MarkdownResult> {
        const locale = this.locale(params.locale);
        const head = await this.figures(params.uri, locale, token);
        if (head.status !== 'current') {
            throw new ResponseError(RequestFailed, noFiguresMessage(head.status === 'stale' ? 'errors' : head.reason, locale));
        }
        if (params.baseText !== undefined && params.baseText.trim() === '') {
            throw new ResponseError(RequestFailed, messages(locale).newFile);
        }
        const path = URI.parse(params.uri).fsPath;
        const revision = params.baseRevision ? await openRevision(dirname(path), params.baseRevision) : undefined;
        if (typeof revision === 'string') {
            throw new ResponseError(RequestFailed, messages(locale).unknownRevision(params.baseRevision!));
        }
        const base = await this.evaluateBase(path, params.baseText, revision);
        if (!base.ok) {
            throw new ResponseError(RequestFailed, base.reason === 'new' ? messages(locale).newFile
                : base.reason === 'catalogue' ? messages(locale).baseCatalogue : messages(locale).baseErrors(base.errors));
        }
        // As `crmplan diff` prints it: the new version's full report folded in at the end.
        return { markdown: renderDiff(diffPlans(base, head, locale), locale, renderFullReport(head, locale)) };
    }

    /** Waits until the document and the files it imports are validated, then reads its (cached) figures. */
    protected async figures(uri: string, locale: Locale, token?: CancellationToken): Promise<PlanFigures> {
        const shared = this.services.shared;
        await shared.workspace.WorkspaceManager.ready;
        const parsed = URI.parse(uri);
        if (!shared.workspace.LangiumDocuments.hasDocument(parsed)) {
            throw new ResponseError(RequestFailed, messages(locale).unknownDocument(uri));
        }
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, parsed, token);
        const document = shared.workspace.LangiumDocuments.getDocument(parsed)!;
        // An imported file may still be rebuilding (it was just edited); its figures count only once it is validated too.
        for (const uri of this.services.workspace.ImportResolver.closure(document)) {
            await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, URI.parse(uri), token);
        }
        return this.services.workspace.PlanEvaluations.figures(document);
    }

    /**
     * Evaluates the base of a diff in a scratch workspace of its own (the live
     * one never sees the old text): `text` as the plan at `path` (else the
     * plan as it was at `revision`), with its imports as they were at
     * `revision` when given, else as they are now (open editors first).
     */
    protected async evaluateBase(path: string, text: string | undefined, revision?: RevisionSource): Promise<
        | { ok: true; plan: Plan; evaluation: Evaluation; guardrails: readonly GuardrailResult[] }
        | { ok: false; reason: 'new' | 'catalogue' | 'errors'; errors: number }> {
        const scratch = createCrmPlanCoreServices({ ...NodeFileSystem }).CrmPlan;
        const imports = revision ?? documentsSource(this.services.shared.workspace.LangiumDocuments);
        const source = text !== undefined ? withTexts(new Map([[path, text]]), imports) : imports;
        const { files } = await loadPlans(scratch.shared, [path], source);
        if (files.length === 0 || files[0]!.document.textDocument.getText().trim() === '') {
            return { ok: false, reason: 'new', errors: 0 };
        }
        const errors = files.reduce((count, f) => count + (f.document.diagnostics?.filter(blocksFigures).length ?? 0), 0);
        const figures = scratch.workspace.PlanEvaluations.figures(files[0]!.document);
        if (figures.status === 'current') {
            return { ok: true, plan: figures.plan, evaluation: figures.evaluation, guardrails: figures.guardrails };
        }
        return { ok: false, reason: figures.status === 'none' && figures.reason === 'catalogue' ? 'catalogue' : 'errors', errors };
    }

    protected locale(requested: string | undefined): Locale {
        return requested ? toLocale(requested) : this.services.i18n.Locale.current;
    }
}

/** The report with everything the cached figures hold (uncertainty, scenarios), as `crmplan report` renders it. */
function renderFullReport(figures: Extract<PlanFigures, { status: 'current' }>, locale: Locale): string {
    return renderReport(figures.plan, figures.evaluation, locale, { uncertainty: figures.uncertainty, scenarios: figures.scenarios, guardrails: figures.guardrails });
}

/** Why a request has no figures, in `locale`. */
function messages(locale: Locale): EditorTerms['requests'] {
    return glossary(locale).editor.requests;
}

function noFiguresMessage(reason: 'catalogue' | 'errors', locale: Locale): string {
    return reason === 'catalogue' ? messages(locale).catalogue : messages(locale).errors;
}

