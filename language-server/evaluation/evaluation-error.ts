/**
 * Why a plan cannot be evaluated. The validator reports each of these as an
 * error diagnostic first; the evaluation still checks them so that it never
 * produces a figure from an inconsistent plan (for example a silent 1:1 rate).
 */
export type EvaluationErrorCode =
    /** No `rate` converts between an amount's currency and the plan's. */
    | 'missing-rate'
    /** A rate of zero cannot be used (or inverted). */
    | 'zero-rate'
    /** A name that the plan does not declare. */
    | 'unknown-name'
    /** `after` phases that loop. */
    | 'phase-cycle'
    /** A phase with neither `start` nor `after`. */
    | 'phase-without-start'
    /** Horizon not a positive whole number of months. */
    | 'invalid-horizon'
    /** A figure beyond the range of numbers: amounts with far too many digits, or an ROI on a TCO of almost 0. */
    | 'overflow';

/** Thrown by `evaluate` when the plan cannot be evaluated; `message` is meant for people. */
export class EvaluationError extends Error {
    constructor(readonly code: EvaluationErrorCode, message: string) {
        super(message);
        this.name = 'EvaluationError';
    }
}
