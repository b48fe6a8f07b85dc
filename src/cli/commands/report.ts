import { renderReport } from '../../../language-server/report/index.js';
import { loadPlanForFigures } from '../plan-figures.js';
import { langOption } from '../lang-option.js';
import { ExitCode } from '../usage-error.js';
import { checkOutputTarget, writeCommandOutput } from '../write-output.js';

export interface ReportOptions {
    output?: string;
    lang?: string;
}

/**
 * `crmplan report <file> [-o out.md] [--lang en|zh-CN]`: the plan's Markdown
 * report, on stdout or into the `-o` file (written whole or not at all, and
 * nothing else printed). A plan with errors prints its diagnostics (stderr),
 * exits 1 and writes no report.
 */
export async function reportCommand(file: string, options: ReportOptions, cwd = process.cwd()): Promise<number> {
    const locale = langOption(options.lang);
    if (options.output !== undefined) {
        checkOutputTarget(options.output, cwd);
    }
    const loaded = await loadPlanForFigures(file, cwd, undefined, undefined, locale);
    if (!loaded.ok) {
        return loaded.exitCode;
    }
    const report = renderReport(loaded.plan, loaded.evaluation, locale, { uncertainty: loaded.uncertainty, scenarios: loaded.scenarios, guardrails: loaded.guardrails });
    writeCommandOutput(options.output, report, cwd, loaded.workspace);
    return ExitCode.ok;
}
