import type { Decimal } from 'decimal.js';
import { monthLabel } from '../model/months.js';
import type { DeclarationKind } from '../model/declarations.js';
import type * as model from '../model/plan.js';

/**
 * Describes each declaration of a plan as named fields of short text, the
 * way the plan writes them (`30000 (20000 to 36000) per month from 2027-03`),
 * so that a diff can say "old → new" in the plan's own terms.
 */
export type Fields = ReadonlyMap<string, string>;

/** Every declaration of a plan, by kind and id, as fields. */
export interface DescribedPlan {
    readonly settings: Fields;
    readonly kinds: ReadonlyMap<DiffKind, ReadonlyMap<string, Fields>>;
}

/** What a diff lists: every kind of declaration, and the plan's actuals blocks (records, not declarations). */
export type DiffKind = DeclarationKind | 'actuals';

/**
 * Every kind a diff lists, in its order (what changes the figures most
 * first); a record, so that a kind the model adds and the diff forgets fails
 * to compile.
 */
const IN_DIFF_ORDER: Record<DiffKind, true> = {
    requirement: true, cost: true, benefit: true, vendor: true, phase: true, goal: true, criterion: true, department: true, rate: true, kpi: true, scenario: true,
    actuals: true
};

export const DECLARATION_KINDS = Object.keys(IN_DIFF_ORDER) as readonly DiffKind[];

export function describePlan(plan: model.Plan): DescribedPlan {
    const month = (offset: number | undefined) => (offset === undefined ? undefined : monthLabel(plan.start, offset));
    const amount = (line: model.AmountLine) => describeLine(line, plan.currency, month);
    const settings = fields([
        ['title', plan.title],
        ['currency', plan.currency],
        ['start', plan.start],
        ['horizon', `${plan.horizonMonths} months`],
        ['discount', `${uncertain(plan.discountRatePercent, '%')} per year`],
        ['capacity', plan.capacityPersonWeeks !== undefined ? `${num(plan.capacityPersonWeeks)} person-weeks` : undefined],
        ['internal rate', plan.internalRate ? `${money(plan.internalRate, plan.currency)} per person-week` : undefined],
        ['choose', plan.chosenOptionId]
    ]);
    const byId = <T extends { id: string }>(items: readonly T[], describe: (item: T) => Fields) =>
        new Map(items.map(item => [item.id, describe(item)] as const));
    const kinds = new Map<DiffKind, ReadonlyMap<string, Fields>>([
        ['rate', new Map(plan.rates.map(rate => [`${rate.from}/${rate.to}`, fields([['rate', `${uncertain(rate.rate)} ${rate.to} per ${rate.from}`]])] as const))],
        ['goal', byId(plan.goals, goal => fields([['title', goal.title], ['weight', `${num(goal.weightPercent)}%`]]))],
        ['department', byId(plan.departments, d => fields([
            ['title', d.title],
            ['users', uncertain(d.users)],
            // Rollout waves, so that a diff shows a changed wave.
            ['waves', list((d.waves ?? []).filter(w => w.from > 0).map(w => `${num(w.users)} from ${month(w.from)}`))]
        ]))],
        ['requirement', byId(plan.requirements, r => fields([
            ['title', r.title],
            ['priority', r.moscow],
            ['impact', list(r.impacts.map(i => `${i.goal} ${num(i.score)}`))],
            ['effort', r.effortPersonWeeks ? `${uncertain(r.effortPersonWeeks)} person-weeks` : undefined],
            ['needs', list(r.needs)],
            ['asked by', list(r.askedBy)],
            ['evidence', list(r.evidence)]
        ]))],
        ['criterion', byId(plan.criteria, c => fields([
            ['title', c.title], ['weight', `${num(c.weightPercent)}%`], ['measured by', c.measure]
        ]))],
        ['vendor', byId(plan.vendors, v => fields([
            ['title', v.title],
            ...v.editions.map(e => [`edition ${e.id}`, list(e.licences.map(l => describeLicence(l, plan.currency, month))) ?? '(no licence)'] as [string, string]),
            ['covers', list(v.covers.map(c => `${c.requirement} ${uncertain(c.sharePercent, '%')}`))],
            ['score', list(v.scores.map(s => `${s.criterion} ${num(s.score)}`))],
            ...v.costs.map(c => [`cost ${c.id}`, `${c.costClass}: ${c.lines.map(amount).join('; ')}`] as [string, string])
        ]))],
        ['cost', byId(plan.costs, c => fields([
            ['title', c.title], ['class', c.costClass], ...lines(c.lines.map(amount))
        ]))],
        ['benefit', byId(plan.benefits, b => fields([
            ['title', b.title], ['kind', b.kind], ['from', list(b.from)], ...lines(b.lines.map(amount)),
            ['ramp', b.rampMonths !== undefined ? `${b.rampMonths} months` : undefined]
        ]))],
        ['phase', byId(plan.phases, p => fields([
            ['title', p.title], ['owner', p.owner], ['start', month(p.start)], ['after', list(p.after)],
            ['duration', `${p.durationMonths} months`], ['delivers', list(p.delivers)]
        ]))],
        ['kpi', byId(plan.kpis, k => fields([
            ['title', k.title],
            ['baseline', k.baseline ? measure(k.baseline) : undefined],
            ['target', k.target ? `${measure(k.target)}${k.targetBy !== undefined ? ` by ${month(k.targetBy)}` : ''}` : undefined],
            ['tracks', list(k.tracks)]
        ]))],
        ['scenario', byId(plan.scenarios ?? [], s => fields([
            ['title', s.title], ...s.overrides.map((o, i) => [`override ${i + 1}`, describeOverride(o)] as [string, string])
        ]))],
        // Each block by the months it covers, so that appended or corrected actuals show as changes.
        ['actuals', new Map((plan.actuals ?? []).map(block => [
            block.first === block.last ? month(block.first)! : `${month(block.first)} to ${month(block.last)}`,
            describeRecords(block.records, plan.currency)
        ] as const))]
    ]);
    return { settings, kinds };
}

