import type { LangiumDocument, LocalSymbols } from 'langium';
import { DefaultScopeComputation, MultiMap } from 'langium';

/**
 * Every referenceable declaration is top level and exported to the index;
 * editions resolve through their vendor. So no document needs local symbol
 * tables, and skipping them saves a walk over every node of every file.
 */
export class CrmPlanScopeComputation extends DefaultScopeComputation {

    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap();
    }
}
