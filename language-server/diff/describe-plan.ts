import type { Decimal } from 'decimal.js';
import { monthLabel } from '../model/months.js';
import type { DeclarationKind } from '../model/declarations.js';
import type { DescribeTerms } from '../i18n/describe-terms.js';
import type * as model from '../model/plan.js';
import { overrideText } from '../display/scenario-override.js';

/**
 * Describes each declaration of a plan as named fields of short text, the
 * way the plan writes them (`30000 (20000 to 36000) per month from 2027-03`),
 * so that a diff can say "old → new" in the plan's own terms.
 */
export type Fields = ReadonlyMap<string, Described>;

/** A field's text; for a list, also its elements, so that a diff can name the one element that changed. */
export interface Described {
    readonly text: string;
    readonly elements?: readonly ListElement[];
}

/** One element of a list: `key` says which element it is across versions (`Pipeline` of `Pipeline 85%`). */
export interface ListElement {
    readonly key: string;
    readonly text: string;
}

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

/** Every declaration of a plan, as fields in `words` (English for the JSON diff). */
export function describePlan(plan: model.Plan, words: DescribeTerms): DescribedPlan {
    const w = words;
    const f = w.fields;
    const month = (offset: number | undefined) => (offset === undefined ? undefined : monthLabel(plan.start, offset));
    const d = new Describer(w, plan.currency, month);
    // A list, each element keyed by `key` (by default itself: a set of names, where an element is only added or removed).
    const list = (items: readonly string[], key: (item: string, index: number) => string = item => item): Described | undefined =>
        (items.length > 0 ? { text: items.join(w.listSeparator), elements: items.map((item, i) => ({ key: key(item, i), text: item })) } : undefined);
    const keyed = <T>(items: readonly T[], key: (item: T) => string, describe: (item: T) => string) => {
        const keys = items.map(key);
        return list(items.map(describe), (_, i) => keys[i]);
    };
    const settings = fields([
        [f.title, plan.title],
        [f.currency, plan.currency],
        [f.start, plan.start],
        [f.horizon, w.months(String(plan.horizonMonths))],
        [f.discount, d.sourced(w.perYear(d.uncertain(plan.discountRatePercent, '%')), plan.discountSource)],
        [f.capacity, plan.capacityPersonWeeks !== undefined ? w.personWeeks(num(plan.capacityPersonWeeks)) : undefined],
        [f.internalRate, plan.internalRate ? d.sourced(w.perPersonWeek(d.money(plan.internalRate)), plan.internalRateSource) : undefined],
        [f.choose, plan.chosenOptionId]
    ]);
    const byId = <T extends { id: string }>(items: readonly T[], describe: (item: T) => Fields) =>
        new Map(items.map(item => [item.id, describe(item)] as const));
    const kinds = new Map<DiffKind, ReadonlyMap<string, Fields>>([
        ['rate', new Map(plan.rates.map(rate => [`${rate.from}/${rate.to}`, fields([[f.rate, d.sourced(w.ratePer(d.uncertain(rate.rate), rate.to, rate.from), rate.source)]])] as const))],
        ['goal', byId(plan.goals, goal => fields([[f.title, goal.title], [f.weight, `${num(goal.weightPercent)}%`]]))],
        ['department', byId(plan.departments, dep => fields([
            [f.title, dep.title],
            [f.users, d.sourced(d.uncertain(dep.users), dep.usersSource)],
            // Rollout waves, so that a diff shows a changed wave.
            [f.waves, list((dep.waves ?? []).filter(wave => wave.from > 0).map(wave => w.wave(num(wave.users), month(wave.from)!)))]
        ]))],
        ['requirement', byId(plan.requirements, r => fields([
            [f.title, r.title],
            [f.priority, w.moscow[r.moscow]],
            [f.impact, keyed(r.impacts, i => i.goal, i => `${i.goal} ${num(i.score)}`)],
            [f.effort, r.effortPersonWeeks ? d.sourced(w.personWeeks(d.uncertain(r.effortPersonWeeks)), r.effortSource) : undefined],
            [f.needs, list(r.needs)],
            [f.askedBy, list(r.askedBy)],
            [f.evidence, list(r.evidence)]
        ]))],
        ['criterion', byId(plan.criteria, c => fields([
            [f.title, c.title], [f.weight, `${num(c.weightPercent)}%`], [f.measuredBy, c.measure ? w.measures[c.measure] : undefined]
        ]))],
        ['vendor', byId(plan.vendors, v => fields([
            [f.title, v.title],
            // An edition's title, so that renaming an option shows; its licence lines by position.
            ...v.editions.flatMap(e => [
                [w.editionTitleField(e.id), e.title],
                [w.editionField(e.id), list(e.licences.map(l => d.licence(l)), (_, i) => `#${i + 1}`) ?? w.noLicence],
                // Its own covers, so that a changed edition share shows.
                [w.editionCoversField(e.id), keyed(e.covers ?? [], c => c.requirement, c => d.sourced(`${c.requirement} ${d.uncertain(c.sharePercent, '%')}`, c.source))]
            ] as Array<[string, Described | string | undefined]>),
            [f.covers, keyed(v.covers, c => c.requirement, c => d.sourced(`${c.requirement} ${d.uncertain(c.sharePercent, '%')}`, c.source))],
            [f.score, keyed(v.scores, sc => sc.criterion, sc => d.sourced(`${sc.criterion} ${num(sc.score)}`, sc.source))],
            ...v.costs.map(c => [w.costField(c.id), w.labelled(w.costClasses[c.costClass], c.lines.map(line => d.line(line)).join(w.lineSeparator))] as [string, string])
        ]))],
        ['cost', byId(plan.costs, c => fields([
            [f.title, c.title], [f.class, w.costClasses[c.costClass]], ...lines(c.lines.map(line => d.line(line)), w)
        ]))],
        ['benefit', byId(plan.benefits, b => fields([
            [f.title, b.title], [f.kind, w.benefitKinds[b.kind]], [f.from, list(b.from)], ...lines(b.lines.map(line => d.line(line)), w),
            [f.ramp, b.rampMonths !== undefined ? w.months(String(b.rampMonths)) : undefined]
        ]))],
        ['phase', byId(plan.phases, p => fields([
            [f.title, p.title], [f.owner, p.owner], [f.start, month(p.start)], [f.after, list(p.after)],
            [f.duration, w.months(String(p.durationMonths))], [f.delivers, list(p.delivers)]
        ]))],
        ['kpi', byId(plan.kpis, k => fields([
            [f.title, k.title],
            [f.baseline, k.baseline ? measure(k.baseline) : undefined],
            [f.target, k.target ? (k.targetBy !== undefined ? w.targetBy(measure(k.target), month(k.targetBy)!) : measure(k.target)) : undefined],
            [f.tracks, list(k.tracks)]
        ]))],
        ['scenario', byId(plan.scenarios ?? [], sc => fields([
            [f.title, sc.title], ...sc.overrides.map((o, i) => [w.overrideField(i + 1), overrideField(o, w)] as [string, Described])
        ]))],
        // Each block by the months it covers, so that appended or corrected actuals show as changes.
        ['actuals', new Map((plan.actuals ?? []).map(block => [
            block.first === block.last ? month(block.first)! : w.period(month(block.first)!, month(block.last)!),
            describeRecords(block.records, d, w)
        ] as const))]
    ]);
    return { settings, kinds };
}

