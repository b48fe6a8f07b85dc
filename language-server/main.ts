import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCrmPlanServices } from './crmplan-module.js';
import { FIGURE_VIEW_REQUIREMENTS } from './lsp/figure-views.js';

/**
 * The crmplan language server. Started by the VS Code extension over IPC, or
 * by any editor with `crmplan-language-server --stdio`.
 */
const connection = createConnection(ProposedFeatures.all);
const { shared } = createCrmPlanServices({ connection, ...NodeFileSystem });
// Hover, inlay hints and code lens wait for validation: it decides whether figures are current.
startLanguageServer(shared, FIGURE_VIEW_REQUIREMENTS);
