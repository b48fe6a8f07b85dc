import type { AstNode, CstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { Decimal } from 'decimal.js';
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, CodeActionParams, Command, Diagnostic, TextEdit } from 'vscode-languageserver';
import type { CrmPlanServices } from '../crmplan-module.js';
import {
    type Criterion, type Document, type Goal, type Import, type Money,
    isAmountLine, isGuardrail, isGuardrailLimit, isImport, isMoney
} from '../generated/ast.js';
import { glossary } from '../i18n/glossary.js';
import { limitInUnit } from '../validation/guardrail-checks.js';
import { kindName } from '../i18n/kinds.js';
import type { LocaleSetting } from '../i18n/locale.js';
import { decimal } from '../validation/decimals.js';
import { SYNTAX_FIX_CODES, suggestedNameFix, syntaxFixes } from './syntax-fixes.js';
import { Diagnostics } from '../validation/diagnostic-codes.js';
import { isNamed, type Named } from '../validation/describe.js';
import { type LinkingData, referenceTypeOf } from '../validation/linking-data.js';
import { CURRENCY_CODE, type PlanContext, type PlanContexts } from '../validation/plan-context.js';

/** Reference types a missing declaration can be created for, with the stub each gets. */
const STUBS: Record<string, (name: string, eol: string) => string> = {
    // A weight of 0% leaves the weights' sum as it was: the new goal counts once you weigh it.
    Goal: name => `goal ${name} weight 0%`,
    Requirement: (name, eol) => `requirement ${name} {${eol}}`
};

/**
 * Quick fixes for crmplan's diagnostics, keyed on the diagnostic code:
 * - CRM001, an unknown name: the declared name closest to it, and for a goal
 *   or requirement a stub declaration appended;
 * - CRM002, a duplicate declaration: remove this one;
 * - CRM003, a currency without a rate: declare the rate, with the value 0
 *   to fill in (a zero rate is itself an error, CRM023, so the plan is not
 *   evaluated on a made-up rate until someone enters the real one);
 * - CRM039, CRM040, CRM041, a full-width mark, a month as `2027-3`, a
 *   misspelt keyword: write what the text was read as (syntax-fixes.ts);
 * - CRM101 / CRM102, goal or criterion weights that do not sum to 100%:
 *   rescale them proportionally, rounded to two places, the rounding
 *   remainder going to the largest weight;
 * - CRM036, a guardrail limit without its metric's unit: write the unit
 *   (`100` → `100%`, `18` → `18 months`, drop a unit from a score);
 * - CRM037, a basis the metric does not take: remove the basis.
 */
export class CrmPlanCodeActionProvider implements CodeActionProvider {

    protected readonly services: CrmPlanServices;
    protected readonly contexts: PlanContexts;
    protected readonly locale: LocaleSetting;

