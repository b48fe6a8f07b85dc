/**
 * A fuzzing campaign: runs the harness over generated inputs with
 * fast-check, keeps going past failures, minimises one input per distinct
 * failure, and (for `npm run fuzz`) saves each as a regression fixture that
 * `regressions.test.ts` replays in every test run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { RobustnessHarness, Violation } from './harness.js';

export const REGRESSIONS = fileURLToPath(new URL('./regressions/', import.meta.url));

export interface Failure {
    readonly signature: string;
    readonly input: string;
    readonly violations: readonly Violation[];
    /** How many generated inputs failed this way. */
    count: number;
}

export interface CampaignResult {
    /** Inputs checked (fewer than asked when the time limit stopped the campaign). */
    readonly cases: number;
    readonly failures: readonly Failure[];
    /** Paths of regression fixtures written. */
    readonly saved: readonly string[];
    readonly seed: number;
    readonly slowest: { readonly ms: number; readonly length: number; readonly input: string; readonly steps: Record<string, number> };
}

export interface CampaignOptions {
    readonly cases: number;
    readonly seed: number;
    /** Stop after this long, counting the inputs checked so far. */
    readonly timeLimitMs?: number;
    /** Write each distinct failure, minimised, under `regressions/`. */
    readonly save?: boolean;
    /** Called every `progressEvery` inputs. */
    readonly onProgress?: (done: number, failures: number) => void;
    readonly progressEvery?: number;
}

/** Two failures are the same bug when their first violation has the same kind and, digits aside, the same start of detail. */
export function signatureOf(violations: readonly Violation[]): string {
    const first = violations[0];
    const detail = first.detail.split('\n')[0].replace(/\d+/g, 'N').replace(/"[^"]*"/g, '"…"').slice(0, 80);
    return `${first.kind}: ${detail}`;
}

export async function runCampaign(harness: RobustnessHarness, arbitrary: fc.Arbitrary<string>, options: CampaignOptions): Promise<CampaignResult> {
    const failures = new Map<string, Failure>();
    let cases = 0;
    let slowest = { ms: 0, length: 0, input: '', steps: {} as Record<string, number> };
    const started = Date.now();
    await fc.check(fc.asyncProperty(arbitrary, async text => {
        const t0 = performance.now();
        const before = new Map(harness.timings);
        const violations = await harness.check(text);
        const ms = performance.now() - t0;
        if (ms > slowest.ms) {
            const steps = Object.fromEntries([...harness.timings].map(([step, total]) => [step, Math.round(total - (before.get(step) ?? 0))]).filter(([, spent]) => (spent as number) > 0));
            slowest = { ms: Math.round(ms), length: text.length, input: text, steps };
        }
        cases++;
        if (violations.length > 0) {
            const signature = signatureOf(violations);
            const known = failures.get(signature);
            if (known) {
                known.count++;
                // Keep the shortest example of each failure.
                if (text.length < known.input.length) {
                    failures.set(signature, { ...known, input: text, violations });
                }
            } else {
                failures.set(signature, { signature, input: text, violations, count: 1 });
            }
        }
        if (options.onProgress && cases % (options.progressEvery ?? 1000) === 0) {
            options.onProgress(cases, failures.size);
        }
        return true;
    }), {
        numRuns: options.cases,
        seed: options.seed,
        // Shrinking is ours (minimise below): fast-check never sees a failing run.
        endOnFailure: true,
        ...(options.timeLimitMs !== undefined ? { interruptAfterTimeLimit: Math.max(1, options.timeLimitMs - (Date.now() - started)), markInterruptAsFailure: false } : {})
    });
    const saved: string[] = [];
    const minimised: Failure[] = [];
    for (const failure of failures.values()) {
        const input = await minimise(harness, failure.input, failure.signature);
        const violations = await harness.check(input);
        const result = { ...failure, input, violations: violations.length > 0 ? violations : failure.violations };
        minimised.push(result);
        if (options.save) {
            saved.push(saveRegression(result));
        }
    }
    return { cases, failures: minimised, saved, seed: options.seed, slowest };
}

/**
 * Delta debugging on the text: removes chunks of lines, then of characters,
 * while the input still fails with the same signature. Bounded in checks.
 */
export async function minimise(harness: RobustnessHarness, input: string, signature: string, budget = 400): Promise<string> {
    let checks = 0;
    const stillFails = async (candidate: string): Promise<boolean> => {
        checks++;
        const violations = await harness.check(candidate);
        return violations.length > 0 && signatureOf(violations) === signature;
    };
    const reduce = async (parts: string[]): Promise<string[]> => {
        let chunk = Math.max(1, Math.floor(parts.length / 2));
        while (chunk >= 1 && checks < budget) {
            let removed = false;
            for (let start = 0; start < parts.length && checks < budget;) {
                const candidate = [...parts.slice(0, start), ...parts.slice(start + chunk)];
                if (candidate.length < parts.length && await stillFails(candidate.join(''))) {
                    parts = candidate;
                    removed = true;
                } else {
                    start += chunk;
                }
            }
            if (!removed) {
                chunk = Math.floor(chunk / 2);
            }
        }
        return parts;
    };
    const lines = await reduce(input.split(/(?<=\n)/));
    const chars = await reduce([...lines.join('')]);
    return chars.join('');
}

/** Writes a failure as `regressions/<kind>-<hash>.json`; answers the path. */
export function saveRegression(failure: Failure): string {
    mkdirSync(REGRESSIONS, { recursive: true });
    const hash = createHash('sha256').update(failure.input).digest('hex').slice(0, 12);
    const kind = failure.violations[0]?.kind.replace(/[^A-Za-z0-9]+/g, '-') ?? 'failure';
    const path = `${REGRESSIONS}${kind}-${hash}.json`;
    const fixture = {
        description: 'Found by npm run fuzz; replayed by test/robustness/regressions.test.ts, which expects no violation.',
        signature: failure.signature,
        violations: failure.violations.map(v => `${v.kind}: ${v.detail.split('\n')[0]}`),
        input: failure.input
    };
    writeFileSync(path, JSON.stringify(fixture, null, 2) + '\n');
    return path;
}

/** Every saved regression fixture. */
export function loadRegressions(): Array<{ name: string; input: string; signature: string }> {
    let names: string[];
    try {
        names = readdirSync(REGRESSIONS).filter(name => name.endsWith('.json')).sort();
    } catch {
        return [];
    }
    return names.map(name => {
        const fixture = JSON.parse(readFileSync(REGRESSIONS + name, 'utf8')) as { input: string; signature: string };
        return { name, input: fixture.input, signature: fixture.signature };
    });
}

/** A failure for a test message: its signature, violations and the input as a JSON string. */
export function describeFailure(failure: Failure): string {
    const input = JSON.stringify(failure.input);
    return [
        `${failure.signature} (×${failure.count})`,
        ...failure.violations.slice(0, 5).map(v => `  ${v.kind}: ${v.detail.split('\n').slice(0, 4).join('\n    ')}`),
        `  input (${failure.input.length} chars): ${input.length > 1500 ? input.slice(0, 1500) + '…' : input}`
    ].join('\n');
}
