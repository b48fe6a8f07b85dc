import { glossary } from '../../language-server/i18n/glossary.js';
import type { UsageProblem } from '../../language-server/i18n/cli-terms.js';
import type { Locale } from '../../language-server/i18n/locale.js';
import { notUtf8Message } from './not-text.js';

export type { UsageProblem } from '../../language-server/i18n/cli-terms.js';

/**
 * A problem with how the CLI was called or with reading its input: a missing
 * path, an unreadable or binary file, an unknown option. Exits with code 2
 * and a one-line message in the language of `--lang`, never a stack trace.
 */
export class UsageError extends Error {
    override readonly name = 'UsageError';

    constructor(readonly problem: UsageProblem) {
        super(usageMessage(problem, 'en'));
    }
}

/** The one line `problem` prints, in `locale`. */
export function usageMessage(problem: UsageProblem, locale: Locale): string {
    const words = glossary(locale).cli.usage[problem.kind] as (p: UsageProblem) => string;
    // A foreign encoding is explained as CRM042 explains it, with how to convert the file.
    return words(problem.kind === 'notUtf8' ? { ...problem, detail: notUtf8Message(problem.encoding, problem.path, locale) } : problem);
}

/** Exit codes, as the README documents them. */
export const ExitCode = {
    ok: 0,
    /** The plan has errors, or `--check` found work to do. */
    problems: 1,
    /** Usage or input/output problem. */
    usage: 2
} as const;