    constructor(services: CrmPlanServices) {
        this.services = services;
        this.contexts = services.validation.PlanContexts;
        this.locale = services.i18n.Locale;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const parsed = document.parseResult;
        const root = parsed.value as Document;
        if (!root?.$cstNode) {
            return undefined;
        }
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            try {
                actions.push(...this.actionsFor(document as LangiumDocument<Document>, diagnostic));
            } catch (error) {
                // A quick fix must never break the request for the others.
                console.error(error);
            }
        }
        return actions;
    }

    protected actionsFor(document: LangiumDocument<Document>, diagnostic: Diagnostic): CodeAction[] {
        switch (diagnostic.code) {
            case Diagnostics.unresolved.code: return [...suggestedNameFix(document, diagnostic, this.locale.current), ...this.createMissing(document, diagnostic)];
            case Diagnostics.overrideTarget.code: return suggestedNameFix(document, diagnostic, this.locale.current);
            case Diagnostics.duplicate.code: return this.removeDuplicate(document, diagnostic);
            case Diagnostics.missingRate.code: return this.declareRate(document, diagnostic);
            case Diagnostics.goalWeights.code: return this.rescale(document, diagnostic, 'goals');
            case Diagnostics.criterionWeights.code: return this.rescale(document, diagnostic, 'criteria');
            case Diagnostics.guardrailUnit.code: return this.writeUnit(document, diagnostic);
            case Diagnostics.guardrailBasis.code: return this.removeBasis(document, diagnostic);
            default:
                return SYNTAX_FIX_CODES.has(String(diagnostic.code)) ? syntaxFixes(document, diagnostic, this.locale.current) : [];
        }
    }

    // CRM001 -------------------------------------------------------------------

    protected createMissing(document: LangiumDocument<Document>, diagnostic: Diagnostic): CodeAction[] {
        const data = this.linkingData(document, diagnostic);
        const type = referenceTypeOf(this.services.shared.AstReflection, data);
        if (!data || !type) {
            return [];
        }
        const stub = STUBS[type];
        const name = data.refText ?? document.textDocument.getText(diagnostic.range);
        if (!stub || !name || !/^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(name)) {
            return [];
        }
        const root = document.parseResult.value;
        const eol = lineBreakOf(document);
        const siblings = (type === 'Goal' ? root.goals : root.requirements) as AstNode[];
        const last = siblings[siblings.length - 1];
        const text = stub(name, eol);
        let edit: TextEdit;
        if (last?.$cstNode && type === 'Goal') {
            // Goals are one-liners written as a group: the new one joins it.
            edit = insertAfterLine(document, last.$cstNode, eol + text);
        } else if (last?.$cstNode) {
            edit = insertAfterLine(document, last.$cstNode, eol + eol + text);
        } else {
            edit = appendToEnd(document, text, eol);
        }
        const kind = kindName(type, this.locale.current);
        const title = glossary(this.locale.current).editor.createDeclaration(kind, name);
        return [this.quickFix(title, document, diagnostic, [edit], true)];
    }

    /**
     * What the linker recorded about the reference; from the reference itself
     * when the client did not send the diagnostic's data back.
     */
    protected linkingData(document: LangiumDocument, diagnostic: Diagnostic): LinkingData | undefined {
        const data = diagnostic.data as LinkingData | undefined;
        if (data?.containerType && data.property) {
            return data;
        }
        const cst = document.parseResult.value.$cstNode;
        const leaf = cst && CstUtils.findLeafNodeAtOffset(cst, document.textDocument.offsetAt(diagnostic.range.start));
        // A name is a datatype rule: climb from its token to the node of the cross-reference.
        for (let node: CstNode | undefined = leaf; node; node = node.container) {
            const assignment = AstUtils.getContainerOfType(node.grammarSource, GrammarAST.isAssignment);
            if (assignment && GrammarAST.isCrossReference(assignment.terminal)) {
                return { containerType: node.astNode.$type, property: assignment.feature, refText: node.text };
            }
        }
        return undefined;
    }

    // CRM002 -------------------------------------------------------------------

    protected removeDuplicate(document: LangiumDocument<Document>, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        const declaration = node && AstUtils.getContainerOfType(node, (n): n is Named => isNamed(n));
        if (!declaration?.$cstNode) {
            return [];
        }
        const edit = removeLines(document, declaration.$cstNode);
        const kind = kindName(declaration.$type, this.locale.current);
        const title = glossary(this.locale.current).editor.removeDuplicate(kind, declaration.name ?? '');
        return [this.quickFix(title, document, diagnostic, [edit], false)];
    }

    // CRM003 -------------------------------------------------------------------

    protected declareRate(document: LangiumDocument<Document>, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        if (!node) {
            return [];
        }
        const context = this.contexts.of(node);
        const planCurrency = context.currency;
        const currency = isMoney(node) ? node.currency
            : isGuardrailLimit(node) ? node.unit
            : isImport(node) ? this.importedCurrency(context, node, diagnostic) : undefined;
        if (!planCurrency || !currency || !CURRENCY_CODE.test(currency) || currency === planCurrency) {
            return [];
        }
        const eol = lineBreakOf(document);
        const words = glossary(this.locale.current).editor;
        const note = `// ${words.rateToFill(currency, planCurrency)}`;
        const line = `rate ${currency} 0 ${planCurrency}  ${note}`;
        const root = context.root;
        const lastRate = root.rates[root.rates.length - 1];
        const plan = root.plans[0];
        const lastImport = root.imports[root.imports.length - 1];
        let edit: TextEdit;
        if (lastRate?.$cstNode) {
            edit = insertAfterLine(document, lastRate.$cstNode, eol + line);
        } else if (plan?.$cstNode) {
            edit = insertAfterLine(document, plan.$cstNode, eol + eol + line);
        } else if (lastImport?.$cstNode) {
            edit = insertAfterLine(document, lastImport.$cstNode, eol + eol + line);
        } else {
            const start = document.textDocument.positionAt(0);
            edit = { range: { start, end: start }, newText: line + eol + eol };
        }
        const title = words.declareRate(currency, planCurrency);
        return [this.quickFix(title, document, diagnostic, [edit], true)];
    }

    /** The currency an import-level CRM003 is about: one its files use, that no rate converts, named in the message. */
    protected importedCurrency(context: PlanContext, statement: Import, diagnostic: Diagnostic): string | undefined {
        const message = typeof diagnostic.message === 'string' ? diagnostic.message : '';
        for (const imported of context.imported) {
            if (context.importOf(imported.parseResult.value) !== statement) {
                continue;
            }
            for (const node of AstUtils.streamAst(imported.parseResult.value)) {
                const currency = isMoney(node) ? currencyOf(node) : undefined;
                if (currency && CURRENCY_CODE.test(currency) && currency !== context.currency
                    && !context.convertible.has(currency) && new RegExp(`\\b${currency}\\b`).test(message)) {
                    return currency;
                }
            }
        }
        return undefined;
    }

    // CRM101 / CRM102 ----------------------------------------------------------

    protected rescale(document: LangiumDocument<Document>, diagnostic: Diagnostic, which: 'goals' | 'criteria'): CodeAction[] {
        const context = this.contexts.of(document.parseResult.value);
        const weighted: readonly (Goal | Criterion)[] = context.declarations[which];
        if (weighted.length === 0 || !weighted.every(context.isLocal)) {
            // Weights declared in an imported catalogue are that file's business.
            return [];
        }
        const weights = weighted.map(node => decimal(node.weight));
        if (weights.some(weight => weight === undefined || weight.isNegative())) {
            return [];
        }
        const scaled = rescaleTo100(weights as Decimal[]);
        const edits: TextEdit[] = [];
        weighted.forEach((node, i) => {
            const cst = GrammarUtils.findNodeForProperty(node.$cstNode, 'weight');
            const text = scaled[i].toFixed();
            if (cst && cst.text !== text) {
                edits.push({ range: cst.range, newText: text });
            }
        });
        if (edits.length === 0) {
            return [];
        }
        const words = glossary(this.locale.current).editor;
        const title = words.rescaleWeights(which === 'goals' ? words.goalWeights : words.criterionWeights);
        return [this.quickFix(title, document, diagnostic, edits, true)];
    }

    // CRM036, CRM037 -----------------------------------------------------------

    protected writeUnit(document: LangiumDocument<Document>, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        const limit = node && (isGuardrailLimit(node) ? node : AstUtils.getContainerOfType(node, isGuardrailLimit));
        const rule = limit?.$container;
        if (!limit?.$cstNode || !rule?.metric || limit.value === undefined) {
            return [];
        }
        const text = limitInUnit(rule.metric, limit.value);
        const edit: TextEdit = { range: limit.$cstNode.range, newText: text };
        const title = glossary(this.locale.current).editor.writeLimit(text);
        return [this.quickFix(title, document, diagnostic, [edit], true)];
    }

    protected removeBasis(document: LangiumDocument<Document>, diagnostic: Diagnostic): CodeAction[] {
        const node = this.nodeAt(document, diagnostic);
        const rule = node && (isGuardrail(node) ? node : AstUtils.getContainerOfType(node, isGuardrail));
        const basis = rule && GrammarUtils.findNodeForProperty(rule.$cstNode, 'basis');
        const metric = rule && GrammarUtils.findNodeForProperty(rule.$cstNode, 'metric');
        if (!rule?.basis || !basis || !metric) {
            return [];
        }
        const edit: TextEdit = { range: { start: basis.range.start, end: metric.range.start }, newText: '' };
        const title = glossary(this.locale.current).editor.removeBasis(rule.basis);
        return [this.quickFix(title, document, diagnostic, [edit], true)];
    }

    // Helpers ------------------------------------------------------------------

    protected nodeAt(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
        const cst = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        return cst ? CstUtils.findLeafNodeAtOffset(cst, offset)?.astNode : undefined;
    }

    protected quickFix(title: string, document: LangiumDocument, diagnostic: Diagnostic, edits: TextEdit[], isPreferred: boolean): CodeAction {
        return {
            title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred,
            edit: { changes: { [document.textDocument.uri]: edits } }
        };
    }
}

