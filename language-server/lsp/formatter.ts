import type { AstNode, CstNode, LangiumDocument, Lexer } from 'langium';
import { AstUtils, CstUtils, GrammarUtils, isRootCstNode } from 'langium';
import type { Formatter, LangiumServices } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, Range, TextEdit
} from 'vscode-languageserver-protocol';
import type { Document } from '../generated/ast.js';
import { applyGaps, type Gap, layout, type LayoutDeclaration, type LayoutToken } from './formatting/layout.js';

/**
 * Formats `.crmplan` files into the canonical layout (see
 * `formatting/layout.ts` for the rules).
 *
 * Token-based rather than Langium's `AbstractFormatter`: the tokens,
 * comments included, come from the lexer and only the whitespace between
 * them is rewritten, so formatting cannot lose or move a comment, and a
 * check after the fact makes sure the token sequence is unchanged. A
 * document with lexing or parsing errors is left alone.
 *
 * The editor's tab size and spaces-or-tabs options are not followed: the
 * canonical layout is four spaces, so that every editor writes the same
 * file and diffs show only real changes. Formatting on type is not offered.
 */
export class CrmPlanFormatter implements Formatter {

    protected readonly lexer: Lexer;

    constructor(services: LangiumServices) {
        this.lexer = services.parser.Lexer;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const text = document.textDocument;
        const start = text.offsetAt(params.range.start);
        const end = text.offsetAt(params.range.end);
        return this.edits(document, gap => gap.end >= start && gap.start <= end);
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    /** The formatted text of a document, or undefined when it cannot be formatted safely. */
    formattedText(document: LangiumDocument): string | undefined {
        const text = document.textDocument.getText();
        const gaps = this.gaps(document, text);
        return gaps && applyGaps(text, gaps);
    }

    protected edits(document: LangiumDocument, include: (gap: Gap) => boolean = () => true): TextEdit[] {
        const text = document.textDocument.getText();
        const gaps = this.gaps(document, text);
        if (!gaps) {
            return [];
        }
        const edits: TextEdit[] = [];
        for (const gap of gaps) {
            if (text.slice(gap.start, gap.end) !== gap.text && include(gap)) {
                const range: Range = { start: document.textDocument.positionAt(gap.start), end: document.textDocument.positionAt(gap.end) };
                edits.push({ range, newText: gap.text });
            }
        }
        return edits;
    }

    /** The canonical whitespace of every gap, or undefined when the document must not be touched. */
    protected gaps(document: LangiumDocument, text: string): Gap[] | undefined {
        const parsed = document.parseResult;
        if (parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0) {
            return undefined;
        }
        const root = parsed.value as Document;
        const cst = root.$cstNode;
        if (!cst || !isRootCstNode(cst) || cst.fullText !== text) {
            // The parse result is not that of the current text.
            return undefined;
        }
        const tokens = this.tokens(text);
        if (!tokens) {
            return undefined;
        }
        const gaps = layout(text, tokens, { declarations: this.declarations(root), statementStarts: this.statementStarts(root) });
        if (!gaps) {
            return undefined;
        }
        // Belt and braces: the formatted text must lex to the same tokens.
        const after = this.tokens(applyGaps(text, gaps));
        if (!after || after.length !== tokens.length || after.some((token, i) => token.image !== tokens[i].image)) {
            return undefined;
        }
        return gaps;
    }

    /** Every token of a text, comments included, in order; undefined on a lexing error. */
    protected tokens(text: string): LayoutToken[] | undefined {
        const result = this.lexer.tokenize(text);
        if (result.errors.length > 0) {
            return undefined;
        }
        const tokens: LayoutToken[] = [];
        for (const token of result.tokens) {
            tokens.push({ offset: token.startOffset, end: token.startOffset + token.image.length, image: token.image, kind: 'token' });
        }
        for (const token of result.hidden) {
            const name = token.tokenType.name;
            const kind = name === 'SL_COMMENT' ? 'line-comment' : name === 'ML_COMMENT' ? 'block-comment' : undefined;
            if (kind) {
                // A `//` comment runs to the end of its line: whitespace at its end is the line's, not the comment's.
                const image = kind === 'line-comment' ? token.image.trimEnd() : token.image;
                tokens.push({ offset: token.startOffset, end: token.startOffset + image.length, image, kind });
            }
        }
        return tokens.sort((a, b) => a.offset - b.offset);
    }

    protected declarations(root: Document): LayoutDeclaration[] {
        const declarations: LayoutDeclaration[] = [];
        for (const node of AstUtils.streamContents(root)) {
            const bounds = codeBounds(node.$cstNode);
            if (bounds) {
                declarations.push({ start: bounds.first.offset, last: bounds.last.offset, kind: node.$type });
            }
        }
        return declarations;
    }

    /**
     * The first tokens of the statements inside blocks: the elements of a
     * list property written between the braces of their container (plan
     * settings, requirement statements, vendor members, licences, scenario
     * overrides, a department's `users` lines, the records of an actuals block, ...).
     */
    protected statementStarts(root: Document): Set<number> {
        const starts = new Set<number>();
        const braces = new Map<AstNode, number | undefined>();
        const openBrace = (container: AstNode) => {
            if (!braces.has(container)) {
                braces.set(container, GrammarUtils.findNodeForKeyword(container.$cstNode, '{')?.offset);
            }
            return braces.get(container);
        };
        for (const node of AstUtils.streamAllContents(root)) {
            const container = node.$container;
            if (container && container !== root && node.$containerIndex !== undefined) {
                const brace = openBrace(container);
                const first = brace === undefined ? undefined : firstCodeLeaf(node.$cstNode);
                if (brace !== undefined && first && first.offset > brace) {
                    starts.add(first.offset);
                }
            }
        }
        return starts;
    }
}

/** The first and last non-comment leaves of a CST node. */
function codeBounds(cst: CstNode | undefined): { first: CstNode; last: CstNode } | undefined {
    if (!cst) {
        return undefined;
    }
    let first: CstNode | undefined;
    let last: CstNode | undefined;
    for (const leaf of CstUtils.flattenCst(cst)) {
        if (!leaf.hidden) {
            first ??= leaf;
            last = leaf;
        }
    }
    return first && last ? { first, last } : undefined;
}

/** The first non-comment leaf of a CST node. */
function firstCodeLeaf(cst: CstNode | undefined): CstNode | undefined {
    return cst ? CstUtils.flattenCst(cst).find(leaf => !leaf.hidden) : undefined;
}
