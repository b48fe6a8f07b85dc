import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { AstUtils, DefaultScopeComputation, MultiMap } from 'langium';
import { isCost, isDocument, isVendor } from '../generated/ast.js';

/**
 * Every referenceable declaration is exported to the index: the top-level
 * ones and the costs inside vendors (a scenario may scale them); editions
 * resolve through their vendor. So no document needs local symbol tables,
 * and skipping them saves a walk over every node of every file.
 */
export class CrmPlanScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const children = (root: AstNode): Iterable<AstNode> => isDocument(root)
            ? [...AstUtils.streamContents(root), ...root.vendors.flatMap(vendor => isVendor(vendor) ? vendor.members.filter(isCost) : [])]
            : [];
        return this.collectExportedSymbolsForNode(document.parseResult.value, document, children);
    }

    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap();
    }
}
