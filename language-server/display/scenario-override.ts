import type { Decimal } from 'decimal.js';
import type { DescribeTerms } from '../i18n/describe-terms.js';
import type { ScenarioOverride } from '../model/plan.js';

/** One scenario override as a person reads it (`Zoho.Professional.licence 110%`), numbers written by `num`. */
export function overrideText(override: ScenarioOverride, w: DescribeTerms, num: (value: Decimal) => string): string {
    switch (override.kind) {
        case 'scale': return w.scale(override.item, num(override.factorPercent));
        case 'licence': {
            const target = [override.vendor, override.edition].filter(Boolean).join('.');
            return override.price
                ? w.licencePriceOverride(target, num(override.price.value.likely), override.price.currency)
                : w.licenceScaleOverride(target, num(override.factorPercent!));
        }
        case 'users': return w.usersOverride(override.department, num(override.users));
        case 'discount': return w.discountOverride(num(override.ratePercent));
        case 'rate': return w.rateOverride(override.from, num(override.rate), override.to);
        case 'internal-rate': return w.internalRateOverride(num(override.rate.value.likely), override.rate.currency);
        case 'effort': return w.effortOverride(override.requirement, num(override.personWeeks));
        case 'covers': return w.coversOverride([override.vendor, override.edition].filter(Boolean).join('.'), override.requirement, num(override.sharePercent));
        case 'score': return w.scoreOverride(override.vendor, override.criterion, num(override.score));
    }
}
