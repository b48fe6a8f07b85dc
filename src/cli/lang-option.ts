import { toLocale, type Locale } from '../../language-server/i18n/locale.js';
import { UsageError } from './usage-error.js';

/** `--lang`: `en` (the default) or `zh-CN`; `zh` and other spellings of Chinese also read as `zh-CN`. */
export function langOption(lang: string | undefined): Locale {
    if (lang === undefined) {
        return 'en';
    }
    if (!/^(en|zh)([-_][A-Za-z]+)*$/i.test(lang)) {
        throw new UsageError({ kind: 'unknownLanguage', lang });
    }
    return toLocale(lang);
}
