/**
 * Every import of the project's sources, as edges from one file to a file
 * or a package: what the layer rules (`layers.ts`) are checked against.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Where an import leads: a source file of the project (path from the root, `/`-separated) or a package. */
export type ImportTarget =
    | { readonly kind: 'file'; readonly path: string }
    | { readonly kind: 'package'; readonly name: string };

export interface ImportEdge {
    /** The importing file, from the root, `/`-separated. */
    readonly from: string;
    /** The specifier as written. */
    readonly specifier: string;
    readonly to: ImportTarget;
}

/** The `.ts` files under `folders` (relative to `root`), generated code included. */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
    const files: string[] = [];
    const walk = (folder: string) => {
        for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
            const path = posix.join(folder, entry.name);
            if (entry.isDirectory()) {
                walk(path);
            } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
                files.push(path);
            }
        }
    };
    folders.forEach(walk);
    return files.sort();
}

/** Static imports, re-exports and dynamic `import()` of one file's text. */
export function importsOf(file: string, text: string): ImportEdge[] {
    const { importedFiles } = ts.preProcessFile(text, true, true);
    return importedFiles.map(({ fileName }) => ({ from: file, specifier: fileName, to: targetOf(file, fileName) }));
}

/** Every import of the `.ts` files under `folders`. */
export function importGraph(root: string, folders: readonly string[]): ImportEdge[] {
    return sourceFiles(root, folders).flatMap(file => importsOf(file, readFileSync(join(root, file), 'utf8')));
}

function targetOf(from: string, specifier: string): ImportTarget {
    if (!specifier.startsWith('.')) {
        return { kind: 'package', name: specifier };
    }
    const resolved = posix.normalize(posix.join(posix.dirname(from), specifier));
    // Sources import each other as `.js` (NodeNext resolution); JSON stays as it is.
    return { kind: 'file', path: resolved.replace(/\.js$/, '.ts') };
}

/** The repository's root folder. */
export const PROJECT_ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
