import type { Decimal } from 'decimal.js';
import { Dec, roundMoney, type Evaluation, type OptionEvaluation } from '../evaluation/index.js';

/** One row of an option's ΔNPV: an item's change of present value, or the re-discounting of every flow. */
export interface NpvCause {
    /** The item's id (as in the TCO and benefit causes); `discount` for the re-discounting row. */
    readonly id: string;
    readonly title: string;
    readonly kind: 'cost' | 'licence' | 'effort' | 'benefit' | 'discount';
    /**
     * Items: the item's present value before and after (a cost's is positive; it lowers the NPV),
     * null where the item exists on one side only. `discount`: the annual rate in percent before and after.
     */
    readonly base: number | null;
    readonly head: number | null;
    /** What the row does to the NPV, unrounded (a float difference, as exact as the NPVs). */
    readonly exact: Decimal;
    /** The same to the cent, allocated so that the rows add up to the shown ΔNPV (see `allocateCents`). */
    readonly delta: Decimal;
}

/**
 * An option's ΔNPV split by the items that caused it, largest first, the
 * shown rows summing exactly to the shown ΔNPV (each NPV rounded to the cent,
 * then subtracted). NPV is linear in the flows, so each item's part is the
 * change of its present value, which the evaluation gives per item with the
 * factors the NPV uses; this only subtracts.
 *
 * When the discount rate changed, `bridge` is the head plan evaluated at the
 * base's rate: the item rows compare the flows at the base's rate (bridge −
 * base), and one `discount` row is the head's flows re-discounted (head −
 * bridge), so the rows still sum to head − base. A changed start or horizon
 * moves or adds flows rather than changing a month's discount factor, so it
 * shows in the item rows.
 */
export function npvCauses(base: OptionEvaluation, head: OptionEvaluation, bridge: OptionEvaluation | undefined, rates: { base: number; head: number }): NpvCause[] {
    if (base.npv === null || head.npv === null || (bridge !== undefined && bridge.npv === null)) {
        return [];
    }
    const shownDelta = roundMoney(head.npv).minus(roundMoney(base.npv));
    const flowsAfter = bridge ?? head;
    const rows: Array<Omit<NpvCause, 'delta'>> = [
        ...itemRows(presentValues(base, 'cost'), presentValues(flowsAfter, 'cost'), -1),
        ...itemRows(presentValues(base, 'benefit'), presentValues(flowsAfter, 'benefit'), 1)
    ];
    if (bridge !== undefined) {
        rows.push({ id: 'discount', title: 'discount', kind: 'discount', base: rates.base, head: rates.head, exact: exact(head.npv).minus(exact(bridge.npv!)) });
    }
    const delta = allocateCents(rows.map(row => row.exact), shownDelta);
    return rows
        .map((row, i) => ({ ...row, delta: delta[i] }))
        .filter(row => !row.delta.isZero())
        // Largest effect first; ties keep plan order (Array.prototype.sort is stable).
        .sort((x, y) => y.delta.abs().comparedTo(x.delta.abs()));
}

/** The head option evaluated at the base's discount rate, when the rate changed: what `npvCauses` calls the bridge. */
export function bridgeOption(bridge: Evaluation | undefined, id: string): OptionEvaluation | undefined {
    return bridge?.options.find(option => option.id === id);
}

interface ItemValue {
    readonly id: string;
    readonly title: string;
    readonly kind: NpvCause['kind'];
    readonly presentValue: number | null;
}

function presentValues(option: OptionEvaluation, side: 'cost' | 'benefit'): ItemValue[] {
    return side === 'cost'
        ? option.costs.map(cost => ({
            id: cost.id, title: cost.title, presentValue: cost.presentValue,
            kind: cost.source === 'licence' ? 'licence' : cost.source === 'effort' ? 'effort' : 'cost'
        }))
        : option.benefits.map(benefit => ({ id: benefit.id, title: benefit.title, kind: 'benefit', presentValue: benefit.presentValue }));
}

/** Each item whose present value moved, with its effect on the NPV: `sign` −1 for costs. Head order, then items only the base has. */
function itemRows(base: readonly ItemValue[], head: readonly ItemValue[], sign: 1 | -1): Array<Omit<NpvCause, 'delta'>> {
    const before = new Map(base.map(item => [item.id, item]));
    const after = new Map(head.map(item => [item.id, item]));
    const ids = [...head.map(item => item.id), ...base.map(item => item.id).filter(id => !after.has(id))];
    return ids.flatMap(id => {
        const b = before.get(id);
        const h = after.get(id);
        const item = (h ?? b)!;
        const change = exact(h?.presentValue ?? 0).minus(exact(b?.presentValue ?? 0)).times(sign);
        return change.isZero() ? [] : [{
            id, title: item.title, kind: item.kind, base: b?.presentValue ?? null, head: h?.presentValue ?? null, exact: change
        }];
    });
}

/**
 * Rounds each row to the cent so that they add up to `total` exactly, by
 * the largest remainder method: every row is rounded down, then the cents
 * still missing go one each to the rows with the largest remainders (taken,
 * when the rounded NPVs leave fewer cents than the rows hold, from the rows
 * with the smallest). No row moves by a cent or more from its exact value
 * beyond what the rounding of the two NPVs itself needs; no rounding row.
 */
export function allocateCents(rows: readonly Decimal[], total: Decimal): Decimal[] {
    if (rows.length === 0) {
        return [];
    }
    const floors = rows.map(row => row.times(100).floor());
    const remainders = rows.map((row, i) => row.times(100).minus(floors[i]));
    let missing = total.times(100).minus(floors.reduce((sum, v) => sum.plus(v), new Dec(0))).round().toNumber();
    const order = rows.map((_, i) => i).sort((x, y) => remainders[y].comparedTo(remainders[x]) || x - y);
    const shown = [...floors];
    for (let step = 0; missing !== 0; step++) {
        const k = step % order.length;
        const i = missing > 0 ? order[k] : order[order.length - 1 - k];
        shown[i] = shown[i].plus(missing > 0 ? 1 : -1);
        missing += missing > 0 ? -1 : 1;
    }
    return shown.map(value => value.div(100));
}

/** A float as the exact decimal it is. */
function exact(value: number): Decimal {
    return new Dec(value);
}
