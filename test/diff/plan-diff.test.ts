import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../language-server/diff/plan-diff.js';
import { COMMENT_LIMIT, DIFF_MARKER, renderDiff } from '../../language-server/diff/render-diff.js';
import type { Evaluation } from '../../language-server/evaluation/index.js';
import type { Plan } from '../../language-server/model/plan.js';
import { checkFiles } from '../helpers/workspace.js';

const REFERENCE = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

async function figures(text: string): Promise<{ plan: Plan; evaluation: Evaluation }> {
    const workspace = await checkFiles({ 'plan.crmplan': text });
    const errors = workspace.diagnostics('plan.crmplan').filter(d => d.severity === 'error');
    expect(errors).toEqual([]);
    const result = workspace.services.workspace.PlanEvaluations.figures(workspace.document('plan.crmplan'));
    if (result.status !== 'current') {
        throw new Error(`no figures: ${result.status}`);
    }
    return result;
}

async function diffOf(head: string) {
    return diffPlans(await figures(REFERENCE), await figures(head));
}

describe('plan diff', () => {
    it('shows a changed source as a change, even when no figure moves', async () => {
        const sourced = readFileSync(new URL('../fixtures/acme-sourced.crmplan', import.meta.url), 'utf8');
        const head = sourced.replace('source "quote of 2026-12"', 'source "quote of 2027-02"').replace('source "budget rate from finance, 2026-11-01"', 'source "finance, 2027-01"');
        expect(head).not.toBe(sourced);
        const diff = diffPlans(await figures(sourced), await figures(head));
        expect(diff.options.every(o => o.tco.delta?.isZero() && o.npv.delta === 0)).toBe(true);
        const comment = renderDiff(diff, 'en');
        expect(comment).toContain('  - edition Professional: licence 119 per user per month billed yearly source "quote of 2026-12" → licence 119 per user per month billed yearly source "quote of 2027-02"');
        expect(comment).toContain('rate: 7\\.1 CNY per USD source "budget rate from finance, 2026-11-01" → 7\\.1 CNY per USD source "finance, 2027-01"');
        const zh = renderDiff(diffPlans(await figures(sourced), await figures(head), 'zh-CN'), 'zh-CN');
        expect(zh).toContain('（来源：quote of 2026-12） → ');
    });

    it('shows the NPV change of each option and the cost change that caused it', async () => {
        const diff = await diffOf(REFERENCE.replace('80000 once in 2027-02', '100000 once in 2027-02'));
        const fxiaoke = diff.options.find(o => o.id === 'Fxiaoke.Professional')!;
        expect(fxiaoke.tco.delta!.toFixed(2)).toBe('20000.00');
        expect(fxiaoke.npv.delta!).toBeLessThan(-19_000);
        expect(fxiaoke.npv.delta!).toBeGreaterThan(-20_000);
        expect(diff.changes).toEqual([{
            kind: 'cost', id: 'Customization', title: 'Sales workflow customisation', change: 'changed',
            fields: [{ field: 'amount', old: '80000 once in 2027-02', new: '100000 once in 2027-02' }]
        }]);
        const comment = renderDiff(diff, 'en');
        expect(comment.startsWith(DIFF_MARKER + '\n')).toBe(true);
        expect(comment).toContain('¥449,553.71 → ');
        expect(comment).toMatch(/\| 纷享销客 专业版 \(chosen\) \| ¥430,200\.00 → ¥450,200\.00 \(▲ \+¥20,000\.00\)/);
        expect(comment).toContain('  - amount: 80000 once in 2027-02 → 100000 once in 2027-02');
    });

    it('lists requirements, benefits, vendors and phases added, removed or changed, with old → new values', async () => {
        const head = REFERENCE
            .replace(/requirement Segments[\s\S]*?\n}\n/, '')
            .replace('covers LeadFollowUp 90%, Pipeline 85%, Reports 80%, Segments 60%', 'covers LeadFollowUp 95%, Pipeline 85%, Reports 80%')
            .replace('covers LeadFollowUp 85%, Pipeline 80%, Reports 85%, Segments 70%', 'covers LeadFollowUp 85%, Pipeline 80%, Reports 85%')
            .replace('    duration 2 months\n    delivers', '    duration 3 months\n    delivers')
            .replace('benefit SalesTime', 'benefit FasterQuotes "Quotes out the same day" {\n    savings\n    from Pipeline\n    2000 per month\n}\n\nbenefit SalesTime');
        const diff = await diffOf(head);
        const find = (kind: string, id: string) => diff.changes.find(c => c.kind === kind && c.id === id);
        expect(find('requirement', 'Segments')).toMatchObject({ change: 'removed' });
        expect(find('requirement', 'Segments')!.fields).toContainEqual({ field: 'priority', old: 'could' });
        expect(find('benefit', 'FasterQuotes')).toMatchObject({ change: 'added' });
        expect(find('benefit', 'FasterQuotes')!.fields).toContainEqual({ field: 'amount', new: '2000 per month' });
        expect(find('vendor', 'Fxiaoke')!.fields).toEqual([{
            field: 'covers', old: 'LeadFollowUp 90%, Pipeline 85%, Reports 80%, Segments 60%', new: 'LeadFollowUp 95%, Pipeline 85%, Reports 80%',
            elements: [{ key: 'LeadFollowUp', old: 'LeadFollowUp 90%', new: 'LeadFollowUp 95%' }, { key: 'Segments', old: 'Segments 60%' }]
        }]);
        expect(find('phase', 'Rollout')!.fields).toEqual([{ field: 'duration', old: '2 months', new: '3 months' }]);
        expect(find('phase', 'Setup')).toBeUndefined();
        expect(diff.requirementRanks).toContainEqual({ id: 'Segments', title: 'Customer segmentation', base: 4, head: null });
        const comment = renderDiff(diff, 'en');
        expect(comment).toContain('- **Requirement** Customer segmentation (Segments) removed');
        // Only the elements of the list that changed, not the whole line old → new.
        expect(comment).toContain('  - covers: LeadFollowUp 90% → 95%, Segments 60% removed\n');
        expect(comment).toContain('- **Benefit** Quotes out the same day (FasterQuotes) added');
        expect(comment).toContain('- Customer segmentation (Segments): #4 → gone');
    });

    it('names only the changed element of a list: impacts, asked by, scores and an edition\'s licence lines', async () => {
        const head = REFERENCE
            .replace('    asked by Sales\n    evidence interview, feedback\n    impact SalesEfficiency 9, CustomerExperience 5',
                '    asked by Sales, Service\n    evidence interview, feedback\n    impact SalesEfficiency 9, CustomerExperience 6')
            .replace('score Usability 8, Localisation 9', 'score Usability 7, Localisation 9')
            .replace('        licence 119 CNY per user per month billed yearly\n',
                '        licence 119 CNY per user per month billed yearly\n        licence 5000 CNY per year billed yearly\n');
        const diff = await diffOf(head);
        const fields = (kind: string, id: string) => diff.changes.find(c => c.kind === kind && c.id === id)!.fields;
        expect(fields('requirement', 'LeadFollowUp').map(f => [f.field, f.elements])).toEqual([
            ['impact', [{ key: 'CustomerExperience', old: 'CustomerExperience 5', new: 'CustomerExperience 6' }]],
            ['asked by', [{ key: 'Service', new: 'Service' }]]
        ]);
        const en = renderDiff(diff, 'en');
        expect(en).toContain('  - impact: CustomerExperience 5 → 6\n');
        expect(en).toContain('  - asked by: Service added\n');
        expect(en).toContain('  - score: Usability 8 → 7\n');
        // A second licence line: only it is new.
        expect(en).toContain('  - edition Professional: licence 5000 per year billed yearly added\n');
        const zh = renderDiff(diffPlans(await figures(REFERENCE), await figures(head), 'zh-CN'), 'zh-CN');
        expect(zh).toContain('  - 提出部门：新增 Service\n');
        expect(zh).toContain('  - 评分：Usability 8 → 7\n');
    });

    it('shows a rollout wave added to a department, with the licence change it causes', async () => {
        const diff = await diffOf(REFERENCE.replace('department Sales "Sales" { users 40 }', 'department Sales "Sales" {\n    users 20\n    users 40 from 2027-07\n}'));
        expect(diff.changes).toEqual([{
            kind: 'department', id: 'Sales', change: 'changed',
            fields: [{ field: 'users', old: '40', new: '20' }, { field: 'waves', old: undefined, new: '40 from 2027-07' }]
        }]);
        const fxiaoke = diff.options.find(o => o.id === 'Fxiaoke.Professional')!;
        // The first year bills 30 seats and 20 more for six months; 2027-03 trains 20 fewer users (6 h × 120).
        expect(fxiaoke.tco.delta!.toFixed(2)).toBe((-(20 * 119 * 6) - 20 * 6 * 120).toFixed(2));
    });

    it('lists an appended actuals block as a change, with what it records', async () => {
        const base = `${REFERENCE}\nactuals 2027-01 {\n    licence 71400\n}\n`;
        const head = `${base}\nactuals 2027-02 to 2027-04 {\n    cost Customization 92000\n    cost Maintenance 2500\n    cost Maintenance 2600\n    kpi WinRate 19%\n}\n`;
        const diff = diffPlans(await figures(base), await figures(head));
        expect(diff.changes).toEqual([{
            kind: 'actuals', id: '2027-02 to 2027-04', change: 'added',
            fields: [
                { field: 'cost Customization', new: '92000' },
                { field: 'cost Maintenance', new: '2500, 2600' },
                { field: 'kpi WinRate', new: '19%' }
            ]
        }]);
        expect(renderDiff(diff, 'zh-CN')).toContain('**实际数据** 2027-02 to 2027-04');
    });

    it('reports rank changes and a new recommended option', async () => {
        const head = REFERENCE.replace('licence 119 CNY per user per month', 'licence 300 CNY per user per month');
        const diff = await diffOf(head);
        expect(diff.recommended).toEqual({ base: 'Fxiaoke.Professional', head: 'Zoho.Professional' });
        expect(diff.optionRanks).toEqual([
            { id: 'Zoho.Professional', base: 2, head: 1 },
            { id: 'Fxiaoke.Professional', base: 1, head: 2 }
        ]);
        expect(renderDiff(diff, 'en')).toContain('The recommended option (highest NPV) changed from 纷享销客 专业版 to Zoho CRM Professional.');
        expect(renderDiff(diff, 'zh-CN')).toContain('推荐方案（净现值最高）由 纷享销客专业版 变为 Zoho CRM Professional。');
    });

    it('says when nothing but layout changed', async () => {
        const diff = await diffOf(REFERENCE.replace('// Acme Machinery adds', '// Acme Machinery, a maker of pumps, adds'));
        expect(diff.changes).toEqual([]);
        expect(renderDiff(diff, 'en')).toContain('No declaration changed (only layout or comments).');
        expect(renderDiff(diff, 'en')).toContain('¥449,553.71 (no change)');
    });

    it('escapes plan text so a title cannot inject HTML into the comment', async () => {
        const head = REFERENCE.replace('"Import existing customer data"', '"<script>alert(1)</script> | `x` **y**"');
        const comment = renderDiff(await diffOf(head), 'en');
        expect(comment).not.toContain('<script>');
        expect(comment).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\| \\`x\\` \\*\\*y\\*\\*');
    });

    it('stays under the comment limit: drops the folded report first, then changes, and says so', async () => {
        const diff = await diffOf(REFERENCE.replace('80000 once in 2027-02', '100000 once in 2027-02'));
        const report = '# Report\n\n' + 'x'.repeat(COMMENT_LIMIT);
        const withReport = renderDiff(diff, 'en', '# Short report');
        expect(withReport).toContain('<details>\n<summary>Full report of the new version</summary>\n\n# Short report\n\n</details>');
        const cut = renderDiff(diff, 'en', report);
        expect(cut.length).toBeLessThanOrEqual(COMMENT_LIMIT);
        expect(cut).not.toContain('<details>');
        expect(cut).toContain('The full report is left out');
        expect(cut).toContain('100000 once in 2027-02');
        const many = await diffOf(REFERENCE.replace('80000 once in 2027-02', '100000 once in 2027-02')
            .replace('15000 once', '16000 once').replace('2500 per month', '2600 per month').replace('8000 per month', '9000 per month'));
        expect(many.changes).toHaveLength(4);
        const full = renderDiff(many, 'en');
        const limit = full.length - 60;
        const tiny = renderDiff(many, 'en', report, limit);
        expect(tiny.length).toBeLessThanOrEqual(limit);
        expect(tiny).toMatch(/_\d more changes are not shown, to stay within GitHub's comment limit\._/);
        // The first changes stay; the cut is from the end.
        expect(tiny).toContain('- **Cost** Import existing customer data (DataImport) changed');
        expect(tiny).not.toContain('- **Benefit** Less manual reporting (SalesTime) changed');
    });
});
