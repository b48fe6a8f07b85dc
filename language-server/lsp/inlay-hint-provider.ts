import type { ConfigurationProvider, CstNode, LangiumDocument } from 'langium';
import { AstUtils, Cancellation, GrammarUtils, interruptAndCheck } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import type { Decimal } from 'decimal.js';
import { formatSignedMoney } from '../display/numbers.js';
import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import type { CrmPlanServices } from '../crmplan-module.js';
import type { LineBreakdown, OptionEvaluation } from '../evaluation/evaluation-types.js';
import * as ast from '../generated/ast.js';
import type { LocaleSetting } from '../i18n/locale.js';
import { optionId } from '../model/option-id.js';
import { optionTitle } from '../display/option-name.js';
import type { PlanEvaluations } from '../workspace/plan-evaluations.js';
import { actualsPeriod } from './actuals-period.js';
import { figureText, money, optionLabel, payback, roi, STALE_MARK, twoPlaces, type FigureText } from './figure-text.js';
import { guardrailExplanation, guardrailHintLabel, guardrailResultOf } from './guardrail-views.js';
import type { AvailableFigures } from './hover-text.js';

/**
 * Which inlay hints to show: client settings `crmplan.inlayHints.roi`,
 * `.amounts` and `.priority`. The defaults keep typing undisturbed: the
 * option figures and requirement priorities are short and sit at line ends
 * of declarations; amount totals (one per amount line) are off.
 */
export interface InlayHintSettings {
    /** After each edition (or vendor without editions): ROI, NPV, payback. Default true. */
    readonly roi: boolean;
    /** After each amount and licence line: its total over the horizon. Default false. */
    readonly amounts: boolean;
    /** After a requirement's `impact` line: its value and rank. Default true. */
    readonly priority: boolean;
}

export const DEFAULT_INLAY_HINT_SETTINGS: InlayHintSettings = { roi: true, amounts: false, priority: true };

interface HintContext {
    readonly figures: AvailableFigures;
    readonly text: FigureText;
    /** The option amount hints show when options differ: chosen, else recommended, else the first. */
    readonly preferred?: string;
}

/**
 * Inlay hints with the plan's figures, read from `PlanEvaluations.figures`
 * (never evaluated here):
 * - after an edition's name (or a vendor's, without editions):
 *   `ROI 126% · NPV ¥449,554 · payback 15.6 mo` (compact: ROI and NPV
 *   rounded to units, payback to one decimal; the tooltip has full figures);
 * - after a requirement's (last) `impact` line: `value 6.65 · #1`;
 * - after every `require` / `expect` line: the figure and ✓ or ✗
 *   (`ROI 126.12% ✓`); the tooltip says where the figure comes from;
 * - after an amount line: its total over the horizon, `= ¥85,000 over 34 mo`
 *   or `= ¥15,000 in 2027-01`. Plan costs are the same in every option and a
 *   vendor's costs in each of its options; a licence belongs to one option.
 *   Benefits differ by option (coverage): the hint shows the chosen option's
 *   total (else the recommended one's) and names it; the tooltip lists all.
 *
 * Out-of-date figures start with `⟳` and say so in the tooltip; a plan that
 * never evaluated (or a catalogue) gets no hints.
 */
export class CrmPlanInlayHintProvider implements InlayHintProvider {

    protected readonly evaluations: PlanEvaluations;
    protected readonly locale: LocaleSetting;
    protected readonly configuration: ConfigurationProvider;
    protected readonly languageId: string;

    constructor(services: CrmPlanServices) {
        this.evaluations = services.workspace.PlanEvaluations;
        this.locale = services.i18n.Locale;
        this.configuration = services.shared.workspace.ConfigurationProvider;
        this.languageId = services.LanguageMetaData.languageId;
    }

