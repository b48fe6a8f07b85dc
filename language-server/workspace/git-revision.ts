import { execFile } from 'node:child_process';
import { dirname, relative, sep } from 'node:path';

/** Reads files as they are at one git revision. */
export interface RevisionReader {
    /** The file's text at the revision; undefined when it did not exist then or is not text. */
    read(absolutePath: string): Promise<string | undefined>;
}

/**
 * A reader for `revision` in the repository holding `file`, or undefined
 * when the file is not in a git repository, git is missing or the revision
 * is unknown. The language server uses it to evaluate the base of a diff
 * with its imports as they were, like `crmplan diff --git`.
 */
export async function revisionReader(file: string, revision: string): Promise<RevisionReader | undefined> {
    let top: string;
    try {
        top = (await git(['rev-parse', '--show-toplevel'], dirname(file))).toString('utf8').trim();
        await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], top);
    } catch {
        return undefined;
    }
    return {
        async read(absolutePath: string): Promise<string | undefined> {
            const path = relative(top, absolutePath).split(sep).join('/');
            try {
                const bytes = await git(['show', `${revision}:${path}`], top);
                // Plans are UTF-8 text without NUL bytes; anything else did not exist as a plan then.
                return bytes.includes(0) ? undefined : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
            } catch {
                return undefined;
            }
        }
    };
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
