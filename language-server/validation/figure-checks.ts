import type { AstNode, LangiumDocument } from 'langium';
import type { Evaluation } from '../evaluation/index.js';
import type { Edition } from '../generated/ast.js';
import type { Declarations } from '../model/declarations.js';
import { Diagnostics, type DiagnosticKind } from './diagnostic-codes.js';

/** A finding that needs the plan's figures, attached to a node of the checked document. */
export interface FigureFinding {
    readonly kind: DiagnosticKind;
    readonly node: AstNode;
    readonly property?: string;
    readonly args: Record<string, string | number>;
}

/**
 * Checks that read the evaluation (run only on plans without errors):
 * an option whose ROI is undefined (TCO 0), and a chosen option that is not
 * the one with the highest NPV.
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
    return findings;
}

function rootOf(node: AstNode): AstNode {
    let current: AstNode = node;
    while (current.$container) {
        current = current.$container;
    }
    return current;
}
