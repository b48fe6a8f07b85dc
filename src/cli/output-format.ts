import { UsageError } from './usage-error.js';

export type OutputFormat = 'text' | 'markdown' | 'json' | 'github';

/** Reads `--format` (and its `--json` shorthand), allowing only the formats a command supports. */
export function outputFormat(options: { format?: string; json?: boolean }, allowed: readonly OutputFormat[], fallback: OutputFormat = 'text'): OutputFormat {
    if (options.json) {
        if (options.format && options.format !== 'json') {
            throw new UsageError({ kind: 'formatsContradict', format: options.format });
        }
        return 'json';
    }
    const format = (options.format ?? fallback) as OutputFormat;
    if (!allowed.includes(format)) {
        throw new UsageError({ kind: 'unknownFormat', format: options.format ?? '', allowed });
    }
    return format;
}
