import type { LangiumDocument } from 'langium';
import { Cancellation, DefaultIndexManager } from 'langium';

/**
 * Langium's index manager, with the reference index (who refers to what)
 * optional. That index serves the editor: find references, rename, and
 * re-linking the documents that refer to a changed one. A one-shot build
 * without an editor (`crmplan check`, `evaluate`, `report`, `diff`, `fmt`)
 * never reads it, and on a large plan it costs a tenth of the build and as
 * many long-lived objects as there are references.
 */
export class CrmPlanIndexManager extends DefaultIndexManager {

    /** Whether builds index references; the language server keeps it on, the CLI turns it off. */
    indexReferences = true;

    override async updateReferences(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.indexReferences) {
            await super.updateReferences(document, cancelToken);
        }
    }
}
