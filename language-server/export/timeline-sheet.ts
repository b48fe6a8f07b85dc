/**
 * A Timeline sheet per option: one row per month, one column per cost line,
 * licence, internal effort and benefit line, each cell a formula over the
 * Inputs (users × price, amount × exchange rate, ramp fraction × amount ×
 * coverage share, billing months); then the month's cost, benefit, net,
 * cumulative net, discount factor and present value as formulas.
 *
 * Which months a line falls in (go-live after its phases, contract years,
 * the ramp's position) is the layout: a note on each column header states
 * the rule, since a formula for it would be one nobody could follow.
 */
import type { Worksheet } from 'exceljs';
import type { BenefitBreakdown, CostItemBreakdown, Evaluation, LineBreakdown, OptionEvaluation } from '../evaluation/evaluation-types.js';
import type { AmountLine, Plan } from '../model/plan.js';
import { columnLetter, columnRange, FACTOR_FORMAT, moneyFormat } from './cells.js';
import { coverRef, type InputRefs, licenceKey, lineKey } from './inputs-sheet.js';
import type { ExportStrings } from './strings.js';

/** Where the Summary finds an option's monthly figures. */
export interface TimelineRefs {
    readonly cost: string;
    readonly benefit: string;
    readonly net: string;
    readonly cumulative: string;
    readonly stillShort: string;
    readonly presentValue: string;
    readonly presentCost: string;
}

/** One column of amounts: a header, the rule it follows, and a formula for each month it has an amount in. */
interface AmountColumn {
    readonly header: string;
    readonly note: string;
    readonly formulas: ReadonlyMap<number, string>;
}

const HEADER_ROW = 1;
const FIRST_ROW = 2;

export function writeTimelineSheet(sheet: Worksheet, option: OptionEvaluation, plan: Plan, evaluation: Evaluation, inputs: InputRefs, strings: ExportStrings): TimelineRefs {
    const t = strings.timeline;
    const H = evaluation.plan.horizonMonths;
    const label = (m: number): string => evaluation.plan.monthLabels[m] ?? String(m);
    const costColumns = option.costs.map(item => costColumnsOf(item, option, plan, inputs, strings, label)).flat();
    const benefitColumns = option.benefits.map((b, i) => benefitColumnsOf(b, plan.benefits[i].lines, option, inputs, strings, label)).flat();
    const amountColumns = [...costColumns, ...benefitColumns];

    const first = 3;
    const costStart = first;
    const benefitStart = first + costColumns.length;
    const col = {
        cost: first + amountColumns.length,
        benefit: first + amountColumns.length + 1,
        net: first + amountColumns.length + 2,
        cumulative: first + amountColumns.length + 3,
        stillShort: first + amountColumns.length + 4,
        discountFactor: first + amountColumns.length + 5,
        presentValue: first + amountColumns.length + 6,
        presentCost: first + amountColumns.length + 7
    };

    const header = sheet.getRow(HEADER_ROW);
    header.values = [t.month, t.label, ...amountColumns.map(c => c.header), t.cost, t.benefit, t.net, t.cumulative, t.stillShort, t.discountFactor, t.presentValue, t.presentCost];
    header.font = { bold: true };
    amountColumns.forEach((c, i) => { header.getCell(first + i).note = c.note; });
    header.getCell(col.stillShort).note = strings.notes.stillShort;

    const money = moneyFormat(evaluation.plan.currency);
    const sumOf = (start: number, count: number, row: number): string =>
        (count === 0 ? '0' : `SUM(${columnLetter(start)}${row}:${columnLetter(start + count - 1)}${row})`);
    for (let m = 0; m < H; m++) {
        const r = FIRST_ROW + m;
        const row = sheet.getRow(r);
        row.getCell(1).value = m;
        row.getCell(2).value = label(m);
        amountColumns.forEach((c, i) => {
            const formula = c.formulas.get(m);
            const cell = row.getCell(first + i);
            cell.value = formula === undefined ? 0 : { formula };
            cell.numFmt = money;
        });
        const L = (column: number): string => `${columnLetter(column)}${r}`;
        const formulas: [number, string, string][] = [
            [col.cost, sumOf(costStart, costColumns.length, r), money],
            [col.benefit, sumOf(benefitStart, benefitColumns.length, r), money],
            [col.net, `${L(col.benefit)}-${L(col.cost)}`, money],
            [col.cumulative, m === 0 ? L(col.net) : `${columnLetter(col.cumulative)}${r - 1}+${L(col.net)}`, money],
            // Rounded to a millionth of a cent so that a zero reached through doubles counts as zero, as in the exact evaluation.
            [col.stillShort, `IF(ROUND(${L(col.cumulative)},8)<0,A${r},-1)`, '0'],
            [col.discountFactor, `1/(1+${inputs.discountRatePercent}/100)^(A${r}/12)`, FACTOR_FORMAT],
            [col.presentValue, `${L(col.net)}*${L(col.discountFactor)}`, money],
            [col.presentCost, `${L(col.cost)}*${L(col.discountFactor)}`, money]
        ];
        for (const [column, formula, format] of formulas) {
            const cell = row.getCell(column);
            cell.value = { formula };
            cell.numFmt = format;
        }
    }
    sheet.columns.forEach((column, i) => { column.width = i < 2 ? 10 : 16; });
    sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }];

    const last = FIRST_ROW + H - 1;
    const range = (column: number): string => columnRange(sheet.name, column, FIRST_ROW, last);
    return {
        cost: range(col.cost),
        benefit: range(col.benefit),
        net: range(col.net),
        cumulative: range(col.cumulative),
        stillShort: range(col.stillShort),
        presentValue: range(col.presentValue),
        presentCost: range(col.presentCost)
    };
}

