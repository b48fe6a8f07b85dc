import { UsageError } from './usage-error.js';

export type OutputFormat = 'text' | 'markdown' | 'json' | 'github';

/** Reads `--format` (and its `--json` shorthand), allowing only the formats a command supports. */
export function outputFormat(options: { format?: string; json?: boolean }, allowed: readonly OutputFormat[], fallback: OutputFormat = 'text'): OutputFormat {
    if (options.json) {
        if (options.format && options.format !== 'json') {
            throw new UsageError(`--json and --format ${options.format} contradict each other`);
        }
        return 'json';
    }
    const format = (options.format ?? fallback) as OutputFormat;
    if (!allowed.includes(format)) {
        throw new UsageError(`unknown format '${options.format}': use ${allowed.join(', ')}`);
    }
    return format;
}
