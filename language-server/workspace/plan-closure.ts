import type { LangiumDocument, LangiumDocuments } from 'langium';
import { URI, WorkspaceCache } from 'langium';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import type {
    Benefit, Cost, Criterion, Department, Document, Goal, Kpi, Phase, Plan, Rate, Requirement, Scenario, Vendor
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
}

/** A document and the files it imports, transitively: walked once per workspace state. */
export interface Closure {
    /** The document first, then its imports as resolved. */
    readonly documents: readonly LangiumDocument<Document>[];
    readonly declarations: Declarations;
}

/**
 * Walks the import closure of a document once per workspace state: its
 * documents and their declarations, in a stable order (the document first,
 * then its imports as resolved). The plan contexts, the evaluations and the
 * checks all read it from here.
 */
export class PlanClosure {

    protected readonly imports: ImportResolver;
    protected readonly documents: LangiumDocuments;
    protected readonly cache: WorkspaceCache<string, Closure>;

    constructor(services: CrmPlanCoreServices) {
        this.imports = services.workspace.ImportResolver;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(services.shared);
    }

    of(document: LangiumDocument): Closure {
        return this.cache.get(document.uri.toString(), () => this.compute(document as LangiumDocument<Document>));
    }

    declarations(document: LangiumDocument): Declarations {
        return this.of(document).declarations;
    }

    protected compute(document: LangiumDocument<Document>): Closure {
        const documents: LangiumDocument<Document>[] = [];
        for (const uri of this.imports.closure(document)) {
            const member = this.documents.getDocument(URI.parse(uri));
            if (member) {
                documents.push(member as LangiumDocument<Document>);
            }
        }
        const roots = documents.map(member => member.parseResult.value);
        const all = <K extends keyof Document>(key: K) => roots.flatMap(root => (root[key] ?? []) as Document[K] & unknown[]);
        const declarations: Declarations = {
            document,
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
            scenarios: all('scenarios') as Scenario[]
        };
        return { documents, declarations };
    }
}
