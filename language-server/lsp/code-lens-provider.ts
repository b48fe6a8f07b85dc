import type { CstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Range } from 'vscode-languageserver';
import type { CrmPlanServices } from '../crmplan-module.js';
import type { Document } from '../generated/ast.js';
import type { LocaleSetting } from '../i18n/locale.js';
import type { PlanEvaluations } from '../workspace/plan-evaluations.js';
import { figureText, money, optionLabel, payback, roi, STALE_MARK, twoPlaces, type FigureText } from './figure-text.js';
import { optionTitleById } from '../display/option-name.js';

/** The command the client binds to open the plan's report preview; its argument is the document URI. */
export const SHOW_REPORT_PREVIEW_COMMAND = 'crmplan.showReportPreview';

/**
 * Code lenses with the plan's figures, read from `PlanEvaluations.figures`:
 * - above the plan header: the chosen option's (else the recommended one's)
 *   ROI, NPV and payback, the recommended option when the chosen one is not
 *   it, and "Open report" (`crmplan.showReportPreview` with the document URI);
 * - above each vendor: its matrix rank and score, one lens per edition when
 *   it has several.
 * Figure lenses carry no command (an empty command id: shown, not
 * clickable). Out-of-date figures start with `⟳` and end with
 * "(out of date)"; without figures the plan lens says why.
 */
export class CrmPlanCodeLensProvider implements CodeLensProvider {

    protected readonly evaluations: PlanEvaluations;
    protected readonly locale: LocaleSetting;

    constructor(services: CrmPlanServices) {
        this.evaluations = services.workspace.PlanEvaluations;
        this.locale = services.i18n.Locale;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const root = document.parseResult.value as Document;
        const header = root.plans[0];
        if (!header?.$cstNode) {
            // A catalogue has no figures of its own.
            return [];
        }
        const text = figureText(this.locale.current);
        const figures = this.evaluations.figures(document);
        const headerRange = firstLine(GrammarUtils.findNodeForProperty(header.$cstNode, 'title') ?? header.$cstNode);
        const planLenses: CodeLens[] = [];
        const vendorLenses: CodeLens[] = [];
        const info = (range: Range, title: string): CodeLens => ({ range, command: { title, command: '' } });

        if (figures.status === 'none') {
            planLenses.push(info(headerRange, text.noFigures(figures.reason)));
        } else {
            const mark = (title: string) => figures.status === 'stale' ? `${STALE_MARK} ${title} ${text.outOfDateShort}` : title;
            const evaluation = figures.evaluation;
            const currency = evaluation.plan.currency;
            const shownId = evaluation.chosenOptionId ?? evaluation.recommendedOptionId;
            const shown = evaluation.options.find(option => option.id === shownId);
            if (shown) {
                planLenses.push(info(headerRange, mark(text.labelled(optionLabel(shown, text), `${text.roi} ${roi(shown.roiPercent, text)} · ` +
                    `${text.npv} ${money(shown.npv, currency, text.locale)} · ${text.paybackInline} ${payback(shown.paybackMonths, text)}`))));
            }
            const band = figures.uncertainty?.options.find(option => option.optionId === shownId)?.npv;
            if (shown && band && band.p10 !== null && band.p90 !== null) {
                planLenses.push(info(headerRange, mark(text.npvBand(optionLabel(shown, text), money(band.p10, currency, text.locale),
                    money(band.p90, currency, text.locale), figures.uncertainty!.trials))));
            }
            // After go-live: where the actuals are heading, beside the plan's ROI.
            const monitoring = evaluation.monitoring;
            if (shown && monitoring && monitoring.optionId === shown.id) {
                planLenses.push(info(headerRange, mark(text.forecastLens(monitoring.asOfLabel, roi(shown.roiPercent, text),
                    roi(monitoring.forecast.roiPercent, text), roi(monitoring.trend.roiPercent, text)))));
            }
            if (evaluation.chosenIsRecommended === false && evaluation.recommendedOptionId) {
                planLenses.push(info(headerRange, mark(text.recommendedLens(optionTitleById(evaluation, evaluation.recommendedOptionId, text.locale)))));
            }
            for (const vendor of root.vendors) {
                const anchor = GrammarUtils.findNodeForProperty(vendor.$cstNode, 'name');
                if (!anchor) {
                    continue;
                }
                const options = evaluation.options.filter(option => option.vendor === vendor.name);
                for (const option of options) {
                    const lens = text.matrixLens(option.matrixRank, evaluation.options.length, twoPlaces(option.matrixScore));
                    vendorLenses.push(info(firstLine(anchor), mark(options.length > 1 && option.edition ? text.labelled(option.edition, lens) : lens)));
                }
            }
        }
        return [...planLenses, this.openReport(document, headerRange, text), ...vendorLenses];
    }

    protected openReport(document: LangiumDocument, range: Range, text: FigureText): CodeLens {
        return {
            range,
            command: { title: text.openReport, command: SHOW_REPORT_PREVIEW_COMMAND, arguments: [document.uri.toString()] }
        };
    }
}

/** The start of `node` as a one-line range: where the client places the lens. */
function firstLine(node: CstNode): Range {
    const start = node.range.start;
    return { start, end: node.range.start.line === node.range.end.line ? node.range.end : start };
}
