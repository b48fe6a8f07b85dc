import type { Decimal } from 'decimal.js';
import { formatMoney, formatNumber, formatPercent } from '../display/numbers.js';
import type { DiffTerms } from '../i18n/diff-terms.js';
import { glossary } from '../i18n/glossary.js';
import type { Locale } from '../i18n/locale.js';
import { figure, md, table, text, type Markdown } from '../report/markdown.js';
import type { Delta, PlanDiff } from './plan-diff.js';

/**
 * The compact change tables after the causes: scenarios, simulation and
 * vendor matrix, each only when something in it moved, each row only for
 * what moved, each cell `old → new` (or the one value when it did not move).
 */
export function figureTables(diff: PlanDiff, locale: Locale, optionName: (id: string) => string): string[] {
    const s = glossary(locale).diff;
    const currency = diff.head.currency;
    const money = (value: number | Decimal) => formatMoney(value, currency, locale);
    const percent = (value: number) => formatPercent(value, 2, locale);
    const out: string[] = [];
    const { scenarios, simulation, matrix } = diff.figures;
    if (scenarios.length > 0) {
        const leading = (id: string | null) => (id === null ? s.none : optionName(id));
        const rows = scenarios.map(row => [
            text(row.title || row.id),
            text(row.leading.base === row.leading.head ? leading(row.leading.head) : `${leading(row.leading.base)} → ${leading(row.leading.head)}`),
            change(row.npv, money, s),
            change(row.tco, money, s),
            change(row.totalBenefit, money, s),
            change(row.roiPercent, percent, s),
            change(row.paybackMonths, v => s.months(formatNumber(v, 2, 2)), s, s.never)
        ]);
        out.push(`### ${s.scenariosHeading}`, '', table(
            [md(s.scenario), md(s.leadingOption), md(s.npv), md(s.tco), md(s.benefit), md(s.roi), md(s.payback)], rows,
            ['left', 'left', 'right', 'right', 'right', 'right', 'right']), '');
    }
    if (simulation && simulation.options.length > 0) {
        const rows = simulation.options.map(row => [
            text(optionName(row.option)),
            change(row.p10, money, s), change(row.p50, money, s), change(row.p90, money, s),
            change(row.probabilityNegative, v => percent(v * 100), s)
        ]);
        out.push(`### ${text(s.simulationHeading(formatNumber(simulation.trials, 0, 0, locale), String(simulation.seed)))}`, '', table(
            [md(s.option), md(s.npvP10), md(s.npvP50), md(s.npvP90), md(s.probabilityNegative)], rows,
            ['left', 'right', 'right', 'right', 'right']), '');
    }
    if (matrix.length > 0) {
        const rows = matrix.map(row => [
            text(optionName(row.option)),
            change(row.score, v => formatNumber(v, 2, 2, locale), s),
            change(row.rank, v => s.describe.rank(v), s)
        ]);
        out.push(`### ${s.matrixHeading}`, '', table([md(s.option), md(s.matrixScore), md(s.matrixRank)], rows, ['left', 'right', 'right']), '');
    }
    return out;
}

/** `old → new` as shown, the one value when both read the same, `missing` where a side has none (formatted figures, no plan text). */
function change<T extends number | Decimal>(delta: Delta<T>, show: (value: T) => string, s: DiffTerms, missing = s.none): Markdown {
    const value = (v: T | null) => (v === null ? missing : show(v));
    const before = value(delta.base);
    const after = value(delta.head);
    return figure(before === after ? after : `${before} → ${after}`);
}