    async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken = Cancellation.CancellationToken.None): Promise<InlayHint[] | undefined> {
        const settings = await this.settings();
        if (!settings.roi && !settings.amounts && !settings.priority) {
            return [];
        }
        const figures = this.evaluations.figures(document);
        if (figures.status === 'none') {
            return [];
        }
        const evaluation = figures.evaluation;
        const ctx: HintContext = {
            figures,
            text: figureText(this.locale.current),
            preferred: evaluation.chosenOptionId ?? evaluation.recommendedOptionId
        };
        const hints: InlayHint[] = [];
        const accept = (hint: InlayHint | undefined) => hint && hints.push(hint);
        for (const node of AstUtils.streamAst(document.parseResult.value, { range: params.range })) {
            await interruptAndCheck(cancelToken);
            if (settings.roi && ast.isEdition(node)) {
                accept(this.optionHint(node, optionId(node.$container.name, node.name), ctx));
            } else if (settings.roi && ast.isVendor(node) && !node.members.some(ast.isEdition)) {
                accept(this.optionHint(node, optionId(node.name), ctx));
            } else if (settings.priority && ast.isImpacts(node) && node.$container.statements.filter(ast.isImpacts).at(-1) === node) {
                // One hint per requirement, after its last `impact` line.
                accept(this.priorityHint(node, ctx));
            } else if (settings.amounts && ast.isAmountLine(node)) {
                accept(this.amountHint(node, ctx));
            } else if (settings.amounts && ast.isLicence(node)) {
                accept(this.licenceHint(node, ctx));
            } else if (ast.isGuardrail(node)) {
                accept(this.guardrailHint(document, node, ctx));
            } else if (ast.isActuals(node)) {
                accept(this.actualsHint(node, ctx));
            } else if (ast.isKpi(node)) {
                accept(this.kpiHint(node, ctx));
            }
        }
        return hints;
    }

    /** The `crmplan.inlayHints` settings, each falling back to its default. */
    async settings(): Promise<InlayHintSettings> {
        const configured: unknown = await this.configuration.getConfiguration(this.languageId, 'inlayHints');
        const read = (key: keyof InlayHintSettings): boolean => {
            const value = configured && typeof configured === 'object' ? (configured as Record<string, unknown>)[key] : undefined;
            return typeof value === 'boolean' ? value : DEFAULT_INLAY_HINT_SETTINGS[key];
        };
        return { roi: read('roi'), amounts: read('amounts'), priority: read('priority') };
    }

    protected optionHint(node: ast.Edition | ast.Vendor, id: string, ctx: HintContext): InlayHint | undefined {
        const { text } = ctx;
        const evaluation = ctx.figures.evaluation;
        const option = evaluation.options.find(o => o.id === id);
        const anchor = GrammarUtils.findNodeForProperty(node.$cstNode, 'title') ?? GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
        if (!option || !anchor) {
            return undefined;
        }
        const currency = evaluation.plan.currency;
        const label = text.optionHint(roi(option.roiPercent, text, 0), money(option.npv, currency, text.locale, 0), payback(option.paybackMonths, text, true));
        const tooltip = text.labelled(optionLabel(option, text), `${text.roi} ${roi(option.roiPercent, text)} · ${text.npv} ${money(option.npv, currency, text.locale)}` +
            ` · ${text.paybackInline} ${payback(option.paybackMonths, text)}`);
        return this.hint(anchor, label, tooltip, ctx);
    }

    protected priorityHint(node: ast.Impacts, ctx: HintContext): InlayHint | undefined {
        const { text } = ctx;
        const requirement = ctx.figures.evaluation.requirements.find(r => r.id === node.$container.name);
        if (!requirement || !node.$cstNode) {
            return undefined;
        }
        const label = text.priorityHint(twoPlaces(requirement.value), requirement.rank);
        const tooltip = text.priorityTooltip(text.rankOf(requirement.rank, requirement.rankOf), requirement.moscow, requirement.withinCapacity);
        return this.hint(node.$cstNode, label, tooltip, ctx);
    }

    protected amountHint(node: ast.AmountLine, ctx: HintContext): InlayHint | undefined {
        const container = node.$container;
        const index = container.statements.filter(ast.isAmountLine).indexOf(node);
        const evaluation = ctx.figures.evaluation;
        const lines: Array<{ option: OptionEvaluation; line: LineBreakdown }> = [];
        for (const option of evaluation.options) {
            const item = ast.isCost(container)
                ? option.costs.find(cost => cost.id === container.name && (cost.source === 'plan' || cost.source === 'vendor'))
                : option.benefits.find(benefit => benefit.id === container.name);
            const line = item?.lines[index];
            if (line) {
                lines.push({ option, line });
            }
        }
        if (lines.length === 0 || !node.$cstNode) {
            return undefined;
        }
        const differs = lines.some(entry => !entry.line.total.equals(lines[0].line.total));
        const shown = (differs ? lines.find(entry => entry.option.id === ctx.preferred) : undefined) ?? lines[0];
        const { text } = ctx;
        const currency = evaluation.plan.currency;
        let label = this.amountLabel(shown.line.total, shown.line.months, shown.line.schedule === 'once' ? shown.line.firstMonth : undefined, ctx);
        let tooltip = label;
        if (differs) {
            const title = optionTitle(shown.option, text.locale);
            label += ` (${title})`;
            tooltip = [text.perOptionNote(title), ...lines.map(entry =>
                text.labelled(optionLabel(entry.option, text), money(entry.line.total, currency, text.locale)))].join('\n');
        }
        return this.hint(node.$cstNode, label, tooltip, ctx);
    }

    protected licenceHint(node: ast.Licence, ctx: HintContext): InlayHint | undefined {
        const edition = node.$container;
        const index = edition.licences.indexOf(node);
        const option = ctx.figures.evaluation.options.find(o => o.id === optionId(edition.$container.name, edition.name));
        const suffix = index === 0 ? '' : String(index + 1);
        const licence = option?.costs.find(cost => cost.source === 'licence' && cost.id === `${option.id}.licence${suffix}`)?.licence;
        if (!licence || !node.$cstNode) {
            return undefined;
        }
        const label = this.amountLabel(licence.total, licence.monthsBilled, undefined, ctx);
        return this.hint(node.$cstNode, label, label, ctx);
    }

    protected guardrailHint(document: LangiumDocument, node: ast.Guardrail, ctx: HintContext): InlayHint | undefined {
        const result = guardrailResultOf(document, node, ctx.figures);
        if (!result || !node.$cstNode) {
            return undefined;
        }
        const locale = ctx.text.locale;
        return this.hint(node.$cstNode, guardrailHintLabel(result, ctx.figures, locale), guardrailExplanation(result, ctx.figures, locale), ctx);
    }

    /** `= ¥85,000 over 34 mo`, `= ¥15,000 in 2027-01`, or outside the horizon. */
    protected amountLabel(total: Decimal, months: number, onceMonth: number | undefined, ctx: HintContext): string {
        const { text } = ctx;
        const plan = ctx.figures.evaluation.plan;
        if (months === 0) {
            return text.amountOutside;
        }
        const amount = money(total, plan.currency, text.locale, 0);
        return onceMonth !== undefined ? text.amountIn(amount, plan.monthLabels[onceMonth]) : text.amountOver(amount, months);
    }

    /** On an `actuals` header: what its months cost and earned against the plan (the chosen option's). */
    protected actualsHint(node: ast.Actuals, ctx: HintContext): InlayHint | undefined {
        const period = actualsPeriod(ctx.figures.evaluation, node);
        const anchor = GrammarUtils.findNodeForProperty(node.$cstNode, 'to') ?? GrammarUtils.findNodeForProperty(node.$cstNode, 'from');
        if (!period || !anchor) {
            return undefined;
        }
        const currency = ctx.figures.evaluation.plan.currency;
        const signed = (value: Decimal) => formatSignedMoney(value, currency, ctx.text.locale, 0);
        return this.hint(anchor, ctx.text.actualsVariance(signed(period.costVariance), signed(period.benefitVariance)), ctx.text.actualsVarianceTooltip, ctx);
    }

    /** On a KPI after go-live: its latest measurement, where its path expects it, and the status. */
    protected kpiHint(node: ast.Kpi, ctx: HintContext): InlayHint | undefined {
        const progress = ctx.figures.evaluation.monitoring?.kpis.find(kpi => kpi.id === node.name);
        const anchor = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
        if (!progress || !anchor) {
            return undefined;
        }
        const unit = progress.unit === '%' ? '%' : progress.unit ? ` ${progress.unit}` : '';
        const value = (v: Decimal) => `${v.toDecimalPlaces(2).toString()}${unit}`;
        const label = ctx.text.kpiProgress(progress.latest ? value(progress.latest.value) : undefined, value(progress.expected), ctx.text.kpiStatuses[progress.status]);
        return this.hint(anchor, label, label, ctx);
    }

    /** A hint at the end of `anchor`, marked when the figures are out of date. */
    protected hint(anchor: CstNode, label: string, tooltip: string, ctx: HintContext): InlayHint {
        const stale = ctx.figures.status === 'stale';
        return {
            position: anchor.range.end,
            label: stale ? `${STALE_MARK} ${label}` : label,
            paddingLeft: true,
            tooltip: stale ? `${tooltip}\n\n${ctx.text.outOfDate}` : tooltip
        };
    }
}
