import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CrmPlanAstType, Document, Phase, Requirement } from '../generated/ast.js';
import { isAfter, isDelivers, isDuration, isFrom, isStartMonth } from '../generated/ast.js';
import { nameOf } from './describe.js';
import { Diagnostics } from './diagnostic-codes.js';
import { report, reportInFile } from './diagnose.js';
import { CheckGroup } from './check-group.js';

/**
 * Phases: each has exactly one of `start` or `after`, and a duration; and in
 * a plan with phases, a benefit that needs a requirement no phase delivers
 * earns nothing (the requirement is not part of this implementation), which
 * is worth a warning.
 */
export class PhaseChecks extends CheckGroup {

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            Phase: this.checkPhase.bind(this),
            Document: this.checkUndeliveredBenefits.bind(this)
        };
    }

    checkPhase(phase: Phase, accept: ValidationAcceptor): void {
        const locale = this.locale.current;
        const statements = phase.statements ?? [];
        const name = nameOf(phase);
        const after = statements.find(isAfter);
        const start = statements.find(isStartMonth);
        if (start && after) {
            report(accept, locale, Diagnostics.phaseStart, after, { phase: name, problem: 'both' });
        } else if (!start && !after) {
            report(accept, locale, Diagnostics.phaseStart, phase, { phase: name, problem: 'neither' }, 'name');
        }
        if (!statements.some(isDuration)) {
            report(accept, locale, Diagnostics.phaseStart, phase, { phase: name, problem: 'duration' }, 'name');
        }
    }

    /**
     * A benefit with a `from` requirement that no phase delivers, in a plan
     * with phases: it earns nothing. A plan without phases has every
     * requirement live from month 0, so nothing to say. Plan files only.
     */
    checkUndeliveredBenefits(root: Document, accept: ValidationAcceptor): void {
        const context = this.contexts.of(root);
        if (!context.ownPlan) {
            return;
        }
        if (context.declarations.phases.length === 0) {
            return;
        }
        const locale = this.locale.current;
        const delivered = new Set<Requirement>();
        for (const phase of context.declarations.phases) {
            for (const statement of (phase.statements ?? []).filter(isDelivers)) {
                for (const reference of statement.requirements ?? []) {
                    if (reference?.ref) {
                        delivered.add(reference.ref);
                    }
                }
            }
        }
        for (const benefit of context.declarations.benefits) {
            const froms = (benefit.statements ?? []).filter(isFrom);
            const required = froms.flatMap(statement => (statement.requirements ?? []).map(reference => reference?.ref))
                .filter((requirement): requirement is Requirement => requirement !== undefined);
            const outside = required.filter(requirement => !delivered.has(requirement));
            if (outside.length === 0) {
                continue;
            }
            if (!context.isLocal(benefit)) {
                reportInFile(accept, locale, Diagnostics.benefitUndelivered, context, benefit, {
                    benefit: nameOf(benefit), requirement: nameOf(outside[0])
                });
                continue;
            }
            for (const statement of froms) {
                (statement.requirements ?? []).forEach((reference, index) => {
                    if (reference?.ref && !delivered.has(reference.ref)) {
                        report(accept, locale, Diagnostics.benefitUndelivered, statement, {
                            benefit: nameOf(benefit), requirement: nameOf(reference.ref)
                        }, 'requirements', index);
                    }
                });
            }
        }
    }
}
