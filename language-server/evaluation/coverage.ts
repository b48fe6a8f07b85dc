import type { Decimal } from 'decimal.js';
import type { Vendor } from '../model/plan.js';
import { dec } from './decimal.js';

const indexes = new WeakMap<Vendor, ReadonlyMap<string, Decimal>>();

/**
 * A vendor's likely `covers` share per requirement id, built once per vendor
 * object: plans with thousands of requirements look shares up for every
 * requirement, benefit and option, and a linear search made that quadratic.
 * When a requirement is listed twice (a validation error), the first wins.
 * Shares are converted to the evaluation's precision once, here.
 */
export function coverageIndex(vendor: Vendor): ReadonlyMap<string, Decimal> {
    let index = indexes.get(vendor);
    if (!index) {
        const shares = new Map<string, Decimal>();
        for (const coverage of vendor.covers) {
            if (!shares.has(coverage.requirement)) {
                shares.set(coverage.requirement, dec(coverage.sharePercent.likely));
            }
        }
        index = shares;
        indexes.set(vendor, index);
    }
    return index;
}

const sourceIndexes = new WeakMap<Vendor, ReadonlyMap<string, string>>();

/** Where a vendor's `covers` share of each requirement comes from (`LeadFollowUp 90% source "..."`), for the shares that say; the first line wins, as above. */
export function coverageSources(vendor: Vendor): ReadonlyMap<string, string> {
    let index = sourceIndexes.get(vendor);
    if (!index) {
        const sources = new Map<string, string>();
        const seen = new Set<string>();
        for (const coverage of vendor.covers) {
            if (!seen.has(coverage.requirement)) {
                seen.add(coverage.requirement);
                if (coverage.source !== undefined) {
                    sources.set(coverage.requirement, coverage.source);
                }
            }
        }
        index = sources;
        sourceIndexes.set(vendor, index);
    }
    return index;
}
