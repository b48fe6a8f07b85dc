/**
 * crmplan's own LSP requests, for editors that show more than the standard
 * features (the VS Code extension uses all three):
 *
 * - `crmplan/summary` `{ uri }` → {@link PlanSummaryResult}: the figures a
 *   status bar shows (the chosen option, else the recommended one).
 * - `crmplan/report` `{ uri, locale? }` → `{ markdown }`: the plan's Markdown
 *   report; an error with a readable message while the plan has errors or
 *   when the file is a catalogue.
 * - `crmplan/diff` `{ uri, baseText, baseRevision?, locale? }` → `{ markdown }`:
 *   what the change from `baseText` (e.g. the file at git HEAD) to the
 *   current text does to the plan, as the pull-request comment `crmplan diff`
 *   prints.
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
import type { Evaluation } from '../evaluation/evaluation.js';
import { toLocale, type Locale } from '../i18n/locale.js';
import { openRevision, type RevisionSource } from '../workspace/git-revision.js';
import { loadPlans } from '../workspace/plan-loader.js';
import { documentsSource, withTexts } from '../workspace/plan-source.js';
import { blocksFigures } from '../validation/diagnostic-codes.js';
import type { GuardrailResult } from '../evaluation/guardrails/index.js';
import type { Plan } from '../model/plan.js';
import { renderReport } from '../report/index.js';
import type { PlanFigures } from '../workspace/plan-evaluations.js';
import { figureText, money, optionLabel, payback, percent, STALE_MARK } from './figure-text.js';

/** Method names; the client declares the same strings. */
export const CustomRequests = {
    summary: 'crmplan/summary',
    report: 'crmplan/report',
    diff: 'crmplan/diff'
} as const;

export interface SummaryParams {
    /** The plan file's URI, as the client knows it. */
    readonly uri: string;
    /** `en`, `zh-CN`, or any client locale (`zh-cn`, `en-US`); the server's own locale when absent. */
    readonly locale?: string;
}

export interface ReportParams {
    readonly uri: string;
    readonly locale?: string;
}

export interface DiffParams {
    readonly uri: string;
    /** The old text of the plan file (empty when the file is new). */
    /** The plan's base text; without it, the plan as it was at `baseRevision`. */
    readonly baseText?: string;
    /** The git revision the base comes from: its imports (and the plan, without `baseText`) are read at that revision. */
    readonly baseRevision?: string;
    readonly locale?: string;
}

export interface MarkdownResult {
    readonly markdown: string;
}

/** The option a status bar shows, with its figures as numbers and as text. */
export interface OptionSummary {
    readonly id: string;
    readonly chosen: boolean;
    readonly recommended: boolean;
    readonly roiPercent: number | null;
    readonly npv: number | null;
    readonly paybackMonths: number | null;
}

export interface PlanSummaryResult {
    /** `current`, `stale` (last figures without errors, out of date) or `none`. */
    readonly status: PlanFigures['status'];
    /** Why there are no figures (status `none`). */
    readonly reason?: 'catalogue' | 'errors';
    readonly stale: boolean;
    readonly currency?: string;
    /** The chosen option, else the recommended one; absent without figures or options. */
    readonly option?: OptionSummary;
    readonly chosenOptionId?: string;
    readonly recommendedOptionId?: string;
    /** One short line: `ROI 126.12% · Yunke.Standard`, `⟳` first when out of date. */
    readonly text: string;
    /** Several lines: the option, ROI, NPV, payback, and the recommendation. */
    readonly tooltip: string;
}

/** Registers the three requests on the server's connection. */
export function registerCustomRequests(services: CrmPlanServices): void {
    const connection = services.shared.lsp.Connection;
    if (!connection) {
        return;
    }
    const requests = new PlanRequests(services);
    connection.onRequest(CustomRequests.summary, (params: SummaryParams, token: CancellationToken) => requests.summary(params, token));
    connection.onRequest(CustomRequests.report, (params: ReportParams, token: CancellationToken) => requests.report(params, token));
    connection.onRequest(CustomRequests.diff, (params: DiffParams, token: CancellationToken) => requests.diff(params, token));
}

/** The handlers, separate from the connection so tests and other hosts can call them. */
export class PlanRequests {

    constructor(protected readonly services: CrmPlanServices) { }

