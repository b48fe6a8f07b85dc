import { NodeFileSystem } from 'langium/node';
import { createCrmPlanServices } from '../../../language-server/crmplan-module.js';
import type { CrmPlanFormatter } from '../../../language-server/lsp/formatter.js';
import { findPlans } from '../find-plans.js';
import { loadWorkspace } from '../load-workspace.js';
import { unifiedDiff } from '../unified-diff.js';
import { ExitCode } from '../usage-error.js';
import { writeOutputFile } from '../write-output.js';

export interface FmtOptions {
    check?: boolean;
    diff?: boolean;
}

/**
 * `crmplan fmt [--check] <paths...>`: rewrites plans in canonical layout with
 * the language server's formatter (lossless: only whitespace between tokens
 * changes). `--check` writes nothing, lists the files that would change and
 * exits 1 if there are any; `--diff` writes nothing either and prints what
 * would change as a unified diff (as `gofmt -d`), exit 1 when anything would.
 * A file with syntax errors is never touched.
 * `-` formats standard input to standard output.
 */
export async function fmtCommand(paths: readonly string[], options: FmtOptions, cwd = process.cwd()): Promise<number> {
    const given = findPlans(paths, cwd);
    const workspace = await loadWorkspace(given, cwd, undefined, createCrmPlanServices({ ...NodeFileSystem }, { anyFileIsAPlan: true }).CrmPlan);
    const formatter = workspace.services.lsp.Formatter as CrmPlanFormatter;
    let exitCode: number = ExitCode.ok;
    for (const file of workspace.files.filter(f => f.given)) {
        const original = file.document.textDocument.getText();
        const formatted = formatter.formattedText(file.document);
        if (formatted === undefined) {
            process.stderr.write(`crmplan: ${file.shownPath}: not formatted, it has syntax errors (see crmplan check)\n`);
            exitCode = ExitCode.problems;
            continue;
        }
        const stdin = given.find(g => g.stdin)?.shownPath === file.shownPath;
        if (options.diff) {
            const diff = unifiedDiff(file.shownPath, original, formatted);
            process.stdout.write(diff);
            exitCode = diff === '' ? exitCode : ExitCode.problems;
        } else if (stdin) {
            process.stdout.write(formatted);
        } else if (formatted !== original) {
            if (options.check) {
                process.stdout.write(`${file.shownPath}\n`);
                exitCode = ExitCode.problems;
            } else {
                writeOutputFile(file.document.uri.fsPath, formatted, cwd);
                process.stdout.write(`formatted ${file.shownPath}\n`);
            }
        }
    }
    return exitCode;
}
