import { execFile } from 'node:child_process';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { messages } from './messages.js';

/** Why the file's HEAD version could not be read. */
export class GitError extends Error { }

function git(args: readonly string[], cwd: string): Promise<string> {
    return new Promise((resolve, reject) => {
        execFile('git', [...args], { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
            if (error) {
                reject(Object.assign(error, { stderr }));
            } else {
                resolve(stdout);
            }
        });
    });
}

/**
 * The file's text at Git HEAD, or `''` when the file is not in HEAD (new,
 * or a repository without commits). Throws a {@link GitError} when the file
 * is not in a Git repository or Git cannot run.
 */
export async function textAtHead(file: vscode.Uri): Promise<string> {
    const folder = path.dirname(file.fsPath);
    let top: string;
    try {
        top = (await git(['rev-parse', '--show-toplevel'], folder)).trim();
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new GitError(code === 'ENOENT' ? messages().gitFailed('git is not installed') : messages().notInGit(path.basename(file.fsPath)));
    }
    const relative = path.relative(top, file.fsPath).split(path.sep).join('/');
    try {
        await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], top);
    } catch {
        return ''; // no commit yet
    }
    try {
        await git(['cat-file', '-e', `HEAD:${relative}`], top);
    } catch {
        return ''; // not in HEAD: a new file
    }
    try {
        return await git(['show', `HEAD:${relative}`], top);
    } catch (error) {
        throw new GitError(messages().gitFailed(String((error as { stderr?: string }).stderr ?? error).trim()));
    }
}
