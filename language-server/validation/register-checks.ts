import type { ValidationChecks } from 'langium';
import type { CrmPlanServices } from '../crmplan-module.js';
import type { CrmPlanAstType } from '../generated/ast.js';
import { ImportChecks } from './import-checks.js';
import { NameChecks } from './name-checks.js';

/** Registers every check with Langium's validation registry, grouped by concern. */
export function registerValidationChecks(services: CrmPlanServices): void {
    const registry = services.validation.ValidationRegistry;
    const imports = new ImportChecks(services);
    const names = new NameChecks(services);
    const checks: ValidationChecks<CrmPlanAstType> = {
        Import: imports.checkImport.bind(imports),
        Document: names.checkUniqueNames.bind(names)
    };
    registry.register(checks);
}
