import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type {
    CoverageOverride, CrmPlanAstType, DiscountOverride, EffortOverride, InternalRateOverride, RateOverride, ScaleOverride, Scenario,
    ScoreOverride, UsersOverride
} from '../generated/ast.js';
import { isVendor } from '../generated/ast.js';
import { licenceLinesOf, licenceTargets, overrideTargetArgs, targetText } from './override-targets.js';
import { decimal, isNegative, isOutside } from './decimals.js';
import { args, nameOf, phrase, refName } from './describe.js';
import { Diagnostics } from './diagnostic-codes.js';
import { report } from './diagnose.js';
import { CheckGroup } from './check-group.js';

/**
 * Scenario overrides: a scale factor of 0% or more (CRM024), users that are
 * not negative (CRM006), a discount rate within 0–100% (CRM005), a rate
 * override for a pair of currencies some `rate` declares (CRM003), neither
 * zero (CRM023) nor negative (CRM006), and each item, department, the
 * discount or a pair of currencies overridden once per scenario (CRM017).
 * A coverage override's share is one value (CRM047) within 0–100% (CRM005), a score override
 * within 0–10 (CRM022; on a computed criterion it is ignored, CRM103), and
 * each vendor's (or edition's) share of a requirement and each vendor's score
 * on a criterion is overridden once per scenario (CRM017).
 * A dotted target names a licence: `Vendor.Edition.licence` or `Vendor.licence`
 * (every edition); anything else, or a licence that is not there, is CRM044
 * (an unknown first name is the linker's, reworded the same way); a new price
 * needs exactly one licence line (CRM045), a cost or benefit a percentage (CRM046).
 */
