import { DefaultServiceRegistry, type LangiumCoreServices, type URI } from 'langium';

/**
 * The command line reads every file it is named as a plan, whatever its
 * extension (`plan.txt`, `PLAN.CRMPLAN`): crmplan is its only language, so
 * any file gets its services. The language server keeps Langium's registry,
 * which picks `.crmplan` files when it scans a workspace.
 */
export class AnyFileServiceRegistry extends DefaultServiceRegistry {

    override getServices(uri: URI): LangiumCoreServices {
        const all = this.all;
        return all.length === 1 ? all[0]! : super.getServices(uri);
    }

    override hasServices(uri: URI): boolean {
        return this.all.length === 1 || super.hasServices(uri);
    }
}
