/**
 * Exact isolation of the real roots of an integer polynomial in (0, 1).
 *
 * IRR is a root of a polynomial whose coefficients are the cash flows. Newton
 * from a guess can miss roots or report one of several; a sign grid can miss
 * two close roots. Here every root is found: the polynomial is made
 * square-free (exact gcd with its derivative), then the Descartes method
 * (Collins–Akritas bisection) splits (0, 1) until each piece provably holds
 * zero or one root, and each root is refined by exact bisection. All
 * arithmetic is on BigInt, so no rounding can hide or invent a root.
 *
 * A polynomial is an array of coefficients, index i for x^i.
 */

/** A root approximated as `numerator / 2^exponent` (exact when found exactly). */
export interface DyadicRoot {
    readonly numerator: bigint;
    readonly exponent: number;
    /** True when the polynomial vanishes exactly there. */
    readonly exact: boolean;
}

/** Refine until the interval is 2^-REFINE_BITS of the distance to 0 or 1. */
const REFINE_BITS = 60;
/** Safety net only: a square-free polynomial from doubles never needs this depth. */
const MAX_DEPTH = 2400;

/**
 * Exact integer coefficients proportional to the given doubles: every finite
 * double is m·2^e, so scaling all by the smallest 2^e is exact. Common
 * factors are then divided out to keep numbers small.
 */
export function exactCoefficients(values: readonly number[]): bigint[] {
    const parts = values.map(decompose);
    const nonZero = parts.filter(p => p.mantissa !== 0n);
    if (nonZero.length === 0) {
        return values.map(() => 0n);
    }
    const minExponent = Math.min(...nonZero.map(p => p.exponent));
    const scaled = parts.map(p => (p.mantissa === 0n ? 0n : p.mantissa << BigInt(p.exponent - minExponent)));
    return divideContent(scaled);
}

/** Square-free part: p / gcd(p, p'), primitive. Same distinct roots, each simple. */
export function squareFreePart(p: readonly bigint[]): bigint[] {
    const poly = trim(p);
    if (degree(poly) < 1) {
        return poly;
    }
    if (coprimeModuloPrime(poly, 33554393) || coprimeModuloPrime(poly, 33554383)) {
        return primitive(poly); // the usual case, proved cheaply
    }
    const g = gcd(poly, derivative(poly));
    return degree(g) < 1 ? primitive(poly) : primitive(exactQuotient(poly, g));
}

/**
 * True when p and p' are coprime modulo the prime `modulus` and the prime
 * does not divide p's leading coefficient; then they are coprime over the
 * integers too (the reduction of their true gcd would divide both, with its
 * degree intact), so p is square-free. False means "not proved", not "not
 * square-free". `modulus` < 2^26 keeps every product exact in a double.
 */
function coprimeModuloPrime(p: readonly bigint[], modulus: number): boolean {
    const big = BigInt(modulus);
    const reduce = (q: readonly bigint[]): number[] => trimNumbers(q.map(c => Number(((c % big) + big) % big)));
    const a = reduce(p);
    if (a.length !== p.length) {
        return false; // the prime divides the leading coefficient
    }
    let x = a;
    let y = reduce(derivative(p));
    while (y.length > 0) {
        const r = remainderModulo(x, y, modulus);
        x = y;
        y = r;
    }
    return x.length === 1;
}

/** x mod y over GF(modulus). */
function remainderModulo(x: readonly number[], y: readonly number[], modulus: number): number[] {
    const r = x.slice();
    const dy = y.length - 1;
    const inverse = inverseModulo(y[dy], modulus);
    for (let i = r.length - 1; i >= dy; i--) {
        const factor = (r[i] * inverse) % modulus;
        if (factor !== 0) {
            for (let j = 0; j <= dy; j++) {
                r[i - dy + j] = (r[i - dy + j] - ((factor * y[j]) % modulus) + modulus) % modulus;
            }
        }
    }
    return trimNumbers(r.slice(0, dy));
}

function inverseModulo(a: number, modulus: number): number {
    let [oldR, r] = [a, modulus];
    let [oldS, s] = [1, 0];
    while (r !== 0) {
        const q = Math.floor(oldR / r);
        [oldR, r] = [r, oldR - q * r];
        [oldS, s] = [s, oldS - q * s];
    }
    return ((oldS % modulus) + modulus) % modulus;
}

function trimNumbers(p: number[]): number[] {
    let end = p.length;
    while (end > 0 && p[end - 1] === 0) {
        end--;
    }
    return p.slice(0, end);
}

/** Number of sign changes in the coefficient sequence (zeros skipped). */
export function signVariations(p: readonly bigint[]): number {
    let changes = 0;
    let last = 0;
    for (const c of p) {
        const sign = c > 0n ? 1 : c < 0n ? -1 : 0;
        if (sign !== 0) {
            if (last !== 0 && sign !== last) {
                changes++;
            }
            last = sign;
        }
    }
    return changes;
}

