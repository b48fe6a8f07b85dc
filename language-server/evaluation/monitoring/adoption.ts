/**
 * Adoption: the latest active users of each department against the users it
 * declares for that month (rollout waves counted).
 */
import type { Decimal } from 'decimal.js';
import { monthLabel } from '../../model/months.js';
import type { Department } from '../../model/plan.js';
import { sum } from '../decimal.js';
import { departmentUsersAt } from '../schedule.js';
import { latestOf } from './kpi-progress.js';
import { percentOf } from './lines.js';
import type { Adoption, DepartmentAdoption } from './monitoring.js';
import type { Measurement } from './recorded.js';

export function adoptionOf(departments: readonly Department[], users: ReadonlyMap<string, readonly Measurement<Decimal>[]>, start: string): Adoption {
    const rows: DepartmentAdoption[] = departments.flatMap(department => {
        const latest = latestOf(users.get(department.id) ?? []);
        if (!latest) {
            return [];
        }
        const declared = departmentUsersAt(department, latest.month);
        return [{
            department: department.id,
            title: department.title,
            active: latest.value,
            declared,
            percent: percentOf(latest.value, declared),
            month: latest.month,
            label: monthLabel(start, latest.month)
        }];
    });
    if (rows.length === 0) {
        return { departments: rows };
    }
    const active = sum(rows.map(r => r.active));
    const declared = sum(rows.map(r => r.declared));
    return { departments: rows, overall: { active, declared, percent: percentOf(active, declared) } };
}
