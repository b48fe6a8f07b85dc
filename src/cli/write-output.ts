import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { LoadedWorkspace } from './load-workspace.js';
import { UsageError } from './usage-error.js';

/**
 * Writes `content` (text as UTF-8, or bytes) to `target` (resolved against `cwd`) all at once: into a
 * new temporary file beside it, then renamed over it, so a failure never
 * leaves a half-written file, and nothing but `target` is ever replaced.
 *
 * Refuses, with a one-line `UsageError` (exit 2), a target whose folder does
 * not exist (no folder is created), a target that is a folder, and any target
 * in `protectedPaths` (the plan files a report was made from).
 */
export function writeOutputFile(target: string, content: string | Uint8Array, cwd: string, protectedPaths: readonly string[] = []): void {
    checkOutputTarget(target, cwd);
    const absolute = resolve(cwd, target);
    const folder = dirname(absolute);
    if (protectedPaths.some(path => resolve(cwd, path) === absolute)) {
        throw new UsageError({ kind: 'outputIsPlanFile', path: target });
    }
    // `wx` creates the temporary file and fails if anything has that name, so no other file is touched.
    const temporary = join(folder, `.${basename(absolute)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    let descriptor: number | undefined;
    try {
        descriptor = openSync(temporary, 'wx', 0o666);
        const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
        for (let written = 0; written < bytes.length;) {
            written += writeSync(descriptor, bytes, written, bytes.length - written);
        }
        fsyncSync(descriptor);
        closeSync(descriptor);
        descriptor = undefined;
        renameSync(temporary, absolute);
    } catch (error) {
        if (descriptor !== undefined) {
            try { closeSync(descriptor); } catch { /* already failing; report the first error */ }
        }
        try { unlinkSync(temporary); } catch { /* never created, or already renamed */ }
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        throw new UsageError({ kind: 'cannotWrite', path: target, code });
    }
}

/**
 * A command's output made from a loaded plan: into the `-o` file (never one
 * of the plan's own files) when `target` is given, else to stdout.
 */
export function writeCommandOutput(target: string | undefined, content: string | Uint8Array, cwd: string, workspace: LoadedWorkspace): void {
    if (target === undefined) {
        process.stdout.write(content);
        return;
    }
    writeOutputFile(target, content, cwd, workspace.files.map(f => f.document.uri.fsPath));
}

/**
 * Refuses (`UsageError`, exit 2) an output path whose folder does not exist
 * or that is itself a folder; commands call it before any work, so a typo in
 * `-o` fails fast.
 */
export function checkOutputTarget(target: string, cwd: string): void {
    const absolute = resolve(cwd, target);
    if (!isFolder(dirname(absolute))) {
        throw new UsageError({ kind: 'outputFolderMissing', path: target, folder: dirname(target) });
    }
    if (isFolder(absolute)) {
        throw new UsageError({ kind: 'outputIsFolder', path: target });
    }
}

function isFolder(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}
