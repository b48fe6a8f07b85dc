import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createCrmPlanServices } from './crmplan-module.js';

/**
 * The crmplan language server. Started by the VS Code extension over IPC, or
 * by any editor with `crmplan-language-server --stdio`.
 */
const connection = createConnection(ProposedFeatures.all);
const { shared } = createCrmPlanServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
