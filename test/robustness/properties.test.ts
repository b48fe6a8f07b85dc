/**
 * The robustness properties over generated plans, mutated examples, deep
 * plans and noise (see harness.ts for what is checked on each input).
 *
 * `npm test` runs a bounded number of cases with a fixed seed; `npm run fuzz`
 * (scripts/fuzz.mjs) runs a long campaign through the same test with
 * CRMPLAN_FUZZ_CASES, CRMPLAN_FUZZ_SEED, CRMPLAN_FUZZ_TIME_LIMIT (seconds),
 * CRMPLAN_FUZZ_SAVE=1 (write failures under regressions/) and
 * CRMPLAN_FUZZ_SUMMARY (a file for the campaign's counts).
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { anyPlanText, grammaticalPlan } from './arbitraries.js';
import { describeFailure, runCampaign } from './campaign.js';
import { RobustnessHarness } from './harness.js';

const env = process.env;
const CASES = Number(env.CRMPLAN_FUZZ_CASES ?? 200);
const SEED = Number(env.CRMPLAN_FUZZ_SEED ?? 20_270_101);
const TIME_LIMIT_MS = env.CRMPLAN_FUZZ_TIME_LIMIT ? Number(env.CRMPLAN_FUZZ_TIME_LIMIT) * 1000 : undefined;
const CAMPAIGN = env.CRMPLAN_FUZZ_CASES !== undefined;

let harness: RobustnessHarness;
beforeAll(async () => {
    harness = await RobustnessHarness.create();
});

describe('robustness: every input is handled, every problem is a diagnostic', () => {
    it(`${CASES} generated, mutated, deep and noise inputs (seed ${SEED})`, async () => {
        const result = await runCampaign(harness, anyPlanText, {
            cases: CASES,
            seed: SEED,
            timeLimitMs: TIME_LIMIT_MS,
            save: env.CRMPLAN_FUZZ_SAVE === '1',
            progressEvery: 1000,
            onProgress: CAMPAIGN ? (done, failures) => process.stderr.write(`fuzz: ${done} cases, ${failures} distinct failures\n`) : undefined
        });
        if (env.CRMPLAN_FUZZ_SUMMARY) {
            writeFileSync(env.CRMPLAN_FUZZ_SUMMARY, JSON.stringify({
                cases: result.cases,
                seed: result.seed,
                slowest: { ...result.slowest, input: result.slowest.input.slice(0, 20_000) },
                stats: harness.stats,
                failures: result.failures.map(f => ({ signature: f.signature, count: f.count, input: f.input })),
                saved: result.saved
            }, null, 2));
        }
        if (!TIME_LIMIT_MS) {
            expect(result.cases).toBe(CASES);
        }
        expect(result.failures.map(describeFailure)).toEqual([]);
    }, CAMPAIGN ? 24 * 3600_000 : 120_000);

    it('plans written from the grammar with numbers it reads all parse, so the formatter properties are exercised', async () => {
        // By construction, whatever the seed: a plan that does not parse is a defect of the generator or the parser.
        const samples = fc.sample(grammaticalPlan, { numRuns: 200, seed: SEED });
        const services = harness.services;
        const failing = samples.flatMap(text => {
            const parsed = services.parser.LangiumParser.parse(text);
            const lexing = parsed.lexerErrors[0];
            const parsing = parsed.parserErrors[0];
            const offset = lexing?.offset ?? parsing?.token.startOffset;
            if (offset === undefined) {
                return [];
            }
            return [`${(lexing ?? parsing).message} near ${JSON.stringify(text.slice(Math.max(0, offset - 40), offset + 20))}`];
        });
        expect(failing.slice(0, 3)).toEqual([]);
    });
});
