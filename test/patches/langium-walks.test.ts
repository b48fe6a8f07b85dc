/**
 * Langium's services replaced in the module (language-server/langium/,
 * docs/performance.md): the linker, the reference indexer and the validator
 * walk documents with arrays and loops instead of streams, look the checks of
 * each node type up once, run synchronous checks synchronously and await
 * `interruptAndCheck` only when a build can be cancelled.
 *
 * The tests of the services and of synchronous checks fail with Langium's
 * own services; the others guard behaviour they must keep: walk order,
 * pruning, errors in checks becoming diagnostics, cancellation.
 */
import type { AstNode, LangiumDocument, ValidationAcceptor } from 'langium';
import { AstUtils, Cancellation, EmptyFileSystem, URI, isOperationCancelled } from 'langium';
import { describe, expect, it } from 'vitest';
import { createCrmPlanServices } from '../../language-server/crmplan-module.js';
import { collectAst, forEachReference } from '../../language-server/langium/ast-walks.js';
import { CrmPlanLinker } from '../../language-server/langium/linker.js';
import { CrmPlanReferenceDescriptionProvider } from '../../language-server/langium/reference-descriptions.js';
import { CrmPlanValidationRegistry } from '../../language-server/langium/validation-registry.js';
import { WalkingDocumentValidator } from '../../language-server/langium/document-validator.js';
import type { CrmPlanAstType, Document } from '../../language-server/generated/ast.js';

const PLAN = `
plan "Walks" {
    currency CNY
    start 2027-01
    horizon 12 months
    choose Acme
}
goal Revenue weight 100%
department Sales { users 10 }
requirement A { asked by Sales impact Revenue 5 effort 1 person-week must }
requirement B { asked by Sales impact Revenue 7 effort 2 person-weeks should needs A }
vendor Acme {
    edition Standard { licence 100 per user per month }
    covers A 90%, B 50%
    score Usability 7
}
criterion Usability weight 100%
phase Build { start 2027-01 duration 2 months delivers A, B }
benefit Faster { savings from A, B 2000 per month }
`;

async function build(text = PLAN): Promise<{ services: ReturnType<typeof createCrmPlanServices>['CrmPlan']; document: LangiumDocument<Document> }> {
    const services = createCrmPlanServices(EmptyFileSystem).CrmPlan;
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.parse('memory:/walks.crmplan'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { services, document };
}

describe('Langium services that walk without streams', () => {

    it('are the services the module registers', async () => {
        const { services } = await build();
        expect(services.references.Linker).toBeInstanceOf(CrmPlanLinker);
        expect(services.workspace.ReferenceDescriptionProvider).toBeInstanceOf(CrmPlanReferenceDescriptionProvider);
        expect(services.validation.ValidationRegistry).toBeInstanceOf(CrmPlanValidationRegistry);
        expect(services.validation.DocumentValidator).toBeInstanceOf(WalkingDocumentValidator);
    });

    it('collectAst and forEachReference visit what streamAst and streamReferences yield, in the same order', async () => {
        const { document } = await build();
        const root = document.parseResult.value;
        const streamed = AstUtils.streamAst(root).toArray();
        expect(collectAst(root)).toEqual(streamed);
        expect(streamed.length).toBeGreaterThan(30);
        for (const node of streamed) {
            const fromStream = AstUtils.streamReferences(node).toArray();
            const fromLoop: unknown[] = [];
            forEachReference(node, info => fromLoop.push(info));
            expect(fromLoop).toEqual(fromStream);
        }
        // Every reference of the plan is linked and indexed.
        expect(document.references.length).toBe(13);
        expect(document.references.every(ref => ref.error === undefined)).toBe(true);
    });

    it('runs synchronous checks synchronously and still reports errors thrown by checks, sync or async', async () => {
        const { services, document } = await build();
        const registry = services.validation.ValidationRegistry;
        const [check] = registry.getChecks('Requirement').toArray();
        const accepted: string[] = [];
        const accept: ValidationAcceptor = (_severity, message) => { accepted.push(message); };
        // Langium's own registry wraps every check in an async function, which returns a promise.
        expect(check(document.parseResult.value.requirements[0], accept, Cancellation.CancellationToken.None)).toBeUndefined();

        registry.register<CrmPlanAstType>({
            Goal: [
                () => { throw new Error('sync failure'); },
                async () => { throw new Error('async failure'); }
            ]
        });
        const originalError = console.error;
        console.error = () => undefined;
        try {
            const diagnostics = await services.validation.DocumentValidator.validateDocument(document);
            const messages = diagnostics.map(d => d.message);
            expect(messages).toContain('An error occurred during validation: sync failure');
            expect(messages).toContain('An error occurred during validation: async failure');
        } finally {
            console.error = originalError;
        }
    });

    it('prunes the children of nodes whose children are not to be validated', async () => {
        const { services, document } = await build();
        const visited: string[] = [];
        class Pruning extends WalkingDocumentValidator {
            protected override validateSingleNodeOptions(node: AstNode) {
                return { validateNode: true, validateChildren: node.$type !== 'Vendor' };
            }
        }
        const registry = services.validation.ValidationRegistry;
        registry.register<CrmPlanAstType>({ AstNode: (node: AstNode) => { visited.push(node.$type); } });
        const validator = new Pruning(services) as unknown as {
            validateAstNodes(root: AstNode, options: object, accept: ValidationAcceptor): Promise<void>
        };
        await validator.validateAstNodes(document.parseResult.value, {}, () => undefined);
        expect(visited).toContain('Vendor');
        expect(visited).not.toContain('Covers');
        expect(visited).not.toContain('Edition');
        expect(visited).toContain('Benefit');
        expect(visited.filter(type => type === 'Requirement')).toHaveLength(2);
    });

    it('still stops a build that is cancelled', async () => {
        const services = createCrmPlanServices(EmptyFileSystem).CrmPlan;
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Document>(PLAN, URI.parse('memory:/cancel.crmplan'));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        const source = new Cancellation.CancellationTokenSource();
        source.cancel();
        const linking = services.references.Linker.link(document, source.token);
        await expect(linking).rejects.toSatisfy(isOperationCancelled);
    });
});
