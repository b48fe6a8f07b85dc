/** How people call an option, in every view that names one: the report, the diff comment. */
import type { Evaluation, OptionEvaluation } from '../evaluation/index.js';
import { glossary } from '../i18n/glossary.js';
import type { Locale } from '../i18n/locale.js';

/** What naming an option needs: its vendor and edition, ids and titles. */
export type OptionNaming = Pick<OptionEvaluation, 'vendor' | 'vendorTitle' | 'edition' | 'editionTitle'>;

/**
 * `Zoho CRM Professional` (a Chinese vendor and edition join without a space): the vendor's title and the
 * edition's, each its id when blank, joined the locale's way. Plain text:
 * a Markdown view escapes it.
 */
/** The title of the option `id` of `evaluation`, or `fallback` (the id itself by default) when it has no such option. */
export function optionTitleById(evaluation: Pick<Evaluation, 'options'>, id: string, locale: Locale, fallback = id): string {
    const option = evaluation.options.find(o => o.id === id);
    return option ? optionTitle(option, locale) : fallback;
}

export function optionTitle(option: OptionNaming, locale: Locale): string {
    const vendor = option.vendorTitle.trim() || option.vendor;
    const edition = option.edition === undefined ? undefined : (option.editionTitle?.trim() || option.edition);
    return edition === undefined ? vendor : glossary(locale).report.values.optionName(vendor, edition);
}