/** Coefficients reversed: x^n p(1/x). Roots x ↦ 1/x. */
export function reversed(p: readonly bigint[]): bigint[] {
    return trim(p).reverse();
}

/** Whether p(1) = 0. */
export function vanishesAtOne(p: readonly bigint[]): boolean {
    return p.reduce((a, b) => a + b, 0n) === 0n;
}

/**
 * All distinct real roots of `p` strictly between 0 and 1, ascending, each
 * refined to about 60 significant bits. `p` need not be square-free.
 */
export function rootsInUnitInterval(p: readonly bigint[]): DyadicRoot[] {
    let poly = squareFreePart(p);
    while (poly.length > 0 && poly[0] === 0n) {
        poly = poly.slice(1); // roots at 0 are outside (0, 1)
    }
    if (degree(poly) < 1) {
        return [];
    }
    const roots: DyadicRoot[] = [];
    for (const piece of isolate(poly)) {
        roots.push(piece.exact ? { numerator: piece.c, exponent: piece.k, exact: true } : refine(poly, piece.c, piece.k));
    }
    return roots.sort((a, b) => compareDyadic(a, b));
}

/**
 * The root of `p` in (0, 1) when the caller knows there is exactly one and it
 * is simple, and p(0) and p(1) are non-zero with opposite signs: bisection
 * from (0, 1) straight away, without the isolation, to the same dyadic
 * interval the isolation and refinement would reach.
 */
export function onlyRootInUnitInterval(p: readonly bigint[]): DyadicRoot {
    return refine(trim(p), 0n, 0);
}

/** A piece of (0, 1): the open interval (c/2^k, (c+1)/2^k), or the exact root c/2^k. */
interface Piece {
    readonly c: bigint;
    readonly k: number;
    readonly exact: boolean;
}

/** Descartes-method bisection; `poly` square-free with poly(0) ≠ 0. */
function isolate(poly: bigint[]): Piece[] {
    const pieces: Piece[] = [];
    // Each entry holds the polynomial transformed so that its (0, 1) is the piece.
    const stack: { poly: bigint[]; c: bigint; k: number }[] = [{ poly, c: 0n, k: 0 }];
    while (stack.length > 0) {
        const entry = stack.pop()!;
        let current = entry.poly;
        if (current[0] === 0n) {
            // The left end, a parent's midpoint, is a root.
            pieces.push({ c: entry.c, k: entry.k, exact: true });
            current = current.slice(1);
        }
        if (degree(current) < 1) {
            continue;
        }
        const variations = signVariations(taylorShiftOne(reversed(current)));
        if (variations === 0) {
            continue;
        }
        if (variations === 1 || entry.k >= MAX_DEPTH) {
            pieces.push({ c: entry.c, k: entry.k, exact: false });
            continue;
        }
        const left = halved(current);
        const right = taylorShiftOne(left);
        stack.push({ poly: right, c: 2n * entry.c + 1n, k: entry.k + 1 });
        stack.push({ poly: left, c: 2n * entry.c, k: entry.k + 1 });
    }
    return pieces;
}

/** Exact bisection of an isolating interval of a simple root of `poly`. */
function refine(poly: readonly bigint[], c0: bigint, k0: number): DyadicRoot {
    let c = c0;
    let k = k0;
    // Sign just right of the left end; the end itself may be a root found
    // exactly, and then (the root being simple) the derivative gives it.
    const lowSign = signAt(poly, c, k) || signAt(derivative(poly), c, k);
    for (;;) {
        const distance = minBig(c, (1n << BigInt(k)) - c - 1n);
        if (distance >= 1n << BigInt(REFINE_BITS) || k >= MAX_DEPTH) {
            return { numerator: 2n * c + 1n, exponent: k + 1, exact: false };
        }
        const mid = 2n * c + 1n;
        const sign = signAt(poly, mid, k + 1);
        if (sign === 0) {
            return { numerator: mid, exponent: k + 1, exact: true };
        }
        c = sign === lowSign ? mid : 2n * c;
        k += 1;
    }
}

/** Sign of poly(a / 2^k), exactly: Σ p_i a^i 2^{k(n−i)}. */
function signAt(poly: readonly bigint[], a: bigint, k: number): number {
    const n = poly.length - 1;
    let acc = poly[n];
    for (let i = n - 1; i >= 0; i--) {
        acc = acc * a + (poly[i] << BigInt(k * (n - i)));
    }
    return acc > 0n ? 1 : acc < 0n ? -1 : 0;
}

