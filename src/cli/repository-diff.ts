import { relative, sep } from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { diffPlans } from '../../language-server/diff/plan-diff.js';
import type { PlanChange } from '../../language-server/diff/render-repository-diff.js';
import type { Document } from '../../language-server/generated/ast.js';
import type { Locale } from '../../language-server/i18n/locale.js';
import { renderReport } from '../../language-server/report/index.js';
import type { RevisionSource } from '../../language-server/workspace/git-revision.js';
import { blocksFigures } from '../../language-server/validation/diagnostic-codes.js';
import type { PlanFigures } from '../../language-server/workspace/plan-evaluations.js';
import { findPlansIn } from './find-plans.js';
import { loadWorkspace, type LoadedWorkspace } from './load-workspace.js';

/** One side of the comparison: each plan file (not catalogues) with its figures and what it reads. */
interface Side {
    readonly plans: ReadonlyMap<string, SidePlan>;
}

interface SidePlan {
    readonly title: string;
    readonly figures: PlanFigures;
    readonly errors: number;
    /** The text of the plan and of every file it imports, by path relative to the repository. */
    readonly texts: ReadonlyMap<string, string>;
}

/**
 * Every plan of the repository whose text or imports differ between
 * `revision` and the working tree, new plans and deleted ones, in path
 * order. Catalogues (files without a plan header) are not listed
 * themselves: a change to one shows through each plan that imports it.
 */
export async function repositoryChanges(revision: RevisionSource, ref: string, cwd: string, locale: Locale): Promise<PlanChange[]> {
    const top = revision.top;
    const head = readSide(await loadFiles(findPlansIn(top, cwd), cwd), top);
    const baseFiles = (await revision.planFiles()).map(absolutePath => ({ absolutePath, shownPath: relative(cwd, absolutePath) || absolutePath }));
    const base = readSide(await loadFiles(baseFiles, cwd, { source: revision, revision: ref }), top);

    const paths = [...new Set([...head.plans.keys(), ...base.plans.keys()])].sort();
    const changes: PlanChange[] = [];
    for (const path of paths) {
        const before = base.plans.get(path);
        const after = head.plans.get(path);
        const shownPath = relative(cwd, `${top}${sep}${path.split('/').join(sep)}`) || path;
        if (after === undefined) {
            changes.push({ status: 'removed', path: shownPath, title: before!.title });
        } else if (before !== undefined && sameTexts(before.texts, after.texts)) {
            continue;
        } else if (after.figures.status !== 'current') {
            changes.push({ status: 'errors', path: shownPath, title: after.title, errors: after.errors });
        } else {
            const fullReport = renderReport(after.figures.plan, after.figures.evaluation, locale, { uncertainty: after.figures.uncertainty, scenarios: after.figures.scenarios, guardrails: after.figures.guardrails });
            if (before !== undefined && before.figures.status === 'current') {
                changes.push({ status: 'changed', path: shownPath, diff: diffPlans(before.figures, after.figures, locale), fullReport });
            } else {
                changes.push({
                    status: 'added', path: shownPath, title: after.title, currency: after.figures.plan.currency,
                    evaluation: after.figures.evaluation, fullReport, baseHadErrors: before !== undefined
                });
            }
        }
    }
    return changes;
}

async function loadFiles(files: Parameters<typeof loadWorkspace>[0], cwd: string, from?: Parameters<typeof loadWorkspace>[2]): Promise<LoadedWorkspace | undefined> {
    return files.length === 0 ? undefined : loadWorkspace(files, cwd, from);
}

function readSide(workspace: LoadedWorkspace | undefined, top: string): Side {
    const plans = new Map<string, SidePlan>();
    if (workspace === undefined) {
        return { plans };
    }
    const { services } = workspace;
    const documents = services.shared.workspace.LangiumDocuments;
    const inRepository = (document: LangiumDocument) => relative(top, document.uri.fsPath).split(sep).join('/');
    for (const file of workspace.files.filter(f => f.given)) {
        const header = file.document.parseResult.value.plans[0];
        if (header === undefined) {
            continue; // a catalogue
        }
        const closure = [...services.workspace.ImportResolver.closure(file.document)]
            .map(uri => documents.getDocument(URI.parse(uri)))
            .filter((document): document is LangiumDocument<Document> => document !== undefined);
        plans.set(inRepository(file.document), {
            title: header.title ?? inRepository(file.document),
            figures: services.workspace.PlanEvaluations.figures(file.document),
            errors: closure.reduce((count, document) => count + (document.diagnostics?.filter(blocksFigures).length ?? 0), 0),
            texts: new Map(closure.map(document => [inRepository(document), document.textDocument.getText()]))
        });
    }
    return { plans };
}

function sameTexts(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
    return a.size === b.size && [...a].every(([path, text]) => b.get(path) === text);
}
