/**
 * `crmplan evaluate` with ranges, `--seed`, `--trials` and scenarios, run as
 * a process the way a user or CI runs it.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { FIXTURE, rangedReferenceText } from './plans.js';

const schema = JSON.parse(readFileSync(new URL('../../docs/evaluation.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const SCENARIO = `
scenario Pessimistic "Slow adoption" {
    MoreDeals 70%
    Customization 130%
    users Sales 30
    discount 10%
    rate USD 7.40 CNY
}
`;

/** A repository folder holding `plan.crmplan` with `text`. */
function planFolder(text: string): string {
    const folder = mkdtempSync(join(tmpdir(), 'crmplan-uncertainty-'));
    mkdirSync(join(folder, '.git'));
    writeFileSync(join(folder, 'plan.crmplan'), text);
    return folder;
}

interface Distribution { p10: string | number | null; p50: string | number | null; p90: string | number | null; mean: string | number | null }
interface OptionJson {
    id: string;
    npv: string;
    uncertainty?: { trials: number; seed: number; npv: Distribution; roiPercent: Distribution; paybackMonths: Distribution; probabilityBest: number; probabilityNpvNegative: number };
    sensitivity?: { input: string; swing: string }[];
}

describe('crmplan evaluate on the reference plan with ranges on MoreDeals and Customization', () => {
    const folder = planFolder(rangedReferenceText());
    const first = runCli(['evaluate', '--json', 'plan.crmplan'], { cwd: folder });
    const document = JSON.parse(first.stdout) as { options: OptionJson[]; scenarios: unknown[] };

    it('gives the same bytes on every run', () => {
        expect(first.stderr).toBe('');
        expect(first.status).toBe(0);
        const second = runCli(['evaluate', '--json', 'plan.crmplan'], { cwd: folder });
        expect(second.status).toBe(0);
        expect(second.stdout).toBe(first.stdout);
        expect(second.stdout.length).toBeGreaterThan(1000);
    });

    it('reports P10 < P50 < P90 NPV for each option and ranks MoreDeals first in the tornado, in a schema-valid document', () => {
        expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
        expect(document.options.map(o => o.id)).toEqual(['Fxiaoke.Professional', 'Zoho.Professional']);
        for (const option of document.options) {
            const u = option.uncertainty!;
            expect(u).toMatchObject({ trials: 10_000, seed: 1 });
            const [p10, p50, p90] = [u.npv.p10, u.npv.p50, u.npv.p90].map(v => Number(v));
            expect(p10, option.id).toBeLessThan(p50);
            expect(p50, option.id).toBeLessThan(p90);
            expect(option.sensitivity!.map(r => r.input)).toEqual(['MoreDeals', 'Customization']);
            expect(Number(option.sensitivity![0].swing)).toBeGreaterThan(Number(option.sensitivity![1].swing));
        }
        // The point figures are those of the plan without ranges.
        expect(document.options.map(o => o.npv)).toEqual(['449553.71', '317693.05']);
        expect(document.scenarios).toEqual([]);
    });

    it('takes --seed and --trials: the default seed is 1, another seed gives other figures', () => {
        const seedOne = runCli(['evaluate', '--json', '--seed', '1', 'plan.crmplan'], { cwd: folder });
        expect(seedOne.stdout).toBe(first.stdout);
        const seven = runCli(['evaluate', '--json', '--seed', '7', '--trials', '2000', 'plan.crmplan'], { cwd: folder });
        expect(seven.status).toBe(0);
        const options = (JSON.parse(seven.stdout) as { options: OptionJson[] }).options;
        expect(options[0].uncertainty).toMatchObject({ trials: 2000, seed: 7 });
        expect(options[0].uncertainty!.npv.p50).not.toBe(document.options[0].uncertainty!.npv.p50);
    });

    it('prints an uncertainty block and the top of the tornado in the text summary', () => {
        const text = runCli(['evaluate', 'plan.crmplan'], { cwd: folder });
        expect(text.status).toBe(0);
        expect(text.stdout).toMatch(/^Uncertainty \(10,000 trials, seed 1, 2 ranged inputs sampled from Beta-PERT\)$/m);
        expect(text.stdout).toMatch(/^Fxiaoke\.Professional\s+¥[\d,]+\s+¥[\d,]+\s+¥[\d,]+\s+0\.0%\s+\d+\.\d%$/m);
        expect(text.stdout).toMatch(/What moves the NPV of Fxiaoke\.Professional most/);
        const tornado = text.stdout.slice(text.stdout.indexOf('What moves'));
        expect(tornado.split('\n')[2]).toMatch(/^MoreDeals\s+20,000\s+36,000\s+¥223,176\s+¥585,380\s+¥362,204\s+–$/);
        expect(tornado.split('\n')[3]).toMatch(/^Customization\s/);
        expect(text.stdout).not.toMatch(/Scenario/);
    });
});

