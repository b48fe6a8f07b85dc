/**
 * The reference index is optional: the CLI turns it off (it builds once and
 * nobody asks who refers to what), the language server keeps it. Turning it
 * off changes no diagnostic.
 */
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createCrmPlanServices } from '../../language-server/crmplan-module.js';
import type { Document } from '../../language-server/generated/ast.js';
import type { CrmPlanIndexManager } from '../../language-server/workspace/index-manager.js';

const PLAN = `
plan "Index" { currency CNY start 2027-01 horizon 12 months }
goal Revenue weight 100%
requirement A { impact Revenue 5 must }
requirement B { impact Revenue 11 needs A, Missing }
`;

async function build(indexReferences: boolean) {
    const services = createCrmPlanServices(EmptyFileSystem).CrmPlan;
    const index = services.shared.workspace.IndexManager as CrmPlanIndexManager;
    index.indexReferences = indexReferences;
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Document>(PLAN, URI.parse('memory:/index.crmplan'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const goal = document.parseResult.value.goals[0];
    const references = index.findAllReferences(goal, services.workspace.AstNodeLocator.getAstNodePath(goal)).toArray();
    return { diagnostics: document.diagnostics ?? [], references };
}

describe('CrmPlanIndexManager', () => {
    it('indexes references by default, and skipping them changes no diagnostic', async () => {
        const withIndex = await build(true);
        const without = await build(false);
        expect(withIndex.references).toHaveLength(2);
        expect(without.references).toHaveLength(0);
        expect(without.diagnostics.map(d => [d.code, d.message])).toEqual(withIndex.diagnostics.map(d => [d.code, d.message]));
        expect(withIndex.diagnostics.map(d => d.code)).toEqual(expect.arrayContaining(['CRM001', 'CRM004']));
    });
});
