import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { STARTER_PLAN } from '../starter/starter-plan.js';
import { ExitCode, UsageError } from '../usage-error.js';
import { writeOutputFile } from '../write-output.js';

/**
 * `crmplan init [dir]`: writes a commented starter plan, `plan.crmplan`,
 * into `dir` (created if missing). Never overwrites an existing file.
 */
export function initCommand(folder: string | undefined, cwd = process.cwd()): number {
    const target = resolve(cwd, folder ?? '.');
    if (existsSync(target) && !statSync(target).isDirectory()) {
        throw new UsageError({ kind: 'initTargetIsFile', path: folder ?? '.' });
    }
    const file = join(target, 'plan.crmplan');
    if (existsSync(file)) {
        throw new UsageError({ kind: 'initFileExists', path: relative(cwd, file) || file });
    }
    mkdirSync(target, { recursive: true });
    writeOutputFile(file, STARTER_PLAN, cwd);
    process.stdout.write(`Wrote ${relative(cwd, file) || file}. Next: crmplan check ${relative(cwd, file) || file}\n`);
    return ExitCode.ok;
}
