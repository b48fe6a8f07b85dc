import type { CrmPlanCoreServices, CrmPlanCheckGroups } from '../crmplan-core-module.js';

/**
 * The check groups in the order they run: a node's diagnostics come out in
 * this order, which the golden files pin.
 */
const GROUPS: readonly (keyof CrmPlanCheckGroups)[] = [
    'ImportChecks', 'NameChecks', 'PlanHeaderChecks', 'ValueChecks', 'CurrencyChecks', 'DateChecks',
    'StructureChecks', 'PhaseChecks', 'PriorityChecks', 'VendorChecks', 'WeightChecks', 'ScenarioChecks'
];

/** Registers every check group of the services with Langium's validation registry. */
export function registerValidationChecks(services: CrmPlanCoreServices): void {
    const registry = services.validation.ValidationRegistry;
    for (const key of GROUPS) {
        const group = services.validation[key];
        registry.register(group.checks(), group);
    }
}
