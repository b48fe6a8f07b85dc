/**
 * The Summary sheet: per option (one column each) TCO, total benefit, ROI,
 * NPV, PV-ROI, payback and IRR as formulas over its Timeline sheet, the
 * vendor matrix as formulas over the Inputs and the requirement values, and
 * below them each requirement's value as a formula over goal weights and
 * impacts.
 */
import type { Worksheet } from 'exceljs';
import type { Evaluation, OptionEvaluation } from '../evaluation/evaluation-types.js';
import type { Plan } from '../model/plan.js';
import { columnLetter, MONTHS_FORMAT, moneyFormat, NUMBER_FORMAT, PERCENT_FORMAT } from './cells.js';
import { coverRef, type InputRefs } from './inputs-sheet.js';
import type { ExportStrings } from './strings.js';
import type { TimelineRefs } from './timeline-sheet.js';

/** The figure rows, top to bottom; a test reads them back by these labels. */
export const SUMMARY_ROWS = ['option', 'tco', 'totalBenefit', 'netBenefit', 'roi', 'npv', 'pvCosts', 'pvRoi', 'lastShortMonth', 'payback', 'irr', 'matrixScore'] as const;
type SummaryRow = typeof SUMMARY_ROWS[number];

export function writeSummarySheet(sheet: Worksheet, plan: Plan, evaluation: Evaluation, timelines: readonly TimelineRefs[], inputs: InputRefs, strings: ExportStrings): void {
    const s = strings.summary;
    const money = moneyFormat(evaluation.plan.currency);
    const options = evaluation.options;
    const rowOf = (name: SummaryRow): number => SUMMARY_ROWS.indexOf(name) + 1;
    const firstCriterionRow = SUMMARY_ROWS.length + 1;
    const requirementsTitleRow = firstCriterionRow + evaluation.criteria.length + 1;
    const firstRequirementRow = requirementsTitleRow + 1;
    const requirementRow = new Map(evaluation.requirements.map((r, i) => [r.id, firstRequirementRow + i]));
    const valueColumn = 'C';
    const lastRequirementRow = firstRequirementRow + evaluation.requirements.length - 1;
    const allValues = `$${valueColumn}$${firstRequirementRow}:$${valueColumn}$${lastRequirementRow}`;

    const labels: Record<SummaryRow, string> = {
        option: s.option, tco: s.tco, totalBenefit: s.totalBenefit, netBenefit: s.netBenefit, roi: s.roi, npv: s.npv,
        pvCosts: s.pvCosts, pvRoi: s.pvRoi, lastShortMonth: s.lastShortMonth, payback: s.payback, irr: s.irr, matrixScore: s.matrixScore
    };
    SUMMARY_ROWS.forEach(name => { sheet.getCell(rowOf(name), 1).value = labels[name]; });
    evaluation.criteria.forEach((c, i) => { sheet.getCell(firstCriterionRow + i, 1).value = s.criterion(c.title); });
    sheet.getRow(rowOf('option')).font = { bold: true };

    const tcoRow = rowOf('tco');
    const allTcos = `$B$${tcoRow}:$${columnLetter(1 + options.length)}$${tcoRow}`;
    options.forEach((option, i) => {
        const column = 2 + i;
        const at = (name: SummaryRow): string => `${columnLetter(column)}${rowOf(name)}`;
        const set = (row: number, formula: string, format: string, note?: string): void => {
            const cell = sheet.getCell(row, column);
            cell.value = { formula };
            cell.numFmt = format;
            if (note) {
                cell.note = note;
            }
        };
        const timeline = timelines[i];
        sheet.getCell(rowOf('option'), column).value = option.id;
        set(rowOf('tco'), `SUM(${timeline.cost})`, money);
        set(rowOf('totalBenefit'), `SUM(${timeline.benefit})`, money);
        set(rowOf('netBenefit'), `${at('totalBenefit')}-${at('tco')}`, money);
        set(rowOf('roi'), `IF(${at('tco')}=0,"${s.notApplicable}",(${at('totalBenefit')}-${at('tco')})/${at('tco')})`, PERCENT_FORMAT);
        set(rowOf('npv'), `SUM(${timeline.presentValue})`, money);
        set(rowOf('pvCosts'), `SUM(${timeline.presentCost})`, money);
        set(rowOf('pvRoi'), `IF(${at('pvCosts')}=0,"${s.notApplicable}",${at('npv')}/${at('pvCosts')})`, PERCENT_FORMAT);
        set(rowOf('lastShortMonth'), `MAX(${timeline.stillShort})`, '0', strings.notes.stillShort);
        // Paid back in the month after the last one still short, by the fraction of that month's net it needed.
        const last = at('lastShortMonth');
        set(rowOf('payback'),
            `IF(${last}<0,0,IF(${last}=ROWS(${timeline.cumulative})-1,"${s.never}",${last}+1-INDEX(${timeline.cumulative},${last}+1)/INDEX(${timeline.net},${last}+2)))`,
            MONTHS_FORMAT, strings.notes.paybackNever);
        writeIrr(sheet, rowOf('irr'), column, option, timeline, strings);
        writeMatrix(sheet, column, option, plan, evaluation, inputs, strings, { firstCriterionRow, matrixRow: rowOf('matrixScore'), allTcos, tcoCell: at('tco'), requirementRow, valueColumn, allValues });
    });

    sheet.getCell(requirementsTitleRow, 1).value = s.requirements;
    const header = sheet.getRow(requirementsTitleRow);
    header.values = [s.requirement, '', s.requirementValue, s.effort, s.valuePerPersonWeek];
    header.font = { bold: true };
    for (const requirement of plan.requirements) {
        const row = requirementRow.get(requirement.id)!;
        sheet.getCell(row, 1).value = requirement.id;
        sheet.getCell(row, 2).value = requirement.title;
        const terms = requirement.impacts.map(impact => `${inputs.goalWeights.get(impact.goal)}/100*${inputs.impacts.get(`${requirement.id}#${impact.goal}`)}`);
        const value = sheet.getCell(row, 3);
        value.value = { formula: terms.length > 0 ? terms.join('+') : '0' };
        value.numFmt = NUMBER_FORMAT;
        const effortRef = inputs.efforts.get(requirement.id);
        if (effortRef) {
            sheet.getCell(row, 4).value = { formula: effortRef };
            const perWeek = sheet.getCell(row, 5);
            perWeek.value = { formula: `IF(D${row}=0,"${s.notApplicable}",C${row}/D${row})` };
            perWeek.numFmt = NUMBER_FORMAT;
        }
    }

    sheet.columns.forEach((column, i) => { column.width = i === 0 ? 30 : 20; });
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
}

/** The annual IRR through the spreadsheet's own IRR on the monthly net flows: (1 + monthly)^12 − 1. */
function writeIrr(sheet: Worksheet, row: number, column: number, option: OptionEvaluation, timeline: TimelineRefs, strings: ExportStrings): void {
    const cell = sheet.getCell(row, column);
    if (option.irr.annualPercent === null) {
        // Several rates or none make the NPV zero: a spreadsheet's IRR would show one of them, or an error.
        cell.value = strings.summary.notApplicable;
        cell.note = strings.notes.irrNone(option.irr.monthlyRoots.length);
        return;
    }
    // The evaluation's root as the starting guess, so the spreadsheet's iteration converges on it.
    const guess = Number(option.irr.monthlyRoots[0].toPrecision(6));
    cell.value = { formula: `(1+IRR(${timeline.net},${guess}))^12-1` };
    cell.numFmt = PERCENT_FORMAT;
}

interface MatrixLayout {
    readonly firstCriterionRow: number;
    readonly matrixRow: number;
    readonly allTcos: string;
    readonly tcoCell: string;
    readonly requirementRow: ReadonlyMap<string, number>;
    readonly valueColumn: string;
    readonly allValues: string;
}

/** Criterion scores (computed for coverage and TCO, from the Inputs otherwise) and the weighted matrix score. */
function writeMatrix(sheet: Worksheet, column: number, option: OptionEvaluation, plan: Plan, evaluation: Evaluation, inputs: InputRefs, strings: ExportStrings, layout: MatrixLayout): void {
    const letter = columnLetter(column);
    const vendor = plan.vendors.find(v => v.id === option.vendor)!;
    evaluation.criteria.forEach((criterion, i) => {
        const cell = sheet.getCell(layout.firstCriterionRow + i, column);
        cell.numFmt = NUMBER_FORMAT;
        if (criterion.measure === 'coverage') {
            // 10 × Σ(value × covers share) / Σ value over every requirement; one the option does not cover counts 0.
            // The option's shares: the vendor's, with its edition's own covers in their place.
            const seen = new Set<string>();
            const edition = vendor.editions.find(e => e.id === option.edition);
            const terms = [...vendor.covers, ...(edition?.covers ?? [])].flatMap(c => {
                const row = layout.requirementRow.get(c.requirement);
                if (row === undefined || seen.has(c.requirement)) {
                    return [];
                }
                seen.add(c.requirement);
                return [`$${layout.valueColumn}$${row}*${coverRef(inputs, vendor.id, option.edition, c.requirement)}`];
            });
            cell.value = terms.length === 0 || layout.requirementRow.size === 0
                ? 0
                : { formula: `IF(SUM(${layout.allValues})=0,0,10*(${terms.join('+')})/100/SUM(${layout.allValues}))` };
        } else if (criterion.measure === 'tco') {
            cell.value = { formula: `IF(${layout.tcoCell}=0,10,10*MIN(${layout.allTcos})/${layout.tcoCell})` };
        } else {
            const score = inputs.scores.get(`${vendor.id}#${criterion.id}`);
            cell.value = score ? { formula: score } : 0;
            if (!score) {
                cell.note = strings.inputs.scoreMissing;
            }
        }
    });
    const weighted = evaluation.criteria.map((c, i) => `${inputs.criterionWeights.get(c.id)}/100*${letter}${layout.firstCriterionRow + i}`);
    const matrix = sheet.getCell(layout.matrixRow, column);
    matrix.value = { formula: weighted.length > 0 ? weighted.join('+') : '0' };
    matrix.numFmt = NUMBER_FORMAT;
}
