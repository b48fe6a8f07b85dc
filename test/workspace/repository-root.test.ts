import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside } from '../../language-server/workspace/repository-root.js';

describe('isInside', () => {
    it('knows a file below a folder from one beside or above it', () => {
        expect(isInside('/repo', '/repo/plans/a.crmplan')).toBe(true);
        expect(isInside('/repo/', '/repo/a.crmplan')).toBe(true);
        expect(isInside('/repo', '/repository/a.crmplan')).toBe(false);
        expect(isInside('/repo', '/elsewhere/a.crmplan')).toBe(false);
        expect(isInside('/repo', '/repo')).toBe(false);
        expect(isInside('/repo/plans', '/repo/plans/../secrets.crmplan')).toBe(false);
    });

    it('follows the platform\'s path rules, so Windows paths work (drive letters, backslashes, letter case)', () => {
        expect(isInside('C:\\repo', 'C:\\repo\\plans\\a.crmplan', win32)).toBe(true);
        expect(isInside('C:\\repo', 'c:\\repo\\a.crmplan', win32)).toBe(true);
        expect(isInside('C:\\repo', 'D:\\repo\\a.crmplan', win32)).toBe(false);
        expect(isInside('C:\\repo', 'C:\\repository\\a.crmplan', win32)).toBe(false);
        expect(isInside('/repo', '/repo/a.crmplan', posix)).toBe(true);
    });
});