function fields(entries: ReadonlyArray<readonly [string, Described | string | undefined]>): Fields {
    const result = new Map<string, Described>();
    for (const [key, value] of entries) {
        const described = typeof value === 'string' ? { text: value } : value;
        if (described !== undefined && described.text !== '') {
            result.set(key, described);
        }
    }
    return result;
}

/** Amount lines as `amount`, `amount 2`, ... so that one changed line reads as one change. */
function lines(texts: readonly string[], w: DescribeTerms): Array<[string, string]> {
    return texts.map((text, i) => [w.amountField(i + 1), text]);
}

/** The records of an actuals block, one field per line kind and name (`cost DataImport`: `16200`). */
function describeRecords(records: readonly model.ActualRecord[], d: Describer, w: DescribeTerms): Fields {
    const byKey = new Map<string, string[]>();
    for (const record of records) {
        const [key, value] = record.kind === 'licence' ? [w.recordField(w.recordKinds.licence), d.money(record.amount)]
            : record.kind === 'cost' ? [w.recordField(w.recordKinds.cost, record.cost), d.money(record.amount)]
                : record.kind === 'benefit' ? [w.recordField(w.recordKinds.benefit, record.benefit), d.money(record.amount)]
                    : record.kind === 'kpi' ? [w.recordField(w.recordKinds.kpi, record.kpi), measure(record.measure)]
                        : [w.recordField(w.recordKinds.users, record.department), num(record.users)];
        byKey.set(key, [...(byKey.get(key) ?? []), value]);
    }
    return fields([...byKey].map(([key, values]) => [key, values.join(w.listSeparator)] as const));
}

