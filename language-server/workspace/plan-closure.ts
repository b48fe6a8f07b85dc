import type { LangiumDocument, LangiumDocuments } from 'langium';
import { URI, WorkspaceCache } from 'langium';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import type { Document } from '../generated/ast.js';
import { collectDeclarations, type Declarations } from '../model/declarations.js';
import type { ImportResolver } from './import-resolver.js';

export type { Declarations } from '../model/declarations.js';

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
        const declarations = collectDeclarations(documents.map(member => member.parseResult.value));
        return { documents, declarations };
    }
}
