import type { Decimal } from 'decimal.js';
import { evaluate, roundMoney, type Evaluation, type OptionEvaluation } from '../evaluation/index.js';
import type { GuardrailResult } from '../evaluation/guardrails/index.js';
import type { Monitoring } from '../evaluation/index.js';
import type { DescribeTerms } from '../i18n/describe-terms.js';
import { glossary } from '../i18n/glossary.js';
import type { Locale } from '../i18n/locale.js';
import type { LicenceFacts } from '../display/licence-names.js';
import type { OptionNaming } from '../display/option-name.js';
import type { Plan } from '../model/plan.js';
import { DECLARATION_KINDS, describePlan, type DiffKind, type Fields, type ListElement } from './describe-plan.js';
import { diffCauses, type OptionCauses } from './diff-causes.js';
import { figureDeltas, type FigureDeltas, type FigureSide } from './figure-deltas.js';
import { guardrailDeltas, type GuardrailDelta } from './guardrail-diff.js';

/** What a change does to a plan: its figures per option and the declarations behind them. */
export interface PlanDiff {
    readonly base: { readonly title: string; readonly currency: string };
    readonly head: { readonly title: string; readonly currency: string };
    readonly options: readonly OptionDelta[];
    readonly changes: readonly DeclarationChange[];
    readonly requirementRanks: readonly RankChange[];
    readonly optionRanks: readonly RankChange[];
    readonly chosen: { readonly base?: string; readonly head?: string };
    readonly recommended: { readonly base?: string; readonly head?: string };
    /** The plan's guardrails before and after; empty when neither version has any. */
    readonly guardrails: readonly GuardrailDelta[];
    /** What caused each option's ΔTCO and Δbenefit, item by item. */
    readonly causes: readonly OptionCauses[];
    /** Scenarios, simulation and vendor matrix: only what moved. */
    readonly figures: FigureDeltas;
    /** How each option of either version is named (the head's titles first), for views that name options by title. */
    readonly optionNames: ReadonlyMap<string, OptionNaming>;
    /** What each version's actuals say (plan vs actual, forecast, trend); absent before go-live. */
    readonly monitoring: { readonly base?: Monitoring; readonly head?: Monitoring };
    /** Each option's licence lines (the head's first), so that views name a licence as the report does. */
    readonly licences: ReadonlyMap<string, OptionLicences>;
}

/** An option's licence lines with what names them: the plan's start (their months are offsets) and its departments' titles. */
export interface OptionLicences {
    readonly lines: readonly LicenceFacts[];
    /** Each licence line by the id of its cost item (`Vendor.Edition.licence2`), as the causes name it. */
    readonly byItem: ReadonlyMap<string, LicenceFacts>;
    readonly start: string;
    readonly departmentTitles: ReadonlyMap<string, string>;
}

/** A figure before and after; `delta` only when both exist. */
export interface Delta<T> {
    readonly base: T | null;
    readonly head: T | null;
    readonly delta: T | null;
}

/** A figure kept as a float whose delta is taken between the values as shown (to the cent). */
export interface ShownDelta extends Delta<number> {
    /** `delta` as an exact decimal; null where `delta` is. */
    readonly exactDelta: Decimal | null;
}

export interface OptionDelta {
    readonly id: string;
    /** `added`: only in head; `removed`: only in base. */
    readonly status: 'added' | 'removed' | 'both';
    readonly tco: Delta<Decimal>;
    readonly totalBenefit: Delta<Decimal>;
    readonly npv: ShownDelta;
    readonly roiPercent: Delta<number>;
    readonly paybackMonths: Delta<number>;
    readonly irrAnnualPercent: Delta<number>;
}

export interface FieldChange {
    readonly field: string;
    readonly old?: string;
    readonly new?: string;
    /** For a list on both sides: only the elements that changed, were added or were removed. */
    readonly elements?: readonly ElementChange[];
}

/** One element of a list field: `old` and `new` are the element's whole text (`Pipeline 80%`); one is missing when it was added or removed. */
export interface ElementChange {
    readonly key: string;
    readonly old?: string;
    readonly new?: string;
}

export interface DeclarationChange {
    readonly kind: DiffKind | 'plan';
    readonly id: string;
    /** The declaration's title (the head's, the base's when removed) when it has one other than its id: views name it by title. */
    readonly title?: string;
    readonly change: 'added' | 'removed' | 'changed';
    /** For `changed`: each field that differs; for added or removed: every field. */
    readonly fields: readonly FieldChange[];
}

export interface RankChange {
    readonly id: string;
    /** A requirement's title (the head's first) when it has one other than its id; options are named by views. */
    readonly title?: string;
    readonly base: number | null;
    readonly head: number | null;
}

