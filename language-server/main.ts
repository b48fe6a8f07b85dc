import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCrmPlanServices } from './crmplan-module.js';
import { registerCustomRequests } from './lsp/register-requests.js';
import { FIGURE_VIEW_REQUIREMENTS } from './lsp/figure-views.js';

/**
 * The crmplan language server. Started by the VS Code extension over IPC, or
 * by any editor with `crmplan-language-server --stdio`.
 */
const connection = createConnection(ProposedFeatures.all);
const { shared, CrmPlan } = createCrmPlanServices({ connection, ...NodeFileSystem });
// crmplan/summary, crmplan/report and crmplan/diff for the VS Code extension.
registerCustomRequests(CrmPlan);
// Hover, inlay hints and code lens wait for validation: it decides whether figures are current.
startLanguageServer(shared, FIGURE_VIEW_REQUIREMENTS);
