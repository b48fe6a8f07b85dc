/**
 * Licences named by what they are: an edition with one licence line is its
 * option's licence; with several, each is told apart by the departments it
 * counts (`per user of Sales`) and its months (`from 2027-07`,
 * `until 2028-12`), then by being per user or a flat fee, and only as a last
 * resort by its place in the edition. The report and the diff share these
 * names; the words are the glossary's (`provenance`).
 */
import type { LicenceBreakdown } from '../evaluation/evaluation-types.js';
import { glossary } from '../i18n/glossary.js';
import type { Locale } from '../i18n/locale.js';
import { monthLabel } from '../model/months.js';

/** The facts of a licence line that name it (a `LicenceBreakdown` has them all). */
export type LicenceFacts = Pick<LicenceBreakdown, 'index' | 'perUser' | 'perUserOf' | 'from' | 'untilMonth'>;

export interface LicenceNaming {
    readonly locale: Locale;
    /** The plan's start month, `YYYY-MM`: licence months are offsets from it. */
    readonly start: string;
    /** A department's title (its name when it has none), as the view shows titles. */
    departmentTitle(id: string): string;
}

/**
 * What sets each of an edition's licences apart, in the order given:
 * undefined for an edition with a single licence, else a short phrase
 * (`Sales, from 2027-07`) that no sibling shares.
 */
export function licenceQualifiers(licences: readonly LicenceFacts[], naming: LicenceNaming): (string | undefined)[] {
    if (licences.length <= 1) {
        return licences.map(() => undefined);
    }
    const p = glossary(naming.locale).provenance;
    const month = (offset: number, phrase: (year: string, month: number) => string): string => {
        const [year, m] = monthLabel(naming.start, offset).split('-');
        return phrase(year, Number(m));
    };
    let parts = licences.map(licence => [
        ...(licence.perUserOf.length > 0 ? [licence.perUserOf.map(id => naming.departmentTitle(id)).join(p.departmentSeparator)] : []),
        ...(licence.from !== undefined ? [month(licence.from, p.licenceFrom)] : []),
        ...(licence.untilMonth !== undefined ? [month(licence.untilMonth, p.licenceUntil)] : [])
    ]);
    // A licence with nothing written to tell it apart, or sharing its phrase with a sibling, says what kind of price it is...
    parts = parts.map((own, i) => (ambiguous(parts, i)
        ? [licences[i].perUser ? p.licencePerUser : p.licenceFlat, ...own]
        : own));
    // ...and, if that is still not enough, its place in the edition.
    parts = parts.map((own, i) => (ambiguous(parts, i) ? [...own, p.licenceNumber(licences[i].index + 1)] : own));
    return parts.map(own => own.join(p.qualifierSeparator));
}

function ambiguous(parts: readonly (readonly string[])[], i: number): boolean {
    const key = parts[i].join('\u0000');
    return parts[i].length === 0 || parts.some((other, j) => j !== i && other.join('\u0000') === key);
}

/**
 * A licence's full name for any view: `Zoho CRM Professional licence (Sales)`,
 * or `Zoho CRM Professional licence` for an edition's only licence.
 * `option` is the option's name as the view writes it; `siblings` are the
 * edition's licences, `licence` among them.
 */
export function licenceName(option: string, licence: LicenceFacts, siblings: readonly LicenceFacts[], naming: LicenceNaming): string {
    const position = siblings.findIndex(s => s.index === licence.index);
    const qualifier = position < 0 ? undefined : licenceQualifiers(siblings, naming)[position];
    return glossary(naming.locale).provenance.licenceName(option, qualifier);
}
