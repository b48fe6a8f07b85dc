import type { Reference, ValidationAcceptor, ValidationChecks } from 'langium';
import type { After, Benefit, CrmPlanAstType, Delivers, Department, From, Licence, Needs, Quantity, Rate, Tracks, UsersOverride } from '../generated/ast.js';
import { isAmountLine, isOnce, isRamp } from '../generated/ast.js';
import { CheckGroup } from './check-group.js';
import { args, declaration, nameOf, phrase, type Phrase, refName } from './describe.js';
import { Diagnostics } from './diagnostic-codes.js';
import { report } from './diagnose.js';

/**
 * Inputs the language accepts that would otherwise count twice or not at
 * all, silently: a name repeated in a list, a rate from a currency to
 * itself, a fraction of a user, a minimum of seats on a licence not priced
 * per user, a ramp on a benefit with nothing recurring to ramp.
 */
export class InputChecks extends CheckGroup {

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            From: this.checkFrom.bind(this),
            Needs: this.checkNeeds.bind(this),
            Delivers: this.checkDelivers.bind(this),
            After: this.checkAfter.bind(this),
            Tracks: this.checkTracks.bind(this),
            Rate: this.checkRate.bind(this),
            Department: this.checkDepartmentUsers.bind(this),
            UsersOverride: this.checkOverrideUsers.bind(this),
            Licence: this.checkMinimum.bind(this),
            Benefit: this.checkRamp.bind(this)
        };
    }

    checkFrom(node: From, accept: ValidationAcceptor): void {
        this.checkRepeats(node, node.requirements, 'from', 'requirements', accept);
    }

    checkNeeds(node: Needs, accept: ValidationAcceptor): void {
        this.checkRepeats(node, node.requirements, 'needs', 'requirements', accept);
    }

    checkDelivers(node: Delivers, accept: ValidationAcceptor): void {
        this.checkRepeats(node, node.requirements, 'delivers', 'requirements', accept);
    }

    checkAfter(node: After, accept: ValidationAcceptor): void {
        this.checkRepeats(node, node.phases, 'after', 'phases', accept);
    }

    checkTracks(node: Tracks, accept: ValidationAcceptor): void {
        this.checkRepeats(node, node.benefits, 'tracks', 'benefits', accept);
    }

    /** Each name after its first appearance in one list. */
    protected checkRepeats<N extends From | Needs | Delivers | After | Tracks>(
        node: N, references: readonly Reference[] | undefined, list: string, property: 'requirements' | 'phases' | 'benefits', accept: ValidationAcceptor
    ): void {
        const seen = new Set<string>();
        (references ?? []).forEach((reference, index) => {
            const name = refName(reference);
            if (seen.has(name)) {
                report(accept, this.locale.current, Diagnostics.repeatedEntry, node, { name, list }, property as never, index);
            }
            seen.add(name);
        });
    }

    checkRate(rate: Rate, accept: ValidationAcceptor): void {
        if (rate.from && rate.from === rate.to) {
            report(accept, this.locale.current, Diagnostics.rateToItself, rate, { currency: rate.from }, 'to');
        }
    }

    /** Each `users N` line of a department, rollout waves included. */
    checkDepartmentUsers(department: Department, accept: ValidationAcceptor): void {
        const where = declaration(department);
        const what = phrase((w, language) => w.ofDeclaration(w.numberOfUsers, where[language]));
        for (const line of department.users ?? []) {
            if (line.users) {
                this.checkWhole(line.users, what, accept);
            }
        }
    }

    checkOverrideUsers(override: UsersOverride, accept: ValidationAcceptor): void {
        if (override.users !== undefined && !isWhole(override.users)) {
            const scenario = nameOf(override.$container);
            const department = refName(override.department);
            report(accept, this.locale.current, Diagnostics.fractionalUsers, override, {
                ...args(phrase(w => w.scenarioUsers(department, scenario))),
                value: override.users
            }, 'users');
        }
    }

    protected checkWhole(quantity: Quantity, what: Phrase, accept: ValidationAcceptor): void {
        for (const end of ['value', 'low', 'high'] as const) {
            const value = quantity[end];
            if (value !== undefined && !isWhole(value)) {
                report(accept, this.locale.current, Diagnostics.fractionalUsers, quantity, { ...args(what), value }, end);
                return;
            }
        }
    }

    checkMinimum(licence: Licence, accept: ValidationAcceptor): void {
        if (licence.minimum !== undefined && !licence.perUser) {
            report(accept, this.locale.current, Diagnostics.minimumNotPerUser, licence, { minimum: licence.minimum }, 'minimum');
        }
    }

    checkRamp(benefit: Benefit, accept: ValidationAcceptor): void {
        const statements = benefit.statements ?? [];
        const lines = statements.filter(isAmountLine);
        const ramp = statements.find(isRamp);
        if (ramp && lines.length > 0 && lines.every(line => isOnce(line.schedule))) {
            report(accept, this.locale.current, Diagnostics.rampWithoutRecurring, ramp, { months: ramp.months, benefit: nameOf(benefit) }, 'months');
        }
    }
}

/** A decimal literal with no fractional part (`40`, `40.0`). */
function isWhole(value: string): boolean {
    return /^-?\d+(\.0*)?$/.test(value.replace(/_/g, ''));
}
