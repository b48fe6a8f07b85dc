/**
 * Sources in the editor, through the language server over stdio: the hover
 * of a sourced line says what the line is and its source; the hovers of
 * costs, benefits, editions, vendors and requirements list their sources;
 * a name inside a sourced line keeps its declaration's hover.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const SOURCED = readFileSync(new URL('../fixtures/acme-sourced.crmplan', import.meta.url), 'utf8');
const lines = SOURCED.split('\n');

/** The position `inner` characters into the first occurrence of `snippet`. */
function at(snippet: string, inner = 1): { line: number; character: number } {
    const line = lines.findIndex(l => l.includes(snippet));
    expect(line, snippet).toBeGreaterThanOrEqual(0);
    return { line, character: lines[line]!.indexOf(snippet) + inner };
}

describe.each([
    ['en-US', 'Source', 'Sources'],
    ['zh-CN', '来源', '来源']
])('sources in hovers over stdio (%s)', (locale, sourceLabel, sourcesHeading) => {
    let folder: string;
    let client: LspClient;
    let uri: string;
    const hover = (snippet: string, inner = 1) => client.hover(uri, at(snippet, inner));

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'crmplan-lsp-sources-'));
        mkdirSync(join(folder, '.git'));
        writeFileSync(join(folder, 'acme.crmplan'), SOURCED);
        ({ client } = await LspClient.start(folder, { locale }));
        uri = fileUri(join(folder, 'acme.crmplan'));
        await client.diagnosticsFor(uri);
    }, 30_000);

    afterAll(async () => {
        await client?.stop();
    });

    it('shows what a sourced line is and its source, on its figure, keyword or source', async () => {
        const colon = locale === 'zh-CN' ? '：' : ': ';
        const cases: [string, number, RegExp, string][] = [
            ['80000 once in 2027-02', 1, /Customization/, 'integrator quote Q-0412'],
            ['source "integrator quote Q-0412"', 10, /Customization/, 'integrator quote Q-0412'],
            ['licence 119 CNY', 2, /Fxiaoke\.Professional/, 'quote of 2026-12'],
            ['90% source "trial 2026-11"', 1, /Fxiaoke[\s\S]*LeadFollowUp|LeadFollowUp[\s\S]*Fxiaoke/, 'trial 2026-11'],
            ['Usability 8 source', 10, /Fxiaoke[\s\S]*Usability/, 'two-week trial with the sales team'],
            ['rate USD 7.10 CNY', 1, /USD → CNY/, 'budget rate from finance, 2026-11-01'],
            ['discount 8% per year', 1, /\*\*/, 'finance hurdle rate 2026'],
            ['users 40 source', 1, /Sales/, 'HR headcount 2026-11'],
            ['effort 8 person-weeks', 1, /Pipeline/, 'IT estimate'],
            ['30000 per month source', 1, /MoreDeals/, 'sales director estimate']
        ];
        for (const [snippet, inner, what, source] of cases) {
            const shown = await hover(snippet, inner);
            expect(shown, snippet).toMatch(what);
            expect(shown, snippet).toContain(`${sourceLabel}${colon}${source}`);
        }
    });

    it('keeps the declaration hover on a name inside a sourced line, and no source hover on a line without one', async () => {
        const onName = await hover('covers LeadFollowUp 90%', 9);
        expect(onName).toMatch(/^\*\*(requirement|需求) LeadFollowUp\*\*/);
        expect(await hover('15000 once', 1) ?? '').not.toContain(sourceLabel);
    });

    it('lists the sources of a declaration\'s lines in its hover', async () => {
        const cost = await hover('cost Customization', 6);
        expect(cost).toContain('integrator quote Q-0412');
        const benefit = await hover('benefit MoreDeals', 9);
        expect(benefit).toContain('sales director estimate');
        const edition = await hover('edition Professional "专业版"', 9);
        expect(edition).toContain('quote of 2026-12');
        const vendor = await hover('vendor Fxiaoke', 8);
        expect(vendor).toContain(`**${sourcesHeading}**`);
        for (const source of ['trial 2026-11', 'two-week trial with the sales team', 'quote of 2026-12']) {
            expect(vendor).toContain(source);
        }
        const requirement = await hover('requirement Pipeline', 13);
        expect(requirement).toContain(`**${sourcesHeading}**`);
        expect(requirement).toContain('IT estimate');
        // Zoho's vendor hover has no sources to list.
        expect(await hover('vendor Zoho', 8)).not.toContain(`**${sourcesHeading}**`);
    });
});
