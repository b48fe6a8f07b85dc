/**
 * The number formats the editor views (hover, inlay hints, code lens) share;
 * their words are the glossary's (`i18n/`). Only formatting happens here:
 * every figure comes from the plan's one evaluation
 * (`PlanEvaluations.figures`), none is computed.
 */
import type { Decimal } from 'decimal.js';
import type { IrrResult, LineBreakdown, OptionEvaluation } from '../evaluation/evaluation-types.js';
import { formatMoney, formatNumber, formatPercent, notApplicable } from '../display/numbers.js';
import { optionTitle } from '../display/option-name.js';
import type { FigureTerms } from '../i18n/figure-terms.js';
import { glossary } from '../i18n/glossary.js';
import type { Locale } from '../i18n/locale.js';

export { STALE_MARK, type NoFiguresReason } from '../i18n/figure-terms.js';
export type FigureText = FigureTerms;

/** The phrases of `locale`. */
export function figureText(locale: Locale): FigureText {
    return glossary(locale).figures;
}

/** Money for hovers and lenses (2 places) or compact views (`decimals` 0). */
export function money(value: Decimal | number | null, currency: string, locale: Locale, decimals = 2): string {
    return value === null ? notApplicable(locale) : formatMoney(value, currency, locale, decimals);
}

/** A plain decimal, up to two places: weights, impacts, users, effort. */
export function plain(value: Decimal | number): string {
    return formatNumber(value, 2);
}

/** A score or value always with two places: `6.65`, `8.79`. */
export function twoPlaces(value: Decimal | number): string {
    return formatNumber(value, 2, 2);
}

/** `126.12%`, or `126%` with `decimals` 0. */
export function percent(value: number | null, decimals = 2, locale: Locale = 'en'): string {
    return formatPercent(value, decimals, locale);
}

/** A weight or share written as a percent: `60%`, `87.5%`. */
export function share(value: Decimal): string {
    return `${formatNumber(value, 2)}%`;
}

/** `126.12%` (`126%` with `decimals` 0), or `n/a: no costs` for an option whose TCO is 0. */
export function roi(value: number | null, text: FigureText, decimals = 2): string {
    return value === null ? text.roiUndefined : percent(value, decimals, text.locale);
}

/** `15.64 months`, `not within the horizon`; compact: `15.6 mo`, `none`. */
export function payback(months: number | null, text: FigureText, compact = false): string {
    if (months === null) {
        return compact ? text.noPaybackShort : text.noPayback;
    }
    return compact ? text.monthsShort(formatNumber(months, 1, 1)) : text.months(formatNumber(months, 2, 2));
}

/** The IRR when there is exactly one root, else every root found (never a guess). */
export function irr(result: IrrResult, text: FigureText): string {
    if (result.annualPercent !== null) {
        return percent(result.annualPercent, 2, text.locale);
    }
    return text.irrNone(result.annualRootsPercent.map(root => percent(root, 2, text.locale)));
}

/** `Zoho CRM Professional (chosen, recommended)`: the option's title, as the report names it. */
export function optionLabel(option: OptionEvaluation, text: FigureText): string {
    const tags = [option.chosen ? [text.chosen] : [], option.recommended ? [text.recommended] : []].flat();
    return text.tagged(optionTitle(option, text.locale), tags);
}

/** A line's month label, or undefined when it has no month inside the horizon. */
export function lineMonths(line: LineBreakdown, labels: readonly string[]): { first?: string; last?: string } {
    return {
        first: line.firstMonth !== undefined ? labels[line.firstMonth] : undefined,
        last: line.lastMonth !== undefined ? labels[line.lastMonth] : undefined
    };
}
