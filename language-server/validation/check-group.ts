import type { ValidationChecks } from 'langium';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import type { CrmPlanAstType } from '../generated/ast.js';
import type { LocaleSetting } from '../i18n/locale.js';
import type { PlanContexts } from './plan-context.js';

/**
 * A group of checks on one concern: what every group needs (the locale of
 * its messages and the per-file plan context), and the checks it registers.
 * Each group is a service (`validation.*Checks`), so a module can replace it.
 */
export abstract class CheckGroup {

    protected readonly locale: LocaleSetting;
    protected readonly contexts: PlanContexts;

    constructor(services: CrmPlanCoreServices) {
        this.locale = services.i18n.Locale;
        this.contexts = services.validation.PlanContexts;
    }

    /** The checks of this group, by AST type, for Langium's validation registry. */
    abstract checks(): ValidationChecks<CrmPlanAstType>;
}
