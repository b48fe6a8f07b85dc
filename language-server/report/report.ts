/**
 * The Markdown report of a plan: nine sections that follow the decision
 * process, from the summary a reviewer reads first to the assumptions behind
 * every figure.
 *
 * Pure: a `Plan`, its `Evaluation` and a locale in, a string out. Every
 * figure is the evaluation's, only formatted; the same input gives the same
 * bytes (no dates, no clocks, stable order).
 */
import type { Evaluation, ScenarioEvaluation, UncertaintyAnalysis } from '../evaluation/evaluation-types.js';
import type { GuardrailResult } from '../evaluation/guardrails/index.js';
import type { Locale } from '../i18n/locale.js';
import type { Plan } from '../model/plan.js';
import { ReportContext } from './context.js';
import { md, text } from './markdown.js';
import { appendixSection } from './sections/appendix.js';
import { assumptionsSection } from './sections/assumptions.js';
import { benefitsSection } from './sections/benefits.js';
import { cashFlowSection } from './sections/cash-flow.js';
import { conclusionBlocks } from './sections/conclusion.js';
import { costsSection } from './sections/costs.js';
import { guardrailsSection } from './sections/guardrails.js';
import { monitoringSection } from './sections/monitoring.js';
import { needsSection } from './sections/needs.js';
import { summarySection } from './sections/summary.js';
import { timelineSection } from './sections/timeline.js';
import { vendorsSection } from './sections/vendors.js';
import { uncertaintySection } from './sections/uncertainty.js';

/** Figures beyond the point evaluation, for plans with ranges or scenarios. */
export interface ReportExtras {
    readonly uncertainty?: UncertaintyAnalysis;
    readonly scenarios?: readonly ScenarioEvaluation[];
    /** The plan's `require` and `expect` rules, applied: a table right after the summary. */
    readonly guardrails?: readonly GuardrailResult[];
}

/** The report as GitHub-flavoured Markdown, ending with one newline. */
export function renderReport(plan: Plan, evaluation: Evaluation, locale: Locale, extras: ReportExtras = {}): string {
    const ctx = new ReportContext(plan, evaluation, locale);
    const { s } = ctx;
    const summary = evaluation.plan;
    const title = summary.title.trim().length > 0 ? text(summary.title) : md(s.untitled);
    const blocks: string[] = [
        `# ${title}`,
        s.subtitle(
            text(summary.currency),
            ctx.monthInText(0),
            ctx.monthInText(summary.horizonMonths - 1),
            ctx.months(summary.horizonMonths),
            ctx.share(summary.discountRatePercent)
        ),
        ...conclusionBlocks(ctx),
        s.provenance,
        ...summarySection(ctx),
        ...guardrailsSection(ctx, extras.guardrails ?? []),
        ...needsSection(ctx),
        ...vendorsSection(ctx),
        ...costsSection(ctx),
        ...benefitsSection(ctx),
        ...cashFlowSection(ctx),
        ...timelineSection(ctx),
        ...monitoringSection(ctx),
        ...assumptionsSection(ctx, extras.uncertainty !== undefined),
        ...uncertaintySection(ctx, extras.uncertainty, extras.scenarios ?? []),
        ...appendixSection(ctx)
    ];
    return blocks.join('\n\n') + '\n';
}

