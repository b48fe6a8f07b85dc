import type { AstNode, ReferenceInfo } from 'langium';
import { isAstNode, isMultiReference, isReference } from 'langium';

/**
 * Walks of an AST without Langium's streams, for the loops that run once per
 * node of every document (linking, indexing references, validating): a
 * stream costs several objects per node. They visit what `AstUtils.streamAst`
 * and `AstUtils.streamReferences` yield, in the same order.
 */

/**
 * Pushes the AST nodes directly contained in `node` onto `stack`, last first,
 * so that popping them visits them in the order of `streamContents`.
 */
export function pushContents(node: AstNode, stack: AstNode[]): void {
    const record = node as unknown as Record<string, unknown>;
    const keys = Object.keys(node);
    for (let k = keys.length - 1; k >= 0; k--) {
        const property = keys[k];
        if (property.charCodeAt(0) === 36 /* $ */) {
            continue;
        }
        const value = record[property];
        if (isAstNode(value)) {
            stack.push(value);
        } else if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--) {
                const element: unknown = value[i];
                if (isAstNode(element)) {
                    stack.push(element);
                }
            }
        }
    }
}

/** Every AST node of the tree under `root`, `root` first: the nodes of `streamAst(root)`, in the same order. */
export function collectAst(root: AstNode): AstNode[] {
    const nodes: AstNode[] = [];
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        nodes.push(node);
        pushContents(node, stack);
    }
    return nodes;
}

/** Calls `action` with each cross-reference held by `node`: what `streamReferences(node)` yields, in the same order. */
export function forEachReference(node: AstNode, action: (info: ReferenceInfo) => void): void {
    const record = node as unknown as Record<string, unknown>;
    for (const property of Object.keys(node)) {
        if (property.charCodeAt(0) === 36 /* $ */) {
            continue;
        }
        const value = record[property];
        if (isReference(value) || isMultiReference(value)) {
            action({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const element: unknown = value[index];
                if (isReference(element) || isMultiReference(element)) {
                    action({ reference: element, container: node, property, index });
                }
            }
        }
    }
}
