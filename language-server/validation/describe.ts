import type { AstNode, Reference } from 'langium';
import { glossary } from '../i18n/glossary.js';
import { kindName } from '../i18n/kinds.js';
import type { DeclarationType } from '../model/declarations.js';
import type { ValidationTerms } from '../i18n/validation-terms.js';

/** A phrase in both languages, for message arguments such as `what`/`whatZh`. */
export interface Phrase {
    readonly en: string;
    readonly zh: string;
}

/** A declaration that has a name: goal, department, requirement, criterion, vendor, edition, cost, benefit, phase, kpi. */
export type Named = AstNode & { name?: string };

const NAMED: ReadonlySet<string> = new Set<DeclarationType | 'Edition'>([
    'Goal', 'Department', 'Requirement', 'Criterion', 'Vendor', 'Edition', 'Cost', 'Benefit', 'Phase', 'Kpi'
]);

export function isNamed(node: AstNode): node is Named {
    return NAMED.has(node.$type);
}

/** The name of a declaration, or `?` while it is being typed. */
export function nameOf(node: (AstNode & { name?: string }) | undefined): string {
    return node?.name || '?';
}

/** The name a reference was written with (resolved or not). */
export function refName(reference: Reference | undefined): string {
    return reference?.$refText || '?';
}

/** A phrase of the glossary's validation words, built in every language (`language` picks from other phrases). */
export function phrase(build: (words: ValidationTerms, language: keyof Phrase) => string): Phrase {
    return { en: build(glossary('en').validation, 'en'), zh: build(glossary('zh-CN').validation, 'zh') };
}

/** `requirement 'Pipeline'`, in every language. */
export function declaration(node: Named): Phrase {
    // An edition is named with its vendor: `edition 'Zoho.Professional'`.
    const vendor = node.$type === 'Edition' ? node.$container as Named | undefined : undefined;
    const name = vendor ? `${nameOf(vendor)}.${nameOf(node)}` : nameOf(node);
    return phrase((w, language) => w.declaration(kindName(node.$type, language === 'zh' ? 'zh-CN' : 'en'), name));
}

/** Message arguments `what`/`whatZh` (or another pair) from a phrase. */
export function args(phrase: Phrase, key = 'what'): Record<string, string> {
    return { [key]: phrase.en, [`${key}Zh`]: phrase.zh };
}

/** Starts an English phrase with a capital letter (Chinese has none). */
export function capitalised(phrase: Phrase): Phrase {
    return { en: phrase.en.charAt(0).toUpperCase() + phrase.en.slice(1), zh: phrase.zh };
}
