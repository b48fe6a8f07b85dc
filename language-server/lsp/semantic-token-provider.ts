import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/**
 * Semantic highlighting on top of the TextMate grammar: declared names by
 * kind, references to them, and currency codes (plain names the grammar
 * cannot tell from others).
 */
export class CrmPlanSemanticTokenProvider extends AbstractSemanticTokenProvider {

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        if (ast.isGoal(node) || ast.isCriterion(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.enumMember, modifier: 'declaration' });
        } else if (ast.isRequirement(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.interface, modifier: 'declaration' });
        } else if (ast.isVendor(node) || ast.isEdition(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: 'declaration' });
        } else if (ast.isDepartment(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: 'declaration' });
        } else if (ast.isCost(node) || ast.isBenefit(node) || ast.isKpi(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.variable, modifier: 'declaration' });
        } else if (ast.isPhase(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.event, modifier: 'declaration' });
        } else if (ast.isImpact(node)) {
            acceptor({ node, property: 'goal', type: SemanticTokenTypes.enumMember });
        } else if (ast.isScore(node)) {
            acceptor({ node, property: 'criterion', type: SemanticTokenTypes.enumMember });
        } else if (ast.isCoverage(node)) {
            acceptor({ node, property: 'requirement', type: SemanticTokenTypes.interface });
        } else if (ast.isNeeds(node) || ast.isFrom(node) || ast.isDelivers(node)) {
            acceptor({ node, property: 'requirements', type: SemanticTokenTypes.interface });
        } else if (ast.isAskedBy(node) || ast.isPerUser(node)) {
            acceptor({ node, property: 'departments', type: SemanticTokenTypes.namespace });
        } else if (ast.isAfter(node)) {
            acceptor({ node, property: 'phases', type: SemanticTokenTypes.event });
        } else if (ast.isTracks(node)) {
            acceptor({ node, property: 'benefits', type: SemanticTokenTypes.variable });
        } else if (ast.isActualCost(node)) {
            acceptor({ node, property: 'cost', type: SemanticTokenTypes.variable });
        } else if (ast.isActualBenefit(node)) {
            acceptor({ node, property: 'benefit', type: SemanticTokenTypes.variable });
        } else if (ast.isActualKpi(node)) {
            acceptor({ node, property: 'kpi', type: SemanticTokenTypes.variable });
        } else if (ast.isActiveUsers(node)) {
            acceptor({ node, property: 'department', type: SemanticTokenTypes.namespace });
        } else if (ast.isChooseSetting(node)) {
            acceptor({ node, property: 'vendor', type: SemanticTokenTypes.class });
            if (node.edition) {
                acceptor({ node, property: 'edition', type: SemanticTokenTypes.class });
            }
        } else if (ast.isScaleOverride(node)) {
            // `MoreDeals 70%` names a cost or benefit, `Zoho.Enterprise.licence 110%` a vendor and its edition.
            acceptor({ node, property: 'item', type: ast.isVendor(node.item?.ref) ? SemanticTokenTypes.class : SemanticTokenTypes.variable });
            if (node.edition) {
                acceptor({ node, property: 'edition', type: SemanticTokenTypes.class });
            }
        } else if (ast.isCoverageOverride(node)) {
            // `covers Zoho.Enterprise Pipeline 70%`: a vendor, maybe its edition, and a requirement.
            acceptor({ node, property: 'vendor', type: SemanticTokenTypes.class });
            if (node.edition) {
                acceptor({ node, property: 'edition', type: SemanticTokenTypes.class });
            }
            acceptor({ node, property: 'requirement', type: SemanticTokenTypes.interface });
        } else if (ast.isScoreOverride(node)) {
            acceptor({ node, property: 'vendor', type: SemanticTokenTypes.class });
            acceptor({ node, property: 'criterion', type: SemanticTokenTypes.enumMember });
        } else if (ast.isEffortOverride(node)) {
            acceptor({ node, property: 'requirement', type: SemanticTokenTypes.interface });
        } else if (ast.isMoney(node) && node.currency) {
            acceptor({ node, property: 'currency', type: SemanticTokenTypes.type });
        } else if (ast.isRate(node)) {
            acceptor({ node, property: 'from', type: SemanticTokenTypes.type });
            acceptor({ node, property: 'to', type: SemanticTokenTypes.type });
        } else if (ast.isCurrencySetting(node)) {
            acceptor({ node, property: 'currency', type: SemanticTokenTypes.type });
        }
    }
}
