import { NodeFileSystem } from 'langium/node';
import pc from 'picocolors';
import { createCrmPlanCoreServices } from '../../../language-server/crmplan-core-module.js';
import { langOption } from '../lang-option.js';
import { findPlans } from '../find-plans.js';
import { loadWorkspace } from '../load-workspace.js';
import { notTextDiagnostic } from '../not-text.js';
import { collectDiagnostics, sortDiagnostics, formatGithub, formatText, summaryLine, type SeverityName } from '../diagnostics-output.js';
import { outputFormat } from '../output-format.js';
import { ExitCode } from '../usage-error.js';

export interface CheckOptions {
    format?: string;
    json?: boolean;
    lang?: string;
}

const colors: Record<SeverityName, (text: string) => string> = {
    error: pc.red,
    warning: pc.yellow,
    info: pc.cyan
};

/**
 * `crmplan check <paths...>`: loads the plans (folders are searched) with
 * their imports as one workspace and prints every diagnostic.
 * Returns the exit code: 0 without errors, 1 with any error.
 */
export async function check(paths: readonly string[], options: CheckOptions, cwd = process.cwd()): Promise<number> {
    const format = outputFormat(options, ['text', 'json', 'github']);
    const given = findPlans(paths, cwd);
    const services = createCrmPlanCoreServices({ ...NodeFileSystem }, { anyFileIsAPlan: true }).CrmPlan;
    const locale = langOption(options.lang);
    services.i18n.Locale.current = locale;
    const workspace = await loadWorkspace(given, cwd, undefined, services);
    const diagnostics = sortDiagnostics([...collectDiagnostics(workspace.files), ...workspace.notText.map(file => notTextDiagnostic(file, locale))]);
    const fileCount = workspace.files.length + workspace.notText.length;
    const out: string[] = [];
    switch (format) {
        case 'json':
            out.push(JSON.stringify(diagnostics, null, 2));
            break;
        case 'github':
            out.push(...diagnostics.map(formatGithub));
            out.push(summaryLine(diagnostics, fileCount, locale));
            break;
        default:
            out.push(...diagnostics.map(d => formatText(d, (severity, text) => colors[severity](text))));
            out.push(summaryLine(diagnostics, fileCount, locale));
    }
    process.stdout.write(out.join('\n') + '\n');
    return diagnostics.some(d => d.severity === 'error') ? ExitCode.problems : ExitCode.ok;
}
