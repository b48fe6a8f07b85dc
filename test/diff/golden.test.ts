/**
 * Golden diff comments: one base plan (test/fixtures/diff/manufacturer-base.crmplan)
 * and one edit of it per kind of change, in English and Chinese, compared
 * byte for byte with `test/golden/diff/<change>.<lang>.md` (and one plain-text
 * rendering). `UPDATE_GOLDEN=1 npx vitest run test/diff/golden.test.ts`
 * rewrites them; read the diff before committing it.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decimal } from 'decimal.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffPlans, type DiffSide } from '../../language-server/diff/plan-diff.js';
import { DIFF_MARKER, renderDiff } from '../../language-server/diff/render-diff.js';
import { LOCALES, type Locale } from '../../language-server/i18n/locale.js';
import { loadPlanForFigures } from '../../src/cli/plan-figures.js';
import { markdownToText } from '../../src/cli/plain-text.js';
import { lintMarkdown } from '../report/markdown-check.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOLDEN = join(ROOT, 'test', 'golden', 'diff');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const BASE = readFileSync(join(ROOT, 'test', 'fixtures', 'diff', 'manufacturer-base.crmplan'), 'utf8');

/** Each head: the base with one edit (each `from` must occur exactly once). */
const CHANGES: Record<string, readonly (readonly [string, string])[]> = {
    // A licence price: TCO, NPV split, scenarios, simulation and matrix all move.
    'price': [['licence 99 CNY per user per month', 'licence 109 CNY per user per month']],
    // Only a range: no point figure moves, the simulation does.
    'range-only': [['24000 (16000 to 32000) per month', '24000 (10000 to 32000) per month']],
    // One of an edition's two licence lines: the causes name it by what sets it apart (flat fee), as the report does.
    'licence-line': [['licence 20000 CNY per year', 'licence 26000 CNY per year']],
    // A scenario's override: only the scenario table.
    'scenario': [['    FewerLostQuotes 70%\n', '    FewerLostQuotes 50%\n']],
    // One element of a list: the covers line names the element that changed.
    'list-element': [['covers QuoteFollowUp 90%, Pipeline 85%,', 'covers QuoteFollowUp 90%, Pipeline 80%,']],
    // An edition's title: the comment names options by their (new) titles.
    'option-rename': [['edition Standard "标准版"', 'edition Standard "专业标准版"']]
};

function edit(changes: readonly (readonly [string, string])[]): string {
    return changes.reduce((text, [from, to]) => {
        expect(text.split(from).length - 1, from).toBe(1);
        return text.replace(from, to);
    }, BASE);
}

let folder: string;
const sides = new Map<string, DiffSide>();

async function load(name: string, text: string): Promise<DiffSide> {
    const file = join(folder, `${name}.crmplan`);
    writeFileSync(file, text);
    const loaded = await loadPlanForFigures(file, folder);
    if (!loaded.ok) {
        throw new Error(`${name} has errors`);
    }
    return loaded;
}

beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'crmplan-diff-golden-'));
    sides.set('base', await load('base', BASE));
    for (const [name, changes] of Object.entries(CHANGES)) {
        sides.set(name, await load(name, edit(changes)));
    }
});

function comment(name: string, locale: Locale): string {
    return renderDiff(diffPlans(sides.get('base')!, sides.get(name)!, locale), locale);
}

function matchGolden(actual: string, file: string): void {
    const golden = join(GOLDEN, file);
    if (UPDATE) {
        writeFileSync(golden, actual);
    }
    expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npx vitest run test/diff/golden.test.ts`).toBe(true);
    expect(actual).toBe(readFileSync(golden, 'utf8'));
}

describe('golden diff comments', () => {
    for (const name of Object.keys(CHANGES)) {
        for (const locale of LOCALES) {
            it(`${name} (${locale}) matches test/golden/diff/${name}.${locale}.md and lints clean`, () => {
                const markdown = comment(name, locale);
                matchGolden(markdown, `${name}.${locale}.md`);
                // A comment opens with the bot's marker and a level-2 heading, and names each option in bold above its tables: by design.
                const problems = lintMarkdown(markdown.slice(DIFF_MARKER.length + 1)).filter(problem => !/MD041|MD036/.test(problem));
                expect(problems).toEqual([]);
            });
        }
    }

    it('price (en) as plain text matches test/golden/diff/price.en.txt: no Markdown escapes or syntax', () => {
        const plain = markdownToText(comment('price', 'en'));
        matchGolden(plain, 'price.en.txt');
        expect(plain).not.toMatch(/\\[^\s]|\*\*|^#|^\|/m);
    });

    it('every golden\'s causes add up: to ΔTCO and Δbenefit exactly, to the shown ΔNPV to the cent', () => {
        for (const name of Object.keys(CHANGES)) {
            const diff = diffPlans(sides.get('base')!, sides.get(name)!);
            for (const causes of diff.causes) {
                const option = diff.options.find(o => o.id === causes.option)!;
                const total = (rows: readonly { delta: Decimal }[]) => rows.reduce((sum, row) => sum.plus(row.delta), new Decimal(0));
                expect(total(causes.tco).equals(option.tco.delta!), `${name} ${causes.option} TCO`).toBe(true);
                expect(total(causes.benefit).equals(option.totalBenefit.delta!), `${name} ${causes.option} benefit`).toBe(true);
                expect(total(causes.npv).equals(option.npv.exactDelta!), `${name} ${causes.option} NPV`).toBe(true);
            }
        }
        // The price change moves the chosen option's NPV, split into its one licence row.
        const price = diffPlans(sides.get('base')!, sides.get('price')!);
        expect(price.causes.map(c => [c.option, c.npv.map(row => row.id)])).toEqual([['Yunke.Standard', ['Yunke.Standard.licence']]]);
    });

    it('shows each kind of change where it belongs', () => {
        const en = (name: string) => comment(name, 'en');
        // A range-only change shows the simulation table, and no ΔNPV split (no point figure moved).
        expect(en('range-only')).toContain('### Simulation (10,000 trials, seed 1)');
        expect(en('range-only')).not.toContain('ΔNPV');
        // A scenario change shows the scenario table and nothing about the base case.
        expect(en('scenario')).toContain('### Scenarios');
        expect(en('scenario')).not.toContain('### Simulation');
        expect(en('scenario')).not.toContain('### Vendor matrix');
        // One covers element: named once, not the whole line.
        expect(en('list-element')).toContain('  - covers: Pipeline 85% → 80%\n');
        // Titles, not ids: the renamed edition in the figures and the change itself.
        expect(en('option-rename')).toContain('| 云客 CRM 专业标准版 (chosen) |');
        expect(en('option-rename')).not.toContain('Yunke.Standard');
        expect(comment('option-rename', 'zh-CN')).toContain('| 云客 CRM 专业标准版（已选） |');
    });
});
