import { execFileSync } from 'node:child_process';
import { dirname, relative } from 'node:path';
import { decodeText, type PlanSource } from './load-workspace.js';
import { UsageError } from './usage-error.js';

/**
 * Reads plan files as they are at a git revision (`crmplan diff --git HEAD
 * plan.crmplan`), imports included, so the base side of a diff is the plan
 * as it was, not a mix of old and new files.
 */
export function gitSource(ref: string, file: string): PlanSource {
    const folder = dirname(file);
    let top: string;
    try {
        top = git(['rev-parse', '--show-toplevel'], folder).toString('utf8').trim();
    } catch {
        throw new UsageError(`${file}: not inside a git repository`);
    }
    try {
        git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top);
    } catch {
        throw new UsageError(`unknown git revision '${ref}'`);
    }
    const show = (absolutePath: string): Buffer => git(['show', `${ref}:${relative(top, absolutePath).split('\\').join('/')}`], top);
    return {
        read(absolutePath: string, shownPath: string): string {
            let bytes: Buffer;
            try {
                bytes = show(absolutePath);
            } catch {
                throw new UsageError(`${shownPath}: does not exist at ${ref}`);
            }
            const text = decodeText(bytes);
            if (text === undefined) {
                throw new UsageError(`${shownPath}: not a text file at ${ref}`);
            }
            return text;
        },
        canRead(absolutePath: string): boolean {
            try {
                return decodeText(show(absolutePath)) !== undefined;
            } catch {
                return false;
            }
        }
    };
}

function git(args: readonly string[], cwd: string): Buffer {
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}