/** Amount × exchange rate × hours × users: one occurrence of a line, in the plan's currency. */
function perOccurrence(refs: { amount: string; hours?: string }, line: AmountLine, inputs: InputRefs): string {
    return refs.amount + inputs.rateFactor(line.amount.currency)
        + (refs.hours ? `*${refs.hours}` : '')
        + (line.perUser ? `*${inputs.users(line.perUser.departments)}` : '');
}

function costColumnsOf(item: CostItemBreakdown, option: OptionEvaluation, plan: Plan, inputs: InputRefs, strings: ExportStrings, label: (m: number) => string): AmountColumn[] {
    if (item.licence) {
        return [licenceColumn(item, option, inputs, strings, label)];
    }
    if (item.effort) {
        const { effort } = item;
        const months = effort.lastMonth - effort.firstMonth + 1;
        const rate = plan.internalRate;
        const effortRef = inputs.efforts.get(effort.requirement);
        const formula = `${effortRef}*${inputs.internalRate}${rate ? inputs.rateFactor(rate.currency) : ''}${months > 1 ? `/${months}` : ''}`;
        const formulas = new Map<number, string>();
        item.monthly.forEach((_, m) => {
            if (m >= effort.firstMonth && m <= effort.lastMonth) {
                formulas.set(m, formula);
            }
        });
        return [{ header: strings.timeline.effort(effort.requirement), note: strings.notes.effort(label(effort.firstMonth), label(effort.lastMonth), effort.phase), formulas }];
    }
    const declaration = item.source === 'vendor'
        ? plan.vendors.find(v => v.id === option.vendor)?.costs.find(c => c.id === item.id)
        : plan.costs.find(c => c.id === item.id);
    const kind = item.source === 'vendor' ? 'vendor-cost' : 'cost';
    const keyId = item.source === 'vendor' ? `${option.vendor}.${item.id}` : item.id;
    return (declaration?.lines ?? []).map((line, index) => {
        const refs = inputs.lines.get(lineKey(kind, keyId, index))!;
        const breakdown = item.lines[index];
        const amount = perOccurrence(refs, line, inputs) + (breakdown.schedule === 'per year' ? '/12' : '');
        const formulas = new Map(placedMonths(breakdown).map(m => [m, amount]));
        return { header: columnTitle(item.id, index, item.lines.length, strings), note: scheduleNote(breakdown, strings, label), formulas };
    });
}

