import type { Plan, PlanSetting } from '../generated/ast.js';

/** The first setting of `type` in a plan header (which may be half typed). */
export function setting<T extends PlanSetting['$type']>(plan: Plan | undefined, type: T): Extract<PlanSetting, { $type: T }> | undefined {
    return plan?.settings?.find(s => s?.$type === type) as Extract<PlanSetting, { $type: T }> | undefined;
}
