import type { LangiumDocument, ReferenceInfo } from 'langium';
import { Cancellation, DefaultLinker, interruptAndCheck } from 'langium';
import { collectAst, forEachReference } from './ast-walks.js';

/**
 * Langium's linker, walking the document with an array and a loop rather
 * than streams (several objects per node), and awaiting `interruptAndCheck`
 * per node only when the build can be cancelled. The profiled walk stays
 * Langium's.
 */
export class CrmPlanLinker extends DefaultLinker {

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        const link = (ref: ReferenceInfo) => this.doLink(ref, document);
        for (const node of collectAst(document.parseResult.value)) {
            if (cancelToken !== Cancellation.CancellationToken.None) {
                await interruptAndCheck(cancelToken);
            }
            forEachReference(node, link);
        }
    }
}
