/**
 * The monthly timeline as CSV (RFC 4180: comma-separated, CRLF line ends,
 * fields with a comma, quote or line break quoted, quotes doubled; UTF-8
 * with a header row), for BI tools and pivot tables: one row per option and
 * month with the month's cost, benefit, net, cumulative net, discount factor
 * and present value, then each cost and benefit item's amount.
 */
import type { Decimal } from 'decimal.js';
import type { Evaluation } from '../evaluation/evaluation-types.js';
import { moneyString } from '../evaluation/decimal.js';
import type { Locale } from '../i18n/locale.js';
import { exportStrings } from './strings.js';

export function exportTimelineCsv(evaluation: Evaluation, locale: Locale): string {
    const { timeline: t, summary } = exportStrings(locale);
    // Items of every option, in the order they first appear: each option leaves empty the items it does not have.
    const items: string[] = [];
    for (const option of evaluation.options) {
        for (const id of [...option.costs.map(i => `cost:${i.id}`), ...option.benefits.map(b => `benefit:${b.id}`)]) {
            if (!items.includes(id)) {
                items.push(id);
            }
        }
    }
    const rows: string[][] = [[summary.option, t.month, t.label, t.cost, t.benefit, t.net, t.cumulative, t.discountFactor, t.presentValue, ...items]];
    for (const option of evaluation.options) {
        const monthly = new Map<string, readonly Decimal[]>([
            ...option.costs.map(i => [`cost:${i.id}`, i.monthly] as const),
            ...option.benefits.map(b => [`benefit:${b.id}`, b.monthly] as const)
        ]);
        for (const month of option.timeline) {
            rows.push([
                option.id,
                String(month.month),
                month.label,
                moneyString(month.cost),
                moneyString(month.benefit),
                moneyString(month.net),
                moneyString(month.cumulative),
                month.discountFactor === null ? '' : String(month.discountFactor),
                month.presentValue === null ? '' : moneyString(month.presentValue),
                ...items.map(id => {
                    const amounts = monthly.get(id);
                    return amounts ? moneyString(amounts[month.month]) : '';
                })
            ]);
        }
    }
    return rows.map(row => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
