import { readFileSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCrmPlanCoreServices, type CrmPlanCoreServices } from '../../language-server/crmplan-core-module.js';
import type { CrmPlanIndexManager } from '../../language-server/workspace/index-manager.js';
import type { Document } from '../../language-server/generated/ast.js';
import { isInside, repositoryRoot } from '../../language-server/workspace/repository-root.js';
import type { GivenFile } from './find-plans.js';
import { UsageError } from './usage-error.js';

export interface LoadedFile {
    /** The path as given on the command line, or relative to the working folder for imports. */
    readonly shownPath: string;
    readonly document: LangiumDocument<Document>;
    /** Whether the user named this file (or its folder), rather than it being imported. */
    readonly given: boolean;
}

export interface LoadedWorkspace<S extends CrmPlanCoreServices = CrmPlanCoreServices> {
    readonly services: S;
    readonly files: readonly LoadedFile[];
}

/**
 * Loads the given files and, transitively, the files they import into one
 * Langium workspace, then parses, links and validates them all: the same
 * services the language server uses, so a plan that checks clean in the
 * editor checks clean in CI.
 */
export async function loadWorkspace(given: readonly GivenFile[], cwd: string, source?: PlanSource): Promise<LoadedWorkspace>;
/** The same with other services: `crmplan fmt` needs the editor's formatter. */
export async function loadWorkspace<S extends CrmPlanCoreServices>(given: readonly GivenFile[], cwd: string, source: PlanSource, services: S): Promise<LoadedWorkspace<S>>;
export async function loadWorkspace(
    given: readonly GivenFile[], cwd: string, source: PlanSource = diskSource,
    // Without the editor's features: the commands that only check, evaluate and report start faster.
    services: CrmPlanCoreServices = createCrmPlanCoreServices({ ...NodeFileSystem }).CrmPlan
): Promise<LoadedWorkspace> {
    const shared = services.shared;
    // One build, no editor: nobody asks who refers to what.
    (shared.workspace.IndexManager as CrmPlanIndexManager).indexReferences = false;
    const files: LoadedFile[] = [];
    const loaded = new Set<string>();

    const load = (absolutePath: string, shownPath: string, isGiven: boolean, givenText?: string): void => {
        if (loaded.has(absolutePath)) {
            return;
        }
        loaded.add(absolutePath);
        const text = givenText ?? source.read(absolutePath, shownPath);
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file(absolutePath));
        shared.workspace.LangiumDocuments.addDocument(document);
        files.push({ shownPath, document, given: isGiven });
        // Follow imports that stay inside the repository; the validator reports the others.
        const root = repositoryRoot(absolutePath);
        for (const statement of document.parseResult.value.imports ?? []) {
            if (!statement.path) {
                continue;
            }
            const target = resolve(dirname(absolutePath), statement.path);
            if (isInside(root, target) && !loaded.has(target) && (source !== diskSource || staysInside(root, target)) && source.canRead(target)) {
                load(target, relative(cwd, target) || target, false);
            }
        }
    };

    for (const file of given) {
        load(file.absolutePath, file.shownPath, true, file.stdin ? readStdin() : undefined);
    }
    await shared.workspace.DocumentBuilder.build(files.map(file => file.document), { validation: true });
    return { services, files };
}

/**
 * Whether `target` is inside `root` once symbolic links are resolved: a link
 * in the repository to a file outside it is not followed (the language
 * server does not load it either, so both report the import as missing).
 */
function staysInside(root: string, target: string): boolean {
    try {
        return isInside(realpathSync(root), realpathSync(target));
    } catch {
        // Missing: `canRead` says no.
        return true;
    }
}

/** Where plan files are read from: the disk, or a git revision for `crmplan diff --git`. */
export interface PlanSource {
    /** The file's text; throws a UsageError when it cannot be read as text. */
    read(absolutePath: string, shownPath: string): string;
    /** Whether an imported file can be read (the validator reports those that cannot). */
    canRead(absolutePath: string): boolean;
}

export const diskSource: PlanSource = {
    read: readText,
    canRead: isReadableText
};

/** Reads a plan as UTF-8 text; anything else is a usage problem with a one-line message. */
function readText(absolutePath: string, shownPath: string): string {
    let bytes: Buffer;
    try {
        bytes = readFileSync(absolutePath);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(`${shownPath}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : 'cannot read this file'}`);
    }
    const text = decodeText(bytes);
    if (text === undefined) {
        throw new UsageError(`${shownPath}: not a text file (a plan must be UTF-8 text)`);
    }
    return text;
}

function isReadableText(absolutePath: string): boolean {
    try {
        return decodeText(readFileSync(absolutePath)) !== undefined;
    } catch {
        return false;
    }
}

/** Standard input as plan text (`crmplan check -`), read once. */
function readStdin(): string {
    let bytes: Buffer;
    try {
        bytes = readFileSync(0);
    } catch {
        throw new UsageError('-: cannot read standard input');
    }
    const text = decodeText(bytes);
    if (text === undefined) {
        throw new UsageError('-: standard input is not UTF-8 text');
    }
    return text;
}

/** UTF-8 text without NUL bytes, or undefined. */
export function decodeText(bytes: Buffer): string | undefined {
    if (bytes.includes(0)) {
        return undefined;
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        return undefined;
    }
}
