import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFiles } from '../helpers/workspace.js';

const reference = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

/** A plan that trips many checks at once, to cut into pieces. */
const troubled = `plan "Troubled" {
    currency cny
    start 2027-13
    horizon 0.5 months
    capacity -4 person-weeks
    choose Zoho
}
rate USD 0 (1 to -1) CNY
goal 收入 weight 140%
requirement A {
    impact 收入 12, Missing 3
    effort 5 (6 to 4) person-weeks
    must
    could
    needs A, B
}
requirement B {
    wont
    needs A
}
vendor Zoho {
    edition One
    edition Two { licence -5 EUR per user per month billed yearly from 2026-01 increase 200% per year }
    covers A 150% (160% to 10%)
    score Nothing 11
}
cost X { direct indirect 6 hours once in 2030-01 5 at 10 per hour per year until 2020-02 }
phase P { start 2027-02 after P duration 0 months }
benefit Y { revenue from B 100 per month ramp -1 months }
kpi K { target 5% by 2031-01 tracks Y, Q }
`;

/** Cuts of `text`: every `step` characters, and at every line end. */
function prefixes(text: string, step: number): string[] {
    const cuts = new Set<number>();
    for (let at = 0; at <= text.length; at += step) {
        cuts.add(at);
    }
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
        cuts.add(at);
    }
    return [...cuts].sort((a, b) => a - b).map(at => text.slice(0, at));
}

describe('half-typed plans', () => {
    afterEach(() => vi.restoreAllMocks());

    for (const [name, text, step] of [['the reference plan', reference, 11], ['a plan full of mistakes', troubled, 5]] as const) {
        it(`never make a check throw: every cut of ${name}`, async () => {
            const errors = vi.spyOn(console, 'error');
            const cuts = prefixes(text, step);
            const files: Record<string, string> = {};
            cuts.forEach((cut, i) => { files[`cut-${i}.crmplan`] = cut; });
            const workspace = await checkFiles(files);
            for (let i = 0; i < cuts.length; i++) {
                for (const diagnostic of workspace.diagnostics(`cut-${i}.crmplan`)) {
                    // A check that throws shows up as a diagnostic without a code ("An error occurred during validation").
                    expect(diagnostic.code, `cut at ${cuts[i].length}: ${diagnostic.message}`).toMatch(/^CRM\d{3}$/);
                }
            }
            expect(errors).not.toHaveBeenCalled();
        });
    }

    it('still finds the mistakes of the whole troubled plan', async () => {
        const workspace = await checkFiles({ 'plan.crmplan': troubled });
        const codes = new Set(workspace.codes('plan.crmplan'));
        for (const code of ['CRM001', 'CRM004', 'CRM005', 'CRM006', 'CRM007', 'CRM008', 'CRM009', 'CRM010', 'CRM015',
            'CRM016', 'CRM017', 'CRM018', 'CRM019', 'CRM021', 'CRM022', 'CRM023', 'CRM101', 'CRM105', 'CRM106']) {
            expect(codes, code).toContain(code);
        }
    });
});
