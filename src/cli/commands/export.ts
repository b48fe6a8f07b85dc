import { exportTimelineCsv, exportWorkbook } from '../../../language-server/export/index.js';
import { langOption } from '../lang-option.js';
import { loadPlanForFigures } from '../plan-figures.js';
import { ExitCode, UsageError } from '../usage-error.js';
import { checkOutputTarget, writeCommandOutput } from '../write-output.js';

export interface ExportOptions {
    format?: string;
    output?: string;
    lang?: string;
}

const FORMATS = ['xlsx', 'csv'] as const;
type ExportFormat = typeof FORMATS[number];

/**
 * `crmplan export <file> --format xlsx -o plan.xlsx | --format csv [-o timeline.csv]
 * [--lang en|zh-CN]`: the workbook whose formulas recompute the figures, or
 * the monthly timeline as CSV. A workbook is binary, so it needs `-o`; CSV
 * goes to stdout without it. Only the `-o` file is written, whole or not at
 * all. A plan with errors prints its diagnostics (stderr), exits 1 and writes
 * nothing.
 */
export async function exportCommand(file: string, options: ExportOptions, cwd = process.cwd()): Promise<number> {
    const format = exportFormat(options.format);
    const locale = langOption(options.lang);
    if (format === 'xlsx' && options.output === undefined) {
        throw new UsageError({ kind: 'xlsxNeedsOutput' });
    }
    if (options.output !== undefined) {
        checkOutputTarget(options.output, cwd);
    }
    const loaded = await loadPlanForFigures(file, cwd, undefined, undefined, locale);
    if (!loaded.ok) {
        return loaded.exitCode;
    }
    const content = format === 'xlsx'
        ? await exportWorkbook(loaded.plan, loaded.evaluation, locale)
        : exportTimelineCsv(loaded.evaluation, locale);
    writeCommandOutput(options.output, content, cwd, loaded.workspace);
    return ExitCode.ok;
}

function exportFormat(format: string | undefined): ExportFormat {
    if (format === undefined) {
        throw new UsageError({ kind: 'formatRequired', allowed: FORMATS });
    }
    if (!(FORMATS as readonly string[]).includes(format)) {
        throw new UsageError({ kind: 'unknownFormat', format, allowed: FORMATS });
    }
    return format as ExportFormat;
}
