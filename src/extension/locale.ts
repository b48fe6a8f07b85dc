import * as vscode from 'vscode';

/** The two languages crmplan speaks. */
export type Locale = 'en' | 'zh-CN';

/** `zh`, `zh-cn`, `zh-tw`, ... give Simplified Chinese; anything else English. */
export function toLocale(value: string | undefined): Locale {
    return value && /^zh\b/i.test(value.replace('_', '-')) ? 'zh-CN' : 'en';
}

/** The language VS Code is displayed in, for the extension's own messages. */
export function displayLocale(): Locale {
    return toLocale(vscode.env.language);
}

/** `crmplan.report.language`: `en`, `zh-CN`, or `auto` (the display language). */
export function reportLocale(scope?: vscode.Uri): Locale {
    const setting = vscode.workspace.getConfiguration('crmplan', scope).get<string>('report.language', 'auto');
    return setting === 'en' || setting === 'zh-CN' ? setting : displayLocale();
}