/**
 * Scales non-negative weights so that they sum to exactly 100, each rounded
 * to two places, the rounding remainder going to the largest (the first of
 * equals). Weights that sum to 0 are shared equally.
 */
export function rescaleTo100(weights: readonly Decimal[]): Decimal[] {
    if (weights.length === 0) {
        return [];
    }
    const total = weights.reduce((sum, weight) => sum.plus(weight), new Decimal(0));
    const shares = total.isZero() ? weights.map(() => new Decimal(1)) : weights;
    const base = total.isZero() ? new Decimal(weights.length) : total;
    const scaled = shares.map(weight => weight.times(100).dividedBy(base).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
    const remainder = new Decimal(100).minus(scaled.reduce((sum, weight) => sum.plus(weight), new Decimal(0)));
    let largest = 0;
    shares.forEach((weight, i) => {
        if (weight.greaterThan(shares[largest])) {
            largest = i;
        }
    });
    scaled[largest] = scaled[largest].plus(remainder);
    return scaled;
}

/** The currency an amount is written in; the count of staff-time hours is not money. */
function currencyOf(money: Money): string | undefined {
    if (!money.currency || (isAmountLine(money.$container) && money.$containerProperty === 'amount' && money.$container.hours)) {
        return undefined;
    }
    return money.currency;
}

function lineBreakOf(document: LangiumDocument): string {
    const first = /\r\n|\n|\r/.exec(document.textDocument.getText());
    return first ? first[0] : '\n';
}

/** Offset of the end of the line `offset` is on (before its line break). */
function endOfLine(text: string, offset: number): number {
    const match = /\r\n|\n|\r/g;
    match.lastIndex = offset;
    const found = match.exec(text);
    return found ? found.index : text.length;
}

/** Inserts `newText` at the end of the line where `cst` ends (after any comment on that line). */
function insertAfterLine(document: LangiumDocument, cst: CstNode, newText: string): TextEdit {
    const text = document.textDocument.getText();
    const at = document.textDocument.positionAt(endOfLine(text, cst.end));
    return { range: { start: at, end: at }, newText };
}

/** Appends a declaration at the end of the document, after one blank line. */
function appendToEnd(document: LangiumDocument, declaration: string, eol: string): TextEdit {
    const text = document.textDocument.getText();
    // Not `replace(/\s+$/, '')`: that regex is quadratic in a long run of whitespace inside the text.
    const trimmed = text.trimEnd();
    const start = document.textDocument.positionAt(trimmed.length);
    const end = document.textDocument.positionAt(text.length);
    const before = trimmed.length === 0 ? '' : eol + eol;
    return { range: { start, end }, newText: before + declaration + eol };
}

/**
 * Whether `text` before `end` ends with a line break, spaces or tabs, and a
 * line break: what `/(\r\n|\n|\r)[ \t]*(\r\n|\n|\r)$/` matches, scanned
 * backwards in linear time (the regex is quadratic on long runs of blanks).
 */
function endsWithBlankLine(text: string, end: number): boolean {
    const isBreak = (i: number) => i >= 0 && (text[i] === '\n' || text[i] === '\r');
    let i = end - 1;
    if (!isBreak(i)) {
        return false;
    }
    if (text[i] === '\n' && text[i - 1] === '\r') {
        // `\r` then `\n`: two line breaks with nothing between, as the regex reads them.
        return true;
    }
    i--;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) {
        i--;
    }
    return isBreak(i);
}

