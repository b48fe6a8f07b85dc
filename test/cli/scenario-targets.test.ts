/**
 * A scenario line whose target the plan does not have: `crmplan check`, run as
 * a process, prints one error for it (never a cascade of parse and link
 * errors) that lists what a scenario of this plan can override, in English
 * and in Chinese.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const PLAN = `plan "Targets" {
    currency CNY
    start 2027-01
    horizon 12 months
}

rate USD 7 CNY

goal Growth weight 100%

department Sales { users 10 }

requirement Pipeline {
    impact Growth 5
    must
}

vendor Zoho {
    edition Professional {
        licence 20 USD per user per month
    }
    covers Pipeline 80%
}

cost Training {
    indirect
    5000 once
}

benefit MoreDeals {
    revenue
    from Pipeline
    1000 per month
}

scenario Dearer {
    Unknown.Thing.licence 110%
}
`;

let folder: string;

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'crmplan-cli-targets-'));
    mkdirSync(join(folder, '.git'));
    writeFileSync(join(folder, 'plan.crmplan'), PLAN);
    writeFileSync(join(folder, 'typo.crmplan'), PLAN.replace('Unknown.Thing.licence 110%', 'Zoho.Profesional.licence 25 USD'));
});

/** The diagnostic lines of `crmplan check` (the summary line dropped). */
function check(file: string, lang: string): string[] {
    const result = runCli(['check', '--lang', lang, file], { cwd: folder });
    expect(result.status).toBe(1);
    return result.stdout.trim().split('\n').filter(line => line.startsWith(file));
}

describe('a scenario target the plan does not have', () => {
    it('is one error, CRM044, listing what can be overridden (English)', () => {
        const lines = check('plan.crmplan', 'en');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^plan\.crmplan:37:5 error CRM044 Scenario 'Dearer' cannot override 'Unknown\.Thing\.licence': /);
        for (const target of ['costs (Training)', 'benefits (MoreDeals)', 'licences (Zoho.Professional.licence)', 'users of Sales', 'effort of Pipeline', 'USD/CNY', '`discount 10%`', '`internal rate 7000`']) {
            expect(lines[0]).toContain(target);
        }
    });

    it('is one error in Chinese too', () => {
        const lines = check('plan.crmplan', 'zh-CN');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^plan\.crmplan:37:5 error CRM044 情景“Dearer”不能覆盖“Unknown\.Thing\.licence”：/);
        expect(lines[0]).toContain('许可费（Zoho.Professional.licence）');
        expect(lines[0]).toContain('成本（Training）');
    });

    it('names the closest edition when one is close', () => {
        const [line, ...more] = check('typo.crmplan', 'en');
        expect(more).toEqual([]);
        expect(line).toMatch(/^typo\.crmplan:37:10 error CRM044 .*vendor 'Zoho' has no edition 'Profesional'\. Did you mean 'Professional'\?/);
    });
});
