import { cliLocale } from '../locale-option.js';
import { renderReport } from '../../../language-server/report/index.js';
import { loadPlanForFigures } from '../plan-figures.js';
import { ExitCode } from '../usage-error.js';
import { checkOutputTarget, writeOutputFile } from '../write-output.js';

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
    const locale = cliLocale(options.lang);
    if (options.output !== undefined) {
        checkOutputTarget(options.output, cwd);
    }
    const loaded = await loadPlanForFigures(file, cwd);
    if (!loaded.ok) {
        return loaded.exitCode;
    }
    const report = renderReport(loaded.plan, loaded.evaluation, locale, { uncertainty: loaded.uncertainty, scenarios: loaded.scenarios });
    if (options.output !== undefined) {
        const planFiles = loaded.workspace.files.map(f => f.document.uri.fsPath);
        writeOutputFile(options.output, report, cwd, planFiles);
    } else {
        process.stdout.write(report);
    }
    return ExitCode.ok;
}

