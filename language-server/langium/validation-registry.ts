import type { AstNode, ValidationAcceptor, ValidationCheck } from 'langium';
import { isOperationCancelled, ValidationRegistry } from 'langium';

const MESSAGE_CONTEXT = 'An error occurred during validation';

/**
 * Langium's registry, whose wrapper runs a check that returns no promise
 * synchronously and returns `undefined` (the type is `MaybePromise<void>`);
 * a check that returns a promise is handled when it settles. Langium wraps
 * every check in an async function: a promise and a microtask per check and
 * node. Errors become the same diagnostics as Langium's.
 */
export class CrmPlanValidationRegistry extends ValidationRegistry {

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            let result: unknown;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                this.handleError(error, accept, node);
                return undefined;
            }
            if (isPromiseLike(result)) {
                return Promise.resolve(result).then(() => undefined, (error: unknown) => this.handleError(error, accept, node));
            }
            return undefined;
        };
    }

    /** What Langium's `handleException` does with an error: cancellation goes on, anything else becomes a diagnostic. */
    protected handleError(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
        if (isOperationCancelled(error)) {
            throw error;
        }
        console.error(`${MESSAGE_CONTEXT}:`, error);
        if (error instanceof Error && error.stack) {
            console.error(error.stack);
        }
        const details = error instanceof Error ? error.message : String(error);
        accept('error', `${MESSAGE_CONTEXT}: ${details}`, { node });
    }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
    return value !== null && typeof value === 'object' && typeof (value as PromiseLike<unknown>).then === 'function';
}
