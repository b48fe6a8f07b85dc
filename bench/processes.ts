/**
 * Timing whole processes: wall time always, and CPU time and peak memory
 * from GNU time when `/usr/bin/time` exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface ProcessRun {
    readonly wallMs: number;
    /** User + system CPU time, when GNU time is available. */
    readonly cpuMs?: number;
    /** Peak resident set size in bytes, when GNU time is available. */
    readonly maxRss?: number;
    readonly status: number | null;
    readonly stdout: string;
}

const GNU_TIME = '/usr/bin/time';

export const hasGnuTime = existsSync(GNU_TIME);

/** Runs `command args` to completion (stdout captured, stderr ignored). */
export function runProcess(command: string, args: readonly string[], cwd?: string): ProcessRun {
    if (!hasGnuTime) {
        const start = performance.now();
        const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
        return { wallMs: performance.now() - start, status: result.status, stdout: result.stdout };
    }
    const folder = mkdtempSync(join(tmpdir(), 'crmplan-bench-time-'));
    const out = join(folder, 'time.txt');
    try {
        const start = performance.now();
        const result = spawnSync(GNU_TIME, ['-o', out, '-f', '%U %S %M', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
        const wallMs = performance.now() - start;
        // GNU time writes "Command exited with non-zero status N" first when the command fails.
        const line = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
        const [user, system, rssKb] = line.split(' ').map(Number);
        return { wallMs, cpuMs: (user + system) * 1000, maxRss: rssKb * 1024, status: result.status, stdout: result.stdout };
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

/** Whether `command` can be run (found on the PATH and answers `--version`). */
export function canRun(command: string): boolean {
    const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
    return result.status === 0;
}
