/**
 * The language server's own requests (see
 * `language-server/lsp/custom-requests.ts`). Types only are imported from
 * the server, so the extension bundle carries none of its code.
 */
export type {
    DiffParams, MarkdownResult, PlanSummaryResult, ReportParams, SummaryParams
} from '../../language-server/lsp/custom-requests.js';

/** Method names, as the server registers them. */
export const Requests = {
    summary: 'crmplan/summary',
    report: 'crmplan/report',
    diff: 'crmplan/diff'
} as const;
