/**
 * The Inputs sheet: every value the figures start from, one per row,
 * labelled with its declaration and where it comes from. Other sheets refer
 * to these cells, so editing one recomputes every figure that depends on it.
 */
import type { Worksheet } from 'exceljs';
import type { Decimal } from 'decimal.js';
import type { Evaluation } from '../evaluation/evaluation-types.js';
import type { AmountLine, Plan } from '../model/plan.js';
import { absoluteRef, moneyFormat, NUMBER_FORMAT } from './cells.js';
import type { ExportStrings } from './strings.js';

/** Where each input lives, for the formulas of the other sheets. */
export interface InputRefs {
    readonly discountRatePercent: string;
    /** `*rate` or `/rate` turning an amount in `currency` into the plan's currency; empty for the plan's own. */
    rateFactor(currency: string): string;
    /** `(users of A + users of B)`; every department when `departments` is empty. */
    users(departments: readonly string[]): string;
    /** Cell of an amount line's written amount and hours, by `lineKey`. */
    readonly lines: ReadonlyMap<string, { readonly amount: string; readonly hours?: string }>;
    /** Cells of a licence, by `licenceKey`. */
    readonly licences: ReadonlyMap<string, { readonly price: string; readonly minimumUsers?: string; readonly increasePercent?: string }>;
    readonly internalRate?: string;
    /** Requirement id → effort in person-weeks. */
    readonly efforts: ReadonlyMap<string, string>;
    /** Goal id → weight in percent. */
    readonly goalWeights: ReadonlyMap<string, string>;
    /** `requirement#goal` → impact score. */
    readonly impacts: ReadonlyMap<string, string>;
    /** `vendor#requirement`, and `vendor.edition#requirement` for an edition's own covers → covers share in percent. */
    readonly covers: ReadonlyMap<string, string>;
    /** Criterion id → weight in percent. */
    readonly criterionWeights: ReadonlyMap<string, string>;
    /** `vendor#criterion` → score given in the plan. */
    readonly scores: ReadonlyMap<string, string>;
}

/** Key of an amount line: the declaration (`cost X`, `vendor V cost X`, `benefit X`) and its 0-based line. */
export function lineKey(kind: 'cost' | 'vendor-cost' | 'benefit', id: string, index: number): string {
    return `${kind}\u0000${id}\u0000${index}`;
}

/** Key of a licence: the option id and the licence's 0-based position in its edition. */
export function licenceKey(optionId: string, index: number): string {
    return `${optionId}\u0000${index}`;
}

const COLUMNS = { declaration: 1, what: 2, source: 3, value: 4, unit: 5 } as const;

