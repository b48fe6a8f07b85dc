/** The languages crmplan speaks: diagnostics, hovers, reports. */
export type Locale = 'en' | 'zh-CN';

export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** Maps a client or command-line locale (`zh`, `zh-cn`, `zh-Hans-CN`, `en-US`) to one we speak. */
export function toLocale(value: string | undefined): Locale {
    return value && /^zh\b/i.test(value.replace('_', '-')) ? 'zh-CN' : 'en';
}

/** Holds the locale for one set of services (a language server session or a CLI run). */
export class LocaleSetting {
    current: Locale = 'en';
}
