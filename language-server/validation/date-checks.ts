import type { AstNode, ValidationAcceptor, ValidationChecks, Properties } from 'langium';
import type { CrmPlanAstType, DepartmentUsers, Licence, Once, Recurring, StartMonth, Target } from '../generated/ast.js';
import { isDuration, isPhase } from '../generated/ast.js';
import { monthIndex, monthLabel } from '../model/months.js';
import { Diagnostics } from './diagnostic-codes.js';
import { report } from './diagnose.js';
import { CheckGroup } from './check-group.js';

/** The month a phase starting at month `index` makes its requirements live: after its last month. */
function liveMonthOf(start: AstNode, index: number): number | undefined {
    const phase = start.$container;
    const duration = isPhase(phase) ? phase.statements?.find(isDuration) : undefined;
    const months = duration ? Number(duration.months) : Number.NaN;
    return Number.isInteger(months) && months > 0 ? index + months : undefined;
}

/** What a date dates, for the message of a date outside the timeline. */
type Subject = 'amount' | 'phase' | 'kpi';

/**
 * Months are calendar months (`2027-13` is not), and dates should fall on the
 * plan's timeline: from the start month through the last month of the horizon.
 * Checked on amount lines, licences, rollout waves, phase starts and KPI targets. And a
 * line's `until` does not come before its `from`.
 */
export class DateChecks extends CheckGroup {

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            StartMonth: this.checkStart.bind(this),
            Once: this.checkOnce.bind(this),
            Recurring: this.checkRecurring.bind(this),
            Licence: this.checkLicence.bind(this),
            Target: this.checkTarget.bind(this),
            DepartmentUsers: this.checkUsersFrom.bind(this)
        };
    }

    checkStart(start: StartMonth, accept: ValidationAcceptor): void {
        // The plan's own start defines the timeline; a phase's start should lie on it.
        this.checkMonth(start, 'month', isPhase(start.$container) ? 'phase' : undefined, accept);
    }

    checkOnce(once: Once, accept: ValidationAcceptor): void {
        this.checkMonth(once, 'month', 'amount', accept);
    }

    checkRecurring(recurring: Recurring, accept: ValidationAcceptor): void {
        this.checkMonth(recurring, 'from', 'amount', accept);
        this.checkMonth(recurring, 'until', 'amount', accept);
        this.checkOrder(recurring, accept);
    }

    checkLicence(licence: Licence, accept: ValidationAcceptor): void {
        this.checkMonth(licence, 'from', 'amount', accept);
        this.checkMonth(licence, 'until', 'amount', accept);
        this.checkOrder(licence, accept);
    }

    /** `from` … `until` in that order; otherwise the line is empty. */
    protected checkOrder(node: Recurring | Licence, accept: ValidationAcceptor): void {
        const from = node.from === undefined ? undefined : monthIndex(node.from);
        const until = node.until === undefined ? undefined : monthIndex(node.until);
        if (from !== undefined && until !== undefined && until < from) {
            report(accept, this.locale.current, Diagnostics.untilBeforeFrom, node, { from: node.from!, until: node.until! }, 'until');
        }
    }

    /** A rollout wave `users 40 from 2027-07`: its month is dated like an amount's. */
    checkUsersFrom(users: DepartmentUsers, accept: ValidationAcceptor): void {
        this.checkMonth(users, 'from', 'amount', accept);
    }

    checkTarget(target: Target, accept: ValidationAcceptor): void {
        this.checkMonth(target, 'by', 'kpi', accept);
    }

    protected checkMonth<N extends AstNode>(node: N, property: Properties<N> & keyof N, subject: Subject | undefined, accept: ValidationAcceptor): void {
        const month = node[property] as unknown;
        if (typeof month !== 'string' || month === '') {
            return;
        }
        const index = monthIndex(month);
        const locale = this.locale.current;
        if (index === undefined) {
            report(accept, locale, Diagnostics.invalidMonth, node, { value: month }, property);
            return;
        }
        const timeline = subject ? this.contexts.of(node).timeline : undefined;
        if (!timeline) {
            return;
        }
        const last = timeline.startIndex + timeline.horizon - 1;
        const side = index < timeline.startIndex ? 'before' : index > last ? 'after' : undefined;
        if (side) {
            // A phase that starts before the plan but ends by its first month still delivers within the timeline.
            const live = subject === 'phase' && side === 'before' ? liveMonthOf(node, index) : undefined;
            const partly = live !== undefined && live >= timeline.startIndex && live <= last + 1;
            report(accept, locale, Diagnostics.outsideHorizon, node, {
                month, side, subject: partly ? 'phase-partly' : subject!,
                first: timeline.start, last: monthLabel(timeline.start, timeline.horizon - 1),
                ...(partly ? { live: monthLabel(timeline.start, live - timeline.startIndex) } : {})
            }, property);
        }
    }
}
