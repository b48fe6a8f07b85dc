/**
 * Guardrail diagnostics: broken rules (CRM038 error, CRM123 warning) on the
 * rule's line or the import that brings it, unit and basis errors (CRM036,
 * CRM037, CRM003) and their quick fixes, in English and Chinese.
 */
import { TextDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { REFERENCE_PLAN as REFERENCE, REFERENCE_ROWS, withRules } from '../helpers/guardrail-reference.js';
import { checkFiles, checkText, lineOf, withCode } from '../helpers/workspace.js';


describe('the specification\'s reference rows', () => {
    // The message's figure and limit for each broken row.
    const messages: Record<string, string> = {
        'require payback <= 15 months "Board rule 2026-3"': 'payback 15.64 months, limit 15 months',
        'expect npv >= 500000': 'NPV ¥449,553.71, limit ¥500,000.00',
        'require p10 npv >= 0': 'no simulation: the plan has no ranges'
    };
    const rows = REFERENCE_ROWS.map(row => [row.rule, row.holds ? undefined : row.rule.startsWith('require') ? 'CRM038' : 'CRM123',
        messages[row.rule]] as const);
    for (const [rule, code, text] of rows) {
        it(`${rule}: ${code ?? 'holds'}`, async () => {
            const source = withRules(rule);
            const diagnostics = (await checkText(source)).filter(d => d.code === 'CRM038' || d.code === 'CRM123');
            if (!code) {
                expect(diagnostics).toEqual([]);
                return;
            }
            expect(diagnostics).toHaveLength(1);
            expect(diagnostics[0]).toMatchObject({ code, severity: code === 'CRM038' ? 'error' : 'warning', line: lineOf(source, rule) });
            expect(diagnostics[0]!.message).toContain('纷享销客 专业版');
            expect(diagnostics[0]!.message).toContain(text);
            if (rule.includes('Board rule')) {
                expect(diagnostics[0]!.message).toContain('"Board rule 2026-3"');
            }
        });
    }

    it('names figure, limit, option and reason in Chinese', async () => {
        const diagnostics = await checkText(withRules('require payback <= 15 months "董事会规则"'), { locale: 'zh-CN' });
        const [broken] = withCode(diagnostics, 'CRM038');
        expect(broken!.message).toBe('硬性要求未满足：`require payback <= 15 months`（“董事会规则”）。纷享销客专业版：静态投资回收期 15.64 个月，限值 15 个月。');
    });

    it('a broken require is an error that leaves the plan\'s other figure checks running', async () => {
        const diagnostics = await checkText(withRules('require payback <= 15 months').replace('choose Fxiaoke', 'choose Zoho'));
        expect(withCode(diagnostics, 'CRM112')).toHaveLength(1);
        expect(withCode(diagnostics, 'CRM038')[0]!.message).toContain('Zoho CRM Professional: payback 18.82 months');
    });
});

describe('units and bases', () => {
    const cases: Array<[string, string, string]> = [
        ['require roi >= 100', 'CRM036', '100'],
        ['require payback <= 18', 'CRM036', '18'],
        ['require matrix >= 8%', 'CRM036', '8%'],
        ['require tco <= 450000 months', 'CRM036', '450000 months'],
        ['require p10 matrix >= 8', 'CRM037', 'p10'],
        ['require p90 tco <= 450000', 'CRM037', 'p90'],
        ['require tco <= 60000 EUR', 'CRM003', 'EUR']
    ];
    for (const [rule, code, underlined] of cases) {
        it(`${rule}: ${code}`, async () => {
            const source = withRules(rule);
            const found = withCode(await checkText(source), code);
            expect(found).toHaveLength(1);
            expect(found[0]).toMatchObject({ severity: 'error', line: lineOf(source, rule), text: underlined });
        });
    }

    it('accepts money in a currency with a declared rate, and each metric in its unit', async () => {
        const diagnostics = await checkText(withRules('require tco <= 70000 USD', 'require roi >= 1%', 'require payback <= 40 months',
            'require matrix >= 1', 'require p50 npv >= -1000000', 'require trend benefit >= 1'));
        // The p50 rule breaks (no ranges, so no simulation), but no unit, basis or currency is wrong.
        expect(diagnostics.filter(d => d.severity === 'error').map(d => d.code)).toEqual(['CRM038']);
    });

    it('says what unit to write, in Chinese too', async () => {
        const [unit] = withCode(await checkText(withRules('require roi >= 100'), { locale: 'zh-CN' }), 'CRM036');
        expect(unit!.message).toBe('投资回报率（ROI）的单位是百分比：请写成 `require roi >= 100%`。');
        const [basis] = withCode(await checkText(withRules('require p10 matrix >= 8')), 'CRM037');
        expect(basis!.message).toContain('The matrix score takes no basis');
    });
});

describe('quick fixes', () => {
    async function fix(rule: string, code: string): Promise<{ title: string; text: string; after: string[] }> {
        const source = withRules(rule);
        const workspace = await checkFiles({ 'plan.crmplan': source });
        const document = workspace.document('plan.crmplan');
        const diagnostic = (document.diagnostics ?? []).find(d => d.code === code)!;
        const actions = await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) ?? [];
        expect(actions).toHaveLength(1);
        const action = actions[0] as CodeAction;
        const text = TextDocument.applyEdits(document.textDocument, action.edit!.changes![document.textDocument.uri]!);
        const again = await checkFiles({ 'plan.crmplan': text });
        return { title: action.title, text, after: again.codes('plan.crmplan') };
    }

    it('CRM036 writes the unit', async () => {
        const fixed = await fix('require roi >= 100', 'CRM036');
        expect(fixed.title).toBe('Write `100%`');
        expect(fixed.text).toContain('\nrequire roi >= 100%\n');
        expect(fixed.after).not.toContain('CRM036');
        expect((await fix('expect payback <= 18', 'CRM036')).text).toContain('\nexpect payback <= 18 months\n');
    });

    it('CRM037 removes the basis', async () => {
        const fixed = await fix('require p10 matrix >= 8', 'CRM037');
        expect(fixed.text).toContain('\nrequire matrix >= 8\n');
        expect(fixed.after).toEqual([]);
    });
});

