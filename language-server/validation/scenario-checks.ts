import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CrmPlanAstType, DiscountOverride, RateOverride, ScaleOverride, Scenario, UsersOverride } from '../generated/ast.js';
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
 */
export class ScenarioChecks extends CheckGroup {

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            Scenario: this.checkRepeatedOverrides.bind(this),
            ScaleOverride: this.checkScale.bind(this),
            UsersOverride: this.checkUsers.bind(this),
            DiscountOverride: this.checkDiscount.bind(this),
            RateOverride: this.checkRate.bind(this)
        };
    }

    checkScale(override: ScaleOverride, accept: ValidationAcceptor): void {
        if (isNegative(override.factor)) {
            report(accept, this.locale.current, Diagnostics.negativeScale, override, {
                scenario: nameOf(override.$container), item: refName(override.item), value: override.factor
            }, 'factor');
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
                case 'ScaleOverride':
                    key = `scale ${refName(override.item)}`;
                    statement = `${refName(override.item)} ...%`;
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
