/**
 * Figures that do not exist: ROI without costs, no IRR (and several), a
 * payback never reached, amounts beyond the range of numbers, absurd
 * horizons. Every view says "n/a" (or "none", "not within the horizon")
 * with the reason, or the plan gets an error diagnostic that says why it has
 * no figures; NaN and Infinity appear nowhere, the JSON document included.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { toEvaluationJson } from '../../language-server/evaluation/index.js';
import { renderReport } from '../../language-server/report/index.js';
import { runCli } from '../helpers/run-cli.js';
import { checkFiles, temporaryFolder, type CheckedWorkspace } from '../helpers/workspace.js';
import { finite } from './harness.js';

const HEADER = `plan "Numbers" {
    currency CNY
    start 2027-01
    horizon 12 months
}

goal G "Goal" weight 100%
`;

const NO_COSTS = `${HEADER}
vendor Free "Costs nothing" {
}

benefit Time "Saved time" {
    savings
    100 per month
}
`;

const COSTS_ONLY = `${HEADER}
vendor Pricey "Only costs" {
}

cost Run "Running cost" {
    direct
    1000 per month
}
`;

/** −100, +230, −132: NPV zero at 10% and at 20% a month. */
const TWO_RATES = `${HEADER}
vendor Twice "Two rates" {
}

cost First "First" {
    direct
    100 once in 2027-01
}

benefit Middle "Middle" {
    savings
    230 once in 2027-02
}

cost Last "Last" {
    direct
    132 once in 2027-03
}
`;

const THIRTY_ONE_DIGITS = '1' + '0'.repeat(30);
const HUGE_31 = `${HEADER}
vendor Big "Big" {
}

cost Huge "31 digits" {
    direct
    ${THIRTY_ONE_DIGITS} per month
}

benefit Huger "31 digits and more" {
    savings
    ${THIRTY_ONE_DIGITS}0 per month
}
`;

const OVERFLOW = `${HEADER}
vendor Typo "Typo" {
}

cost Typo "Four hundred digits" {
    direct
    ${'9'.repeat(400)} per month
}
`;

const TINY_TCO = `${HEADER}
vendor Tiny "Tiny" {
}

cost Dust "Almost nothing" {
    direct
    0.${'0'.repeat(400)}1 once
}

benefit Time "Saved time" {
    savings
    100 per month
}
`;

const HUGE_EFFORT = `${HEADER}
vendor V "V" {
}

requirement R "Endless" {
    impact G 5
    effort ${'9'.repeat(400)} person-weeks
    must
}
`;

const NOT_A_NUMBER = /NaN|Infinity|∞/;

let workspace: CheckedWorkspace;
beforeAll(async () => {
    workspace = await checkFiles({
        'no-costs.crmplan': NO_COSTS, 'costs-only.crmplan': COSTS_ONLY, 'two-rates.crmplan': TWO_RATES, 'huge-31.crmplan': HUGE_31,
        'overflow.crmplan': OVERFLOW, 'tiny-tco.crmplan': TINY_TCO, 'huge-effort.crmplan': HUGE_EFFORT
    });
    for (const [name, text] of Object.entries({ 'no-costs': NO_COSTS, 'costs-only': COSTS_ONLY, 'two-rates': TWO_RATES, 'huge-31': HUGE_31, overflow: OVERFLOW, 'tiny-tco': TINY_TCO })) {
        writeFileSync(join(cliFolder(), `${name}.crmplan`), text);
    }
});

let folder: string | undefined;
function cliFolder(): string {
    folder ??= temporaryFolder();
    return folder;
}

/** The hover Markdown on the first occurrence of `word` in `path`. */
async function hoverOn(path: string, word: string): Promise<string> {
    const document: LangiumDocument = workspace.document(path);
    const text = document.textDocument.getText();
    const offset = new RegExp(`\\b${word}\\b`).exec(text)!.index + 1;
    const hover = await workspace.services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
    });
    const contents = hover?.contents as { value: string } | undefined;
    return contents?.value ?? '';
}

function figures(path: string) {
    const result = workspace.services.workspace.PlanEvaluations.figures(workspace.document(path));
    if (result.status !== 'current') {
        throw new Error(`${path} has no current figures`);
    }
    return result;
}

function evaluateCli(name: string, json = false) {
    return runCli(['evaluate', ...(json ? ['--json'] : []), `${name}.crmplan`], { cwd: cliFolder() });
}

function expectFinite(value: unknown): void {
    const problems: string[] = [];
    finite('value', value, (_kind, detail) => problems.push(detail));
    expect(problems).toEqual([]);
}

describe('ROI of an option without costs (TCO 0)', () => {
    it('is "n/a: no costs" in the hover, the report, the CLI and null in JSON, with a CRM111 warning', async () => {
        expect(workspace.codes('no-costs.crmplan')).toEqual(['CRM111']);
        const hover = await hoverOn('no-costs.crmplan', 'Free');
        expect(hover).toContain('| ROI | n/a: no costs |');
        const { plan, evaluation } = figures('no-costs.crmplan');
        const report = renderReport(plan, evaluation, 'en');
        expect(report).toContain('n/a: no costs');
        expect(renderReport(plan, evaluation, 'zh-CN')).not.toMatch(NOT_A_NUMBER);
        const json = toEvaluationJson(evaluation);
        expect(json.options[0].roiPercent).toBeNull();
        expect(json.options[0].pvRoiPercent).toBeNull();
        expectFinite(json);
        const cli = evaluateCli('no-costs');
        expect(cli.status).toBe(0);
        expect(cli.stdout).toMatch(/^ROI\s+n\/a: no costs$/m);
        for (const output of [hover, report, cli.stdout, JSON.stringify(json)]) {
            expect(output).not.toMatch(NOT_A_NUMBER);
        }
    });
});

