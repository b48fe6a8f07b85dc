import type { LangiumDocument, ValidationAcceptor, ValidationChecks, Properties } from 'langium';
import { AstUtils, UriUtils, WorkspaceCache } from 'langium';
import type { CrmPlanCoreServices } from '../crmplan-core-module.js';
import type { CrmPlanAstType, CurrencySetting, Document, Import, Money, Rate } from '../generated/ast.js';
import { isAmountLine, isMoney } from '../generated/ast.js';
import { Diagnostics } from './diagnostic-codes.js';
import { CURRENCY_CODE } from './plan-context.js';
import { args, phrase } from './describe.js';
import { report } from './diagnose.js';
import { CheckGroup } from './check-group.js';

/** Whether a money value is written in a currency (the count of staff-time hours is not money). */
function currencyOf(money: Money): string | undefined {
    if (!money.currency || (isAmountLine(money.$container) && money.$containerProperty === 'amount' && money.$container.hours)) {
        return undefined;
    }
    return money.currency;
}

/**
 * Currency codes are three capital letters; every amount in a currency other
 * than the plan's needs a declared rate (direct or inverse); a pair of
 * currencies has one rate.
 */
export class CurrencyChecks extends CheckGroup {

    /** Per document: the first amount written in each currency. */
    protected readonly uses: WorkspaceCache<string, ReadonlyMap<string, Money>>;

    constructor(services: CrmPlanCoreServices) {
        super(services);
        this.uses = new WorkspaceCache(services.shared);
    }

    override checks(): ValidationChecks<CrmPlanAstType> {
        return {
            CurrencySetting: this.checkCurrencySetting.bind(this),
            Rate: this.checkRate.bind(this),
            Money: this.checkMoney.bind(this),
            Document: [this.checkRepeatedRates.bind(this), this.checkImportedCurrencies.bind(this)]
        };
    }

    checkCurrencySetting(setting: CurrencySetting, accept: ValidationAcceptor): void {
        this.checkCode(setting.currency, setting, 'currency', accept);
    }

    checkRate(rate: Rate, accept: ValidationAcceptor): void {
        this.checkCode(rate.from, rate, 'from', accept);
        this.checkCode(rate.to, rate, 'to', accept);
    }

    checkMoney(money: Money, accept: ValidationAcceptor): void {
        if (!this.checkCode(money.currency, money, 'currency', accept)) {
            return;
        }
        const currency = currencyOf(money);
        const context = this.contexts.of(money);
        if (currency && context.currency && currency !== context.currency && !context.convertible.has(currency)) {
            report(accept, this.locale.current, Diagnostics.missingRate, money, { currency, planCurrency: context.currency }, 'currency');
        }
    }

    /**
     * A plan file reports, on the import that brings them, the currencies of
     * imported amounts that no rate converts (a catalogue has no plan currency
     * of its own to check them against).
     */
    checkImportedCurrencies(root: Document, accept: ValidationAcceptor): void {
        const context = this.contexts.of(root);
        const planCurrency = context.currency;
        if (!context.ownPlan || !planCurrency) {
            return;
        }
        // Once per import statement and currency, with the first place it is used.
        const reported = new Map<Import, Set<string>>();
        for (const document of context.imported) {
            const statement = context.importOf(document.parseResult.value);
            if (!statement) {
                continue;
            }
            const seen = reported.get(statement) ?? new Set<string>();
            reported.set(statement, seen);
            for (const [currency, money] of this.currencyUses(document)) {
                if (currency === planCurrency || context.convertible.has(currency) || seen.has(currency)) {
                    continue;
                }
                seen.add(currency);
                const file = UriUtils.basename(document.uri);
                const line = (money.$cstNode?.range.start.line ?? 0) + 1;
                report(accept, this.locale.current, Diagnostics.missingRate, statement, {
                    currency, planCurrency, ...args(phrase(w => w.fileCommaLine(file, line)), 'where')
                }, 'path');
            }
        }
    }

    /** Two rates between the same two currencies (either way round) in the file and its imports. */
    checkRepeatedRates(root: Document, accept: ValidationAcceptor): void {
        const context = this.contexts.of(root);
        const first = new Map<string, Rate>();
        for (const rate of context.declarations.rates) {
            if (!rate.from || !rate.to) {
                continue;
            }
            const key = [rate.from, rate.to].sort().join(' ');
            const earlier = first.get(key);
            if (!earlier) {
                first.set(key, rate);
                continue;
            }
            const here = context.isLocal(rate) ? rate : context.isLocal(earlier) ? earlier : undefined;
            if (here) {
                report(accept, this.locale.current, Diagnostics.repeatedStatement, here, {
                    statement: `rate ${here.from} ... ${here.to}`,
                    ...args(phrase(w => w.fileAndImports), 'where')
                }, 'from');
            }
        }
    }

    /** Reports a malformed code; answers whether the code is absent or well formed. */
    protected checkCode<N extends CurrencySetting | Rate | Money>(code: string | undefined, node: N, property: Properties<N>, accept: ValidationAcceptor): boolean {
        if (code === undefined || code === '' || CURRENCY_CODE.test(code)) {
            return true;
        }
        report(accept, this.locale.current, Diagnostics.currencyCode, node, { value: code }, property);
        return false;
    }

    protected currencyUses(document: LangiumDocument<Document>): ReadonlyMap<string, Money> {
        return this.uses.get(document.uri.toString(), () => {
            const uses = new Map<string, Money>();
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                if (isMoney(node)) {
                    const currency = currencyOf(node);
                    if (currency && CURRENCY_CODE.test(currency) && !uses.has(currency)) {
                        uses.set(currency, node);
                    }
                }
            }
            return uses;
        });
    }
}
