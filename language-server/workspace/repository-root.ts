import { existsSync } from 'node:fs';
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

/** Whether `file` lies inside `folder` (or is in it). */
export function isInside(folder: string, file: string): boolean {
    const prefix = folder.endsWith('/') ? folder : folder + '/';
    return file.startsWith(prefix);
}