describe('no IRR, payback never reached', () => {
    it('says why in the hover, the report and the CLI; JSON has null and no roots', async () => {
        const hover = await hoverOn('costs-only.crmplan', 'Pricey');
        expect(hover).toContain('| IRR (annual) | none (no root) |');
        expect(hover).toContain('| Payback | not within the horizon |');
        const { plan, evaluation } = figures('costs-only.crmplan');
        const report = renderReport(plan, evaluation, 'en');
        expect(report).toContain('n/a: no rate makes the NPV zero');
        expect(report).toContain('not within the horizon');
        const cli = evaluateCli('costs-only');
        expect(cli.stdout).toMatch(/^IRR \(annual\)\s+n\/a: no rate makes the NPV zero$/m);
        expect(cli.stdout).toMatch(/^Payback\s+not within the horizon$/m);
        const json = JSON.parse(evaluateCli('costs-only', true).stdout) as { options: Array<Record<string, unknown>> };
        expect(json.options[0]).toMatchObject({ irrAnnualPercent: null, irrRoots: [], paybackMonths: null });
        for (const output of [hover, report, cli.stdout]) {
            expect(output).not.toMatch(NOT_A_NUMBER);
        }
    });

    it('lists every rate when several make the NPV zero, and picks none', async () => {
        const hover = await hoverOn('two-rates.crmplan', 'Twice');
        expect(hover).toMatch(/\| IRR \(annual\) \| none: 2 roots \(213\.84%, 791\.61%\) \|/);
        const { plan, evaluation } = figures('two-rates.crmplan');
        expect(renderReport(plan, evaluation, 'en')).toContain('n/a: 2 rates make the NPV zero');
        expect(evaluateCli('two-rates').stdout).toMatch(/^IRR \(annual\)\s+n\/a: 2 rates make the NPV zero \([^)]*\)$/m);
    });
});

describe('amounts of 31 digits (about 10^30)', () => {
    it('evaluate exactly: money strings keep every digit, ratios stay finite', async () => {
        expect(workspace.diagnostics('huge-31.crmplan').filter(d => d.severity === 'error')).toEqual([]);
        const { plan, evaluation } = figures('huge-31.crmplan');
        const json = toEvaluationJson(evaluation);
        expect(json.options[0].tco).toBe(`12${'0'.repeat(30)}.00`);
        expect(json.options[0].totalBenefit).toBe(`12${'0'.repeat(31)}.00`);
        expect(json.options[0].roiPercent).toBe(900);
        expectFinite(json);
        const hover = await hoverOn('huge-31.crmplan', 'Big');
        expect(hover).toContain('¥12,000,000,000,000,000,000,000,000,000,000.00');
        for (const output of [hover, renderReport(plan, evaluation, 'en'), renderReport(plan, evaluation, 'zh-CN'), evaluateCli('huge-31').stdout]) {
            expect(output).not.toMatch(NOT_A_NUMBER);
        }
    });
});

describe('figures beyond the range of numbers', () => {
    it('a 400-digit amount is an error (CRM025) that says why; no figure is shown', async () => {
        const errors = workspace.diagnostics('overflow.crmplan').filter(d => d.severity === 'error');
        expect(errors.map(d => d.code)).toEqual(['CRM025']);
        expect(errors[0].message).toContain('beyond the range of numbers');
        expect(errors[0].text).toBe('"Numbers"');
        expect(workspace.services.workspace.PlanEvaluations.figures(workspace.document('overflow.crmplan'))).toEqual({ status: 'none', reason: 'errors' });
        expect(await hoverOn('overflow.crmplan', 'Typo')).toContain('No figures yet: the plan has errors.');
        const cli = evaluateCli('overflow', true);
        expect(cli.status).toBe(1);
        expect(cli.stdout).toBe('');
        expect(cli.stderr).toContain('error CRM025 No figures: an amount, or a figure made from amounts, is beyond the range of numbers');
        expect(cli.stderr).not.toMatch(/\n\s+at /);
        expect(cli.stderr).not.toMatch(NOT_A_NUMBER);
    });

    it('so is an ROI on a TCO of almost nothing', () => {
        expect(workspace.codes('tiny-tco.crmplan')).toEqual(['CRM025']);
        const report = runCli(['report', 'tiny-tco.crmplan'], { cwd: cliFolder() });
        expect(report.status).toBe(1);
        expect(report.stdout).toBe('');
        expect(report.stderr).toContain('CRM025');
    });

    it('and an effort no number can hold', () => {
        expect(workspace.codes('huge-effort.crmplan').filter(code => code < 'CRM100')).toEqual(['CRM025']);
    });

    it('a horizon, duration or ramp past 1200 months is CRM019, not minutes of evaluation', async () => {
        const source = HEADER.replace('horizon 12 months', 'horizon 120000 months') + `
phase Long {
    start 2027-01
    duration 99999999999999999999 months
}

benefit Slow {
    savings
    100 per month
    ramp 5000 months
}
`;
        const started = Date.now();
        const checked = await checkFiles({ 'long.crmplan': source });
        expect(Date.now() - started).toBeLessThan(10_000);
        const diagnostics = checked.diagnostics('long.crmplan').filter(d => d.code === 'CRM019');
        expect(diagnostics.map(d => d.text)).toEqual(['120000', '99999999999999999999', '5000']);
        expect(diagnostics[0].message).toBe('The horizon must be a whole number of months from 1 to 1200 (found 120000).');
    });
});
