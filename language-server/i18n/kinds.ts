import { glossary, type DeclarationType } from './glossary.js';
import type { Locale } from './locale.js';

/** The keyword that declares each kind (not a translation: the language's own word). */
const KEYWORDS: Readonly<Record<DeclarationType, string>> = {
    Goal: 'goal', Department: 'department', Requirement: 'requirement', Criterion: 'criterion', Vendor: 'vendor',
    Edition: 'edition', Cost: 'cost', Benefit: 'benefit', Phase: 'phase', Kpi: 'kpi', Scenario: 'scenario', ScaledItem: 'cost'
};

function isKind(type: string): type is DeclarationType {
    return Object.hasOwn(KEYWORDS, type);
}

/** How a person calls a kind of declaration, in `locale`. */
export function kindName(type: string, locale: Locale): string {
    return isKind(type) ? glossary(locale).kinds[type] : type;
}

export function kindKeyword(type: string): string {
    return isKind(type) ? KEYWORDS[type] : type.toLowerCase();
}
