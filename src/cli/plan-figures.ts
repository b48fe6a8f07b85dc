import { resolve } from 'node:path';
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
export async function loadPlanForFigures(file: string, cwd: string, source?: CliSource, label = file === '-' ? STDIN_NAME : file): Promise<LoadedPlan> {
    const given = source ? [{ shownPath: file, absolutePath: resolve(cwd, file) }] : findPlans([file], cwd);
    if (given.length !== 1) {
        throw new UsageError(`${file}: give one plan file, not a folder`);
    }
    const workspace = await loadWorkspace(given, cwd, source);
    const errors = collectDiagnostics(workspace.files).filter(blocksFigures);
    if (errors.length > 0) {
        process.stderr.write(errors.map(d => formatText(d, (_, text) => text)).join('\n') + '\n');
        process.stderr.write(`crmplan: ${label} has ${errors.length} error${errors.length === 1 ? '' : 's'}; no figures until they are fixed\n`);
        return { ok: false, exitCode: ExitCode.problems };
    }
    const document = workspace.files[0].document;
    const figures = workspace.services.workspace.PlanEvaluations.figures(document);
    if (figures.status !== 'current') {
        throw new UsageError(`${label}: is a catalogue (no plan header), so it has no figures`);
    }
    const { status: _status, ...rest } = figures;
    return { ok: true, ...rest, workspace };
}
