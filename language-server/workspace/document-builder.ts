import type { LangiumDocument, LangiumSharedCoreServices, ServiceRegistry } from 'langium';
import { DefaultDocumentBuilder } from 'langium';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';

/**
 * Re-links and re-validates a plan when anything in its import closure
 * changes, is created or is deleted. Langium only follows references, but a
 * plan depends on its imports even where it names nothing from them: a
 * deleted import is a diagnostic, a new goal changes the weight sum.
 */
export class CrmPlanDocumentBuilder extends DefaultDocumentBuilder {

    protected readonly registry: ServiceRegistry;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.registry = services.ServiceRegistry;
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) {
            return true;
        }
        const services = this.registry.getServices(document.uri) as CrmPlanCoreServices;
        const imports = services.workspace.ImportResolver;
        for (const uri of imports.closure(document)) {
            if (changedUris.has(uri)) {
                return true;
            }
        }
        return imports.importTargets(document).some(uri => changedUris.has(uri));
    }
}
