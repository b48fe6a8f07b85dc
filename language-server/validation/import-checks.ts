import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils, URI, UriUtils } from 'langium';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import type { CrmPlanAstType, Import } from '../generated/ast.js';
import type { ImportResolver } from '../workspace/import-resolver.js';
import { CheckGroup } from './check-group.js';
import { Diagnostics } from './diagnostic-codes.js';
import { report } from './diagnose.js';

/** Imports must exist, stay inside the repository, lead to catalogues (not plans), and not loop. */
export class ImportChecks extends CheckGroup {

    protected readonly imports: ImportResolver;

    constructor(services: CrmPlanCoreServices) {
        super(services);
        this.imports = services.workspace.ImportResolver;
    }

    override checks(): ValidationChecks<CrmPlanAstType> {
        return { Import: this.checkImport.bind(this) };
    }

    checkImport(statement: Import, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(statement);
        const target = this.imports.resolve(document.uri, statement);
        const locale = this.locale.current;
        switch (target.status) {
            case 'invalid':
            case 'missing':
                report(accept, locale, Diagnostics.importMissing, statement, { path: statement.path ?? '' }, 'path');
                return;
            case 'outside':
                report(accept, locale, Diagnostics.importOutside, statement, { path: statement.path, root: target.root }, 'path');
                return;
            case 'plan':
                report(accept, locale, Diagnostics.importsPlan, statement, { path: statement.path }, 'path');
                return;
            case 'ok': {
                const cycle = this.imports.findCycle(document, statement);
                if (cycle) {
                    const names = cycle.map(uri => UriUtils.basename(URI.parse(uri)));
                    report(accept, locale, Diagnostics.importCycle, statement, { cycle: names.join(' → '), self: cycle.length <= 2 ? 1 : 0, file: names[0] ?? '' }, 'path');
                }
            }
        }
    }
}
