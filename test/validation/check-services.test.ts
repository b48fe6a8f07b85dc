import { createDefaultCoreModule, createDefaultSharedCoreModule, EmptyFileSystem, inject, URI, type Module } from 'langium';
import { describe, expect, it } from 'vitest';
import {
    CrmPlanCoreModule, CrmPlanSharedCoreModule, initialiseCrmPlanServices, type CrmPlanCoreServices
} from '../../language-server/crmplan-core-module.js';
import { CrmPlanGeneratedModule, CrmPlanGeneratedSharedModule } from '../../language-server/generated/module.js';
import { NameChecks } from '../../language-server/validation/name-checks.js';
import { PlanContexts, type PlanContext } from '../../language-server/validation/plan-context.js';
import type { AstNode, ValidationChecks } from 'langium';
import type { CrmPlanAstType } from '../../language-server/generated/ast.js';

/** Core services with `extra` injected last, the way a downstream module replaces a service. */
function servicesWith(extra: Module<CrmPlanCoreServices, object>): CrmPlanCoreServices {
    const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), CrmPlanGeneratedSharedModule, CrmPlanSharedCoreModule);
    const services = inject(createDefaultCoreModule({ shared }), CrmPlanGeneratedModule, CrmPlanCoreModule, extra);
    initialiseCrmPlanServices(services);
    shared.workspace.ConfigurationProvider.initialized({});
    return services;
}

async function codes(services: CrmPlanCoreServices, text: string): Promise<string[]> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///plan.crmplan'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return (document.diagnostics ?? []).map(diagnostic => String(diagnostic.code));
}

const DUPLICATE = 'department Sales { users 1 }\ndepartment Sales { users 2 }\nrequirement R { impact X 3 }\n';

describe('check groups are services of the module', () => {
    it('runs every group registered by default', async () => {
        const found = await codes(servicesWith({}), DUPLICATE);
        expect(found).toContain('CRM002');
        expect(found).toContain('CRM001');
    });

    it('lets a module replace one group, and runs the replacement instead', async () => {
        class NoNameChecks extends NameChecks {
            override checks(): ValidationChecks<CrmPlanAstType> {
                return {};
            }
        }
        const found = await codes(servicesWith({ validation: { NameChecks: (services: CrmPlanCoreServices) => new NoNameChecks(services) } }), DUPLICATE);
        expect(found).not.toContain('CRM002');
        expect(found).toContain('CRM001');
    });

    it('lets a module replace the plan contexts the checks and quick fixes read', async () => {
        let asked = 0;
        class CountingContexts extends PlanContexts {
            override of(node: AstNode): PlanContext {
                asked++;
                return super.of(node);
            }
        }
        await codes(servicesWith({ validation: { PlanContexts: (services: CrmPlanCoreServices) => new CountingContexts(services) } }), DUPLICATE);
        expect(asked).toBeGreaterThan(0);
    });
});
