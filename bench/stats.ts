/** Small statistics and formatting helpers for the benchmark. */

/** The median (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
    return percentile(values, 50);
}

/** The p-th percentile by linear interpolation between closest ranks. */
export function percentile(values: readonly number[], p: number): number {
    if (values.length === 0) {
        return Number.NaN;
    }
    const sorted = [...values].sort((a, b) => a - b);
    const rank = (p / 100) * (sorted.length - 1);
    const low = Math.floor(rank);
    const high = Math.ceil(rank);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** Milliseconds for a table: no decimals from 100 up, one below, two below 1. */
export function ms(value: number | undefined): string {
    if (value === undefined || Number.isNaN(value)) {
        return 'n/a';
    }
    if (value >= 100) {
        return Math.round(value).toLocaleString('en-US');
    }
    return value >= 1 ? value.toFixed(1) : value.toFixed(2);
}

export function ratio(value: number | undefined): string {
    return value === undefined || Number.isNaN(value) ? 'n/a' : `${value.toFixed(2)}×`;
}

export function mib(bytes: number | undefined): string {
    return bytes === undefined || Number.isNaN(bytes) ? 'n/a' : `${Math.round(bytes / (1024 * 1024))} MiB`;
}

/** A Markdown table. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('l' | 'r')[]): string {
    const sep = header.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '---:' : '---'));
    return [header, sep, ...rows].map(row => `| ${row.join(' | ')} |`).join('\n');
}