function num(value: Decimal): string {
    return value.toFixed();
}

/** Amounts, lines and licences in the plan's terms, in one language. */
class Describer {
    constructor(
        private readonly w: DescribeTerms,
        private readonly planCurrency: string,
        private readonly month: (offset?: number) => string | undefined
    ) {}

    uncertain(value: model.Uncertain, unit = ''): string {
        const likely = `${num(value.likely)}${unit}`;
        return value.low !== undefined && value.high !== undefined
            ? this.w.range(likely, `${num(value.low)}${unit}`, `${num(value.high)}${unit}`)
            : likely;
    }

    money(value: model.MoneyAmount): string {
        return `${this.uncertain(value.value)}${value.currency !== this.planCurrency ? ` ${value.currency}` : ''}`;
    }

    private perUser(value: model.PerUser | undefined): string {
        if (!value) {
            return '';
        }
        return this.w.perUser(value.departments.length > 0 ? value.departments.join(this.w.listSeparator) : undefined);
    }

    line(line: model.AmountLine): string {
        const head = line.hours
            ? this.w.hoursAt(this.uncertain(line.hours), this.perUser(line.perUser), this.money(line.amount))
            : `${this.money(line.amount)}${this.perUser(line.perUser)}`;
        const schedule = line.schedule;
        return this.sourced(schedule.kind === 'once'
            ? this.w.once(head, this.month(schedule.month))
            : this.w.recurring(head, schedule.period, this.month(schedule.from), this.month(schedule.until)), line.source);
    }

    /** A figure with where it comes from, so that a diff shows a changed source as a change. */
    sourced(text: string, source: string | undefined): string {
        return source === undefined ? text : this.w.sourced(text, source);
    }

    licence(licence: model.Licence): string {
        const w = this.w;
        return this.sourced([
            w.licence(this.money(licence.price), this.perUser(licence.perUser), licence.period, licence.billing),
            licence.from !== undefined ? w.from(this.month(licence.from)!) : '',
            licence.until !== undefined ? w.until(this.month(licence.until)!) : '',
            licence.increasePercentPerYear !== undefined ? w.increase(num(licence.increasePercentPerYear)) : '',
            licence.minimumUsers !== undefined ? w.minimum(num(licence.minimumUsers)) : ''
        ].filter(Boolean).join(w.partSeparator), licence.source);
    }
}

function measure(value: model.Measure): string {
    return `${num(value.value)}${value.unit === '%' ? '%' : value.unit ? ` ${value.unit}` : ''}`;
}

/** An override as a one-element list keyed by what it overrides, so that a changed figure reads `FewerLostQuotes 70% → 50%`. */
function overrideField(override: model.ScenarioOverride, w: DescribeTerms): Described {
    const text = describeOverride(override, w);
    return { text, elements: [{ key: overrideKey(override), text }] };
}

/** What an override overrides: one key per target, as the scenario checks allow one override per target (CRM017). */
function overrideKey(override: model.ScenarioOverride): string {
    switch (override.kind) {
        case 'scale': return override.item;
        case 'licence': return `${[override.vendor, override.edition].filter(Boolean).join('.')}.licence`;
        case 'users': return override.department;
        case 'discount': return 'discount';
        case 'rate': return `${override.from}/${override.to}`;
        case 'internal-rate': return 'internal rate';
        case 'effort': return `effort ${override.requirement}`;
        case 'covers': return `covers ${[override.vendor, override.edition].filter(Boolean).join('.')} ${override.requirement}`;
        case 'score': return `score ${override.vendor} ${override.criterion}`;
    }
}

function describeOverride(override: model.ScenarioOverride, w: DescribeTerms): string {
    return overrideText(override, w, num);
}
