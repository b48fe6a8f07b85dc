/**
 * Every word the command line prints of its own: the closing line of
 * `crmplan check`, and the one-line usage and input/output errors (exit 2).
 * Diagnostics and figures have their own areas.
 */
import type { ForeignEncoding } from '../workspace/text-encoding.js';

/** Why the command line cannot do what it was asked: one line, exit code 2. */
export type UsageProblem =
    | { readonly kind: 'unknownLanguage'; readonly lang: string }
    | { readonly kind: 'stdinTwice' }
    | { readonly kind: 'noSuchPath'; readonly path: string }
    | { readonly kind: 'noPlansInFolder'; readonly path: string }
    | { readonly kind: 'cannotReadFolder'; readonly path: string }
    | { readonly kind: 'oneFileNotFolder'; readonly path: string }
    | { readonly kind: 'catalogueHasNoFigures'; readonly path: string }
    | { readonly kind: 'missingFile'; readonly path: string }
    | { readonly kind: 'isFolder'; readonly path: string }
    | { readonly kind: 'notText'; readonly path: string }
    /** A file named on the command line in a foreign encoding; `detail` is CRM042's message, in the same language. */
    | { readonly kind: 'notUtf8'; readonly path: string; readonly encoding: ForeignEncoding; readonly detail?: string }
    | { readonly kind: 'cannotRead'; readonly path: string }
    /** A file as of a git revision (`HEAD`, `origin/main`). */
    | { readonly kind: 'notTextAtRevision'; readonly path: string; readonly revision: string }
    | { readonly kind: 'missingAtRevision'; readonly path: string; readonly revision: string }
    | { readonly kind: 'stdinUnreadable' }
    | { readonly kind: 'stdinNotUtf8' }
    | { readonly kind: 'outputIsPlanFile'; readonly path: string }
    | { readonly kind: 'cannotWrite'; readonly path: string; readonly code: string }
    | { readonly kind: 'outputFolderMissing'; readonly path: string; readonly folder: string }
    | { readonly kind: 'outputIsFolder'; readonly path: string }
    | { readonly kind: 'formatsContradict'; readonly format: string }
    | { readonly kind: 'unknownFormat'; readonly format: string; readonly allowed: readonly string[] }
    | { readonly kind: 'formatRequired'; readonly allowed: readonly string[] }
    | { readonly kind: 'xlsxNeedsOutput' }
    | { readonly kind: 'diffGitOneFile' }
    | { readonly kind: 'diffTwoFiles' }
    | { readonly kind: 'notInRepository'; readonly path: string }
    | { readonly kind: 'unknownRevision'; readonly revision: string }
    | { readonly kind: 'notPositiveWhole'; readonly option: string; readonly text: string }
    | { readonly kind: 'tooLarge'; readonly option: string; readonly max: number; readonly text: string }
    | { readonly kind: 'initTargetIsFile'; readonly path: string }
    | { readonly kind: 'initFileExists'; readonly path: string };

export type UsageKind = UsageProblem['kind'];

export interface CliTerms {
    /** Each usage problem as one line, without the `crmplan: ` prefix. */
    readonly usage: { readonly [K in UsageKind]: (problem: Extract<UsageProblem, { kind: K }>) => string };
    /** The closing line of `crmplan check`. */
    readonly noProblems: (files: number) => string;
    readonly problems: (counts: { readonly errors: number; readonly warnings: number; readonly notes: number; readonly files: number }) => string;
    /** A plan whose errors stop `evaluate`, `report`, `export`: after its diagnostics. */
    readonly noFiguresUntilFixed: (file: string, errors: number) => string;
}
