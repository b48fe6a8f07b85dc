/**
 * The diff of a plan whose edition covers a requirement itself, and whose
 * scenario overrides a licence: what changed names the edition's share and the
 * override by its target, and the money moves for that edition's option only.
 * Through `crmplan diff` as a process.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const BASE = `plan "Editions" {
    currency CNY
    start 2027-01
    horizon 12 months
}

goal Growth weight 100%

requirement Segments {
    impact Growth 5
    must
}

vendor Zoho "Zoho CRM" {
    edition Professional {
        licence 100 per month
    }
    edition Enterprise {
        licence 200 per month
        covers Segments 90%
    }
    covers Segments 60%
}

benefit More {
    revenue
    from Segments
    1000 per month
}

scenario Dearer {
    Zoho.Enterprise.licence 110%
}
`;

describe('crmplan diff with an edition\'s own covers and a licence override', () => {
    it('names the edition\'s changed share and the override by its target', () => {
        const folder = mkdtempSync(join(tmpdir(), 'crmplan-diff-editions-'));
        mkdirSync(join(folder, '.git'));
        writeFileSync(join(folder, 'base.crmplan'), BASE);
        writeFileSync(join(folder, 'head.crmplan'), BASE.replace('covers Segments 90%', 'covers Segments 95%').replace('licence 110%', 'licence 120%'));
        const result = runCli(['diff', '--format', 'text', 'base.crmplan', 'head.crmplan'], { cwd: folder });
        expect(result.stderr).toBe('');
        expect(result.stdout).toContain('edition Enterprise covers: Segments 90% → 95%');
        expect(result.stdout).toContain('Zoho.Enterprise.licence 110% → 120%');
        // Enterprise earns 12 × 1000 × 95% = 11400 instead of 10800; Professional (the vendor's 60%) is unchanged.
        expect(result.stdout).toMatch(/Zoho CRM Professional .*¥7,200\.00 \(no change\)/);
        expect(result.stdout).toMatch(/Zoho CRM Enterprise .*¥10,800\.00 → ¥11,400\.00/);
    });
});
