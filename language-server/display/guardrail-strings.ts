/** The words of guardrails in every view, from the glossary. */
import type { GuardrailTerms } from '../i18n/guardrail-terms.js';
import { glossary } from '../i18n/glossary.js';
import type { Locale } from '../i18n/locale.js';

export type GuardrailStrings = GuardrailTerms;

export function guardrailStrings(locale: Locale): GuardrailStrings {
    return glossary(locale).guardrails;
}
