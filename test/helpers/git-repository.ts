import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The multi-file example: two plans sharing a catalogue of needs and vendors, as a team's repository holds them. */
export const TEAM_PLANS = fileURLToPath(new URL('../../examples/multi-file', import.meta.url));

/** A fresh git repository in a temporary folder, outside any other repository's tree. */
export function gitRepository(prefix: string, contents?: string): { folder: string; git: (...args: string[]) => string } {
    const folder = mkdtempSync(join(tmpdir(), prefix));
    if (contents) {
        cpSync(contents, folder, { recursive: true });
    }
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=crmplan', '-c', 'user.email=crmplan@example.com', ...args], { cwd: folder, encoding: 'utf8', stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    return { folder, git };
}
