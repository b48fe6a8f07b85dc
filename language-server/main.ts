import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCrmPlanServices } from './crmplan-module.js';
import { PlanFileSystemProvider } from './workspace/plan-file-system-provider.js';
import { registerCustomRequests } from './lsp/register-requests.js';
import { FIGURE_VIEW_REQUIREMENTS } from './lsp/figure-views.js';

/**
 * The crmplan language server. Started by the VS Code extension over IPC, or
 * by any editor with `crmplan-language-server --stdio`.
 */
const connection = createConnection(ProposedFeatures.all);
// Files the server reads itself are checked for being UTF-8 (CRM042 names a GBK or UTF-16 file).
const { shared, CrmPlan } = createCrmPlanServices({ connection, fileSystemProvider: () => new PlanFileSystemProvider() });
// crmplan/summary, crmplan/report and crmplan/diff for the VS Code extension.
registerCustomRequests(CrmPlan);
// Hover, inlay hints and code lens wait for validation: it decides whether figures are current.
startLanguageServer(shared, FIGURE_VIEW_REQUIREMENTS);