    async summary(params: SummaryParams, token?: CancellationToken): Promise<PlanSummaryResult> {
        const locale = this.locale(params.locale);
        const text = figureText(locale);
        const figures = await this.figures(params.uri, locale, token);
        if (figures.status === 'none') {
            return { status: 'none', reason: figures.reason, stale: false, text: '', tooltip: text.noFigures(figures.reason) };
        }
        const { evaluation } = figures;
        const stale = figures.status === 'stale';
        const currency = evaluation.plan.currency;
        const shownId = evaluation.chosenOptionId ?? evaluation.recommendedOptionId;
        const option = evaluation.options.find(o => o.id === shownId);
        const base = {
            status: figures.status, stale, currency,
            chosenOptionId: evaluation.chosenOptionId, recommendedOptionId: evaluation.recommendedOptionId
        };
        if (!option) {
            return { ...base, text: '', tooltip: text.noFigures('errors') };
        }
        const mark = stale ? `${STALE_MARK} ` : '';
        const lines = [
            optionLabel(option, text),
            text.labelled(text.roi, percent(option.roiPercent)),
            text.labelled(text.npv, money(option.npv, currency, locale)),
            text.labelled(text.payback, payback(option.paybackMonths, text))
        ];
        const recommended = evaluation.options.find(o => o.id === evaluation.recommendedOptionId);
        if (recommended && recommended.id !== option.id) {
            lines.push(text.labelled(text.recommended, `${recommended.id} (${text.roi} ${percent(recommended.roiPercent)})`));
        }
        if (stale) {
            lines.push(text.outOfDate);
        }
        return {
            ...base,
            option: {
                id: option.id, chosen: option.chosen, recommended: option.recommended,
                roiPercent: option.roiPercent, npv: option.npv, paybackMonths: option.paybackMonths
            },
            text: `${mark}${text.roi} ${percent(option.roiPercent)} · ${option.id}`,
            tooltip: lines.join('\n')
        };
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
            throw new ResponseError(RequestFailed, messages[locale].newFile);
        }
        const path = URI.parse(params.uri).fsPath;
        const revision = params.baseRevision ? await openRevision(dirname(path), params.baseRevision) : undefined;
        if (typeof revision === 'string') {
            throw new ResponseError(RequestFailed, messages[locale].unknownRevision(params.baseRevision!));
        }
        const base = await this.evaluateBase(path, params.baseText, revision);
        if (!base.ok) {
            throw new ResponseError(RequestFailed, base.reason === 'new' ? messages[locale].newFile
                : base.reason === 'catalogue' ? messages[locale].baseCatalogue : messages[locale].baseErrors(base.errors));
        }
        // As `crmplan diff` prints it: the new version's full report folded in at the end.
        return { markdown: renderDiff(diffPlans(base, head), locale, renderFullReport(head, locale)) };
    }

    /** Waits until the document and the files it imports are validated, then reads its (cached) figures. */
    protected async figures(uri: string, locale: Locale, token?: CancellationToken): Promise<PlanFigures> {
        const shared = this.services.shared;
        await shared.workspace.WorkspaceManager.ready;
        const parsed = URI.parse(uri);
        if (!shared.workspace.LangiumDocuments.hasDocument(parsed)) {
            throw new ResponseError(RequestFailed, messages[locale].unknownDocument(uri));
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

/** LSP's `RequestFailed`: the request was valid, the plan cannot answer it. */
const RequestFailed = -32803;

function noFiguresMessage(reason: 'catalogue' | 'errors', locale: Locale): string {
    return reason === 'catalogue' ? messages[locale].catalogue : messages[locale].errors;
}

const messages: Record<Locale, {
    errors: string;
    catalogue: string;
    newFile: string;
    baseErrors(count: number): string;
    baseCatalogue: string;
    unknownDocument(uri: string): string;
    unknownRevision(revision: string): string;
}> = {
    'en': {
        errors: 'The plan has errors: fix them (see Problems) to get its figures.',
        catalogue: 'This file is a catalogue (no plan header), so it has no figures: open a plan that imports it.',
        newFile: 'The file is new: there is no earlier version to compare with.',
        baseErrors: count => `The earlier version of the plan has ${count === 1 ? 'an error' : `${count} errors`}, so it has no figures to compare with.`,
        baseCatalogue: 'The earlier version of the file has no plan header, so it has no figures to compare with.',
        unknownDocument: uri => `The language server does not know ${uri}.`,
        unknownRevision: revision => `Cannot read the plan's imports at ${revision}: the file is not in a git repository, git is missing, or the revision is unknown.`
    },
    'zh-CN': {
        errors: '计划有错误：请先修正（见“问题”面板），才能得到其数据。',
        catalogue: '此文件是目录（没有 plan 头），没有自己的数据：请打开导入它的计划。',
        newFile: '这是一个新文件：没有可以比较的早期版本。',
        baseErrors: count => `计划的早期版本有 ${count} 个错误，没有可以比较的数据。`,
        baseCatalogue: '文件的早期版本没有 plan 头，没有可以比较的数据。',
        unknownDocument: uri => `语言服务器不认识 ${uri}。`,
        unknownRevision: revision => `无法读取计划在 ${revision} 时的导入文件：文件不在 git 仓库中、没有安装 git，或该修订不存在。`
    }
};
