import { inject, type DeepPartial, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { CrmPlanGeneratedModule, CrmPlanGeneratedSharedModule } from './generated/module.js';
import { LocaleSetting } from './i18n/locale.js';
import { CrmPlanCodeLensProvider } from './lsp/code-lens-provider.js';
import { CrmPlanDocumentSymbolProvider } from './lsp/document-symbol-provider.js';
import { refreshFigureViews } from './lsp/figure-views.js';
import { CrmPlanCodeActionProvider } from './lsp/code-action-provider.js';
import { CrmPlanCompletionProvider } from './lsp/completion-provider.js';
import { CrmPlanFormatter } from './lsp/formatter.js';
import { CrmPlanHoverProvider } from './lsp/hover-provider.js';
import { CrmPlanInlayHintProvider } from './lsp/inlay-hint-provider.js';
import { followClientLocale } from './lsp/locale-from-client.js';
import { CrmPlanSemanticTokenProvider } from './lsp/semantic-token-provider.js';
import { CrmPlanParserErrorMessageProvider } from './parser/parser-error-messages.js';
import { CrmPlanTokenBuilder } from './parser/token-builder.js';
import { CrmPlanValueConverter } from './parser/value-converter.js';
import { CrmPlanScopeComputation } from './scoping/scope-computation.js';
import { CrmPlanScopeProvider } from './scoping/scope-provider.js';
import { CrmPlanDocumentValidator } from './validation/document-validator.js';
import { registerValidationChecks } from './validation/register-checks.js';
import { ImportResolver } from './workspace/import-resolver.js';
import { CrmPlanIndexManager } from './workspace/index-manager.js';
import { PlanClosure } from './workspace/plan-closure.js';
import { PlanEvaluations } from './workspace/plan-evaluations.js';
import { CrmPlanWorkspaceManager } from './workspace/workspace-manager.js';
import { CrmPlanDocumentBuilder } from './workspace/document-builder.js';

/** Services crmplan adds to Langium's. */
export type CrmPlanAddedServices = {
    i18n: {
        Locale: LocaleSetting
    },
    workspace: {
        ImportResolver: ImportResolver,
        PlanClosure: PlanClosure,
        PlanEvaluations: PlanEvaluations
    }
};

export type CrmPlanServices = LangiumServices & CrmPlanAddedServices;

export const CrmPlanModule: Module<CrmPlanServices, PartialLangiumServices & CrmPlanAddedServices> = {
    i18n: {
        Locale: () => new LocaleSetting()
    },
    parser: {
        TokenBuilder: () => new CrmPlanTokenBuilder(),
        ValueConverter: () => new CrmPlanValueConverter(),
        ParserErrorMessageProvider: () => new CrmPlanParserErrorMessageProvider()
    },
    references: {
        ScopeComputation: (services) => new CrmPlanScopeComputation(services),
        ScopeProvider: (services) => new CrmPlanScopeProvider(services)
    },
    lsp: {
        DocumentSymbolProvider: (services) => new CrmPlanDocumentSymbolProvider(services),
        SemanticTokenProvider: (services) => new CrmPlanSemanticTokenProvider(services),
        Formatter: (services) => new CrmPlanFormatter(services),
        CodeActionProvider: (services) => new CrmPlanCodeActionProvider(services),
        CompletionProvider: (services) => new CrmPlanCompletionProvider(services),
        HoverProvider: (services) => new CrmPlanHoverProvider(services),
        InlayHintProvider: (services) => new CrmPlanInlayHintProvider(services),
        CodeLensProvider: (services) => new CrmPlanCodeLensProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new CrmPlanDocumentValidator(services)
    },
    workspace: {
        ImportResolver: (services) => new ImportResolver(services.shared),
        PlanClosure: (services) => new PlanClosure(services),
        PlanEvaluations: (services) => new PlanEvaluations(services)
    }
};

/** Replacements of Langium's shared (cross-language) services. */
export const CrmPlanSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    workspace: {
        WorkspaceManager: (services) => new CrmPlanWorkspaceManager(services),
        DocumentBuilder: (services) => new CrmPlanDocumentBuilder(services),
        IndexManager: (services) => new CrmPlanIndexManager(services)
    }
};

/**
 * Creates the shared and language services. The CLI passes no connection;
 * the language server passes its LSP connection.
 */
export function createCrmPlanServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices,
    CrmPlan: CrmPlanServices
} {
    const shared = inject(
        createDefaultSharedModule(context),
        CrmPlanGeneratedSharedModule,
        CrmPlanSharedModule
    );
    const CrmPlan = inject(
        createDefaultModule({ shared }),
        CrmPlanGeneratedModule,
        CrmPlanModule
    );
    shared.ServiceRegistry.register(CrmPlan);
    registerValidationChecks(CrmPlan);
    // Created eagerly: it listens to builds to keep each plan's last good figures.
    void CrmPlan.workspace.PlanEvaluations;
    // Messages follow the client's locale from `initialize`; figure views refresh when figures change elsewhere.
    followClientLocale(shared, CrmPlan.i18n.Locale);
    refreshFigureViews(shared);
    if (!context.connection) {
        // Outside a language server nobody sends configuration: start with the defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, CrmPlan };
}
