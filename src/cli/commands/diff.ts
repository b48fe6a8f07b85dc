import { dirname, resolve } from 'node:path';
import { diffPlans } from '../../../language-server/diff/plan-diff.js';
import { toDiffJson } from '../../../language-server/diff/diff-json.js';
import { renderDiff } from '../../../language-server/diff/render-diff.js';
import { repositoryDiffJson } from '../../../language-server/diff/diff-json.js';
import { renderRepositoryDiff } from '../../../language-server/diff/render-repository-diff.js';
import type { Locale } from '../../../language-server/i18n/locale.js';
import { langOption } from '../lang-option.js';
import { renderReport } from '../../../language-server/report/report.js';
import { openRevision } from '../../../language-server/workspace/git-revision.js';
import { findPlansIn } from '../find-plans.js';
import { outputFormat } from '../output-format.js';
import { markdownToText } from '../plain-text.js';
import { repositoryChanges } from '../repository-diff.js';
import { checkOutputTarget, writeOutputFile } from '../write-output.js';
import { loadPlanForFigures } from '../plan-figures.js';
import { ExitCode, UsageError } from '../usage-error.js';

export interface DiffOptions {
    git?: string;
    output?: string;
    format?: string;
    json?: boolean;
    lang?: string;
}

/**
 * `crmplan diff <base> <head>`, `crmplan diff --git <ref> <file>`, or
 * `crmplan diff --git <ref>` for every plan of the repository: what a change
 * does to the money, as a pull-request comment (Markdown) or as data
 * (`--format json`), on stdout or into the `-o` file. A plan with errors:
 * diagnostics (one plan) or a line in the comment (the repository), exit 1.
 */
export async function diffCommand(files: readonly string[], options: DiffOptions, cwd = process.cwd()): Promise<{ exitCode: number; output?: string }> {
    if (options.output !== undefined) {
        checkOutputTarget(options.output, cwd);
    }
    const result = await diffOutput(files, options, cwd);
    if (options.output !== undefined && result.output !== undefined) {
        writeOutputFile(options.output, result.output, cwd, result.planFiles);
        return { exitCode: result.exitCode };
    }
    return { exitCode: result.exitCode, output: result.output };
}

async function diffOutput(files: readonly string[], options: DiffOptions, cwd: string): Promise<{ exitCode: number; output?: string; planFiles?: string[] }> {
    // Markdown (the pull-request comment) by default; `text` is the same without Markdown, for a terminal.
    const format = outputFormat(options, ['markdown', 'text', 'json'], 'markdown');
    const locale = langOption(options.lang);
    if (options.git !== undefined && files.length === 0) {
        return diffRepository(options.git, format, locale, cwd);
    }
    let base;
    let head;
    if (options.git !== undefined) {
        if (files.length !== 1) {
            throw new UsageError({ kind: 'diffGitOneFile' });
        }
        const revision = await openRevision(dirname(resolve(cwd, files[0])), options.git);
        if (typeof revision === 'string') {
            throw new UsageError(revision === 'not-a-repository' ? { kind: 'notInRepository', path: files[0] } : { kind: 'unknownRevision', revision: options.git });
        }
        base = await loadPlanForFigures(files[0], cwd, { source: revision, revision: options.git }, `${options.git}:${files[0]}`, locale);
        head = base.ok ? await loadPlanForFigures(files[0], cwd, undefined, undefined, locale) : base;
    } else {
        if (files.length !== 2) {
            throw new UsageError({ kind: 'diffTwoFiles' });
        }
        base = await loadPlanForFigures(files[0], cwd, undefined, undefined, locale);
        head = base.ok ? await loadPlanForFigures(files[1], cwd, undefined, undefined, locale) : base;
    }
    if (!base.ok || !head.ok) {
        return { exitCode: base.ok ? (head.ok ? ExitCode.ok : head.exitCode) : base.exitCode };
    }
    const diff = diffPlans(base, head, format === 'json' ? 'en' : locale);
    const output = format === 'json'
        ? JSON.stringify(toDiffJson(diff), null, 2) + '\n'
        : format === 'text'
            // The full report is Markdown through and through: a terminal reads `crmplan report` instead.
            ? markdownToText(renderDiff(diff, locale, undefined, Infinity))
            : renderDiff(diff, locale, renderReport(head.plan, head.evaluation, locale, { uncertainty: head.uncertainty, scenarios: head.scenarios, guardrails: head.guardrails }));
    const planFiles = [...base.workspace.files, ...head.workspace.files].map(f => f.document.uri.fsPath);
    return { exitCode: ExitCode.ok, output, planFiles };
}

/** `crmplan diff --git <ref>`: one comment for every plan whose text or imports changed since `ref`. */
async function diffRepository(ref: string, format: string, locale: Locale, cwd: string): Promise<{ exitCode: number; output: string; planFiles: string[] }> {
    const revision = await openRevision(cwd, ref);
    if (typeof revision === 'string') {
        throw new UsageError(revision === 'not-a-repository' ? { kind: 'notInRepository', path: cwd } : { kind: 'unknownRevision', revision: ref });
    }
    // The JSON diff writes changed fields in English, the plan's own terms.
    const changes = await repositoryChanges(revision, ref, cwd, format === 'json' ? 'en' : locale);
    const output = format === 'json'
        ? JSON.stringify(repositoryDiffJson(changes, ref), null, 2) + '\n'
        : format === 'text'
            ? markdownToText(renderRepositoryDiff(changes.map(change => ('fullReport' in change ? { ...change, fullReport: undefined } : change)), ref, locale, Infinity))
            : renderRepositoryDiff(changes, ref, locale);
    const exitCode = changes.some(change => change.status === 'errors') ? ExitCode.problems : ExitCode.ok;
    // Every plan file of the repository is one the output must not replace.
    return { exitCode, output, planFiles: findPlansIn(revision.top, cwd).map(file => file.absolutePath) };
}
