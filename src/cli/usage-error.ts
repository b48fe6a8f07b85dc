/**
 * A problem with how the CLI was called or with reading its input: a missing
 * path, an unreadable or binary file, an unknown option. Exits with code 2
 * and a one-line message, never a stack trace.
 */
export class UsageError extends Error {
    override readonly name = 'UsageError';
}

/** Exit codes, as the README documents them. */
export const ExitCode = {
    ok: 0,
    /** The plan has errors, or `--check` found work to do. */
    problems: 1,
    /** Usage or input/output problem. */
    usage: 2
} as const;
