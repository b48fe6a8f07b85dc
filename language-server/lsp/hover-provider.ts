import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { CrmPlanServices } from '../crmplan-module.js';
import * as ast from '../generated/ast.js';
import type { LocaleSetting } from '../i18n/locale.js';
import type { PlanEvaluations } from '../workspace/plan-evaluations.js';
import { actualsPeriod } from './actuals-period.js';
import { figureText, money, type FigureText } from './figure-text.js';
import { guardrailExplanation, guardrailResultOf } from './guardrail-views.js';
import { sourcedLineAt, sourcedLineHover } from './source-hover.js';
import {
    benefitHover, costHover, criterionHover, editionHover, goalHover, hoverHeader, requirementHover, vendorHover,
    type HoverContext
} from './hover-text.js';

/** Declarations whose hover shows figures; the others keep the comment hover. */
type FigureDeclaration = ast.Requirement | ast.Vendor | ast.Edition | ast.Cost | ast.Benefit | ast.Goal | ast.Criterion;

function isFigureDeclaration(node: AstNode): node is FigureDeclaration {
    return ast.isRequirement(node) || ast.isVendor(node) || ast.isEdition(node) || ast.isCost(node)
        || ast.isBenefit(node) || ast.isGoal(node) || ast.isCriterion(node);
}

/**
 * Hover on a line with a `source`: what the line is and its source.
 * Hover on a `require` or `expect` line: the rule's figure, its status and
 * where the figure comes from (the plan, the simulation, the actuals).
 * Hover on a requirement, vendor, edition, cost, benefit, goal or criterion,
 * on its name or on any reference to it: its figures in the plan being
 * edited (the hovered document), read from `PlanEvaluations.figures` and
 * never evaluated here. Out-of-date figures are shown under a `⟳` note;
 * without figures a short note says why. Other declarations keep Langium's
 * documentation-comment hover.
 */
export class CrmPlanHoverProvider extends MultilineCommentHoverProvider {

    protected readonly evaluations: PlanEvaluations;
    protected readonly locale: LocaleSetting;

