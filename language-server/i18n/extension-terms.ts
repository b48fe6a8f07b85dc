/** The extension's own messages (notifications, prompts, status bar), in English and Simplified Chinese. */
export interface ExtensionTerms {
    readonly noPlan: string;
    notSaved(name: string): string;
    overwrite(name: string): string;
    readonly overwriteButton: string;
    saved(name: string): string;
    readonly open: string;
    reportFailed(reason: string): string;
    diffFailed(reason: string): string;
    notInGit(name: string): string;
    gitFailed(reason: string): string;
    readonly restarted: string;
    readonly serverNotRunning: string;
    outOfDateNotice(reason: string): string;
    readonly statusNoFigures: string;
    readonly statusCatalogue: string;
    readonly statusTooltipHint: string;
}
