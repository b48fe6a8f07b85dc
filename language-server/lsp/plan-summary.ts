import type { Locale } from '../i18n/locale.js';
import type { PlanSummaryResult } from '../protocol.js';
import type { PlanFigures } from '../workspace/plan-evaluations.js';
import { optionTitle } from '../display/option-name.js';
import { figureText, money, optionLabel, payback, percent, STALE_MARK } from './figure-text.js';

/** What a status bar shows of a plan's figures: the chosen option, else the recommended one. */
export function planSummary(figures: PlanFigures, locale: Locale): PlanSummaryResult {
    const text = figureText(locale);
    if (figures.status === 'none') {
        return { status: 'none', reason: figures.reason, stale: false, text: '', tooltip: text.noFigures(figures.reason) };
    }
    const { evaluation } = figures;
    const stale = figures.status === 'stale';
    const currency = evaluation.plan.currency;
    const shownId = evaluation.chosenOptionId ?? evaluation.recommendedOptionId;
    const option = evaluation.options.find(o => o.id === shownId);
    const base = {
        status: figures.status, stale, currency,
        chosenOptionId: evaluation.chosenOptionId, recommendedOptionId: evaluation.recommendedOptionId
    };
    if (!option) {
        return { ...base, text: '', tooltip: text.noFigures('errors') };
    }
    const mark = stale ? `${STALE_MARK} ` : '';
    const lines = [
        optionLabel(option, text),
        text.labelled(text.roi, percent(option.roiPercent)),
        text.labelled(text.npv, money(option.npv, currency, locale)),
        text.labelled(text.payback, payback(option.paybackMonths, text))
    ];
    // After go-live: where the actuals are heading, beside the plan.
    const monitoring = evaluation.monitoring?.optionId === option.id ? evaluation.monitoring : undefined;
    if (monitoring) {
        lines.push(text.forecastLens(monitoring.asOfLabel, percent(option.roiPercent), percent(monitoring.forecast.roiPercent), percent(monitoring.trend.roiPercent)));
    }
    const recommended = evaluation.options.find(o => o.id === evaluation.recommendedOptionId);
    if (recommended && recommended.id !== option.id) {
        lines.push(text.labelled(text.recommended, `${recommended.id} (${text.roi} ${percent(recommended.roiPercent)})`));
    }
    if (stale) {
        lines.push(text.outOfDate);
    }
    return {
        ...base,
        option: {
            id: option.id, chosen: option.chosen, recommended: option.recommended,
            roiPercent: option.roiPercent, npv: option.npv, paybackMonths: option.paybackMonths
        },
        text: `${mark}${text.roi} ${percent(option.roiPercent)}${monitoring ? ` · ${text.forecastShort(percent(monitoring.forecast.roiPercent))}` : ''} · ${optionTitle(option, locale)}`,
        tooltip: lines.join('\n')
    };
}
