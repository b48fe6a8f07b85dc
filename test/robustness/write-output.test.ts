/**
 * `writeOutputFile` writes to a temporary file beside the target and renames
 * it: a failure at any step leaves the target as it was and no temporary
 * file behind. Root reads and writes through any file mode, so the failures
 * are made by failing the file system calls themselves.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeOutputFile } from '../../src/cli/write-output.js';
import { temporaryFolder } from '../helpers/workspace.js';

vi.mock('node:fs', async importOriginal => {
    const actual = await importOriginal<typeof import('node:fs')>();
    return { ...actual, writeSync: vi.fn(actual.writeSync), renameSync: vi.fn(actual.renameSync), fsyncSync: vi.fn(actual.fsyncSync) };
});

const actualFs = await vi.importActual<typeof import('node:fs')>('node:fs');
const failure = (code: string) => Object.assign(new Error(code), { code });

afterEach(() => {
    vi.mocked(fs.writeSync).mockReset();
    vi.mocked(fs.renameSync).mockReset();
    vi.mocked(fs.fsyncSync).mockReset();
});

describe('writeOutputFile', () => {
    const cases: Array<[string, () => void]> = [
        ['the disk fills up half-way', () => {
            let calls = 0;
            vi.mocked(fs.writeSync).mockImplementation(((fd: number, buffer: Uint8Array, offset: number, length: number) => {
                if (++calls > 1) {
                    throw failure('ENOSPC');
                }
                // A short write of half the bytes, for real: the temporary file exists, half written.
                return actualFs.writeSync(fd, buffer, offset, Math.floor(length / 2));
            }) as unknown as typeof fs.writeSync);
        }],
        ['syncing fails', () => vi.mocked(fs.fsyncSync).mockImplementation(() => { throw failure('EIO'); })],
        ['the rename fails', () => vi.mocked(fs.renameSync).mockImplementation(() => { throw failure('EXDEV'); })]
    ];
    for (const [when, arrange] of cases) {
        it(`leaves the old file and no temporary file when ${when}`, () => {
            const folder = temporaryFolder();
            const target = join(folder, 'report.md');
            fs.writeFileSync(target, 'the old report\n');
            arrange();
            expect(() => writeOutputFile('report.md', 'x'.repeat(100_000), folder)).toThrow(/^report\.md: cannot write \((ENOSPC|EIO|EXDEV)\)$/);
            expect(fs.readFileSync(target, 'utf8')).toBe('the old report\n');
            expect(fs.readdirSync(folder)).toEqual(['report.md']);
        });
    }

    it('replaces the file whole when nothing fails', () => {
        const folder = temporaryFolder();
        fs.writeFileSync(join(folder, 'report.md'), 'the old report\n');
        writeOutputFile('report.md', 'new\n'.repeat(10_000), folder);
        expect(fs.readFileSync(join(folder, 'report.md'), 'utf8')).toBe('new\n'.repeat(10_000));
        expect(fs.readdirSync(folder)).toEqual(['report.md']);
    });
});