function fields(entries: ReadonlyArray<readonly [string, string | undefined]>): Fields {
    const result = new Map<string, string>();
    for (const [key, value] of entries) {
        if (value !== undefined && value !== '') {
            result.set(key, value);
        }
    }
    return result;
}

/** Amount lines as `amount`, `amount 2`, ... so that one changed line reads as one change. */
function lines(texts: readonly string[]): Array<[string, string]> {
    return texts.map((text, i) => [i === 0 ? 'amount' : `amount ${i + 1}`, text]);
}

/** The records of an actuals block, one field per line kind and name (`cost DataImport`: `16200`). */
function describeRecords(records: readonly model.ActualRecord[], planCurrency: string): Fields {
    const byKey = new Map<string, string[]>();
    for (const record of records) {
        const [key, value] = record.kind === 'licence' ? ['licence', money(record.amount, planCurrency)]
            : record.kind === 'cost' ? [`cost ${record.cost}`, money(record.amount, planCurrency)]
                : record.kind === 'benefit' ? [`benefit ${record.benefit}`, money(record.amount, planCurrency)]
                    : record.kind === 'kpi' ? [`kpi ${record.kpi}`, measure(record.measure)]
                        : [`users ${record.department}`, num(record.users)];
        byKey.set(key, [...(byKey.get(key) ?? []), value]);
    }
    return fields([...byKey].map(([key, values]) => [key, values.join(', ')] as const));
}

function list(items: readonly string[]): string | undefined {
    return items.length > 0 ? items.join(', ') : undefined;
}

function num(value: Decimal): string {
    return value.toFixed();
}

function uncertain(value: model.Uncertain, unit = ''): string {
    const range = value.low !== undefined && value.high !== undefined ? ` (${num(value.low)}${unit} to ${num(value.high)}${unit})` : '';
    return `${num(value.likely)}${unit}${range}`;
}

function money(value: model.MoneyAmount, planCurrency: string): string {
    return `${uncertain(value.value)}${value.currency !== planCurrency ? ` ${value.currency}` : ''}`;
}

function perUser(value: model.PerUser | undefined): string {
    if (!value) {
        return '';
    }
    return value.departments.length > 0 ? ` per user of ${value.departments.join(', ')}` : ' per user';
}

function describeLine(line: model.AmountLine, planCurrency: string, month: (offset?: number) => string | undefined): string {
    const head = line.hours
        ? `${uncertain(line.hours)} hours${perUser(line.perUser)} at ${money(line.amount, planCurrency)} per hour`
        : `${money(line.amount, planCurrency)}${perUser(line.perUser)}`;
    const schedule = line.schedule;
    if (schedule.kind === 'once') {
        return `${head} once${schedule.month !== undefined ? ` in ${month(schedule.month)}` : ''}`;
    }
    const from = schedule.from !== undefined ? ` from ${month(schedule.from)}` : '';
    const until = schedule.until !== undefined ? ` until ${month(schedule.until)}` : '';
    return `${head} per ${schedule.period}${from}${until}`;
}

function describeLicence(licence: model.Licence, planCurrency: string, month: (offset?: number) => string | undefined): string {
    return [
        `licence ${money(licence.price, planCurrency)}${perUser(licence.perUser)} per ${licence.period} billed ${licence.billing}`,
        licence.from !== undefined ? `from ${month(licence.from)}` : '',
        licence.until !== undefined ? `until ${month(licence.until)}` : '',
        licence.increasePercentPerYear !== undefined ? `increase ${num(licence.increasePercentPerYear)}% per year` : '',
        licence.minimumUsers !== undefined ? `minimum ${num(licence.minimumUsers)} users` : ''
    ].filter(Boolean).join(' ');
}

function measure(value: model.Measure): string {
    return `${num(value.value)}${value.unit === '%' ? '%' : value.unit ? ` ${value.unit}` : ''}`;
}

function describeOverride(override: model.ScenarioOverride): string {
    switch (override.kind) {
        case 'scale': return `${override.item} ${num(override.factorPercent)}%`;
        case 'users': return `users ${override.department} ${num(override.users)}`;
        case 'discount': return `discount ${num(override.ratePercent)}%`;
        case 'rate': return `rate ${override.from} ${num(override.rate)} ${override.to}`;
    }
}
