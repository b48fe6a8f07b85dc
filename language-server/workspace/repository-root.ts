import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const cache = new Map<string, string>();

/**
 * The repository an import must stay inside: the nearest folder above `file`
 * that holds `.git`, else the file's own folder.
 */
export function repositoryRoot(file: string): string {
    const start = dirname(file);
    const cached = cache.get(start);
    if (cached) {
        return cached;
    }
    let folder = start;
    let root = start;
    for (;;) {
        if (existsSync(join(folder, '.git'))) {
            root = folder;
            break;
        }
        const parent = dirname(folder);
        if (parent === folder) {
            break;
        }
        folder = parent;
    }
    cache.set(start, root);
    return root;
}

/** Whether `file` lies inside `folder` (or is in it). */
export function isInside(folder: string, file: string): boolean {
    const prefix = folder.endsWith('/') ? folder : folder + '/';
    return file.startsWith(prefix);
}
