import type { AstNode, LangiumDocument, ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils, UriUtils } from 'langium';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import type { CrmPlanAstType, Document, Import } from '../generated/ast.js';
import type { Locale } from '../i18n/locale.js';
import { kindName } from '../i18n/kinds.js';
import { NAMED_LISTS } from '../model/declarations.js';
import type { ImportResolver } from '../workspace/import-resolver.js';
import type { PlanClosure } from '../workspace/plan-closure.js';
import { CheckGroup } from './check-group.js';
import { Diagnostics } from './diagnostic-codes.js';
import { args, phrase } from './describe.js';
import { report } from './diagnose.js';

type Named = AstNode & { name?: string };

/** An import statement of the checked file and every file it brings in, transitively. */
interface DirectImport {
    readonly statement: Import;
    readonly reaches: ReadonlySet<string>;
}

/** Names are unique per kind within a plan and its imports. */
export class NameChecks extends CheckGroup {

    protected readonly closure: PlanClosure;
    protected readonly imports: ImportResolver;

    constructor(services: CrmPlanCoreServices) {
        super(services);
        this.closure = services.workspace.PlanClosure;
        this.imports = services.workspace.ImportResolver;
    }

    override checks(): ValidationChecks<CrmPlanAstType> {
        return { Document: this.checkUniqueNames.bind(this) };
    }

    checkUniqueNames(root: Document, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(root);
        const seen = this.closure.declarations(document);
        const vendorCosts = seen.vendors.flatMap(vendor => vendor.members.filter(member => member.$type === 'Cost'));
        // A vendor's own costs share the names of the plan's costs.
        const groups: Named[][] = NAMED_LISTS.map(list => list === 'costs' ? [...seen.costs, ...vendorCosts] : [...seen[list]]);
        for (const vendor of root.vendors) {
            groups.push(vendor.members.filter(member => member.$type === 'Edition'));
        }
        const imports = this.directImports(document);
        for (const group of groups) {
            this.reportDuplicates(group, root, imports, accept);
        }
    }

    private directImports(document: LangiumDocument): DirectImport[] {
        const result: DirectImport[] = [];
        for (const statement of (document.parseResult.value as Document).imports ?? []) {
            const target = this.imports.resolve(document.uri, statement);
            if (target.status === 'ok') {
                result.push({ statement, reaches: this.imports.closure(target.document) });
            }
        }
        return result;
    }

    /** Reports each declaration of this file whose name another declaration in the closure also has. */
    private reportDuplicates(declarations: Named[], root: Document, imports: DirectImport[], accept: ValidationAcceptor): void {
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
                this.reportImportedTwice(earlier, declaration, imports, locale, accept);
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
                ...args(phrase(w => (sameFile ? w.onLine(line) : w.inFileOnLine(file, line))), 'where')
            }, 'name');
        }
    }

    /**
     * Two imported files declare the same name, and no file this one imports
     * sees both (that file would report it): reported here, on the import
     * that brings in the second, since a reference to the name would silently
     * take the first.
     */
    private reportImportedTwice(
        first: Named, second: Named, imports: DirectImport[],
        locale: Locale, accept: ValidationAcceptor
    ): void {
        const firstDocument = AstUtils.getDocument(first);
        const secondDocument = AstUtils.getDocument(second);
        const firstUri = firstDocument.uri.toString();
        const secondUri = secondDocument.uri.toString();
        if (imports.some(i => i.reaches.has(firstUri) && i.reaches.has(secondUri))) {
            return;
        }
        const through = imports.find(i => i.reaches.has(secondUri));
        if (!through) {
            return;
        }
        const place = (node: Named, document: LangiumDocument) => {
            const line = (node.$cstNode?.range.start.line ?? 0) + 1;
            const file = UriUtils.basename(document.uri);
            return phrase(w => w.fileLine(file, line));
        };
        const a = place(first, firstDocument);
        const b = place(second, secondDocument);
        report(accept, locale, Diagnostics.duplicate, through.statement, {
            kind: kindName(second.$type, 'en'),
            kindZh: kindName(second.$type, 'zh-CN'),
            name: second.name ?? '',
            first: a.en,
            second: b.en,
            firstZh: a.zh,
            secondZh: b.zh
        }, 'path');
    }
}