function licenceColumn(item: CostItemBreakdown, option: OptionEvaluation, inputs: InputRefs, strings: ExportStrings, label: (m: number) => string): AmountColumn {
    const licence = item.licence!;
    const index = option.licences.indexOf(licence);
    const refs = inputs.licences.get(licenceKey(option.id, index))!;
    const users = licence.perUser ? inputs.users(licence.perUserOf) : '';
    const seats = !licence.perUser ? '' : refs.minimumUsers ? `*MAX(${users},${refs.minimumUsers})` : `*${users}`;
    // A bill covers one month (billed monthly) or twelve (billed yearly); the price is per month or per year.
    const periodFactor = licence.billing === 'monthly'
        ? (licence.period === 'year' ? '/12' : '')
        : (licence.period === 'month' ? '*12' : '');
    const base = `${refs.price}${inputs.rateFactor(licence.written.currency)}${periodFactor}${seats}`;
    const formulas = new Map<number, string>();
    for (const charge of licence.charges) {
        const growth = refs.increasePercent && charge.contractYear > 0 ? `*(1+${refs.increasePercent}/100)^${charge.contractYear}` : '';
        formulas.set(charge.month, base + growth);
    }
    return { header: item.id, note: strings.notes.licence(licence.billing, label(Math.max(licence.fromMonth, 0))), formulas };
}

function benefitColumnsOf(benefit: BenefitBreakdown, lines: readonly AmountLine[], option: OptionEvaluation, inputs: InputRefs, strings: ExportStrings, label: (m: number) => string): AmountColumn[] {
    const share = coverageShare(benefit, option, inputs);
    const ramp = benefit.rampMonths ?? 0;
    return lines.map((line, index) => {
        const refs = inputs.lines.get(lineKey('benefit', benefit.id, index))!;
        const breakdown = benefit.lines[index];
        const amount = perOccurrence(refs, line, inputs) + (breakdown.schedule === 'per year' ? '/12' : '') + share;
        const formulas = new Map<number, string>();
        // The ramp counts from the line's first active month: max(its `from`, go-live).
        const rampStart = line.schedule.kind === 'recurring' ? Math.max(line.schedule.from ?? 0, benefit.goLiveMonth) : 0;
        for (const m of placedMonths(breakdown)) {
            const k = m - rampStart;
            const rampFactor = line.schedule.kind === 'recurring' && ramp > 1 && k + 1 < ramp ? `*${k + 1}/${ramp}` : '';
            formulas.set(m, amount + rampFactor);
        }
        const shareText = `${benefit.coverageSharePercent.toString()}%`;
        return {
            header: columnTitle(benefit.id, index, lines.length, strings),
            note: `${scheduleNote(breakdown, strings, label)} ${strings.notes.benefit(benefit.goLiveLabel, benefit.rampMonths, shareText)}`,
            formulas
        };
    });
}

/** `*(share A + share B)/2/100`: the option's mean `covers` share over the benefit's requirements; none without `from`. */
function coverageShare(benefit: BenefitBreakdown, option: OptionEvaluation, inputs: InputRefs): string {
    if (benefit.from.length === 0) {
        return '';
    }
    const terms = benefit.from.map(requirement => coverRef(inputs, option.vendor, option.edition, requirement) ?? '0');
    return terms.length === 1 ? `*${terms[0]}/100` : `*(${terms.join('+')})/${terms.length}/100`;
}

/** The months a line has an amount in: one for `once`, a run of months for a recurring line. */
function placedMonths(line: LineBreakdown): number[] {
    if (line.firstMonth === undefined || line.lastMonth === undefined) {
        return [];
    }
    return Array.from({ length: line.lastMonth - line.firstMonth + 1 }, (_, i) => line.firstMonth! + i);
}

function scheduleNote(line: LineBreakdown, strings: ExportStrings, label: (m: number) => string): string {
    if (line.firstMonth === undefined || line.lastMonth === undefined) {
        return strings.notes.noMonth;
    }
    return line.schedule === 'once'
        ? strings.notes.once(label(line.firstMonth))
        : strings.notes.recurring(label(line.firstMonth), label(line.lastMonth), line.schedule === 'per year' ? 'year' : 'month');
}

function columnTitle(id: string, index: number, count: number, strings: ExportStrings): string {
    return count > 1 ? `${id} (${strings.inputs.line(index + 1)})` : id;
}
