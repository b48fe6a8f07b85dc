import type { LangiumDocument, ReferenceDescription, ReferenceInfo } from 'langium';
import { Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck } from 'langium';
import { collectAst, forEachReference } from './ast-walks.js';

/**
 * Langium's reference indexer (what find-references and rename read), with
 * an array and a loop rather than streams, and no await per node when the
 * build cannot be cancelled.
 */
export class CrmPlanReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const describe = (info: ReferenceInfo) => {
            if (!info.reference.error) {
                for (const description of this.createInfoDescriptions(info)) {
                    descriptions.push(description);
                }
            }
        };
        for (const node of collectAst(document.parseResult.value)) {
            if (cancelToken !== Cancellation.CancellationToken.None) {
                await interruptAndCheck(cancelToken);
            }
            forEachReference(node, describe);
        }
        return descriptions;
    }
}
