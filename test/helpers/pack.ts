import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The clone of crmplan these tests run in. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs npm quietly in `cwd`; a failure throws with npm's own words. */
export function npm(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
    const result = spawnSync('npm', ['--no-audit', '--no-fund', '--loglevel=error', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
    if (result.status !== 0) {
        throw new Error(`npm ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
    }
    return result.stdout;
}

/**
 * `npm pack` of this clone into a temporary folder: the tarball a team
 * installs. The bundles are already built (`npm test` builds first), and
 * packing must not rebuild them under the other tests' feet, so npm runs no
 * scripts here.
 */
export function packCrmplan(): { tarball: string; files: number } {
    const folder = mkdtempSync(join(tmpdir(), 'crmplan-pack-'));
    const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', folder], ROOT)) as Array<{ filename: string; files: unknown[] }>;
    return { tarball: join(folder, packed[0]!.filename), files: packed[0]!.files.length };
}
