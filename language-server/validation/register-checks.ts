import type { ValidationChecks } from 'langium';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import type { CrmPlanAstType } from '../generated/ast.js';
import { CurrencyChecks } from './currency-checks.js';
import { DateChecks } from './date-checks.js';
import { FileChecks } from './file-checks.js';
import { ImportChecks } from './import-checks.js';
import { NameChecks } from './name-checks.js';
import { PhaseChecks } from './phase-checks.js';
import { PlanHeaderChecks } from './plan-header-checks.js';
import { PriorityChecks } from './priority-checks.js';
import { ScenarioChecks } from './scenario-checks.js';
import { StructureChecks } from './structure-checks.js';
import { ValueChecks } from './value-checks.js';
import { VendorChecks } from './vendor-checks.js';
import { WeightChecks } from './weight-checks.js';

/** Registers every check with Langium's validation registry, grouped by concern. */
export function registerValidationChecks(services: CrmPlanCoreServices): void {
    const registry = services.validation.ValidationRegistry;
    const imports = new ImportChecks(services);
    const names = new NameChecks(services);
    const checks: ValidationChecks<CrmPlanAstType> = {
        Import: imports.checkImport.bind(imports),
        Document: names.checkUniqueNames.bind(names)
    };
    registry.register(checks);
    for (const concern of [
        new PlanHeaderChecks(services),
        new ValueChecks(services),
        new CurrencyChecks(services),
        new DateChecks(services),
        new StructureChecks(services),
        new PhaseChecks(services),
        new PriorityChecks(services),
        new VendorChecks(services),
        new WeightChecks(services),
        new ScenarioChecks(services),
        new FileChecks(services)
    ]) {
        registry.register(concern.checks());
    }
}
