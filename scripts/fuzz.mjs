#!/usr/bin/env node
// @ts-check
/**
 * `npm run fuzz`: a long robustness campaign (see test/robustness/).
 *
 *   npm run fuzz                       100,000 inputs, 5,000 server edits, a random seed
 *   npm run fuzz -- --cases 20000 --seed 42 --edits 1000 --time-limit 3600
 *
 * Runs the same tests as `npm test` with larger counts: the property test over
 * generated and mutated plans, the language server under load, and the replay
 * of saved regressions. Each distinct failure is minimised and saved as
 * test/robustness/regressions/<kind>-<hash>.json, which every `npm test`
 * replays from then on. Prints the number of inputs checked at the end and
 * exits non-zero when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const cases = Number(option('cases', process.env.CRMPLAN_FUZZ_CASES ?? 100_000));
const seed = Number(option('seed', process.env.CRMPLAN_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31)));
const edits = Number(option('edits', process.env.CRMPLAN_SERVER_EDITS ?? 5_000));
const timeLimit = option('time-limit', process.env.CRMPLAN_FUZZ_TIME_LIMIT);
for (const [name, value] of [['cases', cases], ['seed', seed], ['edits', edits], ['time-limit', timeLimit === undefined ? 1 : Number(timeLimit)]]) {
    if (!Number.isSafeInteger(value) || value < 0) {
        console.error(`fuzz: --${name} must be a whole number`);
        process.exit(2);
    }
}

const scratch = mkdtempSync(join(tmpdir(), 'crmplan-fuzz-'));
const summaryPath = join(scratch, 'summary.json');
console.log(`fuzz: ${cases} inputs, ${edits} server edits, seed ${seed}${timeLimit ? `, at most ${timeLimit} s` : ''}`);

// The server-load test runs the bundled language server: bundle the current sources first.
const build = spawnSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
    process.exit(build.status ?? 1);
}
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run',
    'test/robustness/properties.test.ts', 'test/robustness/server-load.test.ts', 'test/robustness/regressions.test.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: {
        ...process.env,
        CRMPLAN_FUZZ_CASES: String(cases),
        CRMPLAN_FUZZ_SEED: String(seed),
        CRMPLAN_SERVER_EDITS: String(edits),
        CRMPLAN_FUZZ_SAVE: '1',
        CRMPLAN_FUZZ_SUMMARY: summaryPath,
        ...(timeLimit ? { CRMPLAN_FUZZ_TIME_LIMIT: String(timeLimit) } : {})
    }
});

let summary;
try {
    summary = JSON.parse(readFileSync(summaryPath, 'utf8'));
} catch {
    summary = undefined;
}
rmSync(scratch, { recursive: true, force: true });
if (summary) {
    console.log(`fuzz: ${summary.cases} inputs checked (seed ${summary.seed}), ${summary.failures.length} distinct failures; ` +
        `slowest input ${summary.slowest.ms} ms (${summary.slowest.length} characters)`);
    // Keep the slowest input to look into: a slow input is no failure, but may show a pathological path.
    const slowFolder = join(root, 'test-results', 'fuzz');
    mkdirSync(slowFolder, { recursive: true });
    const slowPath = join(slowFolder, `slowest-${summary.seed}.crmplan`);
    writeFileSync(slowPath, summary.slowest.input);
    const steps = Object.entries(summary.slowest.steps ?? {}).sort((a, b) => b[1] - a[1]).map(([step, ms]) => `${step} ${ms} ms`).join(', ');
    console.log(`  slowest input saved to ${relative(root, slowPath)}${steps ? ` (${steps})` : ''}`);
    for (const failure of summary.failures) {
        console.log(`  ×${failure.count} ${failure.signature}`);
    }
    for (const path of summary.saved) {
        console.log(`  saved ${path}`);
    }
} else {
    console.log('fuzz: the property test did not finish; no count to report');
}
process.exit(run.status ?? 1);
