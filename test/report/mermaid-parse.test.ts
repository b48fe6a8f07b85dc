/**
 * The report's Mermaid blocks through Mermaid's own parser (`mermaid` and
 * `jsdom`, the DOM it needs, are dev dependencies, so this runs in every
 * test run). `mermaid-check.ts` checks the same blocks structurally.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { gantt, xyChart } from '../../language-server/report/mermaid.js';
import { fencedBlocks } from './markdown-check.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The parts of the mermaid API this test uses (its gantt database is not in its public types). */
interface MermaidApi {
    initialize(config: Record<string, unknown>): void;
    parse(text: string): Promise<{ diagramType: string }>;
    mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: { getTasks?: () => { id: string; startTime: Date; endTime: Date }[] } }> };
}

let mermaid: MermaidApi;

describe('Mermaid blocks parse with mermaid itself', () => {
    beforeAll(async () => {
        // Mermaid reads `window` and `document` when it loads: give it a DOM first.
        const dom = new JSDOM('<!doctype html><html><body></body></html>');
        Object.assign(globalThis, { window: dom.window, document: dom.window.document });
        mermaid = (await import('mermaid')).default as unknown as MermaidApi;
        mermaid.initialize({ startOnLoad: false });
    });

    it('parses every block of every golden report, with gantt tasks on the months written', async () => {
        const golden = join(ROOT, 'test', 'golden');
        const files = readdirSync(golden).filter(f => f.endsWith('.md'));
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) {
            for (const block of fencedBlocks(readFileSync(join(golden, file), 'utf8'), 'mermaid')) {
                const { diagramType } = await mermaid.parse(block);
                expect(['gantt', 'xychart']).toContain(diagramType);
                if (diagramType === 'gantt') {
                    await expectTasksOnTheirMonths(block);
                }
            }
        }
    });

    it('parses charts made from hostile labels', async () => {
        const hostile = ['click me', 'gantt', 'title x', 'section y', '2027-01-01 start', 'a: b; c # d %% e', '"quoted" `ticks` <b>&amp;', 'call f()', 'href "x"', '```', ''];
        const chart = gantt('t: "x" # y', [
            { label: 'owner: "a"; #b', tasks: hostile.map((label, i) => ({ number: i + 1, label, start: '2027-01', durationMonths: 1 })) }
        ]);
        const body = fencedBlocks(chart, 'mermaid')[0];
        expect((await mermaid.parse(body)).diagramType).toBe('gantt');
        await expectTasksOnTheirMonths(body);
        const xy = xyChart({ title: 'a "b" `c`', xLabels: ['Y "1"', 'x, y'], yTitle: '"CNY"', bars: ['-1.50', '2'], line: ['0', '3.25'] });
        expect((await mermaid.parse(fencedBlocks(xy, 'mermaid')[0])).diagramType).toBe('xychart');
    });

    it('rejects a broken block (the check can fail)', async () => {
        await expect(mermaid.parse('gantt\n    click me :t1, 2027-01, 1M')).rejects.toThrow();
        await expect(mermaid.parse('xychart-beta\n    bar [1e5]')).rejects.toThrow();
    });
});

/** Each task `:tN, YYYY-MM, kM` starts on the first day of that month and ends k months later. */
async function expectTasksOnTheirMonths(block: string): Promise<void> {
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(block);
    const tasks = diagram.db.getTasks!();
    const written = [...block.matchAll(/:(t\d+), (\d{4})-(\d{2}), (\d+)M$/gm)];
    expect(tasks).toHaveLength(written.length);
    for (const [, id, year, month, months] of written) {
        const task = tasks.find(t => t.id === id)!;
        const start = new Date(Number(year), Number(month) - 1, 1);
        const end = new Date(Number(year), Number(month) - 1 + Number(months), 1);
        expect([task.startTime.getTime(), task.endTime.getTime()]).toEqual([start.getTime(), end.getTime()]);
    }
}
