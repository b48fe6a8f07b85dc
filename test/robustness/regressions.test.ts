/**
 * Inputs that once broke a promise of harness.ts, found by `npm run fuzz`
 * (which saves each, minimised, under regressions/) or by hand. Each must
 * now pass every check.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegressions } from './campaign.js';
import { RobustnessHarness } from './harness.js';

const regressions = loadRegressions();

let harness: RobustnessHarness;
beforeAll(async () => {
    harness = await RobustnessHarness.create();
});

describe('regressions found by fuzzing', () => {
    it('has fixtures to replay', () => {
        expect(regressions.length).toBeGreaterThan(0);
    });

    for (const regression of regressions) {
        it(`${regression.name}: ${regression.signature.slice(0, 80)}`, async () => {
            const violations = await harness.check(regression.input);
            expect(violations.map(v => `${v.kind}: ${v.detail.split('\n')[0]}`)).toEqual([]);
        });
    }
});
