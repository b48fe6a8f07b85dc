/**
 * Seeded random plans for property tests: every kind of amount line,
 * licence, phase and benefit, so properties are checked over the whole
 * evaluation rather than one formula.
 */
import type { AmountLine, Licence, MoneyAmount, Plan } from '../../language-server/model/plan.js';
import { d, u } from './plan-builders.js';

import { random } from '../helpers/random.js';

export function randomPlan(seed: number): Plan {
    const rnd = random(seed);
    const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
    const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
    const H = int(6, 48);
    const amount = (): MoneyAmount => ({ value: u((int(1, 2_000_000) / 100).toFixed(2)), currency: pick(['CNY', 'CNY', 'USD']) });
    const departments = Array.from({ length: int(1, 3) }, (_, i) => ({ id: `D${i}`, title: `D${i}`, users: u(int(1, 80)) }));
    const perUser = (): AmountLine['perUser'] => (rnd() < 0.3 ? { departments: rnd() < 0.5 ? [] : ['D0'] } : undefined);
    const line = (): AmountLine => {
        const kind = int(0, 3);
        const from = rnd() < 0.5 ? int(-3, H) : undefined;
        const until = rnd() < 0.3 ? int(0, H + 3) : undefined;
        const base = { amount: amount(), ...(perUser() ? { perUser: perUser() } : {}) };
        if (kind === 0) {
            return { ...base, schedule: rnd() < 0.3 ? { kind: 'once' } : { kind: 'once', month: int(-1, H) } };
        }
        if (kind === 3) {
            return { ...base, hours: u(int(1, 12)), schedule: { kind: 'once', month: int(0, H - 1) } };
        }
        return { ...base, schedule: { kind: 'recurring', period: kind === 1 ? 'month' : 'year', ...(from !== undefined ? { from } : {}), ...(until !== undefined ? { until } : {}) } };
    };
    // Benefits larger than costs on average, so that many plans pay back and have an IRR.
    const benefitLine = (): AmountLine => {
        const l = line();
        return { ...l, amount: { ...l.amount, value: { likely: l.amount.value.likely.times(8) } } };
    };
    const licence = (): Licence => ({
        price: amount(),
        ...(rnd() < 0.7 ? { perUser: { departments: [] } } : {}),
        period: pick(['month', 'year'] as const),
        billing: pick(['monthly', 'yearly'] as const),
        ...(rnd() < 0.3 ? { from: int(0, H) } : {}),
        ...(rnd() < 0.2 ? { until: int(0, H) } : {}),
        ...(rnd() < 0.3 ? { increasePercentPerYear: d(int(1, 15)) } : {}),
        ...(rnd() < 0.3 ? { minimumUsers: d(int(1, 100)) } : {})
    });
    const requirements = Array.from({ length: int(1, 4) }, (_, i) => ({
        id: `R${i}`, title: `R${i}`, moscow: pick(['must', 'should', 'could', 'wont'] as const),
        askedBy: [], evidence: [], impacts: [{ goal: 'G', score: d(int(0, 10)) }],
        effortPersonWeeks: u(int(0, 12)), needs: []
    }));
    const phaseCount = int(0, 3);
    const phases = Array.from({ length: phaseCount }, (_, i) => ({
        id: `P${i}`, title: `P${i}`,
        ...(i === 0 || rnd() < 0.5 ? { start: int(0, H - 1) } : {}),
        after: i === 0 ? [] : [`P${i - 1}`],
        durationMonths: int(1, 6),
        delivers: requirements.filter(() => rnd() < 0.5).map(r => r.id)
    })).map(p => (p.start !== undefined ? { ...p, after: [] } : p));
    return {
        title: `random ${seed}`,
        currency: 'CNY',
        start: '2027-01',
        horizonMonths: H,
        discountRatePercent: u(int(1, 20)),
        ...(rnd() < 0.5 ? { internalRate: amount() } : {}),
        rates: [{ from: 'USD', to: 'CNY', rate: u('7.10') }],
        goals: [{ id: 'G', title: 'G', weightPercent: d(100) }],
        departments,
        requirements,
        criteria: [
            { id: 'Fit', title: 'Fit', weightPercent: d(50), measure: 'coverage' },
            { id: 'Cost', title: 'Cost', weightPercent: d(50), measure: 'tco' }
        ],
        vendors: Array.from({ length: int(1, 3) }, (_, v) => ({
            id: `V${v}`, title: `V${v}`,
            editions: rnd() < 0.2 ? [] : [{ id: 'E', title: 'E', licences: Array.from({ length: int(0, 2) }, licence) }],
            covers: requirements.filter(() => rnd() < 0.7).map(r => ({ requirement: r.id, sharePercent: u(int(0, 100)) })),
            scores: [],
            costs: rnd() < 0.5 ? [{ id: `VC${v}`, title: 'vendor cost', costClass: 'direct', lines: [line()] }] : []
        })),
        costs: Array.from({ length: int(1, 4) }, (_, i) => ({
            id: `C${i}`, title: `C${i}`, costClass: pick(['direct', 'indirect'] as const), lines: Array.from({ length: int(1, 2) }, line)
        })),
        benefits: Array.from({ length: int(1, 3) }, (_, i) => ({
            id: `B${i}`, title: `B${i}`, kind: pick(['revenue', 'savings', 'efficiency', 'satisfaction'] as const),
            from: requirements.filter(() => rnd() < 0.4).map(r => r.id),
            lines: Array.from({ length: int(1, 2) }, benefitLine),
            ...(rnd() < 0.5 ? { rampMonths: int(1, 8) } : {})
        })),
        phases,
        kpis: [],
        scenarios: [],
        guardrails: []
    };
}

/** The same plan with every money amount multiplied by k (rates untouched). */
export function scaleMoney(plan: Plan, k: string): Plan {
    const scale = (m: MoneyAmount): MoneyAmount => ({ ...m, value: { likely: m.value.likely.times(k) } });
    const scaleLines = (lines: readonly AmountLine[]): AmountLine[] => lines.map(l => ({ ...l, amount: scale(l.amount) }));
    return {
        ...plan,
        ...(plan.internalRate ? { internalRate: scale(plan.internalRate) } : {}),
        costs: plan.costs.map(c => ({ ...c, lines: scaleLines(c.lines) })),
        benefits: plan.benefits.map(b => ({ ...b, lines: scaleLines(b.lines) })),
        vendors: plan.vendors.map(v => ({
            ...v,
            costs: v.costs.map(c => ({ ...c, lines: scaleLines(c.lines) })),
            editions: v.editions.map(e => ({ ...e, licences: e.licences.map(l => ({ ...l, price: scale(l.price) })) }))
        }))
    };
}
