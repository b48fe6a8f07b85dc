import { DocumentState } from 'langium';
import type { LangiumSharedServices, ServiceRequirements } from 'langium/lsp';
import { CodeLensRefreshRequest, InlayHintRefreshRequest, type InitializeParams } from 'vscode-languageserver';

/**
 * Hover, inlay hints and code lens show figures, and a plan's figures are
 * only current once it has been validated (errors decide current or out of
 * date). Langium answers these requests once references are indexed, before
 * validation; waiting for validation keeps a hover requested right after a
 * keystroke from flashing "out of date". Passed to `startLanguageServer`.
 * (Waiting inside a provider is not an option: it runs under the workspace
 * read lock, which keeps the build it would wait for from starting.)
 */
export const FIGURE_VIEW_REQUIREMENTS: Partial<ServiceRequirements> = {
    HoverProvider: DocumentState.Validated,
    InlayHintProvider: DocumentState.Validated,
    CodeLensProvider: DocumentState.Validated
};

/**
 * Asks the client to request inlay hints and code lenses again when figures
 * may have changed in documents it did not edit: after a build that validated
 * several documents (an imported catalogue changed, or the first workspace
 * build), and, for inlay hints, when the `crmplan` settings change. The
 * client re-requests the edited document by itself. Only done when the
 * client declared `refreshSupport`.
 */
export function refreshFigureViews(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) {
        return;
    }
    let inlayHints = false;
    let codeLenses = false;
    shared.lsp.LanguageServer.onInitialize((params: InitializeParams) => {
        inlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
        codeLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    });
    const refresh = (hints: boolean, lenses: boolean) => {
        if (hints && inlayHints) {
            connection.sendRequest(InlayHintRefreshRequest.type).catch(() => undefined);
        }
        if (lenses && codeLenses) {
            connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
        }
    };
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
        if (documents.length > 1) {
            refresh(true, true);
        }
    });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === 'crmplan') {
            refresh(true, false);
        }
    });
}
