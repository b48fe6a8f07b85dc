import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils, UriUtils } from 'langium';
import type { CrmPlanServices } from '../crmplan-module.js';
import type { Document } from '../generated/ast.js';
import type { LocaleSetting } from '../i18n/locale.js';
import { kindName } from '../i18n/kinds.js';
import type { PlanClosure } from '../workspace/plan-closure.js';
import { Diagnostics } from './diagnostic-codes.js';
import { report } from './report.js';

type Named = AstNode & { name?: string };

/** Names are unique per kind within a plan and its imports. */
export class NameChecks {

    protected readonly closure: PlanClosure;
    protected readonly locale: LocaleSetting;

    constructor(services: CrmPlanServices) {
        this.closure = services.workspace.PlanClosure;
        this.locale = services.i18n.Locale;
    }

    checkUniqueNames(root: Document, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(root);
        const seen = this.closure.declarations(document);
        const vendorCosts = seen.vendors.flatMap(vendor => vendor.members.filter(member => member.$type === 'Cost'));
        const groups: Named[][] = [
            [...seen.goals], [...seen.departments], [...seen.requirements], [...seen.criteria], [...seen.vendors],
            [...seen.costs, ...vendorCosts], [...seen.benefits], [...seen.phases], [...seen.kpis], [...seen.scenarios]
        ];
        for (const vendor of root.vendors) {
            groups.push(vendor.members.filter(member => member.$type === 'Edition'));
        }
        for (const group of groups) {
            this.reportDuplicates(group, root, accept);
        }
    }

    /** Reports each declaration of this file whose name another declaration in the closure also has. */
    private reportDuplicates(declarations: Named[], root: Document, accept: ValidationAcceptor): void {
        const first = new Map<string, Named>();
        const locale = this.locale.current;
        for (const declaration of declarations) {
            const name = declaration.name;
            if (!name) {
                continue;
            }
            const earlier = first.get(name);
            if (!earlier) {
                first.set(name, declaration);
                continue;
            }
            // Report on the declaration that lives in this file; when both live elsewhere, the importing file's own check will not see it twice.
            const [here, other] = AstUtils.getDocument(declaration).parseResult.value === root
                ? [declaration, earlier]
                : AstUtils.getDocument(earlier).parseResult.value === root ? [earlier, declaration] : [undefined, undefined];
            if (!here || !other) {
                continue;
            }
            const otherDocument = AstUtils.getDocument(other);
            const sameFile = otherDocument.parseResult.value === root;
            const line = (other.$cstNode?.range.start.line ?? 0) + 1;
            const file = UriUtils.basename(otherDocument.uri);
            report(accept, locale, Diagnostics.duplicate, here, {
                kind: kindName(here.$type, 'en'),
                kindZh: kindName(here.$type, 'zh-CN'),
                name,
                where: sameFile ? `on line ${line}` : `in ${file} (line ${line})`,
                whereZh: sameFile ? `第 ${line} 行` : `${file}（第 ${line} 行）`
            }, 'name' as never);
        }
    }
}
