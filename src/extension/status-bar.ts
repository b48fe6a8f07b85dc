import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { messages } from './messages.js';
import { LANGUAGE_ID } from './plan-target.js';
import { CustomRequests, type PlanSummaryResult, type SummaryParams } from './protocol.js';
import { displayLocale } from './locale.js';

/**
 * A status bar item with the ROI of the active plan's chosen option (else
 * the recommended one), from `crmplan/summary`. Refreshed when the active
 * editor changes and whenever the server publishes new diagnostics for the
 * plan (it has then validated, so its figures are settled). Hidden for other
 * files. Clicking it opens the report preview.
 */
export class RoiStatusBar implements vscode.Disposable {

    private readonly item: vscode.StatusBarItem;
    private readonly disposables: vscode.Disposable[] = [];
    private sequence = 0;
    private timer: NodeJS.Timeout | undefined;

    constructor(private readonly client: () => LanguageClient | undefined) {
        this.item = vscode.window.createStatusBarItem('crmplan.roi', vscode.StatusBarAlignment.Left, 10);
        this.item.name = 'CRM Plan ROI';
        this.item.command = 'crmplan.showReportPreview';
        this.disposables.push(
            this.item,
            vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
            vscode.languages.onDidChangeDiagnostics(event => {
                const active = vscode.window.activeTextEditor?.document.uri.toString();
                if (active && event.uris.some(uri => uri.toString() === active)) {
                    this.schedule();
                }
            })
        );
    }

    /** Refreshes soon, once for a burst of events. */
    schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), 100);
    }

    async refresh(): Promise<void> {
        const document = vscode.window.activeTextEditor?.document;
        const client = this.client();
        const request = ++this.sequence;
        if (document?.languageId !== LANGUAGE_ID || !client?.isRunning()) {
            this.item.hide();
            return;
        }
        let summary: PlanSummaryResult;
        try {
            const params: SummaryParams = { uri: client.code2ProtocolConverter.asUri(document.uri), locale: displayLocale() };
            summary = await client.sendRequest<PlanSummaryResult>(CustomRequests.summary, params);
        } catch {
            summary = { status: 'none', reason: 'errors', stale: false, text: '', tooltip: '' };
        }
        if (request !== this.sequence) {
            return; // a newer refresh has started
        }
        this.show(summary);
    }

    private show(summary: PlanSummaryResult): void {
        const text = messages();
        if (summary.text) {
            this.item.text = `$(graph-line) ${summary.text}`;
        } else {
            this.item.text = `$(graph-line) ${summary.reason === 'catalogue' ? text.statusCatalogue : text.statusNoFigures}`;
        }
        const tooltip = new vscode.MarkdownString();
        for (const line of summary.tooltip.split('\n')) {
            tooltip.appendText(line);
            tooltip.appendMarkdown('  \n');
        }
        tooltip.appendMarkdown('\n---\n\n');
        tooltip.appendText(text.statusTooltipHint);
        this.item.tooltip = tooltip;
        this.item.backgroundColor = summary.stale ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
        this.item.show();
    }

    dispose(): void {
        clearTimeout(this.timer);
        this.disposables.forEach(d => d.dispose());
    }
}
