import type { Decimal } from 'decimal.js';
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
    // A decimal is cleaned to 32 significant digits first, as `roundMoney` does, so that the residue of
    // a non-terminating division (0.004999…98 for an exact 0.005) cannot flip the cent.
    const text = typeof value === 'number' ? value.toFixed(Math.max(decimals, 2) + 2) : value.toSignificantDigits(32).toFixed();
    const format = moneyFormat(currency, locale, decimals);
    // Intl accepts exact decimal strings at run time; its typings only know numbers.
    const formatted = format.format(text as unknown as number);
    return format.resolvedOptions().style === 'currency' ? formatted : `${formatted} ${currency}`;
}

/** `126.12%`; undefined or null values read `n/a`. */
export function formatPercent(value: number | null | undefined, decimals = 2): string {
    if (value === null || value === undefined || !Number.isFinite(value)) {
        return 'n/a';
    }
    return `${formatNumber(value, decimals)}%`;
}

/** A plain number with grouping: `1,234.5` (up to `decimals` places). */
export function formatNumber(value: Decimal | number, decimals = 2, minimumDecimals = 0): string {
    const text = typeof value === 'number' ? value : Number(value.toFixed(decimals + 2));
    return new Intl.NumberFormat('en', { minimumFractionDigits: minimumDecimals, maximumFractionDigits: decimals, roundingMode: 'halfExpand' } as Intl.NumberFormatOptions).format(text);
}
