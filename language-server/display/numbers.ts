import { Decimal } from 'decimal.js';
import { glossary } from '../i18n/glossary.js';
import type { Locale } from '../i18n/locale.js';

/**
 * Display formatting of figures, for people: hovers, inlay hints, reports and
 * the terminal. Rounding happens only here; the evaluation stays exact.
 * `Intl.NumberFormat` formats decimal strings exactly (no float detour).
 */

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, locale: Locale, decimals: number): Intl.NumberFormat {
    const key = `${currency}|${locale}|${decimals}`;
    let format = moneyFormats.get(key);
    if (!format) {
        try {
            format = new Intl.NumberFormat(locale, {
                style: 'currency', currency, currencyDisplay: 'narrowSymbol',
                minimumFractionDigits: decimals, maximumFractionDigits: decimals,
                roundingMode: 'halfExpand'
            } as Intl.NumberFormatOptions);
        } catch {
            // Not an ISO 4217 code Intl knows: show the code itself.
            format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
        }
        moneyFormats.set(key, format);
    }
    return format;
}

/** `¥449,553.71`; `decimals` 0 gives `¥449,554` for compact views. */
export function formatMoney(value: Decimal | number, currency: string, locale: Locale, decimals = 2): string {
    if (typeof value === 'number' && !Number.isFinite(value)) {
        return notApplicable(locale);
    }
    const names = glossary(locale).currencyNames;
    const name = Object.hasOwn(names, currency) ? names[currency] : undefined;
    if (name !== undefined) {
        return `${formatNumber(value, decimals, decimals, locale)} ${name}`;
    }
    if (typeof value !== 'number' && beyondIntl(value)) {
        return `${grouped(value.toFixed(decimals))} ${currency}`;
    }
    // A decimal is cleaned to 32 significant digits first, as `roundMoney` does, so that the residue of
    // a non-terminating division (0.004999…98 for an exact 0.005) cannot flip the cent.
    const text = typeof value === 'number' ? value.toFixed(Math.max(decimals, 2) + 2) : value.toSignificantDigits(32).toFixed();
    const format = moneyFormat(currency, locale, decimals);
    // Intl accepts exact decimal strings at run time; its typings only know numbers.
    const formatted = format.format(text as unknown as number);
    return showsSymbol(format) ? formatted : `${formatted} ${currency}`;
}

const symbolShown = new WeakMap<Intl.NumberFormat, boolean>();

/** Whether a money format shows the currency itself, once per format: `resolvedOptions()` builds a new object on each call. */
function showsSymbol(format: Intl.NumberFormat): boolean {
    let shown = symbolShown.get(format);
    if (shown === undefined) {
        shown = format.resolvedOptions().style === 'currency';
        symbolShown.set(format, shown);
    }
    return shown;
}

/**
 * A change of money with its sign, as every view writes one: `+¥18,000.00`,
 * `−¥2,000.00` (a minus sign, not a hyphen), `¥0.00` for no change.
 */
export function formatSignedMoney(value: Decimal | number, currency: string, locale: Locale, decimals = 2): string {
    if (typeof value === 'number' && !Number.isFinite(value)) {
        return notApplicable(locale);
    }
    const decimal = new Decimal(value);
    const shown = formatMoney(decimal.abs(), currency, locale, decimals);
    // The sign of the amount as shown: a change that rounds to zero has none.
    if (decimal.abs().toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).isZero()) {
        return shown;
    }
    return `${decimal.isNegative() ? '−' : '+'}${shown}`;
}

/** `126.12%`; undefined or null values read the locale's "not applicable". */
export function formatPercent(value: number | null | undefined, decimals = 2, locale: Locale = 'en'): string {
    if (value === null || value === undefined || !Number.isFinite(value)) {
        return notApplicable(locale);
    }
    return `${formatNumber(value, decimals)}%`;
}

/** Enough digits that dividing any amount by 10,000 stays exact (it only moves the point). */
const TenThousands = Decimal.clone({ precision: 60 });

/**
 * An amount in ten thousands (wan) with two decimals and grouping, for Chinese
 * summary sentences: 430200 → `43.02`, 12345678901 → `1,234,567.89`. Rounds
 * half-up (away from zero: −449.5 → `-0.05`), after cleaning the residue of a
 * non-terminating division as `roundMoney` does; never shows `-0.00`.
 */
export function formatTenThousands(value: Decimal | number, locale: Locale = 'zh-CN'): string {
    if (typeof value === 'number' && !Number.isFinite(value)) {
        return notApplicable(locale);
    }
    const exact = new TenThousands(value).toSignificantDigits(32, Decimal.ROUND_HALF_EVEN).div(10_000);
    const rounded = exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    return grouped((rounded.isZero() ? rounded.abs() : rounded).toFixed(2));
}

/** "Not applicable" in `locale`: never `NaN` or `∞` in front of a person. */
export function notApplicable(locale: Locale): string {
    return glossary(locale).report.values.na;
}

/** A plain number with grouping: `1,234.5` (up to `decimals` places). */
export function formatNumber(value: Decimal | number, decimals = 2, minimumDecimals = 0, locale: Locale = 'en'): string {
    if (typeof value === 'number' && !Number.isFinite(value)) {
        return notApplicable(locale);
    }
    if (typeof value !== 'number' && beyondIntl(value)) {
        return grouped(value.toFixed(Math.max(minimumDecimals, Math.min(decimals, value.decimalPlaces()))));
    }
    // A decimal goes to Intl as its exact string, not through a double.
    const text = typeof value === 'number' ? value : value.toFixed(decimals + 2) as unknown as number;
    return numberFormat(decimals, minimumDecimals).format(text);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One formatter per precision: creating an `Intl.NumberFormat` costs far more than formatting with it. */
function numberFormat(decimals: number, minimumDecimals: number): Intl.NumberFormat {
    const key = `${decimals}|${minimumDecimals}`;
    let format = numberFormats.get(key);
    if (!format) {
        format = new Intl.NumberFormat('en', { minimumFractionDigits: minimumDecimals, maximumFractionDigits: decimals, roundingMode: 'halfExpand' } as Intl.NumberFormatOptions);
        numberFormats.set(key, format);
    }
    return format;
}

/**
 * Intl formats even an exact decimal string as `∞` once it is past the range
 * of doubles (about 1.8e308); such a value (an absurd amount that counts
 * nothing, outside the horizon) is formatted by hand.
 */
function beyondIntl(value: Decimal): boolean {
    // |value| ≥ 1e300 is its exponent: no comparison with a decimal parsed from '1e300' on every figure shown.
    return value.isFinite() && !value.isZero() && value.e >= 300;
}

/** `-1234567.5` as `-1,234,567.5`, in linear time whatever the length. */
function grouped(fixed: string): string {
    const negative = fixed.startsWith('-');
    const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
    const groups: string[] = [];
    for (let start = 0, end = whole.length % 3 || 3; start < whole.length; start = end, end += 3) {
        groups.push(whole.slice(start, end));
    }
    return `${negative ? '-' : ''}${groups.join(',')}${fraction !== undefined ? `.${fraction}` : ''}`;
}
