/**
 * Mulberry32: a small, fast, seedable generator of doubles in [0, 1), for
 * test and benchmark data that must be the same on every run, so a failure
 * can be replayed. (The simulation has its own, `Xoshiro128`.)
 */
export function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