describe('crmplan evaluate without ranges, and with scenarios', () => {
    const folder = planFolder(readFileSync(FIXTURE, 'utf8') + SCENARIO);

    it('writes no uncertainty for a plan without ranges, unless --trials asks; scenarios beside the base case', () => {
        const plain = runCli(['evaluate', '--json', 'plan.crmplan'], { cwd: folder });
        expect(plain.stderr).toBe('');
        const document = JSON.parse(plain.stdout) as { options: OptionJson[]; scenarios: { id: string; title: string; options: { id: string; npv: string }[] }[] };
        expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
        expect(document.options.every(o => !('uncertainty' in o) && !('sensitivity' in o))).toBe(true);
        expect(document.scenarios.map(s => [s.id, s.title, s.options.map(o => o.id)])).toEqual([
            ['Pessimistic', 'Slow adoption', ['Fxiaoke.Professional', 'Zoho.Professional']]
        ]);
        expect(Number(document.scenarios[0].options[0].npv)).toBeLessThan(449553.71 - 100_000);

        const asked = runCli(['evaluate', '--json', '--trials', '300', 'plan.crmplan'], { cwd: folder });
        const withTrials = JSON.parse(asked.stdout) as { options: OptionJson[] };
        expect(validate(withTrials)).toBe(true);
        const u = withTrials.options[0].uncertainty!;
        expect(u.trials).toBe(300);
        expect([u.npv.p10, u.npv.p50, u.npv.p90, u.npv.mean]).toEqual(['449553.71', '449553.71', '449553.71', '449553.71']);
        expect(u.probabilityBest).toBe(1);
        expect(withTrials.options[0].sensitivity).toEqual([]);
    });

    it('prints a scenario table in the text summary', () => {
        const text = runCli(['evaluate', 'plan.crmplan'], { cwd: folder });
        expect(text.status).toBe(0);
        expect(text.stdout).toMatch(/^Scenario\s+Fxiaoke\.Professional NPV\s+ROI\s+Zoho\.Professional NPV\s+ROI$/m);
        expect(text.stdout).toMatch(/^Base case\s+¥449,554\s+126\.12%\s+¥317,693\s+74\.26%$/m);
        expect(text.stdout).toMatch(/^Pessimistic "Slow adoption"\s+¥[\d,]+\s+[\d.]+%\s+¥[\d,]+\s+[\d.]+%$/m);
        expect(text.stdout).not.toMatch(/Uncertainty/);
    });

    it('refuses figures for a scenario that overrides an undeclared rate (exit 1, CRM003)', () => {
        const broken = planFolder(readFileSync(FIXTURE, 'utf8') + 'scenario Euro {\n    rate EUR 7.8 CNY\n}\n');
        const result = runCli(['evaluate', '--json', 'plan.crmplan'], { cwd: broken });
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/plan\.crmplan:\d+:\d+ error CRM003 .*EUR/);
    });
});

describe('--seed and --trials validation', () => {
    const folder = planFolder(rangedReferenceText());
    for (const [option, value] of [
        ['--trials', '0'], ['--trials', 'abc'], ['--trials', '1.5'], ['--trials', '2000000'], ['--seed', '0'], ['--seed', '12e3'], ['--seed', '99999999999999999999']
    ]) {
        it(`rejects ${option} ${value} with exit 2 and one line`, () => {
            const result = runCli(['evaluate', '--json', option, value, 'plan.crmplan'], { cwd: folder });
            expect(result.status).toBe(2);
            expect(result.stdout).toBe('');
            expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
            expect(result.stderr).toMatch(new RegExp(`^crmplan: ${option} must be`));
        });
    }
});
