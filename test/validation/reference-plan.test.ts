import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFiles, checkText } from '../helpers/workspace.js';

const reference = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

describe('the reference plan', () => {
    it('checks with no diagnostic at all', async () => {
        expect(await checkText(reference)).toEqual([]);
    });

    it('checks with no diagnostic in Chinese either', async () => {
        expect(await checkText(reference, { locale: 'zh-CN' })).toEqual([]);
    });

    it('checks with no diagnostic when its catalogue parts are imported', async () => {
        // The same plan split: goals, departments and requirements in a catalogue.
        const lines = reference.split('\n');
        const start = lines.findIndex(line => line.startsWith('goal SalesEfficiency'));
        const end = lines.findIndex(line => line.startsWith('criterion Fit'));
        const catalogue = lines.slice(start, end).join('\n');
        const plan = [...lines.slice(0, start), 'import "catalog/needs.crmplan"', ...lines.slice(end)].join('\n');
        const workspace = await checkFiles({ 'plan.crmplan': plan, 'catalog/needs.crmplan': catalogue });
        expect(workspace.diagnostics('plan.crmplan')).toEqual([]);
        expect(workspace.diagnostics('catalog/needs.crmplan')).toEqual([]);
    });
});
