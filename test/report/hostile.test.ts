import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../language-server/i18n/locale.js';
import { HOSTILE, visible } from './hostile-titles.js';
import { HOSTILE_PLAN } from './hostile-plan.js';
import { fencedBlocks, lintMarkdown, tables } from './markdown-check.js';
import { checkGantt, checkXyChart } from './mermaid-check.js';
import { loadPlanText, type Loaded } from './load.js';

let hostile: Loaded;
beforeAll(async () => {
    hostile = await loadPlanText(HOSTILE_PLAN);
});

describe('a plan with hostile titles, through the real parser', () => {
    for (const locale of LOCALES) {
        it(`${locale}: no raw HTML, lints clean, Mermaid intact`, () => {
            const report = hostile.report(locale);
            expect(report).not.toContain('<');
            expect(lintMarkdown(report)).toEqual([]);
            const blocks = fencedBlocks(report, 'mermaid');
            expect(blocks).toHaveLength(2);
            expect(checkGantt(blocks.find(b => b.startsWith('gantt'))!)).toEqual([]);
            expect(checkXyChart(blocks.find(b => b.startsWith('xychart'))!)).toEqual([]);
            // Every line is a heading, a table row, a list item, a fence, Mermaid, or a paragraph of ours: no stray blocks.
            expect(report.split('\n').filter(line => /^(\s{0,3}(>|#{1,6}\s|[-+*]\s|\d+[.)]\s|```|~~~|<))/.test(line) && !/^(#{1,3} |- |```)/.test(line))).toEqual([]);
        });
    }

    it('shows every hostile requirement title as its own text in the needs table', () => {
        const report = hostile.report('en');
        const needs = tables(report).find(t => t[0].map(c => c.text).join('|').startsWith('#|Requirement'))!;
        const shown = needs.slice(1).map(row => row[1]);
        for (const [i, title] of HOSTILE.entries()) {
            const cell = shown.find(c => c.text.endsWith(` (R${i})`));
            expect(cell, title).toBeDefined();
            expect(cell!.text).toBe(`${visible(title)} (R${i})`);
            for (const markup of ['strong', 'emphasis', 'codeText', 'htmlText', 'link', 'image']) {
                expect(cell!.tokenTypes.has(markup), `${title}: ${markup}`).toBe(false);
            }
        }
        expect(needs.every(row => row.length === 8)).toBe(true);
    });

    it('keeps the plan title on the heading line, escaped', () => {
        const first = hostile.report('en').split('\n')[0];
        expect(first).toBe('# &lt;script&gt;alert(1)&lt;/script&gt; \\| \\*\\*Plan\\*\\* \\[x\\](javascript:y) second line');
    });
});
