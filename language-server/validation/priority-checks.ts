import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { Decimal } from 'decimal.js';
import type { CrmPlanAstType, Document, Needs, Requirement } from '../generated/ast.js';
import { isEffort, isPriority } from '../generated/ast.js';
import { decimal, show } from './decimals.js';
import { nameOf } from './describe.js';
import { Diagnostics } from './diagnostic-codes.js';
import { setting } from '../model/plan-setting.js';
import { report } from './diagnose.js';
import { CheckGroup } from './check-group.js';

type Moscow = 'must' | 'should' | 'could' | 'wont';

/** MoSCoW classes from highest to lowest. */
const RANK: Record<Moscow, number> = { must: 0, should: 1, could: 2, wont: 3 };

/** A requirement's MoSCoW class: its first, if it gives several; `could` when it gives none. */
export function moscowOf(requirement: Requirement | undefined): Moscow | undefined {
    if (!requirement) {
        return undefined;
    }
    const moscow = requirement.statements?.find(isPriority)?.moscow;
    return moscow && moscow in RANK ? moscow : 'could';
}

/**
 * Priorities: a requirement should not need one of a lower MoSCoW class, and
 * the must-haves alone should fit in the plan's capacity.
 */
export class PriorityChecks extends CheckGroup {

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            Needs: this.checkNeedsClass.bind(this),
            Document: this.checkMustsOverCapacity.bind(this)
        };
    }

    checkNeedsClass(needs: Needs, accept: ValidationAcceptor): void {
        const requirement = needs.$container;
        const moscow = moscowOf(requirement);
        if (!moscow) {
            return;
        }
        (needs.requirements ?? []).forEach((reference, index) => {
            const needed = reference?.ref;
            const neededMoscow = moscowOf(needed);
            if (needed && neededMoscow && RANK[neededMoscow] > RANK[moscow]) {
                report(accept, this.locale.current, Diagnostics.needsLowerClass, needs, {
                    requirement: nameOf(requirement), moscow, needed: nameOf(needed), neededMoscow
                }, 'requirements', index);
            }
        });
    }

    /** The likely effort of every `must` in the plan and its imports, against the plan's capacity. */
    checkMustsOverCapacity(root: Document, accept: ValidationAcceptor): void {
        const context = this.contexts.of(root);
        const capacity = setting(context.ownPlan, 'CapacitySetting');
        const limit = decimal(capacity?.effort);
        if (!capacity || !limit || limit.isNegative()) {
            return; // A negative capacity is an error of its own (CRM006).
        }
        let total = new Decimal(0);
        for (const requirement of context.declarations.requirements) {
            if (moscowOf(requirement) === 'must') {
                const effort = decimal(requirement.statements?.find(isEffort)?.effort?.value);
                total = effort ? total.plus(effort) : total;
            }
        }
        if (total.greaterThan(limit)) {
            report(accept, this.locale.current, Diagnostics.mustsOverCapacity, capacity, {
                effort: show(total), capacity: capacity.effort
            }, 'effort');
        }
    }
}
