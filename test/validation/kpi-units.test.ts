import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../helpers/workspace.js';

const language = readFileSync(new URL('../../docs/language.md', import.meta.url), 'utf8');

/** The paragraph of docs/language.md that says which words a KPI unit may be. */
function unitParagraph(): string {
    const start = language.indexOf('A KPI unit is one word');
    const end = language.indexOf('\n\n', start);
    expect(start).toBeGreaterThan(0);
    return language.slice(start, end);
}

/** The backticked words of `text` before `until` (or to its end). */
function quoted(text: string, until?: string): string[] {
    const part = until ? text.slice(0, text.indexOf(until)) : text;
    return [...part.matchAll(/`([^`]+)`/g)].map(m => m[1]);
}

const kpi = (unit: string) => `kpi K {\n    baseline 3 ${unit}\n    target 5 ${unit}\n}\n`;

describe('docs/language.md and the checker agree on KPI units', () => {
    it('accepts every unit word the documentation lists', async () => {
        const allowed = quoted(unitParagraph(), 'Other keywords');
        expect(allowed).toEqual(expect.arrayContaining(['days', '小时', 'hours', 'person-week']));
        for (const unit of allowed.filter(u => u !== '_')) {
            expect(await checkText(kpi(unit)), unit).toEqual([]);
        }
    });

    it('rejects the keywords and compound units the documentation rules out, each with one diagnostic', async () => {
        const paragraph = unitParagraph();
        // The keywords named as no units, and the units written with `/` (not their one-word spellings).
        const ruledOut = quoted(paragraph.slice(paragraph.indexOf('Other keywords')))
            .filter(word => /^[a-z]+$/.test(word) || (word.includes('/') && word !== '/'));
        expect(ruledOut).toEqual(expect.arrayContaining(['data', 'per', '件/月', 'calls/day']));
        for (const unit of ruledOut) {
            const diagnostics = await checkText(`kpi K {\n    baseline 3 ${unit}\n}\n`);
            expect(diagnostics.length, unit).toBeGreaterThan(0);
            expect(diagnostics.every(d => d.severity === 'error'), unit).toBe(true);
        }
        const compound = await checkText(kpi('件/月'));
        expect(compound.map(d => d.code)).toEqual(['CRM000', 'CRM000']);
        expect(compound[0].message).toContain('`件/月`: a unit is one word');
    });
});
