/**
 * The actuals blocks of a plan, month by month: what each line recorded
 * (a period's amount spread evenly over its months, exactly), which months
 * are covered, and the KPI and user measurements with their months.
 */
import type { Decimal } from 'decimal.js';
import type { ActualsBlock, Measure } from '../../model/plan.js';
import type { CurrencyConverter } from '../currency.js';
import { zeros } from '../decimal.js';

/** `licence`, `cost:ID` or `benefit:ID`. */
export type RecordKey = string;

export interface RecordedLine {
    /** One amount per month of the horizon. */
    readonly monthly: Decimal[];
    /** Months of the horizon covered by a block that records this line. */
    readonly months: Set<number>;
}

export interface Measurement<T> {
    readonly value: T;
    /** The end of its block. */
    readonly month: number;
}

export interface Recorded {
    /** The last month any block covers, within the horizon. */
    readonly asOf: number;
    /** Per month of the horizon: whether a block covers it. */
    readonly covered: readonly boolean[];
    readonly lines: ReadonlyMap<RecordKey, RecordedLine>;
    /** By KPI id, in plan order. */
    readonly kpis: ReadonlyMap<string, readonly Measurement<Measure>[]>;
    /** By department id, in plan order. */
    readonly users: ReadonlyMap<string, readonly Measurement<Decimal>[]>;
}

export const LICENCE_KEY: RecordKey = 'licence';
export const costKey = (id: string): RecordKey => `cost:${id}`;
export const benefitKey = (id: string): RecordKey => `benefit:${id}`;

/** The blocks spread over the horizon; undefined when there are none. */
export function recordActuals(blocks: readonly ActualsBlock[], horizonMonths: number, converter: CurrencyConverter): Recorded | undefined {
    if (blocks.length === 0) {
        return undefined;
    }
    const H = horizonMonths;
    const inHorizon = (m: number) => m >= 0 && m < H;
    const covered = new Array<boolean>(H).fill(false);
    const lines = new Map<RecordKey, RecordedLine>();
    const kpis = new Map<string, Measurement<Measure>[]>();
    const users = new Map<string, Measurement<Decimal>[]>();
    const lineOf = (key: RecordKey): RecordedLine => {
        let line = lines.get(key);
        if (!line) {
            line = { monthly: zeros(H), months: new Set() };
            lines.set(key, line);
        }
        return line;
    };
    const push = <T>(map: Map<string, Measurement<T>[]>, id: string, measurement: Measurement<T>) => {
        map.set(id, [...(map.get(id) ?? []), measurement]);
    };

    let asOf = -1;
    for (const block of blocks) {
        const months = Math.max(block.last - block.first + 1, 1);
        asOf = Math.max(asOf, Math.min(block.last, H - 1));
        for (let m = block.first; m <= block.last; m++) {
            if (inHorizon(m)) {
                covered[m] = true;
            }
        }
        for (const record of block.records) {
            if (record.kind === 'kpi') {
                push(kpis, record.kpi, { value: record.measure, month: block.last });
            } else if (record.kind === 'users') {
                push(users, record.department, { value: record.users, month: block.last });
            } else {
                const key = record.kind === 'licence' ? LICENCE_KEY : record.kind === 'cost' ? costKey(record.cost) : benefitKey(record.benefit);
                const line = lineOf(key);
                const perMonth = converter.convert(record.amount).div(months);
                for (let m = block.first; m <= block.last; m++) {
                    if (inHorizon(m)) {
                        line.monthly[m] = line.monthly[m].plus(perMonth);
                        line.months.add(m);
                    }
                }
            }
        }
    }
    return { asOf: Math.max(asOf, 0), covered, lines, kpis, users };
}
