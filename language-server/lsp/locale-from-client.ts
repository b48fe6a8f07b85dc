import type { LangiumSharedServices } from 'langium/lsp';
import type { InitializeParams } from 'vscode-languageserver';
import { toLocale, type LocaleSetting } from '../i18n/locale.js';

/**
 * Speaks the client's language: `initialize` carries the editor's display
 * language (`locale`, e.g. `zh-cn` from VS Code); a client may also pass
 * `initializationOptions.locale`, which wins. `zh`, `zh-CN`, `zh-Hans`, ...
 * give Simplified Chinese, anything else English. Diagnostics, hovers, inlay
 * hints and code lenses read the setting on every use.
 */
export function followClientLocale(shared: LangiumSharedServices, locale: LocaleSetting): void {
    shared.lsp.LanguageServer.onInitialize((params: InitializeParams) => {
        locale.current = toLocale(clientLocale(params));
    });
}

function clientLocale(params: InitializeParams): string | undefined {
    const options: unknown = params.initializationOptions;
    if (options && typeof options === 'object' && 'locale' in options && typeof options.locale === 'string') {
        return options.locale;
    }
    return params.locale;
}
