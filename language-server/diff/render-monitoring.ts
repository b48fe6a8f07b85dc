import type { Decimal } from 'decimal.js';
import { formatMoney, formatPercent, formatSignedMoney } from '../display/numbers.js';
import type { Monitoring } from '../evaluation/index.js';
import { glossary } from '../i18n/glossary.js';
import type { Locale } from '../i18n/locale.js';
import { bold, md, table, text } from '../report/markdown.js';
import type { PlanDiff } from './plan-diff.js';

/**
 * When a change touches the actuals (a quarter appended, a figure
 * corrected), the comment leads with what they now say: the as-of month,
 * the forecast and the trend before and after, the variances to date, and
 * the KPIs whose status moved. Empty when neither version records actuals,
 * or nothing they say changed.
 */
export function monitoringLead(diff: PlanDiff, locale: Locale): string[] {
    const { base, head } = diff.monitoring;
    if (!head || (base && sameStory(base, head))) {
        return [];
    }
    const s = glossary(locale).diff;
    const currency = diff.head.currency;
    const money = (value: number | null | undefined) => (value === null || value === undefined ? '–' : formatMoney(value, currency, locale));
    const percent = (value: number | null | undefined) => (value === null || value === undefined ? '–' : formatPercent(value, 2, locale));
    const signed = (value: Decimal | undefined) => (value === undefined ? '–' : formatSignedMoney(value, currency, locale));
    // Formatted figures are safe as they are (no plan text in them).
    const row = (label: string, before: string, after: string) => [md(label), md(before), md(after)];
    const lines = [bold(md(text(s.actualsHeading(head.asOfLabel, base?.asOfLabel)))), ''];
    lines.push(table([md(s.actualsFigure), md(s.before), md(s.after)], [
        row(s.forecastRoi, percent(base?.forecast.roiPercent), percent(head.forecast.roiPercent)),
        row(s.forecastNpv, money(base?.forecast.npv), money(head.forecast.npv)),
        row(s.trendRoi, percent(base?.trend.roiPercent), percent(head.trend.roiPercent)),
        row(s.trendNpv, money(base?.trend.npv), money(head.trend.npv)),
        row(s.costVarianceToDate, signed(base?.toDate.costVariance), signed(head.toDate.costVariance)),
        row(s.benefitVarianceToDate, signed(base?.toDate.benefitVariance), signed(head.toDate.benefitVariance))
    ], ['left', 'right', 'right']));
    const statusBefore = new Map((base?.kpis ?? []).map(kpi => [kpi.id, kpi.status]));
    const moved = head.kpis.filter(kpi => statusBefore.get(kpi.id) !== undefined && statusBefore.get(kpi.id) !== kpi.status);
    if (moved.length > 0) {
        lines.push('', ...moved.map(kpi => `- ${text(s.kpiStatusChanged(kpi.title || kpi.id, s.kpiStatuses[statusBefore.get(kpi.id)!], s.kpiStatuses[kpi.status]))}`));
    }
    return lines;
}

/** The same as-of month and the same forecast, trend and variances: the actuals tell nothing new. */
function sameStory(base: Monitoring, head: Monitoring): boolean {
    return base.asOfMonth === head.asOfMonth
        && base.forecast.npv === head.forecast.npv && base.trend.npv === head.trend.npv
        && base.toDate.costVariance.equals(head.toDate.costVariance) && base.toDate.benefitVariance.equals(head.toDate.benefitVariance)
        && base.kpis.every((kpi, i) => head.kpis[i]?.status === kpi.status);
}
