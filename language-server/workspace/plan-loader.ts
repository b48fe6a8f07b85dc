import { dirname, resolve } from 'node:path';
import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { URI } from 'langium';
import type { Document } from '../generated/ast.js';
import type { PlanSource } from './plan-source.js';
import type { ForeignEncoding } from './text-encoding.js';
import { isInside, repositoryRoot } from './repository-root.js';

/** A file the loader could not read, in the order the caller gave it. */
export interface UnreadableFile {
    readonly absolutePath: string;
    readonly problem: 'missing' | 'folder' | 'unreadable' | 'not-text';
    /** For a file that is not UTF-8 text: what it most likely is. */
    readonly encoding?: ForeignEncoding;
}

export interface LoadedFile {
    readonly document: LangiumDocument<Document>;
    /** Whether the caller named this file, rather than it being imported. */
    readonly given: boolean;
}

export interface LoadedPlans {
    /** Each given file in the order given, followed by the files it imports (depth first) that came before in no other. */
    readonly files: readonly LoadedFile[];
    /** Given files that could not be read; imports that cannot be read are left to the validator. */
    readonly unreadable: readonly UnreadableFile[];
}

/**
 * The one way a plan is loaded: the given files and, transitively, the files
 * they import that stay inside the repository (a symbolic link leading out
 * of it is not followed), read through one source, added to the services'
 * workspace, then parsed, linked and validated together. The CLI, the
 * server's diff of a base version and the editor's comparison with git HEAD
 * all load through it, so a plan means the same wherever it is read.
 */
export async function loadPlans(shared: LangiumSharedCoreServices, given: readonly string[], source: PlanSource): Promise<LoadedPlans> {
    const files: LoadedFile[] = [];
    const unreadable: UnreadableFile[] = [];
    const seen = new Set<string>();

    const load = async (absolutePath: string, isGiven: boolean): Promise<void> => {
        if (seen.has(absolutePath)) {
            return;
        }
        seen.add(absolutePath);
        const read = await source.read(absolutePath);
        if ('problem' in read) {
            if (isGiven) {
                unreadable.push({ absolutePath, problem: read.problem, ...(read.problem === 'not-text' ? { encoding: read.encoding } : {}) });
            }
            return; // an import that cannot be read: the validator reports it
        }
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(read.text, URI.file(absolutePath));
        shared.workspace.LangiumDocuments.addDocument(document);
        files.push({ document, given: isGiven });
        const root = repositoryRoot(absolutePath);
        for (const statement of document.parseResult.value.imports ?? []) {
            if (statement.path) {
                const target = resolve(dirname(absolutePath), statement.path);
                if (isInside(root, target) && !seen.has(target) && await staysInside(source, root, target)) {
                    await load(target, false);
                }
            }
        }
    };

    for (const file of given) {
        await load(file, true);
    }
    await shared.workspace.DocumentBuilder.build(files.map(file => file.document), { validation: true });
    return { files, unreadable };
}

/**
 * Whether `target` is inside `root` once symbolic links are resolved: a link
 * in the repository to a file outside it is not followed (the validator then
 * reports the import as missing, in the CLI and the editor alike).
 */
async function staysInside(source: PlanSource, root: string, target: string): Promise<boolean> {
    if (!source.realPath) {
        return true;
    }
    const [realRoot, realTarget] = await Promise.all([source.realPath(root), source.realPath(target)]);
    return realRoot === undefined || realTarget === undefined || isInside(realRoot, realTarget);
}
