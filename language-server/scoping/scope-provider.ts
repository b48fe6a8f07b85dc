import type { AstNodeDescription, AstReflection, IndexManager, ReferenceInfo, Scope, ScopeProvider } from 'langium';
import { AstUtils, EMPTY_SCOPE, MapScope, WorkspaceCache } from 'langium';
import type { AstNodeDescriptionProvider } from 'langium';
import { isChooseSetting } from '../generated/ast.js';
import type { CrmPlanServices } from '../crmplan-module.js';
import type { ImportResolver } from '../workspace/import-resolver.js';

/**
 * File-based scoping: a reference sees the declarations of its own file and
 * of the files it imports, transitively, and nothing else, so one folder can
 * hold many plans whose names repeat.
 *
 * Lookups go through one map per document and kind, built once per
 * workspace state: the default scope chain is linear per lookup, which makes
 * linking quadratic on large plans.
 */
export class CrmPlanScopeProvider implements ScopeProvider {

    protected readonly reflection: AstReflection;
    protected readonly indexManager: IndexManager;
    protected readonly descriptions: AstNodeDescriptionProvider;
    protected readonly imports: ImportResolver;
    protected readonly scopes: WorkspaceCache<string, Scope>;

    constructor(services: CrmPlanServices) {
        this.reflection = services.shared.AstReflection;
        this.indexManager = services.shared.workspace.IndexManager;
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.imports = services.workspace.ImportResolver;
        this.scopes = new WorkspaceCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        if (isChooseSetting(context.container) && context.property === 'edition') {
            return this.editionScope(context);
        }
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        const key = `${document.uri.toString()}\u0000${referenceType}`;
        return this.scopes.get(key, () => {
            const uris = new Set(this.imports.closure(document));
            return new MapScope(this.indexManager.allElements(referenceType, uris));
        });
    }

    /** `choose Vendor.Edition`: the editions of the vendor named before the dot. */
    protected editionScope(context: ReferenceInfo): Scope {
        const choose = context.container;
        if (!isChooseSetting(choose)) {
            return EMPTY_SCOPE;
        }
        const vendor = choose.vendor?.ref;
        if (!vendor) {
            return EMPTY_SCOPE;
        }
        const editions: AstNodeDescription[] = [];
        for (const member of vendor.members) {
            if (member.$type === 'Edition' && member.name) {
                editions.push(this.descriptions.createDescription(member, member.name));
            }
        }
        return new MapScope(editions);
    }
}