export function writeInputsSheet(sheet: Worksheet, plan: Plan, evaluation: Evaluation, strings: ExportStrings): InputRefs {
    const s = strings.inputs;
    sheet.columns = [{ width: 28 }, { width: 30 }, { width: 22 }, { width: 16 }, { width: 18 }];
    sheet.addRow([s.declaration, s.what, s.source, s.value, s.unit]).font = { bold: true };

    const add = (declaration: string, what: string, source: string, value: Decimal | number, unit: string, format = NUMBER_FORMAT, note?: string): string => {
        const row = sheet.addRow([declaration, what, source, typeof value === 'number' ? value : value.toNumber(), unit]);
        const cell = row.getCell(COLUMNS.value);
        cell.numFmt = format;
        if (note) {
            cell.note = note;
        }
        return absoluteRef(sheet.name, COLUMNS.value, row.number);
    };
    const money = (currency: string): string => moneyFormat(currency);

    const discountRatePercent = add('plan', s.discountRate, s.plan, plan.discountRatePercent.likely, s.percentPerYear);
    add('plan', s.horizon, s.plan, plan.horizonMonths, s.months, '0');

    const rateCells = new Map<string, string>();
    for (const conversion of evaluation.conversions) {
        const { from, to, rate } = conversion.declared;
        const ref = add(`rate ${from} ${to}`, s.rate(from, to), s.plan, rate, s.per(to, from), '0.######');
        rateCells.set(conversion.from, conversion.inverse ? `/${ref}` : `*${ref}`);
    }
    const rateFactor = (currency: string): string => {
        if (currency === plan.currency) {
            return '';
        }
        const factor = rateCells.get(currency);
        if (factor === undefined) {
            throw new Error(`No exchange rate from ${currency} in the evaluation`);
        }
        return factor;
    };

    const departmentCells = new Map(plan.departments.map(d => [d.id, add(d.id, d.title, s.department, d.users.likely, s.users, '0')]));
    const users = (departments: readonly string[]): string => {
        const ids = departments.length > 0 ? departments : plan.departments.map(d => d.id);
        const refs = ids.map(id => departmentCells.get(id) ?? '0');
        return refs.length === 0 ? '0' : refs.length === 1 ? refs[0] : `(${refs.join('+')})`;
    };

    const lines = new Map<string, { amount: string; hours?: string }>();
    const addLines = (kind: 'cost' | 'vendor-cost' | 'benefit', id: string, declaration: string, source: string, amountLines: readonly AmountLine[]): void => {
        amountLines.forEach((line, index) => {
            const what = amountLines.length > 1 ? `${s.line(index + 1)}: ${s.amount}` : s.amount;
            const amount = add(declaration, what, source, line.amount.value.likely, line.amount.currency, money(line.amount.currency));
            const hours = line.hours ? add(declaration, `${amountLines.length > 1 ? `${s.line(index + 1)}: ` : ''}${s.hours}`, source, line.hours.likely, s.hours) : undefined;
            lines.set(lineKey(kind, id, index), { amount, ...(hours ? { hours } : {}) });
        });
    };
    plan.costs.forEach(cost => addLines('cost', cost.id, `cost ${cost.id}`, s.plan, cost.lines));
    plan.vendors.forEach(vendor => vendor.costs.forEach(cost => addLines('vendor-cost', `${vendor.id}.${cost.id}`, `cost ${cost.id}`, s.vendor(vendor.id), cost.lines)));
    plan.benefits.forEach(benefit => addLines('benefit', benefit.id, `benefit ${benefit.id}`, s.plan, benefit.lines));

    const licences = new Map<string, { price: string; minimumUsers?: string; increasePercent?: string }>();
    for (const vendor of plan.vendors) {
        for (const edition of vendor.editions) {
            const optionId = `${vendor.id}.${edition.id}`;
            edition.licences.forEach((licence, index) => {
                const source = s.licenceOf(optionId);
                const price = add(`edition ${edition.id}`, s.price(licence.period), source, licence.price.value.likely, licence.price.currency, money(licence.price.currency));
                const minimumUsers = licence.minimumUsers !== undefined ? add(`edition ${edition.id}`, s.minimumUsers, source, licence.minimumUsers, s.users, '0') : undefined;
                const increasePercent = licence.increasePercentPerYear !== undefined
                    ? add(`edition ${edition.id}`, s.increase, source, licence.increasePercentPerYear, s.percentPerYear)
                    : undefined;
                licences.set(licenceKey(optionId, index), { price, ...(minimumUsers ? { minimumUsers } : {}), ...(increasePercent ? { increasePercent } : {}) });
            });
        }
    }

    const internalRate = plan.internalRate
        ? add('plan', s.internalRate, s.plan, plan.internalRate.value.likely, s.perPersonWeek(plan.internalRate.currency), money(plan.internalRate.currency))
        : undefined;
    const goalWeights = new Map(plan.goals.map(g => [g.id, add(`goal ${g.id}`, s.goalWeight, s.plan, g.weightPercent, s.percent)]));
    const efforts = new Map<string, string>();
    const impacts = new Map<string, string>();
    for (const requirement of plan.requirements) {
        if (requirement.effortPersonWeeks) {
            efforts.set(requirement.id, add(`requirement ${requirement.id}`, s.effort, s.plan, requirement.effortPersonWeeks.likely, s.personWeeks));
        }
        for (const impact of requirement.impacts) {
            impacts.set(`${requirement.id}#${impact.goal}`, add(`requirement ${requirement.id}`, s.impact(impact.goal), s.plan, impact.score, s.points));
        }
    }
    const covers = new Map<string, string>();
    for (const vendor of plan.vendors) {
        for (const coverage of vendor.covers) {
            const key = `${vendor.id}#${coverage.requirement}`;
            // A requirement listed twice is a validation error; the evaluation takes the first, and so does the workbook.
            if (!covers.has(key)) {
                covers.set(key, add(`vendor ${vendor.id}`, `${s.covers} ${coverage.requirement}`, s.vendor(vendor.id), coverage.sharePercent.likely, s.percent));
            }
        }
        // An edition's own covers replace the vendor's share for its option (`coverRef`).
        for (const edition of vendor.editions) {
            for (const coverage of edition.covers ?? []) {
                const key = `${vendor.id}.${edition.id}#${coverage.requirement}`;
                if (!covers.has(key)) {
                    covers.set(key, add(`edition ${edition.id}`, `${s.covers} ${coverage.requirement}`, s.vendor(`${vendor.id}.${edition.id}`), coverage.sharePercent.likely, s.percent));
                }
            }
        }
    }
    const criterionWeights = new Map(plan.criteria.map(c => [c.id, add(`criterion ${c.id}`, s.criterionWeight, s.plan, c.weightPercent, s.percent)]));
    const scores = new Map<string, string>();
    for (const vendor of plan.vendors) {
        for (const score of vendor.scores) {
            const key = `${vendor.id}#${score.criterion}`;
            if (!scores.has(key)) {
                scores.set(key, add(`vendor ${vendor.id}`, `${s.score} ${score.criterion}`, s.vendor(vendor.id), score.score, s.points));
            }
        }
    }

    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    return {
        discountRatePercent, rateFactor, users, lines, licences,
        ...(internalRate ? { internalRate } : {}),
        efforts, goalWeights, impacts, covers, criterionWeights, scores
    };
}

/** The Inputs cell of an option's share of a requirement: the edition's own covers, else the vendor's; undefined when neither lists it. */
export function coverRef(inputs: InputRefs, vendor: string, edition: string | undefined, requirement: string): string | undefined {
    return (edition !== undefined ? inputs.covers.get(`${vendor}.${edition}#${requirement}`) : undefined) ?? inputs.covers.get(`${vendor}#${requirement}`);
}
