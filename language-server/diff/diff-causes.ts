import type { Decimal } from 'decimal.js';
import type { Evaluation, OptionEvaluation } from '../evaluation/index.js';
import { bridgeOption, npvCauses, type NpvCause } from './npv-causes.js';

/** One cost or benefit item's change within an option: what part of ΔTCO or Δbenefit it caused. */
export interface ItemDelta {
    /** The item's id: a cost, `Vendor.Edition.licence`, `effort.Requirement`, or a benefit. */
    readonly id: string;
    readonly title: string;
    readonly kind: 'cost' | 'licence' | 'effort' | 'benefit';
    /** Null when the item exists in one version only. */
    readonly base: Decimal | null;
    readonly head: Decimal | null;
    readonly delta: Decimal;
}

/** What caused an option's ΔTCO, Δbenefit and ΔNPV: the items that changed, largest first; each list sums exactly to its delta. */
export interface OptionCauses {
    readonly option: string;
    readonly tco: readonly ItemDelta[];
    readonly benefit: readonly ItemDelta[];
    /** Each item's change of present value (and the re-discounting, when the rate changed), to the cent, summing to the shown ΔNPV. */
    readonly npv: readonly NpvCause[];
}

/**
 * The causes of each option's change, for options in both versions whose
 * TCO, total benefit or NPV moved. Item totals and present values come from
 * the evaluations; an item present on one side only counts whole. `bridge`
 * is the head plan evaluated at the base's discount rate, given when the
 * rate changed (see `npvCauses`).
 */
export function diffCauses(base: Evaluation, head: Evaluation, bridge?: Evaluation): OptionCauses[] {
    const before = new Map(base.options.map(option => [option.id, option]));
    const rates = { base: base.plan.discountRatePercent, head: head.plan.discountRatePercent };
    return head.options.flatMap(option => {
        const old = before.get(option.id);
        if (!old) {
            return [];
        }
        const tco = itemDeltas(costItems(old), costItems(option));
        const benefit = itemDeltas(benefitItems(old), benefitItems(option));
        const npv = npvCauses(old, option, bridgeOption(bridge, option.id), rates);
        return tco.length > 0 || benefit.length > 0 || npv.length > 0 ? [{ option: option.id, tco, benefit, npv }] : [];
    });
}

type Item = Omit<ItemDelta, 'base' | 'head' | 'delta'> & { readonly total: Decimal };

function costItems(option: OptionEvaluation): Item[] {
    return option.costs.map(cost => ({
        id: cost.id, title: cost.title, total: cost.total,
        kind: cost.source === 'licence' ? 'licence' : cost.source === 'effort' ? 'effort' : 'cost'
    }));
}

function benefitItems(option: OptionEvaluation): Item[] {
    return option.benefits.map(benefit => ({ id: benefit.id, title: benefit.title, total: benefit.total, kind: 'benefit' }));
}

function itemDeltas(base: readonly Item[], head: readonly Item[]): ItemDelta[] {
    const before = new Map(base.map(item => [item.id, item]));
    const after = new Map(head.map(item => [item.id, item]));
    const ids = [...head.map(item => item.id), ...base.map(item => item.id).filter(id => !after.has(id))];
    return ids
        .map(id => {
            const b = before.get(id);
            const h = after.get(id);
            const item = (h ?? b)!;
            const zero = item.total.times(0);
            return {
                id: item.id, title: item.title, kind: item.kind,
                base: b?.total ?? null, head: h?.total ?? null,
                delta: (h?.total ?? zero).minus(b?.total ?? zero)
            };
        })
        .filter(item => !item.delta.isZero())
        // Largest change first; ties in plan order.
        .sort((x, y) => y.delta.abs().comparedTo(x.delta.abs()));
}
