/**
 * A small seeded pseudo-random generator and the samplers the simulation
 * needs, written out so that the same seed gives the same numbers on every
 * machine and every Node version (no `Math.random`, no platform code).
 *
 * - Generator: xoshiro128** 1.1 (Blackman and Vigna), 128 bits of state,
 *   period 2^128 − 1, seeded through splitmix32 so that nearby seeds give
 *   unrelated streams.
 * - Uniform: 53 random bits from two outputs, strictly inside (0, 1).
 * - Normal: Box–Muller (two uniforms per normal, no cached second value).
 * - Gamma: Marsaglia and Tsang (2000), with the u^(1/α) boost for α < 1.
 * - Beta: X / (X + Y) for X ~ Gamma(α), Y ~ Gamma(β): an exact method.
 */

/** The seed the simulation uses unless told otherwise (`--seed`). */
export const DEFAULT_SEED = 1;

/** A stream of pseudo-random numbers. */
export interface RandomSource {
    /** A uniform double strictly between 0 and 1 (53 random bits). */
    uniform(): number;
}

/** splitmix32: spreads a 32-bit seed over a sequence of well-mixed words. */
function splitmix32(seed: number): () => number {
    let state = seed | 0;
    return () => {
        state = (state + 0x9e3779b9) | 0;
        let t = state ^ (state >>> 16);
        t = Math.imul(t, 0x21f0aaad);
        t ^= t >>> 15;
        t = Math.imul(t, 0x735a2d97);
        return (t ^ (t >>> 15)) >>> 0;
    };
}

function rotl(x: number, k: number): number {
    return (x << k) | (x >>> (32 - k));
}

/** xoshiro128**: fast, small, statistically sound for simulation (not for cryptography). */
export class Xoshiro128 implements RandomSource {
    private s0: number;
    private s1: number;
    private s2: number;
    private s3: number;

    /**
     * @param seed any safe integer (`Number.isSafeInteger`); both 32-bit
     *   halves of it matter.
     */
    constructor(seed: number) {
        if (!Number.isSafeInteger(seed)) {
            throw new RangeError(`The seed must be a safe integer (got ${seed}).`);
        }
        const low = seed % 0x1_0000_0000;
        const high = Math.floor(seed / 0x1_0000_0000);
        const mix = splitmix32((low ^ Math.imul(high | 0, 0x85ebca6b)) | 0);
        this.s0 = mix();
        this.s1 = mix();
        this.s2 = mix();
        this.s3 = mix();
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) {
            this.s0 = 1; // the all-zero state is the one state xoshiro cannot leave
        }
    }

    /** A generator in a given state (four 32-bit words, not all zero): for checks against the reference vectors. */
    static fromState(s0: number, s1: number, s2: number, s3: number): Xoshiro128 {
        const random = new Xoshiro128(0);
        random.s0 = s0 | 0;
        random.s1 = s1 | 0;
        random.s2 = s2 | 0;
        random.s3 = s3 | 0;
        return random;
    }

    /** The next 32-bit output, as an unsigned integer. */
    nextUint32(): number {
        const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
        const t = this.s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= this.s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = rotl(this.s3, 11);
        return result;
    }

    uniform(): number {
        const high = this.nextUint32() >>> 5; // 27 bits
        const low = this.nextUint32() >>> 6; // 26 bits
        // (k + 0.5) / 2^53 for k in [0, 2^53): never 0, never 1.
        return (high * 67108864 + low + 0.5) / 9007199254740992;
    }
}

/** A standard normal variate (Box–Muller). */
export function normal(random: RandomSource): number {
    const u1 = random.uniform();
    const u2 = random.uniform();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** A Gamma(shape, 1) variate: Marsaglia and Tsang's method. */
export function gamma(random: RandomSource, shape: number): number {
    if (!(shape > 0) || !Number.isFinite(shape)) {
        throw new RangeError(`A gamma shape must be positive (got ${shape}).`);
    }
    if (shape < 1) {
        // Gamma(a) = Gamma(a + 1) · U^(1/a)
        return gamma(random, shape + 1) * Math.pow(random.uniform(), 1 / shape);
    }
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
        let x: number;
        let v: number;
        do {
            x = normal(random);
            v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const u = random.uniform();
        const x2 = x * x;
        if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
            return d * v;
        }
    }
}

/** A Beta(α, β) variate in [0, 1], from two gamma variates. */
export function beta(random: RandomSource, alpha: number, betaShape: number): number {
    const x = gamma(random, alpha);
    const y = gamma(random, betaShape);
    return x / (x + y);
}