/**
 * Removes a declaration: its whole lines when it stands on lines of its own
 * (with a comment at the end of its last line), else just its text; and one
 * of the two blank lines that would then meet.
 */
function removeLines(document: LangiumDocument, cst: CstNode): TextEdit {
    const text = document.textDocument.getText();
    let start = cst.offset;
    let end = cst.end;
    const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
    const lineEnd = endOfLine(text, end);
    const rest = text.slice(end, lineEnd);
    if (/^\s*$/.test(text.slice(lineStart, start)) && /^\s*(\/\/.*)?$/.test(rest)) {
        start = lineStart;
        end = lineEnd;
        const lineBreak = /^(\r\n|\n|\r)/.exec(text.slice(end));
        if (lineBreak) {
            end += lineBreak[0].length;
        }
        // A blank line before and a blank line after: keep one.
        const blankBefore = start === 0 || endsWithBlankLine(text, start);
        const blankAfter = /^[ \t]*(\r\n|\n|\r)/.exec(text.slice(end));
        if (blankBefore && blankAfter) {
            end += blankAfter[0].length;
        }
    } else {
        const spaces = /^[ \t]*/.exec(text.slice(end));
        end += spaces ? spaces[0].length : 0;
    }
    return {
        range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) },
        newText: ''
    };
}
