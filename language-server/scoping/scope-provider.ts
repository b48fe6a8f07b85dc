import type { AstNodeDescription, AstReflection, IndexManager, ReferenceInfo, Scope, ScopeProvider, Stream } from 'langium';
import { AstUtils, EMPTY_SCOPE, EMPTY_STREAM, MapScope, stream, WorkspaceCache } from 'langium';
import type { AstNodeDescriptionProvider } from 'langium';
import { isChooseSetting, isCoverageOverride, isScaleOverride, isVendor } from '../generated/ast.js';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import type { ImportResolver } from '../workspace/import-resolver.js';

/**
 * File-based scoping: a reference sees the declarations of its own file and
 * of the files it imports, transitively, and nothing else, so one folder can
 * hold many plans whose names repeat.
 *
 * Lookups go through one map per kind for the whole workspace, built once
 * per workspace state, filtered by the document's import closure: the
 * default scope chain is linear per lookup, which makes linking quadratic on
 * large plans, and a map per document is quadratic in a chain of catalogues
 * (each file's map repeats the declarations of every file below it).
 */
export class CrmPlanScopeProvider implements ScopeProvider {

    protected readonly reflection: AstReflection;
    protected readonly indexManager: IndexManager;
    protected readonly descriptions: AstNodeDescriptionProvider;
    protected readonly imports: ImportResolver;
    protected readonly scopes: WorkspaceCache<string, Scope>;
    /** Per kind: every exported declaration by name, in index order. */
    protected readonly names: WorkspaceCache<string, ReadonlyMap<string, readonly AstNodeDescription[]>>;

    constructor(services: CrmPlanCoreServices) {
        this.reflection = services.shared.AstReflection;
        this.indexManager = services.shared.workspace.IndexManager;
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.imports = services.workspace.ImportResolver;
        this.scopes = new WorkspaceCache(services.shared);
        this.names = new WorkspaceCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        if ((isChooseSetting(context.container) || isScaleOverride(context.container) || isCoverageOverride(context.container)) && context.property === 'edition') {
            return this.editionScope(context);
        }
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        const key = `${document.uri.toString()}\u0000${referenceType}`;
        return this.scopes.get(key, () => {
            const uris = this.imports.closure(document);
            return new ClosureScope(this.namesOf(referenceType), uris, () => new MapScope(this.indexManager.allElements(referenceType, new Set(uris))));
        });
    }

    /** Every exported declaration of `type` in the workspace, by name, in index order. */
    protected namesOf(type: string): ReadonlyMap<string, readonly AstNodeDescription[]> {
        return this.names.get(type, () => {
            const byName = new Map<string, AstNodeDescription[]>();
            for (const description of this.indexManager.allElements(type)) {
                const list = byName.get(description.name);
                if (list) {
                    list.push(description);
                } else {
                    byName.set(description.name, [description]);
                }
            }
            return byName;
        });
    }

    /** `choose Vendor.Edition`, a scenario's `Vendor.Edition.licence` and `covers Vendor.Edition ...`: the editions of the vendor named before the dot. */
    protected editionScope(context: ReferenceInfo): Scope {
        const container = context.container;
        const named = isChooseSetting(container) || isCoverageOverride(container) ? container.vendor?.ref
            : isScaleOverride(container) ? container.item?.ref : undefined;
        const vendor = isVendor(named) ? named : undefined;
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

/**
 * The declarations of a kind seen from one document: those of the
 * workspace-wide map that lie in the document's import closure. It answers
 * as a `MapScope` over the closure's declarations in index order would: of
 * several with one name, the last. Completion, which lists everything, gets
 * that `MapScope` itself, built on first use.
 */
class ClosureScope implements Scope {

    private all: Scope | undefined;

    constructor(
        private readonly byName: ReadonlyMap<string, readonly AstNodeDescription[]>,
        private readonly uris: ReadonlySet<string>,
        private readonly allScope: () => Scope
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        const candidates = this.byName.get(name);
        if (candidates) {
            for (let i = candidates.length - 1; i >= 0; i--) {
                if (this.uris.has(candidates[i].documentUri.toString())) {
                    return candidates[i];
                }
            }
        }
        return undefined;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return element ? stream([element]) : EMPTY_STREAM;
    }

    getAllElements(): Stream<AstNodeDescription> {
        this.all ??= this.allScope();
        return this.all.getAllElements();
    }
}