export class ScenarioChecks extends CheckGroup {

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            Scenario: this.checkRepeatedOverrides.bind(this),
            ScaleOverride: this.checkScale.bind(this),
            UsersOverride: this.checkUsers.bind(this),
            DiscountOverride: this.checkDiscount.bind(this),
            RateOverride: this.checkRate.bind(this),
            InternalRateOverride: this.checkInternalRate.bind(this),
            EffortOverride: this.checkEffort.bind(this),
            CoverageOverride: this.checkCoverage.bind(this),
            ScoreOverride: this.checkScore.bind(this)
        };
    }

    checkScale(override: ScaleOverride, accept: ValidationAcceptor): void {
        const item = override.item?.ref;
        if (!item) {
            return; // the linker reports it (CRM044 for a scenario target)
        }
        const locale = this.locale.current;
        const scenario = nameOf(override.$container);
        const target = targetText(override);
        const targets = (): Record<string, string> => overrideTargetArgs(this.contexts.of(override).declarations);
        if (!isVendor(item)) {
            if (override.edition || override.licence) {
                report(accept, locale, Diagnostics.overrideTarget, override, { scenario, target, problem: 'notLicensed', item: item.name, ...targets() }, 'item');
            } else if (override.price) {
                report(accept, locale, Diagnostics.overridePrice, override, { scenario, item: item.name, value: override.price.value ?? '' }, 'price');
            } else {
                this.checkFactor(override, scenario, target, accept);
            }
            return;
        }
        if (override.edition && !override.edition.ref) {
            return; // the linker reports the unknown edition
        }
        const edition = override.edition?.ref;
        const lines = licenceLinesOf(item, edition);
        if (!override.licence || lines.length === 0) {
            report(accept, locale, Diagnostics.overrideTarget, override, {
                scenario, target, problem: override.licence ? 'noLicence' : 'vendor',
                example: licenceTargets([item]).find(t => !edition || t === `${item.name}.${edition.name}.licence`) ?? '',
                ...targets()
            }, 'item');
            return;
        }
        if (override.price) {
            if (lines.length !== 1) {
                report(accept, locale, Diagnostics.licencePriceLines, override, { scenario, target, lines: lines.length }, 'price');
            }
            return; // a negative price is the value checks' (CRM006), as for any money
        }
        this.checkFactor(override, scenario, target, accept);
    }

    private checkFactor(override: ScaleOverride, scenario: string, target: string, accept: ValidationAcceptor): void {
        if (override.factor !== undefined && isNegative(override.factor)) {
            report(accept, this.locale.current, Diagnostics.negativeScale, override, { scenario, item: target, value: override.factor }, 'factor');
        }
    }

    checkInternalRate(override: InternalRateOverride, accept: ValidationAcceptor): void {
        if (isNegative(override.amount)) {
            const scenario = nameOf(override.$container);
            report(accept, this.locale.current, Diagnostics.negativeAmount, override, {
                ...args(phrase(w => w.scenarioInternalRate(scenario))), value: override.amount
            }, 'amount');
        }
    }

    checkEffort(override: EffortOverride, accept: ValidationAcceptor): void {
        if (isNegative(override.effort)) {
            const scenario = nameOf(override.$container);
            const requirement = refName(override.requirement);
            report(accept, this.locale.current, Diagnostics.negativeAmount, override, {
                ...args(phrase(w => w.scenarioEffort(requirement, scenario))), value: override.effort
            }, 'effort');
        }
    }

    checkCoverage(override: CoverageOverride, accept: ValidationAcceptor): void {
        const share = override.share;
        if (!share) {
            return;
        }
        const scenario = nameOf(override.$container);
        const requirement = refName(override.requirement);
        const target = coverageTarget(override);
        if (isOutside(share.value, 0, 100)) {
            report(accept, this.locale.current, Diagnostics.shareRange, share, {
                ...args(phrase(w => w.scenarioCoverage(requirement, target, scenario))),
                value: share.value
            }, 'value');
        }
        if (share.low !== undefined || share.high !== undefined) {
            report(accept, this.locale.current, Diagnostics.overrideRange, share, {
                scenario, statement: `covers ${target} ${requirement} ${share.value ?? '?'}%`
            });
        }
    }

    checkScore(override: ScoreOverride, accept: ValidationAcceptor): void {
        if (isOutside(override.value, 0, 10)) {
            report(accept, this.locale.current, Diagnostics.scoreRange, override, {
                vendor: refName(override.vendor), criterion: refName(override.criterion), value: override.value
            }, 'value');
        }
        const criterion = override.criterion?.ref;
        if (criterion?.measure) {
            report(accept, this.locale.current, Diagnostics.computedScore, override, {
                criterion: nameOf(criterion), measure: criterion.measure
            }, 'criterion');
        }
    }

    checkUsers(override: UsersOverride, accept: ValidationAcceptor): void {
        if (isNegative(override.users)) {
            const scenario = nameOf(override.$container);
            const department = refName(override.department);
            report(accept, this.locale.current, Diagnostics.negativeAmount, override, {
                ...args(phrase(w => w.scenarioUsers(department, scenario))),
                value: override.users
            }, 'users');
        }
    }

    checkDiscount(override: DiscountOverride, accept: ValidationAcceptor): void {
        if (isOutside(override.rate, 0, 100)) {
            const scenario = nameOf(override.$container);
            report(accept, this.locale.current, Diagnostics.shareRange, override, {
                ...args(phrase(w => w.scenarioDiscount(scenario))),
                value: override.rate
            }, 'rate');
        }
    }

    checkRate(override: RateOverride, accept: ValidationAcceptor): void {
        const from = override.from;
        const to = override.to;
        const scenario = nameOf(override.$container);
        const value = decimal(override.value);
        if (value?.isZero()) {
            report(accept, this.locale.current, Diagnostics.zeroRate, override, { from: from ?? '?', to: to ?? '?', value: override.value }, 'value');
        } else if (isNegative(override.value)) {
            report(accept, this.locale.current, Diagnostics.negativeAmount, override, {
                ...args(phrase(w => w.scenarioRate(from ?? '?', to ?? '?', scenario))),
                value: override.value
            }, 'value');
        }
        if (!from || !to) {
            return;
        }
        const declared = this.contexts.of(override).declarations.rates
            .some(rate => (rate.from === from && rate.to === to) || (rate.from === to && rate.to === from));
        if (!declared) {
            report(accept, this.locale.current, Diagnostics.missingRate, override, {
                currency: from,
                planCurrency: to,
                ...args(phrase(w => w.scenarioOnlyDeclaredRates(scenario)), 'where')
            }, 'from');
        }
    }

    /** The same item, department, discount or pair of currencies overridden twice in one scenario. */
    checkRepeatedOverrides(scenario: Scenario, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const override of scenario.overrides ?? []) {
            let key: string | undefined;
            let statement: string;
            switch (override.$type) {
                case 'ScaleOverride': {
                    const target = targetText(override);
                    key = `scale ${target}`;
                    statement = override.price ? `${target} ...` : `${target} ...%`;
                    break;
                }
                case 'InternalRateOverride':
                    key = 'internal rate';
                    statement = 'internal rate ...';
                    break;
                case 'EffortOverride':
                    key = `effort ${refName(override.requirement)}`;
                    statement = `effort ${refName(override.requirement)} ...`;
                    break;
                case 'UsersOverride':
                    key = `users ${refName(override.department)}`;
                    statement = `users ${refName(override.department)} ...`;
                    break;
                case 'DiscountOverride':
                    key = 'discount';
                    statement = 'discount ...%';
                    break;
                case 'RateOverride':
                    key = override.from && override.to ? `rate ${[override.from, override.to].sort().join(' ')}` : undefined;
                    statement = `rate ${override.from ?? '?'} ... ${override.to ?? '?'}`;
                    break;
                case 'CoverageOverride':
                    key = `covers ${coverageTarget(override)} ${refName(override.requirement)}`;
                    statement = `${key} ...%`;
                    break;
                case 'ScoreOverride':
                    key = `score ${refName(override.vendor)} ${refName(override.criterion)}`;
                    statement = `${key} ...`;
                    break;
            }
            if (key === undefined) {
                continue;
            }
            if (seen.has(key)) {
                const name = nameOf(scenario);
                report(accept, this.locale.current, Diagnostics.repeatedStatement, override, {
                    statement, ...args(phrase(w => w.scenario(name)), 'where')
                });
            }
            seen.add(key);
        }
    }
}

/** `Zoho` or `Zoho.Enterprise`, as written. */
function coverageTarget(override: CoverageOverride): string {
    return [refName(override.vendor), override.edition ? refName(override.edition) : undefined].filter(Boolean).join('.');
}
