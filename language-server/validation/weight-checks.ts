import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CrmPlanAstType, Criterion, Document, Goal } from '../generated/ast.js';
import { show, sum } from './decimals.js';
import { type DiagnosticKind, Diagnostics } from './diagnostic-codes.js';
import type { PlanContext } from './plan-context.js';
import { report } from './diagnose.js';
import { CheckGroup } from './check-group.js';

/**
 * Goal weights, and criterion weights when there are criteria, sum to 100%
 * over the plan and its imports. Plan files only: a catalogue of goals is
 * usually a part of the whole.
 */
export class WeightChecks extends CheckGroup {

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            Document: this.checkWeights.bind(this)
        };
    }

    checkWeights(root: Document, accept: ValidationAcceptor): void {
        const context = this.contexts.of(root);
        if (!context.ownPlan) {
            return;
        }
        const { goals, criteria, requirements } = context.declarations;
        // Without goals every requirement is worth 0: worth saying once there are requirements to rank.
        if (goals.length > 0 || requirements.length > 0) {
            this.checkSum(context, goals, Diagnostics.goalWeights, accept);
        }
        if (criteria.length > 0) {
            this.checkSum(context, criteria, Diagnostics.criterionWeights, accept);
        }
    }

    /**
     * One warning per plan: on the first weighted declaration when all of
     * them live in this file, else on the plan header.
     */
    protected checkSum(context: PlanContext, weighted: readonly (Goal | Criterion)[], kind: DiagnosticKind, accept: ValidationAcceptor): void {
        const total = sum(weighted.map(node => node.weight));
        if (!total || total.equals(100)) {
            return;
        }
        const args = { sum: show(total) };
        if (weighted.length > 0 && weighted.every(context.isLocal)) {
            report(accept, this.locale.current, kind, weighted[0], args, 'weight');
        } else if (context.ownPlan) {
            report(accept, this.locale.current, kind, context.ownPlan, args, 'title');
        }
    }
}
