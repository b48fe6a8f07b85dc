/**
 * The decimal type the evaluation computes money with.
 *
 * A private clone of decimal.js with 40 significant digits: amounts, users and
 * shares from the plan are exact decimals, and sums and products of them stay
 * exact at this precision. Divisions that do not terminate (`per year` / 12,
 * ramp fractions, mean coverage shares) are carried to 40 digits, far below a
 * cent. A clone keeps the global `Decimal` configuration of other modules
 * untouched.
 */
import { Decimal } from 'decimal.js';

/** Decimal constructor used for every figure the evaluation produces. */
export const Dec: typeof Decimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });

/** Converts any decimal or number into the evaluation's precision. */
export function dec(value: Decimal.Value): Decimal {
    return new Dec(value);
}

/** Shared constants at the evaluation's precision. */
export const ZERO: Decimal = new Dec(0);
export const ONE: Decimal = new Dec(1);
export const HUNDRED: Decimal = new Dec(100);

/** Exact sum of decimals (0 for none). */
export function sum(values: Iterable<Decimal>): Decimal {
    let total = ZERO;
    for (const value of values) {
        // Monthly arrays are mostly the shared ZERO: skipping it changes nothing but saves an allocation.
        if (value !== ZERO) {
            total = total.plus(value);
        }
    }
    return total;
}

/** A month-by-month array of zeros. */
export function zeros(length: number): Decimal[] {
    return new Array<Decimal>(length).fill(ZERO);
}

/** Adds `b` into `a` month by month (same length). */
export function addInto(a: Decimal[], b: readonly Decimal[]): void {
    for (let i = 0; i < a.length; i++) {
        if (b[i] !== ZERO) {
            a[i] = a[i].plus(b[i]);
        }
    }
}

/**
 * Money rounded half-up to cents for display. The value is first cleaned to
 * 32 significant digits so that the tiny residue of a non-terminating division
 * (0.004999…98 for an exact 0.005) cannot flip the cent.
 */
export function roundMoney(value: Decimal.Value): Decimal {
    const cleaned = dec(value).toSignificantDigits(32, Decimal.ROUND_HALF_EVEN);
    const rounded = cleaned.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    return rounded.isZero() ? ZERO : rounded;
}

/** Money as a decimal string with two places, `"430200.00"`; never `"-0.00"`. */
export function moneyString(value: Decimal.Value): string {
    return roundMoney(value).toFixed(2);
}
