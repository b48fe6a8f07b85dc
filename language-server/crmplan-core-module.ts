import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DeepPartial, type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices,
    type Module, type PartialLangiumCoreServices
} from 'langium';
import { CrmPlanGeneratedModule, CrmPlanGeneratedSharedModule } from './generated/module.js';
import { LocaleSetting } from './i18n/locale.js';
import { CrmPlanLexer } from './parser/lexer.js';
import { createCrmPlanParser } from './parser/parser.js';
import { CrmPlanParserErrorMessageProvider } from './parser/parser-error-messages.js';
import { CrmPlanTokenBuilder } from './parser/token-builder.js';
import { CrmPlanValueConverter } from './parser/value-converter.js';
import { CrmPlanScopeComputation } from './scoping/scope-computation.js';
import { CrmPlanScopeProvider } from './scoping/scope-provider.js';
import { AnyFileServiceRegistry } from './workspace/any-file-service-registry.js';
import { CrmPlanDocumentValidator } from './validation/document-validator.js';
import { registerValidationChecks } from './validation/register-checks.js';
import { CrmPlanDocumentBuilder } from './workspace/document-builder.js';
import { ImportResolver } from './workspace/import-resolver.js';
import { CrmPlanIndexManager } from './workspace/index-manager.js';
import { PlanClosure } from './workspace/plan-closure.js';
import { PlanEvaluations } from './workspace/plan-evaluations.js';
import { CrmPlanWorkspaceManager } from './workspace/workspace-manager.js';

/**
 * The language without an editor: parsing, scoping, validation and the
 * figures. The CLI's checks, reports and diffs need nothing more, and start
 * faster without Langium's LSP layer; `crmplan-module.ts` adds the editor
 * features on top for the language server.
 */

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

export type CrmPlanCoreServices = LangiumCoreServices & CrmPlanAddedServices;

export const CrmPlanCoreModule: Module<CrmPlanCoreServices, PartialLangiumCoreServices & CrmPlanAddedServices> = {
    i18n: {
        Locale: () => new LocaleSetting()
    },
    parser: {
        TokenBuilder: () => new CrmPlanTokenBuilder(),
        ValueConverter: () => new CrmPlanValueConverter(),
        Lexer: (services) => new CrmPlanLexer(services),
        LangiumParser: (services) => createCrmPlanParser(services),
        ParserErrorMessageProvider: (services) => new CrmPlanParserErrorMessageProvider(() => services.Grammar)
    },
    references: {
        ScopeComputation: (services) => new CrmPlanScopeComputation(services),
        ScopeProvider: (services) => new CrmPlanScopeProvider(services)
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
export const CrmPlanSharedCoreModule: Module<LangiumSharedCoreServices, DeepPartial<LangiumSharedCoreServices>> = {
    workspace: {
        WorkspaceManager: (services) => new CrmPlanWorkspaceManager(services),
        DocumentBuilder: (services) => new CrmPlanDocumentBuilder(services),
        IndexManager: (services) => new CrmPlanIndexManager(services)
    }
};

/** How the services are created, beyond Langium's context. */
export interface CrmPlanServiceOptions {
    /** Read every file as a plan whatever its extension (the command line, for the files it is named). */
    readonly anyFileIsAPlan?: boolean;
}

/** The shared module for `options`: the command line reads any file it is named as a plan. */
export function crmPlanSharedOptionsModule(options: CrmPlanServiceOptions): Module<LangiumSharedCoreServices, DeepPartial<LangiumSharedCoreServices>> {
    return options.anyFileIsAPlan ? { ServiceRegistry: (services) => new AnyFileServiceRegistry(services) } : {};
}

/** What both kinds of services do once created: checks registered, figures kept from the first build. */
export function initialiseCrmPlanServices(CrmPlan: CrmPlanCoreServices): void {
    CrmPlan.shared.ServiceRegistry.register(CrmPlan);
    registerValidationChecks(CrmPlan);
    // Created eagerly: it listens to builds to keep each plan's last good figures.
    void CrmPlan.workspace.PlanEvaluations;
}

/** Services for the command line: no connection, no editor features. */
export function createCrmPlanCoreServices(context: DefaultSharedCoreModuleContext, options: CrmPlanServiceOptions = {}): {
    shared: LangiumSharedCoreServices,
    CrmPlan: CrmPlanCoreServices
} {
    const shared = inject(
        createDefaultSharedCoreModule(context),
        CrmPlanGeneratedSharedModule,
        CrmPlanSharedCoreModule,
        crmPlanSharedOptionsModule(options)
    );
    const CrmPlan = inject(
        createDefaultCoreModule({ shared }),
        CrmPlanGeneratedModule,
        CrmPlanCoreModule
    );
    initialiseCrmPlanServices(CrmPlan);
    // Outside a language server nobody sends configuration: start with the defaults.
    shared.workspace.ConfigurationProvider.initialized({});
    return { shared, CrmPlan };
}
