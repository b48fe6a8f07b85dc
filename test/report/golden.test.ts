/**
 * Golden files: the report of every example plan and of the reference
 * fixture, in English and Chinese, compared byte for byte with
 * `test/golden/<name>.<lang>.md`. `UPDATE_GOLDEN=1 npx vitest run test/report`
 * rewrites them; read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../language-server/i18n/locale.js';
import { toEvaluationJson } from '../../language-server/evaluation/index.js';
import { fencedBlocks, lintMarkdown, tables } from './markdown-check.js';
import { checkGantt, checkXyChart } from './mermaid-check.js';
import { loadPlan } from './load.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GOLDEN = join(ROOT, 'test', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Every plan (a file with a `plan` header; catalogues have none) under examples/, and the reference fixture. */
function cases(): { name: string; file: string }[] {
    const found: { name: string; file: string }[] = [];
    const visit = (folder: string): void => {
        for (const entry of readdirSync(folder).sort()) {
            const path = join(folder, entry);
            if (statSync(path).isDirectory()) {
                visit(path);
            } else if (entry.endsWith('.crmplan') && /^\s*plan\s+"/m.test(readFileSync(path, 'utf8'))) {
                found.push({ name: relative(join(ROOT, 'examples'), path).replace(/\.crmplan$/, '').replace(/[\\/]/g, '-'), file: path });
            }
        }
    };
    visit(join(ROOT, 'examples'));
    found.push({ name: 'acme-sales-automation', file: join(ROOT, 'test', 'fixtures', 'acme-sales-automation.crmplan') });
    // The reference plan with its sources written down: the figures of the one above, each beside its source.
    found.push({ name: 'acme-sourced', file: join(ROOT, 'test', 'fixtures', 'acme-sourced.crmplan') });
    return found;
}

const CASES = cases();

describe('golden reports', () => {
    it('covers every example plan and the reference fixture', () => {
        expect(CASES.map(c => c.name)).toEqual(expect.arrayContaining([
            'manufacturer-sales-automation', 'multi-file-plan', 'multi-file-pilot', 'retail-customer-management-plan', 'acme-sales-automation', 'acme-sourced'
        ]));
    });

    for (const { name, file } of CASES) {
        for (const locale of LOCALES) {
            it(`${name} (${locale}) matches test/golden/${name}.${locale}.md, lints clean and has valid Mermaid`, async () => {
                const report = (await loadPlan(file, ROOT)).report(locale);
                const golden = join(GOLDEN, `${name}.${locale}.md`);
                if (UPDATE) {
                    writeFileSync(golden, report);
                }
                expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npx vitest run test/report`).toBe(true);
                expect(report).toBe(readFileSync(golden, 'utf8'));
                expect(lintMarkdown(report)).toEqual([]);
                expect(report).not.toContain('<');
                const gantts = fencedBlocks(report, 'mermaid').filter(b => b.startsWith('gantt'));
                const charts = fencedBlocks(report, 'mermaid').filter(b => b.startsWith('xychart-beta'));
                expect(gantts).toHaveLength(1);
                // The cash-flow chart, the tornado chart when the plan has ranges, and the plan-vs-actual chart when it records actuals.
                const tornado = report.includes('## 10.') && /\| (Value|数值) \|/.test(report) ? 1 : 0;
                const actuals = /### (Plan vs actual|截至)/.test(report) ? 1 : 0;
                expect(charts.length).toBe(1 + tornado + actuals);
                expect(checkGantt(gantts[0])).toEqual([]);
                charts.forEach(chart => expect(checkXyChart(chart)).toEqual([]));
            });
        }
    }

    for (const { name, file } of CASES) {
        it(`${name}: the financials table shows the same figures as \`crmplan evaluate --json\``, async () => {
            const loaded = await loadPlan(file, ROOT);
            const json = toEvaluationJson(loaded.evaluation);
            const report = loaded.report('en');
            const financials = tables(report.slice(report.indexOf('### Financials per option')))[0];
            const row = (label: RegExp) => financials.find(r => label.test(r[0].text))!.slice(1).map(c => c.text);
            const money = (value: string | null) => {
                const [whole, cents] = Number(value).toFixed(2).split('.');
                return `${whole.startsWith('-') ? '-' : ''}¥${Number(whole.replace('-', '')).toLocaleString('en-US')}.${cents}`;
            };
            const percent = (value: number | null) => `${value!.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
            expect(financials[0].slice(1).map(c => c.text.replace(/ \(.*\)$/, ''))).toHaveLength(json.options.length);
            expect(row(/^TCO$/)).toEqual(json.options.map(o => money(o.tco)));
            expect(row(/^Total benefit$/)).toEqual(json.options.map(o => money(o.totalBenefit)));
            expect(row(/^NPV/)).toEqual(json.options.map(o => money(o.npv)));
            expect(row(/^ROI$/)).toEqual(json.options.map(o => percent(o.roiPercent)));
            expect(row(/^PV-ROI$/)).toEqual(json.options.map(o => percent(o.pvRoiPercent)));
            expect(row(/^IRR/)).toEqual(json.options.map(o => percent(o.irrAnnualPercent)));
            expect(row(/^Payback$/).map(p => p.split(' ')[0])).toEqual(json.options.map(o => o.paybackMonths === null ? 'not' : o.paybackMonths.toFixed(2)));
        });
    }

    it('has no golden file without a plan', () => {
        const expected = new Set(CASES.flatMap(c => LOCALES.map(locale => `${c.name}.${locale}.md`)));
        const stale = readdirSync(GOLDEN).filter(file => file.endsWith('.md') && !expected.has(file));
        expect(stale).toEqual([]);
    });
});
