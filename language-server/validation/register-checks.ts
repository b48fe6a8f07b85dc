import type { CrmPlanCoreServices, CrmPlanCheckGroups } from '../crmplan-core-module.js';

/**
 * The check groups in the order they run: a node's diagnostics come out in
 * this order, which the golden files pin. A record, so that a group added to
 * the services and forgotten here fails to compile.
 */
const IN_ORDER: Record<keyof CrmPlanCheckGroups, true> = {
    ImportChecks: true, NameChecks: true, PlanHeaderChecks: true, ValueChecks: true, CurrencyChecks: true, DateChecks: true,
    StructureChecks: true, PhaseChecks: true, PriorityChecks: true, VendorChecks: true, WeightChecks: true, ScenarioChecks: true,
    InputChecks: true, ActualsChecks: true, GuardrailChecks: true, FileChecks: true
};

/** Registers every check group of the services with Langium's validation registry. */
export function registerValidationChecks(services: CrmPlanCoreServices): void {
    const registry = services.validation.ValidationRegistry;
    for (const key of Object.keys(IN_ORDER) as (keyof CrmPlanCheckGroups)[]) {
        const group = services.validation[key];
        registry.register(group.checks(), group);
    }
}
