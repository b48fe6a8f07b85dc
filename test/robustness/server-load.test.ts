/**
 * The language server under load: rapid edits with cancelled hovers, inlay
 * hints and code lenses in between (see server-load.ts). It stays alive,
 * answers every request (or cancels it), ends with exactly the diagnostics
 * of the last text, and its memory stays bounded.
 *
 * CRMPLAN_SERVER_EDITS sets the number of edits (500 here, 5,000 in
 * `npm run fuzz`).
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkFiles } from '../helpers/workspace.js';
import { ACME } from './corpus.js';
import { runServerLoad } from './server-load.js';

const EDITS = Number(process.env.CRMPLAN_SERVER_EDITS ?? 500);
/** Growth that means a leak, not a figure tuned to this machine. */
const LEAK_BOUND_KB = 200 * 1024;

/** The acme plan with an unknown goal: a known set of errors (and figures out of date). */
const KNOWN_BAD = ACME.replace('impact SalesEfficiency 9', 'impact Nowhere 9');

describe('language server under load', () => {
    it(`survives ${EDITS} rapid edits with cancelled requests and ends with exact diagnostics`, async () => {
        const result = await runServerLoad({
            edits: EDITS,
            seed: Number(process.env.CRMPLAN_FUZZ_SEED ?? 7),
            finalText: KNOWN_BAD,
            hoverAt: 'Fxiaoke',
            onProgress: (done, rssKb) => process.stderr.write(`server load: ${done} edits, RSS ${(rssKb / 1024).toFixed(1)} MB\n`)
        });
        const growthMb = (result.rssAfterKb - result.rssBeforeKb) / 1024;
        console.log(`server load: ${result.edits} edits in ${(result.ms / 1000).toFixed(1)} s; requests answered ${result.requests.answered}, ` +
            `cancelled ${result.requests.cancelled} (${result.requests.cancelsSent} cancels sent), failed ${result.requests.failed}; RSS ${(result.rssStartKb / 1024).toFixed(1)} MB at start, ${(result.rssBeforeKb / 1024).toFixed(1)} MB after warm-up, ` +
            `${(result.rssAfterKb / 1024).toFixed(1)} MB after (${growthMb >= 0 ? '+' : ''}${growthMb.toFixed(1)} MB)`);

        expect(result.problems).toEqual([]);
        expect(result.requests.failed).toBe(0);
        expect(result.requests.answered).toBeGreaterThan(EDITS / 10);
        expect(result.exitCode).toBe(0);

        // Exactly what the same text gets when checked on its own.
        const expected = (await checkFiles({ 'plan.crmplan': KNOWN_BAD })).document('plan.crmplan').diagnostics ?? [];
        expect(expected.map(d => d.code)).toContain('CRM001');
        const shown = (d: Diagnostic) => JSON.stringify([d.code, d.severity, d.message, d.range]);
        expect(result.finalDiagnostics.map(shown).sort()).toEqual(expected.map(shown).sort());
        expect(result.hoverAfter).toContain('Fxiaoke');

        expect(Number.isFinite(result.rssBeforeKb) && Number.isFinite(result.rssAfterKb)).toBe(true);
        expect(result.rssAfterKb - result.rssBeforeKb).toBeLessThan(LEAK_BOUND_KB);
    }, Math.max(120_000, EDITS * 400));
});
