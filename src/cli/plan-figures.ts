import { resolve } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { createCrmPlanCoreServices } from '../../language-server/crmplan-core-module.js';
import { glossary } from '../../language-server/i18n/glossary.js';
import type { Locale } from '../../language-server/i18n/locale.js';
import { blocksFigures } from '../../language-server/validation/diagnostic-codes.js';
import type { PlanFigures } from '../../language-server/workspace/plan-evaluations.js';
import { collectDiagnostics, formatText } from './diagnostics-output.js';
import { findPlans, STDIN_NAME } from './find-plans.js';
import { loadWorkspace, type CliSource, type LoadedWorkspace } from './load-workspace.js';
import { ExitCode, UsageError } from './usage-error.js';

export type LoadedPlan =
    | ({ readonly ok: true; readonly workspace: LoadedWorkspace } & Omit<Extract<PlanFigures, { status: 'current' }>, 'status'>)
    | { readonly ok: false; readonly exitCode: number };

/**
 * Loads one plan file with its imports and evaluates it. Errors anywhere in
 * the plan or its imports are printed to stderr and give exit code 1: the
 * CLI never prints figures of a plan with errors.
 */
export async function loadPlanForFigures(file: string, cwd: string, source?: CliSource, label = file === '-' ? STDIN_NAME : file, locale: Locale = 'en'): Promise<LoadedPlan> {
    const given = source ? [{ shownPath: file, absolutePath: resolve(cwd, file) }] : findPlans([file], cwd);
    if (given.length !== 1) {
        throw new UsageError({ kind: 'oneFileNotFolder', path: file });
    }
    // The plan's errors are told in the language of the output.
    const services = createCrmPlanCoreServices({ ...NodeFileSystem }, { anyFileIsAPlan: true }).CrmPlan;
    services.i18n.Locale.current = locale;
    const workspace = await loadWorkspace(given, cwd, source, services);
    const errors = collectDiagnostics(workspace.files).filter(blocksFigures);
    if (errors.length > 0) {
        process.stderr.write(errors.map(d => formatText(d, (_, text) => text)).join('\n') + '\n');
        process.stderr.write(`crmplan: ${glossary(locale).cli.noFiguresUntilFixed(label, errors.length)}\n`);
        return { ok: false, exitCode: ExitCode.problems };
    }
    const document = workspace.files[0].document;
    const figures = workspace.services.workspace.PlanEvaluations.figures(document);
    if (figures.status !== 'current') {
        throw new UsageError({ kind: 'catalogueHasNoFigures', path: label });
    }
    const { status: _status, ...rest } = figures;
    return { ok: true, ...rest, workspace };
}
