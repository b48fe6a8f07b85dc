import type { LangiumSharedCoreServices } from 'langium';
import { DefaultWorkspaceManager } from 'langium';

/**
 * Validates every plan of the workspace at startup, not only open ones:
 * teams keep a handful of plans per repository and expect the Problems view
 * to list all of them, as `crmplan check` does.
 */
export class CrmPlanWorkspaceManager extends DefaultWorkspaceManager {

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.initialBuildOptions = { validation: true };
    }
}
