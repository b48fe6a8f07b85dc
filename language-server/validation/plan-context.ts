import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, WorkspaceCache } from 'langium';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import type { Document, Import, Plan } from '../generated/ast.js';
import { monthIndex } from '../model/months.js';
import { setting } from '../model/plan-setting.js';
import type { ImportResolver } from '../workspace/import-resolver.js';
import type { Declarations } from '../model/declarations.js';
import type { PlanClosure } from '../workspace/plan-closure.js';
import { decimal } from './decimals.js';
import { MAX_HORIZON_MONTHS } from './value-checks.js';

/** A currency code: three capital letters. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

/**
 * What the checks of one file need to know about the plan it belongs to,
 * computed once per file and workspace state.
 */
export interface PlanContext {
    readonly document: LangiumDocument<Document>;
    readonly root: Document;
    /** The files this file imports, transitively, without itself. */
    readonly imported: readonly LangiumDocument<Document>[];
    /** Every declaration the file sees through its imports. */
    readonly declarations: Declarations;
    /** The file's own plan header: plan-wide warnings apply only to a file that has one. */
    readonly ownPlan?: Plan;
    /** The plan header that applies: the file's own, else the first one its imports bring. */
    readonly plan?: Plan;
    /** The plan currency, when the plan header gives a well-formed one. */
    readonly currency?: string;
    /** The plan's start month and horizon (a whole number of months from 1 to 1200), when both are valid. */
    readonly timeline?: { readonly start: string; readonly startIndex: number; readonly horizon: number };
    /** Currencies a declared rate converts into the plan currency (directly or inverted). */
    readonly convertible: ReadonlySet<string>;
    /** Whether `node` lives in this file. */
    isLocal(node: AstNode): boolean;
    /** The import statement of this file through which `node`'s file is seen; undefined for local nodes. */
    importOf(node: AstNode): Import | undefined;
}

/** Computes and caches `PlanContext`s, one per document. */
export class PlanContexts {

    protected readonly closure: PlanClosure;
    protected readonly imports: ImportResolver;
    protected readonly cache: WorkspaceCache<string, PlanContext>;

    constructor(services: CrmPlanCoreServices) {
        this.closure = services.workspace.PlanClosure;
        this.imports = services.workspace.ImportResolver;
        this.cache = new WorkspaceCache(services.shared);
    }

    of(node: AstNode): PlanContext {
        const document = AstUtils.getDocument(node) as LangiumDocument<Document>;
        return this.cache.get(document.uri.toString(), () => this.compute(document));
    }

    protected compute(document: LangiumDocument<Document>): PlanContext {
        const root = document.parseResult.value;
        const { documents, declarations } = this.closure.of(document);
        const ownPlan = root.plans?.[0];
        const plan = ownPlan ?? declarations.plans[0];

        const code = setting(plan, 'CurrencySetting')?.currency;
        const currency = code && CURRENCY_CODE.test(code) ? code : undefined;

        let timeline: PlanContext['timeline'];
        const start = setting(plan, 'StartMonth')?.month;
        const startIndex = start === undefined ? undefined : monthIndex(start);
        const horizon = decimal(setting(plan, 'HorizonSetting')?.months);
        // A horizon past the longest (CRM019) has no timeline: its last month would be past any calendar.
        if (start !== undefined && startIndex !== undefined && horizon && horizon.isInteger() && horizon.greaterThanOrEqualTo(1)
            && horizon.lessThanOrEqualTo(MAX_HORIZON_MONTHS)) {
            timeline = { start, startIndex, horizon: horizon.toNumber() };
        }

        const convertible = new Set<string>();
        if (currency) {
            for (const rate of declarations.rates) {
                if (rate.to === currency && rate.from) {
                    convertible.add(rate.from);
                } else if (rate.from === currency && rate.to) {
                    convertible.add(rate.to);
                }
            }
        }

        const imported = documents.filter(member => member.uri.toString() !== document.uri.toString());

        let importsByUri: Map<string, Import> | undefined;
        const importOf = (node: AstNode): Import | undefined => {
            const uri = AstUtils.getDocument(node).uri.toString();
            if (uri === document.uri.toString()) {
                return undefined;
            }
            if (!importsByUri) {
                importsByUri = new Map();
                for (const statement of root.imports ?? []) {
                    const target = this.imports.resolve(document.uri, statement);
                    if (target.status !== 'ok') {
                        continue;
                    }
                    for (const reached of this.closure.of(target.document).documents) {
                        const key = reached.uri.toString();
                        if (!importsByUri.has(key)) {
                            importsByUri.set(key, statement);
                        }
                    }
                }
            }
            return importsByUri.get(uri);
        };

        return {
            document, root, imported, declarations, ownPlan, plan, currency, timeline, convertible,
            isLocal: node => AstUtils.findRootNode(node) === root,
            importOf
        };
    }
}
