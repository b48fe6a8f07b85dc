import type { Evaluation, MonitoringPeriod } from '../evaluation/index.js';
import type { Actuals } from '../generated/ast.js';
import { monthIndex } from '../model/months.js';

/** The evaluation's figures for one `actuals` block of the plan's file, found by the months it covers. */
export function actualsPeriod(evaluation: Evaluation, block: Actuals): MonitoringPeriod | undefined {
    const start = monthIndex(evaluation.plan.start);
    const first = block.from ? monthIndex(block.from) : undefined;
    const last = block.to ? monthIndex(block.to) : first;
    if (start === undefined || first === undefined || last === undefined) {
        return undefined;
    }
    return evaluation.monitoring?.periods.find(period => period.first === first - start && period.last === last - start);
}
