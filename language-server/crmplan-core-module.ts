import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DeepPartial, type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices,
    type Module, type PartialLangiumCoreServices
} from 'langium';
import { CrmPlanGeneratedModule, CrmPlanGeneratedSharedModule } from './generated/module.js';
import { LocaleSetting } from './i18n/locale.js';
import { CrmPlanLinker } from './langium/linker.js';
import { CrmPlanReferenceDescriptionProvider } from './langium/reference-descriptions.js';
import { CrmPlanValidationRegistry } from './langium/validation-registry.js';
import { CrmPlanLexer } from './parser/lexer.js';
import { createCrmPlanParser } from './parser/parser.js';
import { CrmPlanParserErrorMessageProvider } from './parser/parser-error-messages.js';
import { CrmPlanTokenBuilder } from './parser/token-builder.js';
import { CrmPlanValueConverter } from './parser/value-converter.js';
import { CrmPlanScopeComputation } from './scoping/scope-computation.js';
import { CrmPlanScopeProvider } from './scoping/scope-provider.js';
import { ActualsChecks } from './validation/actuals-checks.js';
import { CurrencyChecks } from './validation/currency-checks.js';
import { DateChecks } from './validation/date-checks.js';
import { FileChecks } from './validation/file-checks.js';
import { GuardrailChecks } from './validation/guardrail-checks.js';
import { AnyFileServiceRegistry } from './workspace/any-file-service-registry.js';
import { CrmPlanDocumentValidator } from './validation/document-validator.js';
import { ImportChecks } from './validation/import-checks.js';
import { InputChecks } from './validation/input-checks.js';
import { NameChecks } from './validation/name-checks.js';
import { PhaseChecks } from './validation/phase-checks.js';
import { PlanContexts } from './validation/plan-context.js';
import { PlanHeaderChecks } from './validation/plan-header-checks.js';
import { PriorityChecks } from './validation/priority-checks.js';
import { registerValidationChecks } from './validation/register-checks.js';
import { ScenarioChecks } from './validation/scenario-checks.js';
import { StructureChecks } from './validation/structure-checks.js';
import { ValueChecks } from './validation/value-checks.js';
import { VendorChecks } from './validation/vendor-checks.js';
import { WeightChecks } from './validation/weight-checks.js';
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

/** The groups of checks, one service each: a module replaces one as it replaces any Langium service. */
export type CrmPlanCheckGroups = {
    ImportChecks: ImportChecks,
    NameChecks: NameChecks,
    PlanHeaderChecks: PlanHeaderChecks,
    ValueChecks: ValueChecks,
    CurrencyChecks: CurrencyChecks,
    DateChecks: DateChecks,
    StructureChecks: StructureChecks,
    PhaseChecks: PhaseChecks,
    PriorityChecks: PriorityChecks,
    VendorChecks: VendorChecks,
    WeightChecks: WeightChecks,
    ScenarioChecks: ScenarioChecks,
    InputChecks: InputChecks,
    ActualsChecks: ActualsChecks,
    GuardrailChecks: GuardrailChecks,
    FileChecks: FileChecks
};

/** Services crmplan adds to Langium's. */
export type CrmPlanAddedServices = {
    i18n: {
        Locale: LocaleSetting
    },
    validation: CrmPlanCheckGroups & {
        /** What the checks of one file know about its plan, computed once per file and workspace state. */
        PlanContexts: PlanContexts
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
        ParserErrorMessageProvider: (services) => new CrmPlanParserErrorMessageProvider(() => services.Grammar, services.i18n.Locale)
    },
    references: {
        Linker: (services) => new CrmPlanLinker(services),
        ScopeComputation: (services) => new CrmPlanScopeComputation(services),
        ScopeProvider: (services) => new CrmPlanScopeProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new CrmPlanDocumentValidator(services),
        ValidationRegistry: (services) => new CrmPlanValidationRegistry(services),
        PlanContexts: (services) => new PlanContexts(services),
        ImportChecks: (services) => new ImportChecks(services),
        NameChecks: (services) => new NameChecks(services),
        PlanHeaderChecks: (services) => new PlanHeaderChecks(services),
        ValueChecks: (services) => new ValueChecks(services),
        CurrencyChecks: (services) => new CurrencyChecks(services),
        DateChecks: (services) => new DateChecks(services),
        StructureChecks: (services) => new StructureChecks(services),
        PhaseChecks: (services) => new PhaseChecks(services),
        PriorityChecks: (services) => new PriorityChecks(services),
        VendorChecks: (services) => new VendorChecks(services),
        WeightChecks: (services) => new WeightChecks(services),
        ScenarioChecks: (services) => new ScenarioChecks(services),
        InputChecks: (services) => new InputChecks(services),
        ActualsChecks: (services) => new ActualsChecks(services),
        GuardrailChecks: (services) => new GuardrailChecks(services),
        FileChecks: (services) => new FileChecks(services)
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new CrmPlanReferenceDescriptionProvider(services),
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
