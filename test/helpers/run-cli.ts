import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/crmplan.cjs', import.meta.url));

export interface CliResult {
    readonly status: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** Runs the bundled `crmplan` CLI as a process, as a user or CI would. */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
    const result = spawnSync(process.execPath, [CLI, ...args], {
        cwd: options.cwd,
        input: options.input,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', ...options.env }
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
