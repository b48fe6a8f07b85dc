/**
 * Plans with ranges for the uncertainty tests: the reference plan with the
 * ranges of the "done" criterion (as text for the CLI, as a `Plan` for
 * in-process tests), and seeded random plans with ranges everywhere.
 */
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import type { AmountLine, Plan, Uncertain } from '../../language-server/model/plan.js';
import { randomPlan } from '../evaluation/random-plans.js';
import { random } from '../helpers/random.js';
import { referencePlan } from '../evaluation/reference-plan.js';

export const FIXTURE = new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url);

/** `text` with `from` replaced by `to` exactly once (throws otherwise, so a test cannot pass on an unchanged plan). */
export function replaceOnce(text: string, from: string, to: string): string {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
        throw new Error(`'${from}' does not occur exactly once`);
    }
    return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The reference plan's text with `MoreDeals 30000 (20000 to 36000) per month` and `Customization 80000 (60000 to 120000) once in 2027-02`. */
export function rangedReferenceText(): string {
    let text = readFileSync(FIXTURE, 'utf8');
    text = replaceOnce(text, '    30000 per month\n', '    30000 (20000 to 36000) per month\n');
    text = replaceOnce(text, '    80000 once in 2027-02\n', '    80000 (60000 to 120000) once in 2027-02\n');
    return text;
}

export function range(likely: Decimal.Value, low: Decimal.Value, high: Decimal.Value): Uncertain {
    return { likely: new Decimal(likely), low: new Decimal(low), high: new Decimal(high) };
}

/** `plan` with the amount of the `index`-th line of cost or benefit `item` replaced by `value`. */
export function withLineValue(plan: Plan, item: string, value: Uncertain, index = 0): Plan {
    const lines = (id: string, ls: readonly AmountLine[]): AmountLine[] =>
        ls.map((l, i) => (id === item && i === index ? { ...l, amount: { ...l.amount, value } } : l));
    return {
        ...plan,
        costs: plan.costs.map(c => ({ ...c, lines: lines(c.id, c.lines) })),
        vendors: plan.vendors.map(v => ({ ...v, costs: v.costs.map(c => ({ ...c, lines: lines(c.id, c.lines) })) })),
        benefits: plan.benefits.map(b => ({ ...b, lines: lines(b.id, b.lines) }))
    };
}

/** The hand-built reference plan with the two ranges of `rangedReferenceText`. */
export const rangedReferencePlan: Plan = withLineValue(
    withLineValue(referencePlan, 'MoreDeals', range(30000, 20000, 36000)),
    'Customization', range(80000, 60000, 120000)
);

/**
 * A random plan (see random-plans.ts) whose uncertain values mostly carry a
 * range around their likely value, some of zero width; shares stay within
 * 0–100%, nothing turns negative, rates stay positive.
 */
export function randomRangedPlan(seed: number): Plan {
    const rnd = random(seed * 31 + 7);
    const base = randomPlan(seed);
    const withRange = (value: Uncertain, percent: boolean): Uncertain => {
        const roll = rnd();
        if (roll < 0.25) {
            return value;
        }
        if (roll < 0.35) {
            return { likely: value.likely, low: value.likely, high: value.likely };
        }
        const likely = value.likely.toNumber();
        let low = likely * (0.4 + 0.6 * rnd());
        let high = likely * (1 + 0.8 * rnd()) + (likely === 0 ? 5 * rnd() : 0);
        if (percent) {
            low = Math.max(0, low);
            high = Math.min(100, high);
        }
        return { likely: value.likely, low: new Decimal(low.toFixed(4)).clampedTo(0, likely), high: new Decimal(high.toFixed(4)).clampedTo(likely, Infinity) };
    };
    // Every object with a `likely` is an uncertain value; shares and the discount rate are percentages.
    const walk = (node: unknown, percent: boolean): unknown => {
        if (Array.isArray(node)) {
            return node.map(n => walk(n, percent));
        }
        if (node instanceof Decimal || node === null || typeof node !== 'object') {
            return node;
        }
        const record = node as Record<string, unknown>;
        if (record.likely instanceof Decimal) {
            return withRange(record as unknown as Uncertain, percent);
        }
        return Object.fromEntries(Object.entries(record).map(([key, value]) =>
            [key, walk(value, key === 'sharePercent' || key === 'discountRatePercent')]));
    };
    return walk(base, false) as Plan;
}
