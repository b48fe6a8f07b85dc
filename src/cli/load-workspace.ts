import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createCrmPlanCoreServices, type CrmPlanCoreServices } from '../../language-server/crmplan-core-module.js';
import type { Document } from '../../language-server/generated/ast.js';
import type { CrmPlanIndexManager } from '../../language-server/workspace/index-manager.js';
import { loadPlans, type UnreadableFile } from '../../language-server/workspace/plan-loader.js';
import { decodePlanText, diskSource, withTexts, type PlanSource } from '../../language-server/workspace/plan-source.js';
import type { ForeignEncoding } from '../../language-server/workspace/text-encoding.js';
import type { GivenFile } from './find-plans.js';
import { UsageError, type UsageProblem } from './usage-error.js';

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
    /** Files found in a folder that are not UTF-8 text: reported on, while the others are checked. */
    readonly notText: readonly NotTextFile[];
}

export interface NotTextFile {
    readonly shownPath: string;
    readonly encoding: ForeignEncoding;
}

/** Where the CLI reads plans from, and how it names that place in messages. */
export interface CliSource {
    readonly source: PlanSource;
    /** The git revision (`origin/main`) when reading one; nothing for the disk. */
    readonly revision?: string;
}

/**
 * Loads the given files with the plan loader (imports followed, everything
 * parsed, linked and validated as one workspace): the same services the
 * language server uses, so a plan that checks clean in the editor checks
 * clean in CI. A given file that cannot be read is a usage problem.
 */
export async function loadWorkspace(given: readonly GivenFile[], cwd: string, from?: CliSource): Promise<LoadedWorkspace>;
/** The same with other services: `crmplan fmt` needs the editor's formatter. */
export async function loadWorkspace<S extends CrmPlanCoreServices>(given: readonly GivenFile[], cwd: string, from: CliSource | undefined, services: S): Promise<LoadedWorkspace<S>>;
export async function loadWorkspace(
    given: readonly GivenFile[], cwd: string, from: CliSource = { source: diskSource },
    // Without the editor's features: the commands that only check, evaluate and report start faster.
    services: CrmPlanCoreServices = createCrmPlanCoreServices({ ...NodeFileSystem }, { anyFileIsAPlan: true }).CrmPlan
): Promise<LoadedWorkspace> {
    // One build, no editor: nobody asks who refers to what.
    (services.shared.workspace.IndexManager as CrmPlanIndexManager).indexReferences = false;
    const stdin = given.find(file => file.stdin);
    const source = stdin ? withTexts(new Map([[stdin.absolutePath, readStdin()]]), from.source) : from.source;
    const loaded = await loadPlans(services.shared, given.map(file => file.absolutePath), source);
    const shownPaths = new Map(given.map(file => [file.absolutePath, file.shownPath]));
    const inFolder = new Set(given.filter(file => file.inFolder).map(file => file.absolutePath));
    // A file a folder search found that is not text is one problem among the others; a file named is a usage problem.
    const notText = loaded.unreadable.filter(file => file.problem === 'not-text' && inFolder.has(file.absolutePath) && from.revision === undefined);
    const fatal = loaded.unreadable.filter(file => !notText.includes(file));
    if (fatal.length > 0) {
        throw new UsageError(unreadableProblem(fatal[0]!, given, from.revision));
    }
    const files = loaded.files.map(({ document, given: isGiven }) => {
        const path = document.uri.fsPath;
        return { document, given: isGiven, shownPath: shownPaths.get(path) ?? (relative(cwd, path) || path) };
    });
    return {
        services, files,
        notText: notText.map(file => ({ shownPath: shownPaths.get(file.absolutePath) ?? file.absolutePath, encoding: file.encoding ?? 'unknown' }))
    };
}

function unreadableProblem(file: UnreadableFile, given: readonly GivenFile[], revision: string | undefined): UsageProblem {
    const path = given.find(g => g.absolutePath === file.absolutePath)?.shownPath ?? file.absolutePath;
    if (revision !== undefined) {
        return file.problem === 'not-text' ? { kind: 'notTextAtRevision', path, revision } : { kind: 'missingAtRevision', path, revision };
    }
    switch (file.problem) {
        case 'missing': return { kind: 'missingFile', path };
        case 'folder': return { kind: 'isFolder', path };
        case 'not-text': return file.encoding && file.encoding !== 'binary' && file.encoding !== 'unknown'
            ? { kind: 'notUtf8', path, encoding: file.encoding }
            : { kind: 'notText', path };
        default: return { kind: 'cannotRead', path };
    }
}

/** Standard input as plan text (`crmplan check -`), read once. */
function readStdin(): string {
    let bytes: Buffer;
    try {
        bytes = readFileSync(0);
    } catch {
        throw new UsageError({ kind: 'stdinUnreadable' });
    }
    const read = decodePlanText(bytes);
    if (!('text' in read)) {
        throw new UsageError({ kind: 'stdinNotUtf8' });
    }
    return read.text;
}
