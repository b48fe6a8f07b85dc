/**
 * Financial functions: NPV, IRR (all roots), MIRR and payback.
 *
 * Discounting and root finding use doubles (language.md allows it); payback
 * is computed on the exact decimal flows. Every function returns `null`
 * rather than NaN or Infinity.
 */
import type { Decimal } from 'decimal.js';
import {
    exactCoefficients, onlyRootInUnitInterval, reversed, rootsInUnitInterval, signVariations, vanishesAtOne, type DyadicRoot
} from './polynomial-roots.js';

/**
 * Net present value with the first value undiscounted (numpy-financial's
 * convention): Σ values[t] / (1 + rate)^t. Null for rate ≤ −100%.
 */
export function npv(rate: number, values: readonly number[]): number | null {
    if (!(rate > -1) || !Number.isFinite(rate)) {
        return null;
    }
    let total = 0;
    for (let t = 0; t < values.length; t++) {
        total += values[t] / Math.pow(1 + rate, t);
    }
    return finiteOrNull(total);
}

/**
 * Present value of monthly flows at an annual rate: Σ flows[m] / (1 + r)^(m/12),
 * month 0 undiscounted. Null for an annual rate ≤ −100%.
 */
export function presentValueMonthly(annualRate: number, flows: readonly number[]): number | null {
    if (!(annualRate > -1) || !Number.isFinite(annualRate)) {
        return null;
    }
    const logGrowth = Math.log1p(annualRate);
    let total = 0;
    for (let m = 0; m < flows.length; m++) {
        total += flows[m] / Math.exp(logGrowth * m / 12);
    }
    return finiteOrNull(total);
}

/**
 * The discount factor of each month at an annual rate, 1 / (1 + r)^(m/12)
 * (month 0 is 1): what `presentValueMonthly` divides each flow by. Null for
 * an annual rate ≤ −100%.
 */
export function discountFactorsMonthly(annualRate: number, months: number): number[] | null {
    if (!(annualRate > -1) || !Number.isFinite(annualRate)) {
        return null;
    }
    const logGrowth = Math.log1p(annualRate);
    return Array.from({ length: months }, (_, m) => 1 / Math.exp(logGrowth * m / 12));
}

/**
 * Present value of monthly amounts with given discount factors, Σ amount × factor:
 * one item's part of an NPV whose flows are discounted with the same factors.
 * Null without factors (a rate at or below −100%).
 */
export function presentValueWith(factors: readonly number[] | null, monthly: readonly { toNumber(): number }[]): number | null {
    if (factors === null) {
        return null;
    }
    let total = 0;
    for (let m = 0; m < monthly.length; m++) {
        total += monthly[m].toNumber() * factors[m];
    }
    return finiteOrNull(total);
}

/**
 * Every per-period rate r > −1 at which the NPV of `values` (first value at
 * t = 0) is zero, ascending and distinct.
 *
 * With x = 1/(1 + r) the NPV is the polynomial Σ values[t]·x^t, and r > −1 is
 * x > 0. Its roots in (0, 1) are the positive rates, x = 1 is r = 0, and the
 * roots of the reversed polynomial in (0, 1) are the rates in (−1, 0). Roots
 * are isolated exactly (see polynomial-roots.ts), so high rates (x near 0)
 * and rates near −100% are found as reliably as ordinary ones. Flows that are
 * all zero make every rate a root; that is reported as no root.
 */
export function irrRoots(values: readonly number[]): number[] {
    let coefficients = exactCoefficients(values);
    let first = 0;
    while (first < coefficients.length && coefficients[first] === 0n) {
        first++; // leading zero flows only shift time; x = 0 is not a rate
    }
    coefficients = coefficients.slice(first);
    while (coefficients.length > 0 && coefficients[coefficients.length - 1] === 0n) {
        coefficients.pop();
    }
    if (coefficients.length < 2 || signVariations(coefficients) === 0) {
        return []; // Descartes: no sign change, no positive x
    }
    if (signVariations(coefficients) === 1) {
        // Descartes: one sign change means exactly one positive x, a simple root
        // (the usual investment: money out, then money in). P(0) and P(1) say on
        // which side of x = 1 it lies; no isolation is needed, which matters for
        // long horizons, where isolation costs grow steeply with the degree.
        const atOne = coefficients.reduce((sum, c) => sum + c, 0n);
        if (atOne === 0n) {
            return [0];
        }
        return (atOne > 0n) !== (coefficients[0] > 0n)
            ? [rateFromDiscountFactor(onlyRootInUnitInterval(coefficients))]
            : [rateFromGrowthFactor(onlyRootInUnitInterval(reversed(coefficients)))];
    }
    const rates: number[] = [];
    for (const x of rootsInUnitInterval(coefficients)) {
        rates.push(rateFromDiscountFactor(x));
    }
    if (vanishesAtOne(coefficients)) {
        rates.push(0);
    }
    for (const y of rootsInUnitInterval(reversed(coefficients))) {
        rates.push(rateFromGrowthFactor(y));
    }
    return rates.sort((a, b) => a - b);
}

