import type { LangiumDocument, LangiumDocuments } from 'langium';
import { URI, UriUtils, WorkspaceCache } from 'langium';
import type { LangiumSharedCoreServices as LangiumSharedServices } from 'langium';
import type { Document, Import } from '../generated/ast.js';
import { isInside, repositoryRoot } from './repository-root.js';

/** Where an `import` leads. */
export type ImportTarget =
    | { readonly status: 'ok'; readonly uri: URI; readonly document: LangiumDocument<Document> }
    /** A file with a `plan` header: plans are not imported, so nothing of it is in scope. */
    | { readonly status: 'plan'; readonly uri: URI; readonly document: LangiumDocument<Document> }
    | { readonly status: 'missing'; readonly uri: URI }
    | { readonly status: 'outside'; readonly uri: URI; readonly root: string }
    | { readonly status: 'invalid' };

/**
 * Resolves `import "path"` statements and the transitive import closure of a
 * document. Names resolve within a file and the files it imports, and
 * nowhere else, so this closure is the scope of every reference.
 */
export class ImportResolver {

    protected readonly documents: LangiumDocuments;
    /** Closure per document URI, dropped whenever any document changes. */
    protected readonly closures: WorkspaceCache<string, ReadonlySet<string>>;
    /** Repository root per file, dropped with the closures (a `.git` folder may appear or go meanwhile). */
    protected readonly roots: WorkspaceCache<string, string>;

    constructor(shared: LangiumSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.closures = new WorkspaceCache(shared);
        this.roots = new WorkspaceCache(shared);
    }

    /** The target of one import statement of `from`. */
    resolve(from: URI, statement: Import): ImportTarget {
        const path = statement.path;
        if (!path || path.trim() === '') {
            return { status: 'invalid' };
        }
        const uri = UriUtils.resolvePath(UriUtils.dirname(from), path);
        if (from.scheme === 'file' && uri.scheme === 'file') {
            const root = this.roots.get(from.fsPath, () => repositoryRoot(from.fsPath));
            if (!isInside(root, uri.fsPath)) {
                return { status: 'outside', uri, root };
            }
        }
        const document = this.documents.getDocument(uri);
        if (!document) {
            return { status: 'missing', uri };
        }
        const target = document as LangiumDocument<Document>;
        // A plan whose imports lead back here (or this file itself) closes a cycle, and the validator calls it that.
        if ((target.parseResult.value.plans?.length ?? 0) > 0 && !this.leadsTo(target, from.toString())) {
            return { status: 'plan', uri, document: target };
        }
        return { status: 'ok', uri, document: target };
    }

    /** Whether `document` is `goal` or imports it, transitively (by the import paths alone, so without resolving). */
    protected leadsTo(document: LangiumDocument, goal: string): boolean {
        const seen = new Set<string>();
        const queue = [document];
        while (queue.length > 0) {
            const current = queue.pop()!;
            const uri = current.uri.toString();
            if (uri === goal) {
                return true;
            }
            if (seen.has(uri)) {
                continue;
            }
            seen.add(uri);
            for (const target of this.importTargets(current)) {
                const next = this.documents.getDocument(URI.parse(target));
                if (next) {
                    queue.push(next);
                }
            }
        }
        return false;
    }

    /** URIs every import statement of `document` points at, whether or not the file exists. */
    importTargets(document: LangiumDocument): string[] {
        const root = document.parseResult.value as Document;
        const from = document.uri;
        return (root.imports ?? [])
            .filter(statement => statement.path)
            .map(statement => UriUtils.resolvePath(UriUtils.dirname(from), statement.path).toString());
    }

    /** Documents imported directly by `document` that exist and stay in the repository. */
    directImports(document: LangiumDocument): LangiumDocument<Document>[] {
        const root = document.parseResult.value as Document;
        const result: LangiumDocument<Document>[] = [];
        for (const statement of root.imports ?? []) {
            const target = this.resolve(document.uri, statement);
            if (target.status === 'ok') {
                result.push(target.document);
            }
        }
        return result;
    }

    /**
     * URIs of `document` and every document it imports, transitively.
     * Cycles are followed once (the validator reports them).
     */
    closure(document: LangiumDocument): ReadonlySet<string> {
        const key = document.uri.toString();
        return this.closures.get(key, () => {
            const seen = new Set<string>([key]);
            const queue: LangiumDocument[] = [document];
            while (queue.length > 0) {
                for (const imported of this.directImports(queue.pop()!)) {
                    const uri = imported.uri.toString();
                    if (!seen.has(uri)) {
                        seen.add(uri);
                        queue.push(imported);
                    }
                }
            }
            return seen;
        });
    }

    /** An import path of `document` that leads back to it, if any: the chain of URIs. */
    findCycle(document: LangiumDocument, statement: Import): string[] | undefined {
        const target = this.resolve(document.uri, statement);
        if (target.status !== 'ok') {
            return undefined;
        }
        const goal = document.uri.toString();
        // Depth-first search for a path from the imported document back to this one.
        const visited = new Set<string>();
        const path: string[] = [];
        const search = (current: LangiumDocument): boolean => {
            const uri = current.uri.toString();
            path.push(uri);
            if (uri === goal) {
                return true;
            }
            if (!visited.has(uri)) {
                visited.add(uri);
                for (const next of this.directImports(current)) {
                    if (search(next)) {
                        return true;
                    }
                }
            }
            path.pop();
            return false;
        };
        return search(target.document) ? [goal, ...path] : undefined;
    }
}

