import type { Evaluation } from '../evaluation/index.js';
import type { Locale } from '../i18n/locale.js';
import { text } from '../report/markdown.js';
import type { PlanDiff } from './plan-diff.js';
import { COMMENT_LIMIT, DIFF_MARKER, figuresOnlyTable, renderDiffSection, sectionHeading } from './render-diff.js';
import { glossary } from '../i18n/glossary.js';

/** What happened to one plan of the repository since the base revision. */
export type PlanChange =
    | { readonly status: 'changed'; readonly path: string; readonly diff: PlanDiff; readonly fullReport?: string }
    /** New since the base, or its base version had errors (`baseHadErrors`): its figures now. */
    | { readonly status: 'added'; readonly path: string; readonly title: string; readonly currency: string; readonly evaluation: Evaluation; readonly fullReport?: string; readonly baseHadErrors?: boolean }
    | { readonly status: 'removed'; readonly path: string; readonly title: string }
    | { readonly status: 'errors'; readonly path: string; readonly title: string; readonly errors: number };

/**
 * The pull-request comment for every plan a change touched: one marker, a
 * line naming the plans, then a section per plan (the single-plan diff for a
 * changed plan, the figures of a new one, a line for a deleted one or one
 * with errors). Cut to `limit` in the same order as a single plan's comment:
 * full reports first, then each section's changes from the end, and last
 * whole sections from the end, saying what was left out.
 */
export function renderRepositoryDiff(changes: readonly PlanChange[], ref: string, locale: Locale, limit = COMMENT_LIMIT): string {
    const s = glossary(locale).diff;
    if (changes.length === 0) {
        return `${DIFF_MARKER}\n${text(s.nothingChanged(ref))}\n`;
    }
    const list = changes.map(change => `${text(change.path)}${s.planStatus[change.status]}`).join(s.listSeparator);
    const top = `${DIFF_MARKER}\n## ${text(s.repositoryHeading(changes.length, ref))}\n\n${list}\n`;
    const assemble = (sections: readonly string[], leftOut: number) =>
        [top, ...sections, ...(leftOut > 0 ? [`_${s.plansCut(leftOut)}_\n`] : [])].join('\n');

    const withReports = assemble(changes.map(change => section(change, ref, locale, { reports: true })), 0);
    if (withReports.length <= limit) {
        return withReports;
    }
    const withoutReports = assemble(changes.map(change => section(change, ref, locale, { reports: false })), 0);
    if (withoutReports.length <= limit) {
        return withoutReports;
    }
    // Each section gets an even share; a plan's changes are cut within it.
    const room = limit - top.length - 200;
    for (let shown = changes.length; shown > 0; shown--) {
        const share = Math.floor(room / shown) - 1;
        const body = assemble(changes.slice(0, shown).map(change => section(change, ref, locale, { reports: false, limit: share })), changes.length - shown);
        if (body.length <= limit) {
            return body;
        }
    }
    return assemble([], changes.length);
}

function section(change: PlanChange, ref: string, locale: Locale, options: { reports: boolean; limit?: number }): string {
    const s = glossary(locale).diff;
    const details = (report: string | undefined) => (options.reports && report
        ? ['<details>', `<summary>${s.fullReport}</summary>`, '', report.trim(), '', '</details>', '']
        : []);
    switch (change.status) {
        case 'changed':
            return renderDiffSection(change.diff, locale, {
                path: change.path,
                fullReport: options.reports ? change.fullReport : undefined,
                limit: options.limit
            });
        case 'added': {
            const lines = [sectionHeading(s.heading(change.title), change.path), ''];
            if (change.baseHadErrors) {
                lines.push(text(s.baseHadErrors(ref)), '');
            }
            lines.push(`### ${s.newPlanFigures}`, '', figuresOnlyTable(change.evaluation, change.currency, locale, change.evaluation.chosenOptionId), '', ...details(change.fullReport));
            return cut(lines.join('\n').trimEnd() + '\n', options.limit);
        }
        case 'removed':
            return [sectionHeading(s.heading(change.title), change.path), '', s.planDeleted, ''].join('\n');
        case 'errors':
            return [sectionHeading(s.heading(change.title), change.path), '', s.planHasErrors(change.errors), ''].join('\n');
    }
}

/** A new plan's table is cut at a row boundary when a section must be shorter (hundreds of options). */
function cut(body: string, limit: number | undefined): string {
    if (limit === undefined || body.length <= limit) {
        return body;
    }
    const lines = body.split('\n');
    while (lines.length > 0 && lines.join('\n').length > limit) {
        lines.pop();
    }
    return lines.join('\n') + '\n';
}
