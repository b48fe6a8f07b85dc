/**
 * Month arithmetic on `YYYY-MM` labels. Plans count time in whole months,
 * as offsets from the plan's start month.
 */

/** Months since year 0 of a `YYYY-MM` label, or undefined if it is not one (month 01..12). */
export function monthIndex(label: string): number | undefined {
    const match = /^(\d{4})-(\d{2})$/.exec(label);
    if (!match) {
        return undefined;
    }
    const month = Number(match[2]);
    if (month < 1 || month > 12) {
        return undefined;
    }
    return Number(match[1]) * 12 + month - 1;
}

/** Offset of `label` from `start`; undefined if either is not a valid month. */
export function monthOffset(start: string, label: string): number | undefined {
    const from = monthIndex(start);
    const to = monthIndex(label);
    return from === undefined || to === undefined ? undefined : to - from;
}

/** The `YYYY-MM` label `offset` months after `start` (which must be valid). */
export function monthLabel(start: string, offset: number): string {
    const index = (monthIndex(start) ?? 0) + offset;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
