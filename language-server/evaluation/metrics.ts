/**
 * The money figures of one monthly stream of costs and benefits: TCO,
 * benefit, ROI, NPV, PV-ROI, payback, IRR and the monthly timeline.
 *
 * It takes plain monthly arrays, so an uncertainty simulation can call it on
 * sampled flows as well.
 */
import type { Decimal } from 'decimal.js';
import { monthLabel } from '../model/months.js';
import { HUNDRED, sum, ZERO } from './decimal.js';
import { EvaluationError } from './evaluation-error.js';
import type { IrrResult, OptionMetrics, TimelineMonth } from './evaluation-types.js';
import { compoundRate, discountFactorsMonthly, irrRoots, paybackMonths, presentValueMonthly } from './finance.js';

/**
 * @param costs one amount per month of the horizon
 * @param benefits one amount per month of the horizon
 * @param discountRatePercent annual rate, 8 for 8%
 * @param start the plan's start month, for labels
 */
export function computeMetrics(costs: readonly Decimal[], benefits: readonly Decimal[], discountRatePercent: number, start: string): OptionMetrics {
    const net = costs.map((cost, m) => benefits[m].minus(cost));
    const rate = discountRatePercent / 100;
    const factors = discountFactorsMonthly(rate, net.length);
    const timeline: TimelineMonth[] = [];
    let cumulative = ZERO;
    net.forEach((value, m) => {
        cumulative = cumulative.plus(value);
        const discountFactor = factors === null ? null : factors[m];
        const presentValue = discountFactor === null ? null : value.toNumber() * discountFactor;
        timeline.push({ month: m, label: monthLabel(start, m), cost: costs[m], benefit: benefits[m], net: value, cumulative, discountFactor, presentValue });
    });

    const tco = sum(costs);
    const totalBenefit = sum(benefits);
    // Discounting, IRR and ratios use doubles: a figure past their range is an error, never Infinity or NaN.
    const netFlows = finiteFlows(net, 'a monthly net cash flow');
    const costFlows = finiteFlows(costs, 'a monthly cost');
    finiteFlows([tco, totalBenefit], 'a total');
    const npv = presentValueMonthly(rate, netFlows);
    const pvCosts = presentValueMonthly(rate, costFlows);
    if (rate > -1 && (npv === null || pvCosts === null)) {
        throw overflow('the NPV');
    }
    const roiPercent = tco.isZero() ? null : totalBenefit.minus(tco).div(tco).times(HUNDRED).toNumber();
    const pvRoiPercent = npv === null || pvCosts === null || pvCosts === 0 ? null : npv / pvCosts * 100;
    if ((roiPercent !== null && !Number.isFinite(roiPercent)) || (pvRoiPercent !== null && !Number.isFinite(pvRoiPercent))) {
        throw overflow('the ROI');
    }
    return {
        tco,
        totalBenefit,
        netBenefit: totalBenefit.minus(tco),
        roiPercent,
        npv,
        pvCosts,
        pvRoiPercent,
        paybackMonths: paybackMonths(net),
        irr: internalRateOfReturn(net),
        timeline
    };
}

/** The values as doubles; an `overflow` EvaluationError when one is beyond their range. */
function finiteFlows(values: readonly Decimal[], what: string): number[] {
    const numbers = values.map(v => v.toNumber());
    if (!numbers.every(Number.isFinite)) {
        throw overflow(what);
    }
    return numbers;
}

function overflow(what: string): EvaluationError {
    return new EvaluationError('overflow', `The figures cannot be computed: ${what} is beyond the range of numbers (about 1.8 × 10^308).`);
}

/** IRR of monthly flows: all roots, annualised; the IRR only when unique. */
export function internalRateOfReturn(net: readonly Decimal[]): IrrResult {
    const flows = net.map(v => v.toNumber());
    if (!flows.every(Number.isFinite)) {
        // Flows past the range of doubles have no IRR to find (computeMetrics reports them first).
        return { monthlyRoots: [], annualRootsPercent: [], annualPercent: null };
    }
    // The root isolation is the costliest step of an evaluation, and most edits leave an
    // option's flows as they were: a result is reused for flows equal to the last ones seen.
    const key = flows.join(',');
    const known = recentIrr.get(key);
    if (known) {
        return { ...known, monthlyRoots: [...known.monthlyRoots], annualRootsPercent: [...known.annualRootsPercent] };
    }
    const result = isolateIrr(flows);
    if (recentIrr.size >= RECENT_IRR_LIMIT) {
        recentIrr.delete(recentIrr.keys().next().value!);
    }
    recentIrr.set(key, result);
    return { ...result, monthlyRoots: [...result.monthlyRoots], annualRootsPercent: [...result.annualRootsPercent] };
}

/** IRR results by their monthly flows, oldest first (a memo: the result depends on the flows only). */
const recentIrr = new Map<string, IrrResult>();
const RECENT_IRR_LIMIT = 256;

function isolateIrr(flows: readonly number[]): IrrResult {
    const monthlyRoots = irrRoots(flows).filter(Number.isFinite);
    const annualRootsPercent = monthlyRoots
        .map(r => compoundRate(r, 12))
        .filter((r): r is number => r !== null)
        .map(r => r * 100)
        .filter(Number.isFinite);
    const unique = monthlyRoots.length === 1 && annualRootsPercent.length === 1;
    return { monthlyRoots, annualRootsPercent, annualPercent: unique ? annualRootsPercent[0] : null };
}
