import { Decimal } from 'decimal.js';

/**
 * Exact decimals for the checks. The parser keeps numbers as text (`"7.10"`,
 * `"-5"`); a half-typed plan may leave them undefined or empty, so every
 * helper here accepts that and answers `undefined` instead of throwing.
 */
export function decimal(text: string | undefined): Decimal | undefined {
    if (typeof text !== 'string' || text.trim() === '') {
        return undefined;
    }
    try {
        const value = new Decimal(text);
        return value.isFinite() ? value : undefined;
    } catch {
        return undefined;
    }
}

export function isNegative(text: string | undefined): boolean {
    const value = decimal(text);
    return value !== undefined && value.isNegative() && !value.isZero();
}

/** Whether `text` lies outside `min..max` (inclusive); false when it is not a number. */
export function isOutside(text: string | undefined, min: number, max: number): boolean {
    const value = decimal(text);
    return value !== undefined && (value.lessThan(min) || value.greaterThan(max));
}

/** The sum of `texts`, or undefined when one of them is not a number. */
export function sum(texts: readonly (string | undefined)[]): Decimal | undefined {
    let total = new Decimal(0);
    for (const text of texts) {
        const value = decimal(text);
        if (value === undefined) {
            return undefined;
        }
        total = total.plus(value);
    }
    return total;
}

/** A decimal for a message: as exact as written, without a trailing `.0`. */
export function show(value: Decimal): string {
    return value.toFixed();
}
