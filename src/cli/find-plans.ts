import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/** A file to load, with the path the way the user wrote it (for messages). */
export interface GivenFile {
    readonly shownPath: string;
    readonly absolutePath: string;
    /** `-`: the plan comes from standard input; imports resolve from the working folder. */
    readonly stdin?: boolean;
    /** Found by searching a folder, rather than named. */
    readonly inFolder?: boolean;
}

/** The name standard input goes by in messages. */
export const STDIN_NAME = '<stdin>';

const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist']);

/**
 * Expands the command line's paths: files stay as given and are read as
 * plans whatever their extension; folders are searched (recursively,
 * skipping hidden folders and build output) for `*.crmplan` files, in any
 * letter case, in a stable order.
 */
export function findPlans(paths: readonly string[], cwd: string): GivenFile[] {
    const result: GivenFile[] = [];
    const seen = new Set<string>();
    const add = (file: GivenFile) => {
        if (!seen.has(file.absolutePath)) {
            seen.add(file.absolutePath);
            result.push(file);
        }
    };
    for (const given of paths) {
        if (given === '-') {
            if (result.some(file => file.stdin)) {
                throw new UsageError({ kind: 'stdinTwice' });
            }
            result.push({ shownPath: STDIN_NAME, absolutePath: resolve(cwd, `${STDIN_NAME}.crmplan`), stdin: true });
            continue;
        }
        const absolute = resolve(cwd, given);
        let stats;
        try {
            stats = statSync(absolute);
        } catch {
            throw new UsageError({ kind: 'noSuchPath', path: given });
        }
        if (stats.isDirectory()) {
            const found = searchFolder(absolute, given);
            if (found.length === 0) {
                throw new UsageError({ kind: 'noPlansInFolder', path: given });
            }
            found.forEach(add);
        } else {
            add({ shownPath: given, absolutePath: absolute });
        }
    }
    return result;
}

/** Every `*.crmplan` file below `folder` (none is not an error here), shown relative to `cwd`. */
export function findPlansIn(folder: string, cwd: string): GivenFile[] {
    return searchFolder(folder, relative(cwd, folder) || '.');
}

function searchFolder(folder: string, shown: string): GivenFile[] {
    const files: GivenFile[] = [];
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch {
        throw new UsageError({ kind: 'cannotReadFolder', path: shown });
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const absolutePath = join(folder, entry.name);
        const shownPath = shown === '.' ? entry.name : join(shown, entry.name);
        if (entry.isDirectory()) {
            if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) {
                files.push(...searchFolder(absolutePath, shownPath));
            }
        } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.crmplan')) {
            files.push({ shownPath, absolutePath, inFolder: true });
        }
    }
    return files;
}
