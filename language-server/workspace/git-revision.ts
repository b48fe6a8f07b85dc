import { execFile } from 'node:child_process';
import { relative, sep } from 'node:path';
import { decodePlanText, type PlanSource } from './plan-source.js';

/** Plans as they are at one git revision, with the repository they belong to. */
export interface RevisionSource extends PlanSource {
    /** The repository's top folder. */
    readonly top: string;
    /** Every `.crmplan` file at the revision (build output and hidden folders left out), as absolute paths, sorted. */
    planFiles(): Promise<string[]>;
}

export type RevisionProblem = 'not-a-repository' | 'unknown-revision';

/**
 * A source for `revision` in the repository holding `folder`, or why there
 * is none. `crmplan diff --git` and the editor's "Compare with Git HEAD" read
 * a plan's base with its imports as they were through it, so the base is
 * never a mix of old and new files.
 */
export async function openRevision(folder: string, revision: string): Promise<RevisionSource | RevisionProblem> {
    let top: string;
    try {
        top = (await git(['rev-parse', '--show-toplevel'], folder)).toString('utf8').trim();
    } catch {
        return 'not-a-repository';
    }
    try {
        await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], top);
    } catch {
        return 'unknown-revision';
    }
    return {
        top,
        async read(absolutePath) {
            const path = relative(top, absolutePath).split(sep).join('/');
            if (path.startsWith('../')) {
                return { problem: 'missing' };
            }
            let bytes: Buffer;
            try {
                bytes = await git(['show', `${revision}:${path}`], top);
            } catch {
                return { problem: 'missing' };
            }
            return decodePlanText(bytes);
        },
        async planFiles() {
            const listing = (await git(['ls-tree', '-r', '-z', '--name-only', revision], top)).toString('utf8');
            return listing.split('\0')
                .filter(path => path.toLowerCase().endsWith('.crmplan') && !inSkippedFolder(path))
                .map(path => `${top}${sep}${path.split('/').join(sep)}`)
                .sort();
        }
    };
}

/** Build output, dependencies and hidden folders hold no team plans (as in a folder search). */
export function inSkippedFolder(path: string): boolean {
    return path.split(/[\\/]/).slice(0, -1).some(part => part.startsWith('.') || part === 'node_modules' || part === 'out' || part === 'dist');
}

function git(args: readonly string[], cwd: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
            if (error) {
                reject(error);
            } else {
                resolve(stdout);
            }
        });
    });
}