function compareDyadic(a: DyadicRoot, b: DyadicRoot): number {
    const e = Math.max(a.exponent, b.exponent);
    const x = a.numerator << BigInt(e - a.exponent);
    const y = b.numerator << BigInt(e - b.exponent);
    return x < y ? -1 : x > y ? 1 : 0;
}

/** p(x + 1), by repeated synthetic division. */
function taylorShiftOne(p: readonly bigint[]): bigint[] {
    const a = p.slice();
    const n = a.length - 1;
    for (let i = 0; i < n; i++) {
        for (let j = n - 1; j >= i; j--) {
            a[j] += a[j + 1];
        }
    }
    return a;
}

/** 2^n p(x / 2): the left half of (0, 1) becomes (0, 1). */
function halved(p: readonly bigint[]): bigint[] {
    const n = p.length - 1;
    return p.map((c, i) => c << BigInt(n - i));
}

function derivative(p: readonly bigint[]): bigint[] {
    return p.slice(1).map((c, i) => c * BigInt(i + 1));
}

/** Drops zero coefficients of the highest powers. */
function trim(p: readonly bigint[]): bigint[] {
    let end = p.length;
    while (end > 0 && p[end - 1] === 0n) {
        end--;
    }
    return p.slice(0, end);
}

/** Degree of a trimmed polynomial; −1 for the zero polynomial. */
function degree(p: readonly bigint[]): number {
    return p.length - 1;
}

function abs(x: bigint): bigint {
    return x < 0n ? -x : x;
}

function minBig(a: bigint, b: bigint): bigint {
    return a < b ? a : b;
}

function gcdBig(a: bigint, b: bigint): bigint {
    let x = abs(a);
    let y = abs(b);
    while (y !== 0n) {
        [x, y] = [y, x % y];
    }
    return x;
}

function divideContent(p: readonly bigint[]): bigint[] {
    const content = p.reduce((g, c) => gcdBig(g, c), 0n);
    return content <= 1n ? p.slice() : p.map(c => c / content);
}

/** Content divided out, leading coefficient positive. */
function primitive(p: readonly bigint[]): bigint[] {
    const q = divideContent(trim(p));
    return q.length > 0 && q[q.length - 1] < 0n ? q.map(c => -c) : q;
}

/** Pseudo-remainder of a by b, up to a constant factor (enough for a gcd). */
function pseudoRemainder(a: readonly bigint[], b: readonly bigint[]): bigint[] {
    let r = trim(a);
    const db = degree(b);
    const lb = b[db];
    while (degree(r) >= db) {
        const dr = degree(r);
        const lr = r[dr];
        const next = r.map(c => c * lb);
        for (let j = 0; j <= db; j++) {
            next[j + dr - db] -= lr * b[j];
        }
        r = primitive(next); // keeps coefficients small; the leading term cancelled
    }
    return r;
}

/** gcd by the primitive polynomial remainder sequence; primitive result. */
function gcd(a: readonly bigint[], b: readonly bigint[]): bigint[] {
    let x = primitive(a);
    let y = primitive(b);
    if (degree(x) < degree(y)) {
        [x, y] = [y, x];
    }
    while (y.length > 0) {
        const r = pseudoRemainder(x, y);
        x = y;
        y = r.length > 0 ? primitive(r) : r;
    }
    return x;
}

/** a / b when b divides a and b is primitive (the quotient is then integral). */
function exactQuotient(a: readonly bigint[], b: readonly bigint[]): bigint[] {
    const r = trim(a);
    const db = degree(b);
    const lb = b[db];
    const q: bigint[] = new Array<bigint>(degree(r) - db + 1).fill(0n);
    for (let i = q.length - 1; i >= 0; i--) {
        const lead = r[i + db];
        if (lead % lb !== 0n) {
            throw new Error('internal: polynomial division is not exact');
        }
        q[i] = lead / lb;
        for (let j = 0; j <= db; j++) {
            r[i + j] -= q[i] * b[j];
        }
    }
    if (r.some(c => c !== 0n)) {
        throw new Error('internal: polynomial division left a remainder');
    }
    return q;
}

/** A finite double as mantissa · 2^exponent, both exact. */
function decompose(value: number): { mantissa: bigint; exponent: number } {
    if (!Number.isFinite(value)) {
        throw new RangeError(`Cash flows must be finite numbers, got ${value}.`);
    }
    if (value === 0) {
        return { mantissa: 0n, exponent: 0 };
    }
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value);
    const high = view.getUint32(0);
    const low = view.getUint32(4);
    const biased = (high >>> 20) & 0x7ff;
    let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
    let exponent: number;
    if (biased === 0) {
        exponent = -1074; // subnormal
    } else {
        mantissa |= 1n << 52n;
        exponent = biased - 1075;
    }
    return { mantissa: value < 0 ? -mantissa : mantissa, exponent };
}