/** One version of a plan: its figures, and its guardrails applied when it has any. */
export interface DiffSide extends FigureSide {
    readonly plan: Plan;
    readonly evaluation: Evaluation;
    readonly guardrails?: readonly GuardrailResult[];
}

/**
 * Compares two versions of a plan. Every figure comes from the two
 * evaluations; this only lines them up by option and declaration id. The
 * changed fields are written in `locale`; the JSON diff takes English, the
 * plan's own terms.
 */
export function diffPlans(base: DiffSide, head: DiffSide, locale: Locale = 'en'): PlanDiff {
    return {
        base: { title: base.plan.title, currency: base.plan.currency },
        head: { title: head.plan.title, currency: head.plan.currency },
        options: optionDeltas(base.evaluation, head.evaluation),
        changes: declarationChanges(base.plan, head.plan, glossary(locale).diff.describe),
        requirementRanks: withTitles(rankChanges(
            new Map(base.evaluation.requirements.map(r => [r.id, r.rank])),
            new Map(head.evaluation.requirements.map(r => [r.id, r.rank]))),
        new Map([...base.evaluation.requirements, ...head.evaluation.requirements].map(r => [r.id, r.title.trim()]))),
        optionRanks: rankChanges(
            new Map(base.evaluation.options.map(o => [o.id, o.npvRank])),
            new Map(head.evaluation.options.map(o => [o.id, o.npvRank]))),
        chosen: { base: base.evaluation.chosenOptionId, head: head.evaluation.chosenOptionId },
        recommended: { base: base.evaluation.recommendedOptionId, head: head.evaluation.recommendedOptionId },
        guardrails: guardrailDeltas(base.guardrails ?? [], head.guardrails ?? []),
        monitoring: { base: base.evaluation.monitoring, head: head.evaluation.monitoring },
        figures: figureDeltas(base, head),
        optionNames: new Map([...base.evaluation.options, ...head.evaluation.options].map(option => [option.id, naming(option)])),
        causes: diffCauses(base.evaluation, head.evaluation, atBaseRate(base, head)),
        licences: new Map([...licencesOf(base), ...licencesOf(head)])
    };
}

function licencesOf(side: DiffSide): [string, OptionLicences][] {
    const departmentTitles = new Map(side.plan.departments.map(d => [d.id, d.title.trim() || d.id] as const));
    return side.evaluation.options.map(option => [option.id, {
        lines: option.licences,
        byItem: new Map(option.costs.flatMap(cost => (cost.licence ? [[cost.id, cost.licence] as const] : []))),
        start: side.plan.start,
        departmentTitles
    }]);
}

/**
 * The head plan evaluated at the base's discount rate, when the rate
 * changed: it values the head's flows as the base would, so that ΔNPV
 * splits into item changes and one re-discounting row.
 */
function atBaseRate(base: DiffSide, head: DiffSide): Evaluation | undefined {
    if (base.evaluation.plan.discountRatePercent === head.evaluation.plan.discountRatePercent) {
        return undefined;
    }
    try {
        return evaluate({ ...head.plan, discountRatePercent: base.plan.discountRatePercent });
    } catch {
        return undefined; // beyond the range of numbers at the old rate: the item rows then carry the re-discounting
    }
}

function naming(option: OptionEvaluation): OptionNaming {
    return {
        vendor: option.vendor, vendorTitle: option.vendorTitle,
        ...(option.edition !== undefined ? { edition: option.edition, editionTitle: option.editionTitle } : {})
    };
}

function optionDeltas(base: Evaluation, head: Evaluation): OptionDelta[] {
    const before = new Map(base.options.map(o => [o.id, o]));
    const after = new Map(head.options.map(o => [o.id, o]));
    const ids = [...head.options.map(o => o.id), ...base.options.map(o => o.id).filter(id => !after.has(id))];
    return ids.map(id => {
        const b = before.get(id);
        const h = after.get(id);
        const money = (pick: (o: OptionEvaluation) => Decimal): Delta<Decimal> => ({
            base: b ? pick(b) : null, head: h ? pick(h) : null, delta: b && h ? pick(h).minus(pick(b)) : null
        });
        const number = (pick: (o: OptionEvaluation) => number | null): Delta<number> => {
            const x = b ? pick(b) : null;
            const y = h ? pick(h) : null;
            return { base: x, head: y, delta: x !== null && y !== null ? y - x : null };
        };
        return {
            id,
            status: b && h ? 'both' : h ? 'added' : 'removed',
            tco: money(o => o.tco),
            totalBenefit: money(o => o.totalBenefit),
            npv: shownMoneyDelta(number(o => o.npv)),
            roiPercent: number(o => o.roiPercent),
            paybackMonths: number(o => o.paybackMonths),
            irrAnnualPercent: number(o => o.irr.annualPercent)
        };
    });
}

