import type { Decimal } from 'decimal.js';
import type { Coverage, Edition, Vendor } from '../model/plan.js';
import { dec } from './decimal.js';

const indexes = new WeakMap<Vendor, ReadonlyMap<string, Decimal>>();
/** Per edition: its merged shares, and the vendor index they were merged from (an edition object may be shared by two vendor objects). */
const editionIndexes = new WeakMap<Edition, { readonly base: ReadonlyMap<string, Decimal>; readonly merged: ReadonlyMap<string, Decimal> }>();

/**
 * A vendor's likely `covers` share per requirement id, built once per vendor
 * object: plans with thousands of requirements look shares up for every
 * requirement, benefit and option, and a linear search made that quadratic.
 * When a requirement is listed twice (a validation error), the first wins.
 * Shares are converted to the evaluation's precision once, here.
 *
 * With an edition, the option's shares: the edition's own `covers` replace
 * the vendor's share of the requirements they list; the others keep it.
 */
export function coverageIndex(vendor: Vendor, edition?: Edition): ReadonlyMap<string, Decimal> {
    let index = indexes.get(vendor);
    if (!index) {
        index = shareMap(vendor.covers, new Map());
        indexes.set(vendor, index);
    }
    if (!edition?.covers?.length) {
        return index;
    }
    let own = editionIndexes.get(edition);
    if (own?.base !== index) {
        own = { base: index, merged: new Map([...index, ...shareMap(edition.covers, new Map())]) };
        editionIndexes.set(edition, own);
    }
    return own.merged;
}

function shareMap(covers: readonly Coverage[], shares: Map<string, Decimal>): Map<string, Decimal> {
    for (const coverage of covers) {
        if (!shares.has(coverage.requirement)) {
            shares.set(coverage.requirement, dec(coverage.sharePercent.likely));
        }
    }
    return shares;
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
