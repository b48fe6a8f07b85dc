import { glossary } from '../../language-server/i18n/glossary.js';
import type { ExtensionTerms } from '../../language-server/i18n/extension-terms.js';
import { displayLocale } from './locale.js';

/** The extension's own messages (notifications, prompts, status bar) in VS Code's display language, from the glossary. */
export function messages(): ExtensionTerms {
    return glossary(displayLocale()).extension;
}