describe('a policy file imported by two plans', () => {
    const POLICY = `// Finance rules for every CRM business case.
require roi >= 100% "Finance policy 7"
expect npv >= 400000
require payback <= 18 months "Board rule 2026-3"
`;
    const plan = (choose: string) => REFERENCE.replace('choose Fxiaoke', choose)
        .replace(/^(plan )/m, 'import "../policies/finance.crmplan"\n\n$1');

    it('holds one plan to the rules and reports the other\'s broken rule on its import line', async () => {
        const workspace = await checkFiles({
            'policies/finance.crmplan': POLICY,
            'plans/fxiaoke.crmplan': plan('choose Fxiaoke'),
            'plans/zoho.crmplan': plan('choose Zoho')
        });
        expect(workspace.diagnostics('policies/finance.crmplan')).toEqual([]);
        expect(workspace.codes('plans/fxiaoke.crmplan')).toEqual([]);
        const source = plan('choose Zoho');
        const zoho = workspace.diagnostics('plans/zoho.crmplan').filter(d => d.code === 'CRM038' || d.code === 'CRM123');
        const line = lineOf(source, 'import "../policies');
        expect(zoho.map(d => [d.code, d.line, d.text])).toEqual([
            ['CRM038', line, '"../policies/finance.crmplan"'],
            ['CRM038', line, '"../policies/finance.crmplan"'],
            ['CRM123', line, '"../policies/finance.crmplan"']
        ]);
        expect(zoho[0]!.message).toBe('Broken: `require roi >= 100%` ("Finance policy 7") from ../policies/finance.crmplan:2. '
            + 'Zoho CRM Professional: ROI 74.26%, limit 100%.');
        expect(zoho[1]!.message).toContain('from ../policies/finance.crmplan:4');
        expect(zoho[2]!.message).toContain('from ../policies/finance.crmplan:3');
    });
});
