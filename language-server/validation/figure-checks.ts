import type { AstNode, LangiumDocument } from 'langium';
import type { Evaluation } from '../evaluation/index.js';
import type { Edition } from '../generated/ast.js';
import { isAmountLine, isDelivers, isOnce, isRecurring } from '../generated/ast.js';
import type { Declarations } from '../model/declarations.js';
import { monthIndex } from '../model/months.js';
import { actualsFindings } from './actuals-checks.js';
import { Diagnostics, type DiagnosticKind } from './diagnostic-codes.js';

/** A finding that needs the plan's figures, attached to a node of the checked document. */
export interface FigureFinding {
    readonly kind: DiagnosticKind;
    readonly node: AstNode;
    readonly property?: string;
    readonly index?: number;
    readonly args: Record<string, string | number>;
}

/**
 * Checks that read the evaluation (run only on plans without errors):
 * an option whose ROI is undefined (TCO 0), a chosen option that is not the
 * one with the highest NPV, benefit amounts dated before their benefit goes
 * live, phases that deliver what the priorities leave out, and the
 * monitoring warnings of `actualsFindings`.
 */
export function figureFindings(document: LangiumDocument, declarations: Declarations, evaluation: Evaluation): FigureFinding[] {
    const findings: FigureFinding[] = [];
    const inThisFile = (node: AstNode) => node.$cstNode && rootOf(node) === document.parseResult.value;
    for (const option of evaluation.options) {
        if (option.roiPercent !== null) {
            continue;
        }
        const vendor = declarations.vendors.find(v => v.name === option.vendor);
        const edition = vendor?.members.find((m): m is Edition => m.$type === 'Edition' && m.name === option.edition);
        const node: AstNode | undefined = edition ?? vendor;
        if (node && inThisFile(node)) {
            findings.push({ kind: Diagnostics.roiUndefined, node, property: 'name', args: { option: option.id } });
        }
    }
    const header = declarations.plans[0];
    const choose = header?.settings.find(s => s.$type === 'ChooseSetting');
    if (choose && inThisFile(choose) && evaluation.chosenIsRecommended === false && evaluation.recommendedOptionId && evaluation.chosenOptionId) {
        findings.push({
            kind: Diagnostics.chosenNotRecommended, node: choose, property: 'vendor',
            args: { chosen: evaluation.chosenOptionId, recommended: evaluation.recommendedOptionId }
        });
    }
    findings.push(...beforeGoLive(declarations, evaluation, inThisFile), ...deliveredButLeftOut(declarations, evaluation, inThisFile));
    return [...findings, ...actualsFindings(document, evaluation)];
}

/** A benefit's `once in M` before its go-live, or `per ... until M` ending before it: the line earns nothing. */
function beforeGoLive(declarations: Declarations, evaluation: Evaluation, inThisFile: (node: AstNode) => boolean | undefined): FigureFinding[] {
    const findings: FigureFinding[] = [];
    const start = monthIndex(evaluation.plan.start)!;
    const offset = (month: string | undefined) => (month === undefined ? undefined : (monthIndex(month) ?? Number.NaN) - start);
    for (const benefit of declarations.benefits.filter(inThisFile)) {
        const schedule = evaluation.benefits.find(b => b.id === benefit.name);
        // Not in this implementation: CRM106 already says it earns nothing.
        if (!schedule || schedule.notInImplementation || schedule.goLiveMonth === 0) {
            continue;
        }
        const args = { benefit: benefit.name, live: schedule.goLiveLabel };
        for (const line of (benefit.statements ?? []).filter(isAmountLine)) {
            const schedulePart = line.schedule;
            if (isOnce(schedulePart) && schedulePart.month !== undefined && offset(schedulePart.month)! < schedule.goLiveMonth) {
                findings.push({ kind: Diagnostics.benefitBeforeGoLive, node: schedulePart, property: 'month', args: { ...args, line: 'once', month: schedulePart.month } });
            } else if (isRecurring(schedulePart) && schedulePart.until !== undefined && offset(schedulePart.until)! < schedule.goLiveMonth) {
                findings.push({ kind: Diagnostics.benefitBeforeGoLive, node: schedulePart, property: 'until', args: { ...args, line: 'recurring', month: schedulePart.until } });
            }
        }
    }
    return findings;
}

/** A phase that delivers a requirement the capacity walk leaves out, or one marked `wont`. */
function deliveredButLeftOut(declarations: Declarations, evaluation: Evaluation, inThisFile: (node: AstNode) => boolean | undefined): FigureFinding[] {
    const findings: FigureFinding[] = [];
    const requirements = new Map(evaluation.requirements.map(r => [r.id, r]));
    for (const phase of declarations.phases.filter(inThisFile)) {
        for (const statement of (phase.statements ?? []).filter(isDelivers)) {
            (statement.requirements ?? []).forEach((reference, index) => {
                const requirement = reference?.ref ? requirements.get(reference.ref.name) : undefined;
                if (!requirement || requirement.withinCapacity) {
                    return;
                }
                const args = { phase: phase.name, requirement: requirement.id, rank: requirement.rank };
                const kind = requirement.exclusion === 'wont' ? Diagnostics.deliversWont : Diagnostics.deliveredOutsideCapacity;
                findings.push({ kind, node: statement, property: 'requirements', index, args });
            });
        }
    }
    return findings;
}

function rootOf(node: AstNode): AstNode {
    let current: AstNode = node;
    while (current.$container) {
        current = current.$container;
    }
    return current;
}
