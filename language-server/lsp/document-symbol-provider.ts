import type { AstNode, LangiumDocument, MaybePromise, NameProvider } from 'langium';
import type { DocumentSymbolProvider, LangiumServices } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import type { Document } from '../generated/ast.js';

type Named = AstNode & { name?: string; title?: string };

/** The outline's groups, in the order a business case is read. */
const GROUPS: ReadonlyArray<{ key: keyof Document; label: string; kind: SymbolKind }> = [
    { key: 'goals', label: 'Goals', kind: SymbolKind.Enum },
    { key: 'departments', label: 'Departments', kind: SymbolKind.Namespace },
    { key: 'requirements', label: 'Requirements', kind: SymbolKind.Interface },
    { key: 'criteria', label: 'Criteria', kind: SymbolKind.Property },
    { key: 'vendors', label: 'Vendors', kind: SymbolKind.Class },
    { key: 'costs', label: 'Costs', kind: SymbolKind.Field },
    { key: 'benefits', label: 'Benefits', kind: SymbolKind.Field },
    { key: 'phases', label: 'Phases', kind: SymbolKind.Event },
    { key: 'kpis', label: 'KPIs', kind: SymbolKind.Constant }
];

/**
 * The outline: the plan header, then one group per kind of declaration
 * (Goals, Requirements, Vendors with their editions, ...), each entry with
 * its title as detail, so a long plan reads like a table of contents.
 */
export class CrmPlanDocumentSymbolProvider implements DocumentSymbolProvider {

    protected readonly nameProvider: NameProvider;

    constructor(services: LangiumServices) {
        this.nameProvider = services.references.NameProvider;
    }

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        const root = document.parseResult.value as Document;
        const symbols: DocumentSymbol[] = [];
        for (const plan of root.plans ?? []) {
            if (plan.$cstNode) {
                symbols.push({
                    name: plan.title || 'plan', detail: 'plan', kind: SymbolKind.Package,
                    range: plan.$cstNode.range, selectionRange: plan.$cstNode.range
                });
            }
        }
        for (const group of GROUPS) {
            const members = ((root[group.key] ?? []) as Named[]).map(node => this.symbol(node, group.kind)).filter(s => s !== undefined);
            if (members.length === 0) {
                continue;
            }
            symbols.push({
                name: group.label,
                kind: SymbolKind.Module,
                range: { start: members[0].range.start, end: members[members.length - 1].range.end },
                selectionRange: members[0].selectionRange,
                children: members
            });
        }
        return symbols;
    }

    protected symbol(node: Named, kind: SymbolKind): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst || !node.name) {
            return undefined;
        }
        const nameNode = this.nameProvider.getNameNode(node) ?? cst;
        const children = node.$type === 'Vendor'
            ? (node as AstNode & { members: Named[] }).members.filter(member => member.$type === 'Edition' || member.$type === 'Cost')
                .map(member => this.symbol(member, member.$type === 'Edition' ? SymbolKind.Variable : SymbolKind.Field))
                .filter(s => s !== undefined)
            : undefined;
        return {
            name: node.name,
            detail: node.title,
            kind,
            range: cst.range,
            selectionRange: nameNode.range,
            children
        };
    }
}
