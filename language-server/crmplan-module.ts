import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumLSPServices
} from 'langium/lsp';
import {
    CrmPlanCoreModule, CrmPlanSharedCoreModule, crmPlanSharedOptionsModule, initialiseCrmPlanServices,
    type CrmPlanAddedServices, type CrmPlanServiceOptions
} from './crmplan-core-module.js';
import { CrmPlanGeneratedModule, CrmPlanGeneratedSharedModule } from './generated/module.js';
import { CrmPlanCodeActionProvider } from './lsp/code-action-provider.js';
import { CrmPlanCodeLensProvider } from './lsp/code-lens-provider.js';
import { CrmPlanCompletionProvider } from './lsp/completion-provider.js';
import { CrmPlanDocumentSymbolProvider } from './lsp/document-symbol-provider.js';
import { refreshFigureViews } from './lsp/figure-views.js';
import { CrmPlanFormatter } from './lsp/formatter.js';
import { CrmPlanHoverProvider } from './lsp/hover-provider.js';
import { CrmPlanInlayHintProvider } from './lsp/inlay-hint-provider.js';
import { followClientLocale } from './lsp/locale-from-client.js';
import { CrmPlanSemanticTokenProvider } from './lsp/semantic-token-provider.js';

export type { CrmPlanAddedServices, CrmPlanCoreServices } from './crmplan-core-module.js';

/** The language with its editor features: what the language server runs. */
export type CrmPlanServices = LangiumServices & CrmPlanAddedServices;

/** The editor features, on top of `CrmPlanCoreModule`. */
export const CrmPlanLspModule: Module<CrmPlanServices, PartialLangiumLSPServices> = {
    lsp: {
        DocumentSymbolProvider: (services) => new CrmPlanDocumentSymbolProvider(services),
        SemanticTokenProvider: (services) => new CrmPlanSemanticTokenProvider(services),
        Formatter: (services) => new CrmPlanFormatter(services),
        CodeActionProvider: (services) => new CrmPlanCodeActionProvider(services),
        CompletionProvider: (services) => new CrmPlanCompletionProvider(services),
        HoverProvider: (services) => new CrmPlanHoverProvider(services),
        InlayHintProvider: (services) => new CrmPlanInlayHintProvider(services),
        CodeLensProvider: (services) => new CrmPlanCodeLensProvider(services)
    }
};

/**
 * Creates the shared and language services with editor features. The
 * language server passes its LSP connection; `crmplan fmt` and tests pass none.
 * The other CLI commands use `createCrmPlanCoreServices`.
 */
export function createCrmPlanServices(context: DefaultSharedModuleContext, options: CrmPlanServiceOptions = {}): {
    shared: LangiumSharedServices,
    CrmPlan: CrmPlanServices
} {
    const shared = inject(
        createDefaultSharedModule(context),
        CrmPlanGeneratedSharedModule,
        CrmPlanSharedCoreModule,
        crmPlanSharedOptionsModule(options)
    );
    const CrmPlan = inject(
        createDefaultModule({ shared }),
        CrmPlanGeneratedModule,
        CrmPlanCoreModule,
        CrmPlanLspModule
    );
    initialiseCrmPlanServices(CrmPlan);
    // Messages follow the client's locale from `initialize`; figure views refresh when figures change elsewhere.
    followClientLocale(shared, CrmPlan.i18n.Locale);
    refreshFigureViews(shared);
    // A closed document's last good figures may come from text that was never saved.
    shared.workspace.TextDocuments.onDidClose(({ document }) => CrmPlan.workspace.PlanEvaluations.forget(document.uri));
    if (!context.connection) {
        // Outside a language server nobody sends configuration: start with the defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, CrmPlan };
}
