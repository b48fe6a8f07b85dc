/**
 * Reports of real plan files, through the same loading path as the CLI
 * (`loadPlanForFigures`: parse, link, validate, build, evaluate).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Evaluation } from '../../language-server/evaluation/index.js';
import type { Locale } from '../../language-server/i18n/locale.js';
import type { Plan } from '../../language-server/model/plan.js';
import { renderReport } from '../../language-server/report/index.js';
import { loadPlanForFigures } from '../../src/cli/plan-figures.js';

export interface Loaded {
    readonly plan: Plan;
    readonly evaluation: Evaluation;
    report(locale: Locale): string;
}

/** Loads and evaluates a plan file (with its imports); fails the test if it has errors. */
export async function loadPlan(file: string, cwd = process.cwd()): Promise<Loaded> {
    const loaded = await loadPlanForFigures(file, cwd);
    if (!loaded.ok) {
        throw new Error(`${file} has errors`);
    }
    // As `crmplan report` does: with the simulation of a plan's ranges and its scenarios.
    const extras = { uncertainty: loaded.uncertainty, scenarios: loaded.scenarios, guardrails: loaded.guardrails };
    return { plan: loaded.plan, evaluation: loaded.evaluation, report: locale => renderReport(loaded.plan, loaded.evaluation, locale, extras) };
}

/** Writes plan text (and any other files) into a fresh repository folder and loads `plan.crmplan`. */
export async function loadPlanText(text: string, others: Record<string, string> = {}): Promise<Loaded> {
    const folder = mkdtempSync(join(tmpdir(), 'crmplan-report-'));
    mkdirSync(join(folder, '.git'));
    for (const [path, content] of Object.entries({ 'plan.crmplan': text, ...others })) {
        mkdirSync(dirname(join(folder, path)), { recursive: true });
        writeFileSync(join(folder, path), content);
    }
    return loadPlan('plan.crmplan', folder);
}