    constructor(services: CrmPlanServices) {
        super(services);
        this.evaluations = services.workspace.PlanEvaluations;
        this.locale = services.i18n.Locale;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
        const rule = AstUtils.getContainerOfType(leaf, ast.isGuardrail);
        if (rule) {
            return this.guardrailHover(document, rule);
        }
        const record = AstUtils.getContainerOfType(leaf, (node): node is ast.ActualLicence | ast.ActualCost | ast.ActualBenefit =>
            ast.isActualLicence(node) || ast.isActualCost(node) || ast.isActualBenefit(node));
        // On the keyword or amount of an actuals line; its name keeps the declaration's hover.
        const name = record && (ast.isActualCost(record) ? record.cost?.$refNode : ast.isActualBenefit(record) ? record.benefit?.$refNode : undefined);
        if (record && !(name && offset >= name.offset && offset <= name.end)) {
            return this.actualsHover(document, record);
        }
        // A line that says where its figure comes from; a name it refers to keeps that declaration's hover.
        const sourced = sourcedLineAt(leaf, offset);
        if (sourced) {
            return { contents: { kind: 'markdown', value: sourcedLineHover(sourced, this.locale.current) } };
        }
        const cstNode = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!cstNode || cstNode.offset + cstNode.length <= offset) {
            return undefined;
        }
        const targets = this.references.findDeclarations(cstNode);
        const figureTargets = targets.filter(isFigureDeclaration);
        if (figureTargets.length === 0) {
            // Not a figure declaration: Langium's documentation hover (and keyword hover).
            return super.getHoverContent(document, params);
        }
        const value = figureTargets.map(target => this.figureHover(document, target)).join('\n\n---\n\n');
        return { contents: { kind: 'markdown', value } };
    }

    /** An actuals line: what the plan expected of that line for the block's months, against what it records. */
    protected actualsHover(document: LangiumDocument, record: ast.ActualLicence | ast.ActualCost | ast.ActualBenefit): Hover | undefined {
        const figures = this.evaluations.figures(document);
        const block = record.$container;
        const period = figures.status === 'none' ? undefined : actualsPeriod(figures.evaluation, block);
        const line = period?.lines.find(l => ast.isActualLicence(record) ? l.kind === 'licence'
            : ast.isActualCost(record) ? l.kind === 'cost' && l.id === record.cost?.$refText
                : l.kind === 'benefit' && l.id === record.benefit?.$refText);
        if (figures.status === 'none' || !line) {
            return undefined;
        }
        const text = figureText(this.locale.current);
        const currency = figures.evaluation.plan.currency;
        const body = text.actualsLineHover(line.title, block.to ? `${block.from}–${block.to}` : block.from!,
            money(line.planned, currency, text.locale), money(line.recorded, currency, text.locale), money(line.recorded.minus(line.planned), currency, text.locale));
        return { contents: { kind: 'markdown', value: figures.status === 'stale' ? `*${text.outOfDate}*\n\n${body}` : body } };
    }

    /** A rule's figure, status, and where the figure comes from; nothing without figures (a catalogue's rules). */
    protected guardrailHover(document: LangiumDocument, rule: ast.Guardrail): Hover | undefined {
        const figures = this.evaluations.figures(document);
        const result = figures.status === 'none' ? undefined : guardrailResultOf(document, rule, figures);
        if (figures.status === 'none' || !result) {
            return undefined;
        }
        const text = figureText(this.locale.current);
        const body = guardrailExplanation(result, figures, this.locale.current);
        return { contents: { kind: 'markdown', value: figures.status === 'stale' ? `*${text.outOfDate}*\n\n${body}` : body } };
    }

    /** The Markdown for `node` as the plan of `document` sees it. */
    protected figureHover(document: LangiumDocument, node: FigureDeclaration): string {
        const text = figureText(this.locale.current);
        const figures = this.evaluations.figures(document);
        const documentation = this.documentation(node);
        if (figures.status === 'none') {
            return [this.plainHeader(node, text), documentation, text.noFigures(figures.reason)].filter(Boolean).join('\n\n');
        }
        const ctx: HoverContext = { plan: figures.plan, evaluation: figures.evaluation, uncertainty: figures.uncertainty, text, locale: text.locale };
        const content = this.content(node, ctx);
        const body = content
            ? (documentation ? content.replace('\n\n', `\n\n${documentation}\n\n`) : content)
            : [this.plainHeader(node, text), documentation, text.notInFigures(this.nameOf(node))].filter(Boolean).join('\n\n');
        return figures.status === 'stale' ? `*${text.outOfDate}*\n\n${body}` : body;
    }

    protected content(node: FigureDeclaration, ctx: HoverContext): string | undefined {
        switch (node.$type) {
            case 'Requirement': return requirementHover(node.name, ctx);
            case 'Vendor': return vendorHover(node.name, ctx);
            case 'Edition': return editionHover(node.$container.name, node.name, ctx);
            case 'Cost': return costHover(node.name, ctx);
            case 'Benefit': return benefitHover(node.name, ctx);
            case 'Goal': return goalHover(node.name, ctx);
            case 'Criterion': return criterionHover(node.name, ctx);
        }
    }

    protected nameOf(node: FigureDeclaration): string {
        // A half-typed declaration may have no name yet: never show `undefined`.
        const name = node.name ?? '';
        return ast.isEdition(node) && node.$container.name ? `${node.$container.name}.${name}` : name;
    }

    /** A header from the syntax alone, for when there are no figures to show. */
    protected plainHeader(node: FigureDeclaration, text: FigureText): string {
        return hoverHeader(node.$type, this.nameOf(node), node.title, text.locale);
    }

    /** The declaration's documentation comment (`/** ... *\/`), if any. */
    protected documentation(node: AstNode): string | undefined {
        const content: MaybePromise<string | undefined> = this.getAstNodeHoverContent(node);
        return typeof content === 'string' && content.trim() !== '' ? content : undefined;
    }
}
