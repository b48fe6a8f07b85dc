import { existsSync } from 'node:fs';
import * as nodePath from 'node:path';
import { dirname, join } from 'node:path';

/**
 * The repository an import must stay inside: the nearest folder above `file`
 * that holds `.git`, else the file's own folder. Not cached here: a `.git`
 * folder can appear or go while a server runs; `ImportResolver` keeps the
 * answer for one workspace state.
 */
export function repositoryRoot(file: string): string {
    const start = dirname(file);
    for (let folder = start; ; folder = dirname(folder)) {
        if (existsSync(join(folder, '.git'))) {
            return folder;
        }
        if (dirname(folder) === folder) {
            return start;
        }
    }
}

/**
 * Whether `file` lies inside `folder` (or is in it). By `path.relative`, so
 * Windows paths (other drive, backslashes, letter case of the drive) work.
 */
export function isInside(folder: string, file: string, paths: Pick<typeof nodePath, 'relative' | 'isAbsolute'> = nodePath): boolean {
    const path = paths.relative(folder, file);
    return path !== '' && !path.startsWith('..') && !paths.isAbsolute(path);
}
