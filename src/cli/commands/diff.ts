import { resolve } from 'node:path';
import { diffPlans } from '../../../language-server/diff/plan-diff.js';
import { toDiffJson } from '../../../language-server/diff/diff-json.js';
import { renderDiff } from '../../../language-server/diff/render-diff.js';
import { toLocale } from '../../../language-server/i18n/locale.js';
import { renderReport } from '../../../language-server/report/report.js';
import { gitSource } from '../git-source.js';
import { outputFormat } from '../output-format.js';
import { loadPlanForFigures } from '../plan-figures.js';
import { ExitCode, UsageError } from '../usage-error.js';

export interface DiffOptions {
    git?: string;
    format?: string;
    json?: boolean;
    lang?: string;
}

/**
 * `crmplan diff <base> <head>` or `crmplan diff --git <ref> <file>`: what a
 * change does to the money, as a pull-request comment (Markdown) or as data
 * (`--format json`). Either side with errors: diagnostics, exit 1.
 */
export async function diffCommand(files: readonly string[], options: DiffOptions, cwd = process.cwd()): Promise<{ exitCode: number; output?: string }> {
    const format = outputFormat(options, ['text', 'json']);
    const locale = toLocale(options.lang);
    let base;
    let head;
    if (options.git !== undefined) {
        if (files.length !== 1) {
            throw new UsageError('diff --git takes one plan file: crmplan diff --git <ref> <file>');
        }
        base = await loadPlanForFigures(files[0], cwd, gitSource(options.git, resolve(cwd, files[0])), `${files[0]} at ${options.git}`);
        head = base.ok ? await loadPlanForFigures(files[0], cwd) : base;
    } else {
        if (files.length !== 2) {
            throw new UsageError('diff takes two plan files: crmplan diff <base> <head> (or --git <ref> <file>)');
        }
        base = await loadPlanForFigures(files[0], cwd);
        head = base.ok ? await loadPlanForFigures(files[1], cwd) : base;
    }
    if (!base.ok || !head.ok) {
        return { exitCode: base.ok ? (head.ok ? ExitCode.ok : head.exitCode) : base.exitCode };
    }
    const diff = diffPlans(base, head, format === 'json' ? 'en' : locale);
    const output = format === 'json'
        ? JSON.stringify(toDiffJson(diff), null, 2) + '\n'
        : renderDiff(diff, locale, renderReport(head.plan, head.evaluation, locale, { uncertainty: head.uncertainty, scenarios: head.scenarios }));
    return { exitCode: ExitCode.ok, output };
}
