import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import type { ChooseSetting, CrmPlanAstType, Document, Plan, PlanSetting } from '../generated/ast.js';
import { isEdition } from '../generated/ast.js';
import type { ImportResolver } from '../workspace/import-resolver.js';
import type { PlanClosure } from '../workspace/plan-closure.js';
import { CheckGroup } from './check-group.js';
import { Diagnostics } from './diagnostic-codes.js';
import { args, phrase } from './describe.js';
import { report } from './diagnose.js';

/** How each plan setting is written, and the property a diagnostic on it points at. */
const SETTINGS: Record<PlanSetting['$type'], { keyword: string; property: string }> = {
    CurrencySetting: { keyword: 'currency', property: 'currency' },
    StartMonth: { keyword: 'start', property: 'month' },
    HorizonSetting: { keyword: 'horizon', property: 'months' },
    DiscountSetting: { keyword: 'discount', property: 'rate' },
    CapacitySetting: { keyword: 'capacity', property: 'effort' },
    ChooseSetting: { keyword: 'choose', property: 'vendor' },
    InternalRateSetting: { keyword: 'internal rate', property: 'amount' },
    TaxSetting: { keyword: 'amounts', property: 'basis' }
};

/** Settings the evaluation cannot do without, with an example for the message. */
const REQUIRED: readonly [PlanSetting['$type'], string][] = [
    ['CurrencySetting', 'currency CNY'],
    ['StartMonth', 'start 2027-01'],
    ['HorizonSetting', 'horizon 36 months']
];

/**
 * The plan header: one per plan (imports included), with a currency, a start
 * and a horizon, each setting once, and `choose` naming an edition when the
 * vendor has several.
 */
export class PlanHeaderChecks extends CheckGroup {

    protected readonly closure: PlanClosure;
    protected readonly imports: ImportResolver;

    constructor(services: CrmPlanCoreServices) {
        super(services);
        this.closure = services.workspace.PlanClosure;
        this.imports = services.workspace.ImportResolver;
    }

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            Plan: this.checkSettings.bind(this),
            ChooseSetting: this.checkChoice.bind(this),
            Document: this.checkSinglePlan.bind(this)
        };
    }

    checkSettings(plan: Plan, accept: ValidationAcceptor): void {
        const locale = this.locale.current;
        const seen = new Set<string>();
        for (const setting of plan.settings ?? []) {
            if (!setting) {
                continue;
            }
            if (seen.has(setting.$type)) {
                const { keyword, property } = SETTINGS[setting.$type];
                report(accept, locale, Diagnostics.repeatedStatement, setting, {
                    statement: keyword, ...args(phrase(w => w.planHeader), 'where')
                }, property);
            }
            seen.add(setting.$type);
        }
        for (const [type, example] of REQUIRED) {
            if (!seen.has(type)) {
                report(accept, locale, Diagnostics.missingSetting, plan, { setting: SETTINGS[type].keyword, example }, 'title');
            }
        }
    }

    checkChoice(choice: ChooseSetting, accept: ValidationAcceptor): void {
        const vendor = choice.vendor?.ref;
        if (!vendor || choice.edition) {
            return;
        }
        const editions = (vendor.members ?? []).filter(isEdition);
        if (editions.length > 1) {
            report(accept, this.locale.current, Diagnostics.ambiguousChoice, choice, {
                vendor: vendor.name ?? '?', edition: editions.find(edition => edition.name)?.name ?? '<edition>'
            }, 'vendor');
        }
    }

    /**
     * One plan header per plan: a second header in the file, or an import that
     * brings in another plan's header, is an error.
     */
    checkSinglePlan(root: Document, accept: ValidationAcceptor): void {
        const locale = this.locale.current;
        const document = AstUtils.getDocument(root);
        const seen = new Set<Plan>();
        for (const plan of root.plans ?? []) {
            if (seen.size > 0) {
                report(accept, locale, Diagnostics.severalPlans, plan, {}, 'title');
            }
            seen.add(plan);
        }
        for (const statement of root.imports ?? []) {
            const target = this.imports.resolve(document.uri, statement);
            if (target.status !== 'ok') {
                continue;
            }
            const plans = this.closure.declarations(target.document).plans.filter(plan => !seen.has(plan));
            if (plans.length > 0 && seen.size > 0) {
                report(accept, locale, Diagnostics.severalPlans, statement, {}, 'path');
            }
            plans.forEach(plan => seen.add(plan));
        }
    }
}
