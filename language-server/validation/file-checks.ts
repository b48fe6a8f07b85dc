import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import type { CrmPlanAstType, Document } from '../generated/ast.js';
import { CheckGroup } from './check-group.js';
import { Diagnostics } from './diagnostic-codes.js';
import { report } from './diagnose.js';

/** The file as a whole: one that declares nothing says so, rather than "no problems". */
export class FileChecks extends CheckGroup {

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            Document: this.checkDeclaresSomething.bind(this)
        };
    }

    checkDeclaresSomething(root: Document, accept: ValidationAcceptor): void {
        const parsed = AstUtils.getDocument(root).parseResult;
        if (parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0) {
            return; // the syntax errors say what is wrong
        }
        // Every list of the document (imports, the plan header, declarations of each kind) is empty.
        const empty = Object.entries(root).every(([key, value]) => key.startsWith('$') || !Array.isArray(value) || value.length === 0);
        if (empty) {
            report(accept, this.locale.current, Diagnostics.noDeclarations, root);
        }
    }
}
