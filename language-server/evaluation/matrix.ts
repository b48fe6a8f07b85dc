/**
 * The weighted vendor matrix: score (0–10) = Σ criterion weight / 100 ×
 * criterion score, per option.
 */
import type { Decimal } from 'decimal.js';
import { coverageIndex } from './coverage.js';
import type { Criterion, Edition, Vendor } from '../model/plan.js';
import { dec, HUNDRED, sum, ZERO } from './decimal.js';
import type { CriterionScore, MissingScore } from './evaluation-types.js';

const TEN = dec(10);

/** What the matrix needs to know about an option. */
export interface MatrixOption {
    readonly id: string;
    readonly vendor: Vendor;
    /** Its edition: its own `covers` replace the vendor's shares. */
    readonly edition?: Edition;
    readonly tco: Decimal;
}

export interface MatrixResult {
    /** Per option id, criteria in criterion order. */
    readonly scores: ReadonlyMap<string, { readonly criteria: CriterionScore[]; readonly matrixScore: number }>;
    /** Per vendor and criterion, in vendor then criterion order. */
    readonly missing: MissingScore[];
}

/**
 * Coverage score: 10 × Σ(value × covers share) / Σ value over all
 * requirements; a requirement the vendor does not cover counts 0. Null when
 * no requirement has any value.
 */
export function coverageScore(vendor: Vendor, values: ReadonlyMap<string, Decimal>, edition?: Edition): Decimal | null {
    const total = sum(values.values());
    if (total.isZero()) {
        return null;
    }
    const shares = coverageIndex(vendor, edition);
    // Σ value × share, divided by 100 once: values and shares are short exact decimals, so every
    // product and the sum are exact, and the result equals dividing each product by 100.
    let covered = ZERO;
    for (const [id, value] of values) {
        const share = shares.get(id);
        if (share !== undefined) {
            covered = covered.plus(value.times(share));
        }
    }
    return TEN.times(covered.div(HUNDRED)).div(total);
}

/** TCO score: 10 × lowest TCO / this TCO; 10 for a TCO of 0 (nothing is cheaper). */
export function tcoScore(tco: Decimal, lowest: Decimal): Decimal {
    return tco.isZero() ? TEN : TEN.times(lowest).div(tco);
}

/**
 * Scores every option on every criterion. Computed criteria ignore any
 * `score` line for them; a scored criterion without a `score` counts 0 and is
 * listed as missing.
 */
export function scoreMatrix(criteria: readonly Criterion[], options: readonly MatrixOption[], values: ReadonlyMap<string, Decimal>): MatrixResult {
    const lowest = options.length > 0
        ? options.map(o => o.tco).reduce((a, b) => (b.lessThan(a) ? b : a))
        : ZERO;
    const missing: MissingScore[] = [];
    const seenVendors = new Set<string>();
    const scores = new Map<string, { criteria: CriterionScore[]; matrixScore: number }>();
    // Options of one vendor share its coverage score, unless an edition has `covers` of its own: compute it once per vendor.
    const coverage = new Map<Vendor | Edition, Decimal>();
    const coverageOf = (vendor: Vendor, edition: Edition | undefined): Decimal => {
        const key = edition?.covers?.length ? edition : vendor;
        let score = coverage.get(key);
        if (score === undefined) {
            score = coverageScore(vendor, values, key === vendor ? undefined : edition) ?? ZERO;
            coverage.set(key, score);
        }
        return score;
    };
    for (const option of options) {
        const firstOfVendor = !seenVendors.has(option.vendor.id);
        seenVendors.add(option.vendor.id);
        let total = ZERO;
        const criterionScores = criteria.map(criterion => {
            let score: Decimal;
            let isMissing = false;
            let source: string | undefined;
            if (criterion.measure === 'coverage') {
                score = coverageOf(option.vendor, option.edition);
            } else if (criterion.measure === 'tco') {
                score = tcoScore(option.tco, lowest);
            } else {
                const given = option.vendor.scores.find(s => s.criterion === criterion.id);
                isMissing = given === undefined;
                score = given ? dec(given.score) : ZERO;
                source = given?.source;
                if (isMissing && firstOfVendor) {
                    missing.push({ vendor: option.vendor.id, criterion: criterion.id });
                }
            }
            const weighted = dec(criterion.weightPercent).div(HUNDRED).times(score);
            total = total.plus(weighted);
            return {
                criterion: criterion.id,
                ...(criterion.measure ? { measure: criterion.measure } : {}),
                score: score.toNumber(),
                weighted: weighted.toNumber(),
                missing: isMissing,
                ...(source !== undefined ? { source } : {})
            };
        });
        scores.set(option.id, { criteria: criterionScores, matrixScore: total.toNumber() });
    }
    return { scores, missing };
}
