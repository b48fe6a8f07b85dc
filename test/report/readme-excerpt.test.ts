import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlan } from './load.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const ROOT = new URL('../..', import.meta.url).pathname;

describe('the README', () => {
    it('quotes rows of the retrospective report as the report writes them', async () => {
        const { report } = await loadPlan('examples/manufacturer-sales-automation/retrospective.crmplan', ROOT);
        const quoted = README.slice(README.indexOf('### After go-live'), README.indexOf('## Quick start')).split('\n').filter(line => line.startsWith('| ') && !line.startsWith('| Figure') && !line.startsWith('| ---'));
        expect(quoted.length).toBeGreaterThanOrEqual(5);
        for (const row of quoted) {
            expect(report('en'), row).toContain(row);
        }
    });
});