/**
 * NPV is a float; its delta is taken between the figures as shown (to the
 * cent), so the three always add up: once, here, exact for the JSON and as a
 * number for the tables.
 */
function shownMoneyDelta(delta: Delta<number>): ShownDelta {
    if (delta.base === null || delta.head === null) {
        return { ...delta, exactDelta: null };
    }
    const exactDelta = roundMoney(delta.head).minus(roundMoney(delta.base));
    return { ...delta, delta: exactDelta.toNumber(), exactDelta };
}

function declarationChanges(base: Plan, head: Plan, words: DescribeTerms): DeclarationChange[] {
    const before = describePlan(base, words);
    const after = describePlan(head, words);
    const changes: DeclarationChange[] = [];
    const settings = fieldChanges(before.settings, after.settings);
    if (settings.length > 0) {
        changes.push({ kind: 'plan', id: head.title, change: 'changed', fields: settings });
    }
    const titles = new Map([...declarationTitles(base), ...declarationTitles(head)]);
    const titled = (kind: DiffKind, id: string) => {
        const title = titles.get(`${kind}:${id}`);
        return title !== undefined && title !== id ? { title } : {};
    };
    for (const kind of DECLARATION_KINDS) {
        const b = before.kinds.get(kind) ?? new Map<string, Fields>();
        const h = after.kinds.get(kind) ?? new Map<string, Fields>();
        for (const [id, fields] of h) {
            const old = b.get(id);
            if (!old) {
                changes.push({ kind, id, ...titled(kind, id), change: 'added', fields: [...fields].map(([field, value]) => ({ field, new: value.text })) });
            } else {
                const differences = fieldChanges(old, fields);
                if (differences.length > 0) {
                    changes.push({ kind, id, ...titled(kind, id), change: 'changed', fields: differences });
                }
            }
        }
        for (const [id, fields] of b) {
            if (!h.has(id)) {
                changes.push({ kind, id, ...titled(kind, id), change: 'removed', fields: [...fields].map(([field, value]) => ({ field, old: value.text })) });
            }
        }
    }
    return changes;
}

/** `kind:id` → title of every titled declaration of a plan. */
function declarationTitles(plan: Plan): [string, string][] {
    const of = (kind: DiffKind, items: readonly { id: string; title: string }[]) =>
        items.map(item => [`${kind}:${item.id}`, item.title.trim()] as [string, string]).filter(([, title]) => title !== '');
    return [
        ...of('requirement', plan.requirements), ...of('cost', plan.costs), ...of('benefit', plan.benefits),
        ...of('vendor', plan.vendors), ...of('phase', plan.phases), ...of('goal', plan.goals), ...of('criterion', plan.criteria),
        ...of('department', plan.departments), ...of('kpi', plan.kpis), ...of('scenario', plan.scenarios)
    ];
}

function fieldChanges(before: Fields, after: Fields): FieldChange[] {
    const result: FieldChange[] = [];
    for (const [field, value] of after) {
        const old = before.get(field);
        if (old?.text !== value.text) {
            const elements = old?.elements && value.elements ? elementChanges(old.elements, value.elements) : undefined;
            result.push({ field, old: old?.text, new: value.text, ...(elements ? { elements } : {}) });
        }
    }
    for (const [field, value] of before) {
        if (!after.has(field)) {
            result.push({ field, old: value.text });
        }
    }
    return result;
}

/** The elements of a list that differ, matched by key: head order, then elements only the base has. */
function elementChanges(before: readonly ListElement[], after: readonly ListElement[]): ElementChange[] {
    const old = new Map(before.map(element => [element.key, element.text]));
    const keys = new Set(after.map(element => element.key));
    return [
        ...after.flatMap(element => (old.get(element.key) === element.text ? []
            : [{ key: element.key, ...(old.has(element.key) ? { old: old.get(element.key) } : {}), new: element.text }])),
        ...before.filter(element => !keys.has(element.key)).map(element => ({ key: element.key, old: element.text }))
    ];
}

function withTitles(changes: RankChange[], titles: ReadonlyMap<string, string>): RankChange[] {
    return changes.map(change => {
        const title = titles.get(change.id);
        return title && title !== change.id ? { ...change, title } : change;
    });
}

function rankChanges(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): RankChange[] {
    const result: RankChange[] = [];
    for (const [id, rank] of after) {
        const old = before.get(id) ?? null;
        if (old !== rank) {
            result.push({ id, base: old, head: rank });
        }
    }
    for (const [id, rank] of before) {
        if (!after.has(id)) {
            result.push({ id, base: rank, head: null });
        }
    }
    return result.sort((a, b) => (a.head ?? Infinity) - (b.head ?? Infinity) || (a.id < b.id ? -1 : 1));
}