/** The IRR when exactly one root exists; null for none or several. */
export function irr(values: readonly number[]): number | null {
    const roots = irrRoots(values);
    return roots.length === 1 ? roots[0] : null;
}

/** (1 + r)^periods − 1, accurate for small r; null when not finite. */
export function compoundRate(rate: number, periods: number): number | null {
    if (!(rate > -1)) {
        return null;
    }
    return finiteOrNull(Math.expm1(periods * Math.log1p(rate)));
}

/**
 * Modified IRR (numpy-financial's definition): negative flows financed at
 * `financeRate`, positive ones reinvested at `reinvestRate`. Null unless the
 * flows have both signs.
 */
export function mirr(values: readonly number[], financeRate: number, reinvestRate: number): number | null {
    const n = values.length;
    const positive = values.map(v => (v > 0 ? v : 0));
    const negative = values.map(v => (v < 0 ? v : 0));
    if (n < 2 || !positive.some(v => v !== 0) || !negative.some(v => v !== 0)) {
        return null;
    }
    const numerator = npv(reinvestRate, positive);
    const denominator = npv(financeRate, negative);
    if (numerator === null || denominator === null || denominator === 0) {
        return null;
    }
    return finiteOrNull(Math.pow(Math.abs(numerator) / Math.abs(denominator), 1 / (n - 1)) * (1 + reinvestRate) - 1);
}

/**
 * Months until the cumulative net flow turns non-negative for good: the last
 * month m whose previous cumulative is negative, interpolated inside month m
 * as m + (−cum[m−1]) / net[m]. 0 when the cumulative is never negative; null
 * when it is still negative at the end.
 */
export function paybackMonths(net: readonly Decimal[]): number | null {
    const cumulative: Decimal[] = [];
    let lastNegative = -1;
    net.forEach((value, m) => {
        const cum = m === 0 ? value : cumulative[m - 1].plus(value);
        cumulative.push(cum);
        if (cum.isNegative() && !cum.isZero()) {
            lastNegative = m;
        }
    });
    if (lastNegative === -1) {
        return 0;
    }
    if (lastNegative === net.length - 1) {
        return null;
    }
    const m = lastNegative + 1; // cum[m − 1] < 0 ≤ cum[m], so net[m] > 0
    return cumulative[m - 1].negated().div(net[m]).plus(m).toNumber();
}

/** r = 1/x − 1 computed from the exact fraction, so small rates keep their digits. */
function rateFromDiscountFactor(x: DyadicRoot): number {
    // x = q / 2^k  ⇒  r = (2^k − q) / q
    return ratio((1n << BigInt(x.exponent)) - x.numerator, x.numerator);
}

/** r = y − 1 where y = 1 + r ∈ (0, 1). */
function rateFromGrowthFactor(y: DyadicRoot): number {
    const scale = 1n << BigInt(y.exponent);
    return ratio(y.numerator - scale, scale);
}

/** a / b as a double, correct to a few ulps even when a and b exceed the double range. */
function ratio(a: bigint, b: bigint): number {
    const shiftA = Math.max(0, bitLength(a) - 64);
    const shiftB = Math.max(0, bitLength(b) - 64);
    const value = Number(a >> BigInt(shiftA)) / Number(b >> BigInt(shiftB));
    return value * Math.pow(2, shiftA - shiftB);
}

function bitLength(x: bigint): number {
    return (x < 0n ? -x : x).toString(2).length;
}

function finiteOrNull(value: number): number | null {
    return Number.isFinite(value) ? value : null;
}
