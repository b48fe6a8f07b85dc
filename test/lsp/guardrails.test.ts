/**
 * Guardrails in the editor, through the language server over stdio: the
 * diagnostics of the specification's reference rows (a policy file's broken
 * rule on the plan's import line), an inlay hint with the figure and ✓ or ✗
 * on every rule line, and a hover saying where the figure comes from.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PLAN as REFERENCE, REFERENCE_RULES as RULES } from '../helpers/guardrail-reference.js';
import { fileUri, LspClient } from '../helpers/lsp-client.js';

const PLAN = `${REFERENCE}\n${RULES.join('\n')}\n`;
/** 0-based line of the first rule. */
const FIRST = PLAN.split('\n').indexOf(RULES[0]!);

const POLICY = 'require roi >= 100% "Finance policy 7"\n';
const withPolicy = (choose: string) => `import "policies/finance.crmplan"\n${REFERENCE.replace('choose Fxiaoke', choose)}`;

describe('guardrails over stdio', () => {
    let folder: string;
    let client: LspClient;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'crmplan-lsp-guardrails-'));
        mkdirSync(join(folder, '.git'));
        mkdirSync(join(folder, 'policies'));
        writeFileSync(join(folder, 'rules.crmplan'), PLAN);
        writeFileSync(join(folder, 'policies', 'finance.crmplan'), POLICY);
        writeFileSync(join(folder, 'fxiaoke.crmplan'), withPolicy('choose Fxiaoke'));
        writeFileSync(join(folder, 'zoho.crmplan'), withPolicy('choose Zoho'));
        ({ client } = await LspClient.start(folder, { locale: 'en-US' }));
    }, 30_000);

    afterAll(async () => {
        await client?.stop();
    });

    it('publishes a broken require as an error and a broken expect as a warning, on their lines', async () => {
        const diagnostics = await client.diagnosticsFor(fileUri(join(folder, 'rules.crmplan')), d => d.length > 0);
        expect(diagnostics.map(d => [d.code, d.severity, d.range.start.line - FIRST])).toEqual([
            ['CRM038', 1, 1],
            ['CRM123', 2, 2],
            ['CRM038', 1, 6]
        ]);
        expect(diagnostics[0]!.message).toBe('Broken: `require payback <= 15 months` ("Board rule 2026-3"). '
            + '纷享销客 专业版: payback 15.64 months, limit 15 months.');
    });

    it('shows the figure and ✓ or ✗ after every rule line', async () => {
        const uri = fileUri(join(folder, 'rules.crmplan'));
        await client.diagnosticsFor(uri, d => d.length > 0);
        const hints = (await client.inlayHints(uri)).filter(hint => hint.position.line >= FIRST);
        expect(hints.map(hint => [hint.position.line - FIRST, String(hint.label)])).toEqual([
            [0, 'ROI 126.12% ✓'],
            [1, 'payback 15.64 months ✗'],
            [2, 'NPV ¥449,553.71 ✗'],
            [3, 'IRR 141.53% ✓'],
            [4, 'TCO ¥430,200.00 ✓'],
            [5, 'matrix score 8.79 ✓'],
            [6, 'no simulation: the plan has no ranges ✗'],
            [7, 'ROI 126.12% ✓']
        ]);
        expect(hints[0]!.position.character).toBe(RULES[0]!.length);
    });

    it('explains in a hover where the figure comes from', async () => {
        const uri = fileUri(join(folder, 'rules.crmplan'));
        await client.diagnosticsFor(uri, d => d.length > 0);
        const payback = await client.hover(uri, { line: FIRST + 1, character: 10 });
        expect(payback).toBe('**✗ broken** · payback 15.64 months · limit 15 months\n\n“Board rule 2026-3”\n\n'
            + 'From the plan\'s figures (the evaluation). Applied to 纷享销客 专业版.');
        const forecast = await client.hover(uri, { line: FIRST + 7, character: 3 });
        expect(forecast).toContain('From the actuals\' forecast; without actuals it equals the plan\'s figures.');
    });

    it('reports a policy file\'s broken rule on the import line of the plan that breaks it, and only there', async () => {
        const zoho = await client.diagnosticsFor(fileUri(join(folder, 'zoho.crmplan')), d => d.some(x => x.code === 'CRM038'));
        const broken = zoho.filter(d => d.code === 'CRM038');
        expect(broken).toHaveLength(1);
        expect(broken[0]!.range.start.line).toBe(0);
        expect(broken[0]!.message).toContain('from policies/finance.crmplan:1. Zoho CRM Professional: ROI 74.26%, limit 100%.');
        const fxiaoke = await client.diagnosticsFor(fileUri(join(folder, 'fxiaoke.crmplan')));
        expect(fxiaoke.filter(d => d.code === 'CRM038')).toEqual([]);
        expect(await client.diagnosticsFor(fileUri(join(folder, 'policies', 'finance.crmplan')))).toEqual([]);
    });
});
