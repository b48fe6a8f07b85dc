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
import type { IrrResult, OptionMetrics, TimelineMonth } from './evaluation.js';
import { compoundRate, irrRoots, paybackMonths, presentValueMonthly } from './finance.js';

/**
 * @param costs one amount per month of the horizon
 * @param benefits one amount per month of the horizon
 * @param discountRatePercent annual rate, 8 for 8%
 * @param start the plan's start month, for labels
 */
export function computeMetrics(costs: readonly Decimal[], benefits: readonly Decimal[], discountRatePercent: number, start: string): OptionMetrics {
    const net = costs.map((cost, m) => benefits[m].minus(cost));
    const timeline: TimelineMonth[] = [];
    let cumulative = ZERO;
    net.forEach((value, m) => {
        cumulative = cumulative.plus(value);
        timeline.push({ month: m, label: monthLabel(start, m), cost: costs[m], benefit: benefits[m], net: value, cumulative });
    });

    const tco = sum(costs);
    const totalBenefit = sum(benefits);
    const rate = discountRatePercent / 100;
    const npv = presentValueMonthly(rate, net.map(v => v.toNumber()));
    const pvCosts = presentValueMonthly(rate, costs.map(v => v.toNumber()));
    return {
        tco,
        totalBenefit,
        netBenefit: totalBenefit.minus(tco),
        roiPercent: tco.isZero() ? null : totalBenefit.minus(tco).div(tco).times(HUNDRED).toNumber(),
        npv,
        pvCosts,
        pvRoiPercent: npv === null || pvCosts === null || pvCosts === 0 ? null : npv / pvCosts * 100,
        paybackMonths: paybackMonths(net),
        irr: internalRateOfReturn(net),
        timeline
    };
}

/** IRR of monthly flows: all roots, annualised; the IRR only when unique. */
export function internalRateOfReturn(net: readonly Decimal[]): IrrResult {
    const monthlyRoots = irrRoots(net.map(v => v.toNumber())).filter(Number.isFinite);
    const annualRootsPercent = monthlyRoots
        .map(r => compoundRate(r, 12))
        .filter((r): r is number => r !== null)
        .map(r => r * 100)
        .filter(Number.isFinite);
    const unique = monthlyRoots.length === 1 && annualRootsPercent.length === 1;
    return { monthlyRoots, annualRootsPercent, annualPercent: unique ? annualRootsPercent[0] : null };
}
