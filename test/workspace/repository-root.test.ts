import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../language-server/workspace/repository-root.js';

const folders: string[] = [];

afterEach(() => {
    folders.splice(0).forEach(folder => rmSync(folder, { recursive: true, force: true }));
});

describe('repositoryRoot', () => {
    it('is the nearest folder with .git, and follows a .git folder that appears later', () => {
        const top = mkdtempSync(join(tmpdir(), 'crmplan-root-'));
        folders.push(top);
        const nested = join(top, 'plans', 'catalogues');
        mkdirSync(nested, { recursive: true });
        const file = join(nested, 'org.crmplan');
        // No repository above the temporary folder: the file's own folder (tmpdir itself holds no .git).
        expect(repositoryRoot(file)).toBe(nested);

        mkdirSync(join(top, '.git'));
        expect(repositoryRoot(file)).toBe(top);

        mkdirSync(join(top, 'plans', '.git'));
        expect(repositoryRoot(file)).toBe(join(top, 'plans'));
    });
});
