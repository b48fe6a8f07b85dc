import type { Edition, Licence, ScaleOverride, Vendor } from '../generated/ast.js';
import { isCost, isEdition } from '../generated/ast.js';
import type { Declarations } from '../model/declarations.js';

/** How many names of one kind a message lists before `…`: a long plan's message stays readable. */
const LISTED = 8;

/**
 * What a scenario of this plan can override, as message arguments (names
 * joined by `, `, empty when the plan has none): costs (plan and vendor
 * costs), benefits, licences (`Vendor.Edition.licence`), departments,
 * requirements (effort, and a vendor's coverage of them), vendors (coverage
 * and scores), scored criteria, and declared rate pairs. The glossary words the
 * list, with the discount and internal rate every plan can override.
 */
export function overrideTargetArgs(declarations: Declarations): Record<string, string> {
    const costs = [
        ...declarations.costs.map(cost => cost.name),
        ...declarations.vendors.flatMap(vendor => (vendor.members ?? []).filter(isCost).map(cost => cost.name))
    ];
    return {
        costs: listed(costs),
        benefits: listed(declarations.benefits.map(benefit => benefit.name)),
        licences: listed(licenceTargets(declarations.vendors)),
        departments: listed(declarations.departments.map(department => department.name)),
        requirements: listed(declarations.requirements.map(requirement => requirement.name)),
        rates: listed(declarations.rates.map(rate => `${rate.from ?? '?'}/${rate.to ?? '?'}`)),
        vendors: listed(declarations.vendors.map(vendor => vendor.name)),
        criteria: listed(declarations.criteria.filter(criterion => !criterion.measure).map(criterion => criterion.name))
    };
}

/** `Vendor.Edition.licence` for every edition with a licence line. */
export function licenceTargets(vendors: readonly Vendor[]): string[] {
    return vendors.flatMap(vendor => editionsOf(vendor)
        .filter(edition => (edition.licences ?? []).length > 0)
        .map(edition => `${vendor.name}.${edition.name}.licence`));
}

export function editionsOf(vendor: Vendor): Edition[] {
    return (vendor.members ?? []).filter(isEdition);
}

/** The licence lines an override names: the edition's, or every edition's of the vendor. */
export function licenceLinesOf(vendor: Vendor, edition: Edition | undefined): Licence[] {
    return (edition ? [edition] : editionsOf(vendor)).flatMap(e => e.licences ?? []);
}

/** The target as written: `Zoho.Professional.licence`, `MoreDeals`. */
export function targetText(override: ScaleOverride): string {
    return [override.item?.$refText, override.edition?.$refText, override.licence].filter(part => part).join('.');
}

function listed(names: readonly string[]): string {
    const unique = [...new Set(names.filter(name => name))];
    return unique.length > LISTED ? `${unique.slice(0, LISTED).join(', ')}, …` : unique.join(', ');
}
