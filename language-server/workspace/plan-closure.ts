import type { LangiumDocument, LangiumDocuments } from 'langium';
import { URI, WorkspaceCache } from 'langium';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import type {
    Benefit, Cost, Criterion, Department, Document, Goal, Guardrail, Kpi, Phase, Plan, Rate, Requirement, Scenario, Vendor
} from '../generated/ast.js';
import type { ImportResolver } from './import-resolver.js';

/** Every declaration a file sees: its own, then those of its imports, transitively. */
export interface Declarations {
    /** The document the closure was taken from. */
    readonly document: LangiumDocument<Document>;
    readonly plans: readonly Plan[];
    readonly rates: readonly Rate[];
    readonly goals: readonly Goal[];
    readonly departments: readonly Department[];
    readonly requirements: readonly Requirement[];
    readonly criteria: readonly Criterion[];
    readonly vendors: readonly Vendor[];
    readonly costs: readonly Cost[];
    readonly benefits: readonly Benefit[];
    readonly phases: readonly Phase[];
    readonly kpis: readonly Kpi[];
    readonly scenarios: readonly Scenario[];
    /** `require` and `expect` rules, from the file and the files it imports. */
    readonly guardrails: readonly Guardrail[];
}

/**
 * Collects the declarations of a document and its import closure, in a
 * stable order (the document first, then its imports as resolved), once per
 * workspace state.
 */
export class PlanClosure {

    protected readonly imports: ImportResolver;
    protected readonly documents: LangiumDocuments;
    protected readonly cache: WorkspaceCache<string, Declarations>;

    constructor(services: CrmPlanCoreServices) {
        this.imports = services.workspace.ImportResolver;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(services.shared);
    }

    declarations(document: LangiumDocument): Declarations {
        return this.cache.get(document.uri.toString(), () => {
            const roots: Document[] = [];
            for (const uri of this.imports.closure(document)) {
                const member = this.documents.getDocument(URI.parse(uri));
                if (member) {
                    roots.push(member.parseResult.value as Document);
                }
            }
            const all = <K extends keyof Document>(key: K) => roots.flatMap(root => (root[key] ?? []) as Document[K] & unknown[]);
            return {
                document: document as LangiumDocument<Document>,
                plans: all('plans') as Plan[],
                rates: all('rates') as Rate[],
                goals: all('goals') as Goal[],
                departments: all('departments') as Department[],
                requirements: all('requirements') as Requirement[],
                criteria: all('criteria') as Criterion[],
                vendors: all('vendors') as Vendor[],
                costs: all('costs') as Cost[],
                benefits: all('benefits') as Benefit[],
                phases: all('phases') as Phase[],
                kpis: all('kpis') as Kpi[],
                scenarios: all('scenarios') as Scenario[],
                guardrails: all('guardrails') as Guardrail[]
            };
        });
    }
}
