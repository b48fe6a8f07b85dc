import type { CancellationToken } from 'vscode-languageserver';
import type { CrmPlanServices } from '../crmplan-module.js';
import { CustomRequests, type DiffParams, type ReportParams, type SummaryParams } from '../protocol.js';
import { PlanRequests } from './custom-requests.js';

/** Registers crmplan's three requests (`protocol.ts`) on the server's connection. */
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
