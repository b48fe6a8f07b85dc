/**
 * Rollout waves (`users 40 from 2027-07`): per-user licences follow the users
 * of each month, billed monthly or yearly with co-terming. The reference
 * figures of the monitoring specification, through `crmplan evaluate --json`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/workspace.js';

interface TimelineJson { month: string; cost: string }

function plan(billing: 'yearly' | 'monthly', salesLines: string, extra = ''): string {
    return `plan "Waves" {
    currency CNY
    start 2027-01
    horizon 36 months
    choose Fxiaoke
}

department Sales {
${salesLines}
}

department Service { users 10 }

vendor Fxiaoke {
    edition Professional {
        licence 119 CNY per user per month billed ${billing}
    }
}
${extra}`;
}

function planFile(text: string): string {
    const file = join(temporaryFolder(), 'waves.crmplan');
    writeFileSync(file, text);
    return file;
}

function evaluate(text: string): { tco: string; timeline: TimelineJson[] } {
    const result = runCli(['evaluate', '--json', planFile(text)]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return JSON.parse(result.stdout).options[0];
}

const RISE = '    users 20\n    users 40 from 2027-07';
const RISE_THEN_FALL = `${RISE}\n    users 30 from 2028-04`;

function bills(option: { timeline: TimelineJson[] }): Record<string, string> {
    return Object.fromEntries(option.timeline.filter(t => t.cost !== '0.00').map(t => [t.month, t.cost]));
}

describe('rollout waves', () => {
    it('bills yearly with co-terming: the anniversary pays the seats for twelve months, a rise pays the added seats for the months left', () => {
        const option = evaluate(plan('yearly', RISE));
        expect(bills(option)).toEqual({ '2027-01': '42840.00', '2027-07': '14280.00', '2028-01': '71400.00', '2029-01': '71400.00' });
        expect(option.tco).toBe('199920.00');
    });

    it('bills monthly each month\'s seats: the same total', () => {
        const option = evaluate(plan('monthly', RISE));
        const costs = bills(option);
        expect(costs['2027-06']).toBe('3570.00');
        expect(costs['2027-07']).toBe('5950.00');
        expect(costs['2029-12']).toBe('5950.00');
        expect(option.tco).toBe('199920.00');
    });

    it('never lowers seats before the next anniversary when users fall (billed yearly)', () => {
        const option = evaluate(plan('yearly', RISE_THEN_FALL));
        expect(bills(option)).toEqual({ '2027-01': '42840.00', '2027-07': '14280.00', '2028-01': '71400.00', '2029-01': '57120.00' });
        expect(option.tco).toBe('185640.00');
    });

    it('lowers the bill the month users fall (billed monthly)', () => {
        const option = evaluate(plan('monthly', RISE_THEN_FALL));
        expect(bills(option)['2028-03']).toBe('5950.00');
        expect(bills(option)['2028-04']).toBe('4760.00');
        expect(option.tco).toBe('174930.00');
    });

    it('makes per-user costs follow the users of their month', () => {
        const training = '\ncost Training {\n    direct\n    100 per user of Sales once in 2027-07\n    10 per user of Sales per month from 2027-06 until 2027-07\n}\n';
        const option = evaluate(plan('monthly', RISE, training));
        const costs = bills(option);
        // Licence 3,570 + 10 × 20 users; then 5,950 + 100 × 40 + 10 × 40.
        expect(costs['2027-06']).toBe('3770.00');
        expect(costs['2027-07']).toBe('10350.00');
    });

    it('counts no users before the first wave when every line has a month', () => {
        const option = evaluate(plan('monthly', '    users 40 from 2027-07'));
        const costs = bills(option);
        expect(costs['2027-06']).toBe('1190.00');
        expect(costs['2027-07']).toBe('5950.00');
    });

    it('explains the totals in the report in user-months, since no one user count holds', () => {
        const support = '\ncost Support {\n    indirect\n    10 per user of Sales per month from 2027-06 until 2027-07\n}\n';
        const file = planFile(plan('yearly', RISE, support));
        const english = runCli(['report', file]);
        expect(english.status).toBe(0);
        expect(english.stdout).toContain('¥119.00 per month × 1,680 user-months (the users as they roll out) = ¥199,920.00');
        expect(english.stdout).toContain('¥10.00 per month × 60 user-months (the users of Sales as they roll out) (2027-06 to 2027-07) = ¥600.00');
        const chinese = runCli(['report', '--lang', 'zh-CN', file]);
        expect(chinese.stdout).toContain('每月 ¥119.00 × 1,680 人·月（按分批上线的人数计） = ¥199,920.00');
    });
});
