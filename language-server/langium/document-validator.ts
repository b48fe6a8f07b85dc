import type { AstNode, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator, interruptAndCheck } from 'langium';
import { pushContents } from './ast-walks.js';

/**
 * Langium's document validator, walking the nodes of `streamAst(root)` in
 * the same order and pruned the same way, but with a stack; looking each
 * type's checks up once per document; awaiting a check only when it returns
 * a promise (`CrmPlanValidationRegistry` runs synchronous checks
 * synchronously), and `interruptAndCheck` only when the build can be
 * cancelled. Streams and awaits cost several objects per node. The profiled
 * walk stays Langium's.
 */
export class WalkingDocumentValidator extends DefaultDocumentValidator {

    protected override async validateAstNodes(
        rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None
    ): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const checksByType = new Map<string, ValidationCheck[]>();
        const stack = [rootNode];
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (cancelToken !== Cancellation.CancellationToken.None) {
                await interruptAndCheck(cancelToken);
            }
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = checksByType.get(node.$type);
                if (checks === undefined) {
                    checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    checksByType.set(node.$type, checks);
                }
                for (const check of checks) {
                    const result = check(node, acceptor, cancelToken);
                    if (result !== undefined) {
                        await result;
                    }
                }
            }
            if (nodeOptions.validateChildren) {
                pushContents(node, stack);
            }
        }
    }
}
