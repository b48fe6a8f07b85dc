/**
 * crmplan's own LSP requests, for editors that show more than the standard
 * features: method names and the shapes of parameters and results. The
 * server (`lsp/custom-requests.ts`) and the VS Code extension both import
 * this module; it imports nothing, so the extension bundle carries none of
 * the server's code.
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
 */

/** Method names. */
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
    /** The plan's base text (empty when the file is new); without it, the plan as it was at `baseRevision`. */
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
    readonly status: 'current' | 'stale' | 'none';
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

/** LSP's `RequestFailed`: the request was valid, the plan cannot answer it. */
export const RequestFailed = -32803;
