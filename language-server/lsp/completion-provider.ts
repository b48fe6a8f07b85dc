import type { AstNodeDescription, LangiumDocument, MaybePromise, ReferenceInfo, Stream } from 'langium';
import { AstUtils, GrammarAST as Grammar, TextDocument } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type NextFeature
} from 'langium/lsp';
import { type CancellationToken, CompletionItemKind, type CompletionList, type CompletionParams, InsertTextFormat } from 'vscode-languageserver';
import type { CrmPlanServices } from '../crmplan-module.js';
import { glossary } from '../i18n/glossary.js';
import type { LocaleSetting } from '../i18n/locale.js';
import { setting } from '../model/plan-setting.js';
import type { PlanClosure } from '../workspace/plan-closure.js';

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** Keywords without a letter that completion should still propose. */
const SYMBOL_KEYWORDS: ReadonlySet<string> = new Set(['>=', '<=', '>', '<', '%']);

/**
 * Completion in context. Langium's default already proposes the keywords
 * that may follow and, through the scope provider, the declarations of the
 * right kind for a reference (vendors after `choose`, goals after `impact`,
 * requirements after `needs`, an edition of the chosen vendor after
 * `choose Vendor.`, ...). On top of that:
 * - where a currency may stand (after an amount, in `rate`, in the plan's
 *   `currency`), the plan currency and the currencies of the declared
 *   rates, in this file and its imports (currency codes are plain names, not
 *   references, so the default proposes nothing there);
 * - where `per` may stand, the whole unit as well: `per month`, `per year`,
 *   `per user`, `per person-week`, ... (exactly those the grammar allows
 *   there);
 * - where a KPI's unit may stand, the unit words other KPIs already use
 *   (`days`, or a unit written in Chinese), besides the unit keywords;
 * - after a guardrail's limit, the currencies as well as `%` and `months`
 *   (the bases, metrics and comparisons are keywords, proposed by default);
 * - where `source` may stand (after a figure), `source "…"` with the cursor
 *   between the quotes; where `amounts` may stand (the plan header),
 *   `amounts include tax` and `amounts exclude tax` whole;
 * - `.` triggers completion, for `choose Vendor.Edition` and a scenario's
 *   `Vendor.Edition.licence` (the editions come from `completionForScenarioEdition`);
 * - in an actuals block, `cost` proposes the plan's costs and the chosen
 *   vendor's, not other vendors' (paying those is an error, CRM030).
 */
export class CrmPlanCompletionProvider extends DefaultCompletionProvider {

    protected readonly closure: PlanClosure;
    protected readonly locale: LocaleSetting;

    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['.'] };

    constructor(services: CrmPlanServices) {
        super(services);
        this.closure = services.workspace.PlanClosure;
        this.locale = services.i18n.Locale;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const rule = AstUtils.getContainerOfType(next.feature, Grammar.isParserRule)?.name;
        // A guardrail's money limit takes a currency where other limits take `%` or `months` (keywords, proposed by default).
        if (Grammar.isRuleCall(next.feature) && (rule === 'Currency' || rule === 'LimitUnit')) {
            this.completionForCurrency(context, acceptor);
            return;
        }
        if (Grammar.isRuleCall(next.feature) && rule === 'Unit') {
            this.completionForUnitWord(context, acceptor);
            return;
        }
        if (rule === 'LicenceWord' && Grammar.isKeyword(next.feature) && next.feature.value === 'licence') {
            // After `Zoho.` Langium follows only the `.licence` path: the editions come from here.
            this.completionForScenarioEdition(context, acceptor);
        }
        if (Grammar.isKeyword(next.feature) && next.feature.value === 'per') {
            this.completionForPer(context, acceptor);
        }
        if (Grammar.isKeyword(next.feature) && next.feature.value === 'amounts') {
            this.completionForTaxBasis(context, acceptor);
        }
        if (Grammar.isKeyword(next.feature) && next.feature.value === 'source') {
            acceptor(context, {
                label: 'source "…"', kind: CompletionItemKind.Snippet, detail: 'Keyword', sortText: '1',
                insertText: 'source "$1"', insertTextFormat: InsertTextFormat.Snippet
            });
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (refInfo.container.$type !== 'ActualCost' || refInfo.property !== 'cost') {
            return candidates;
        }
        const declarations = this.closure.declarations(context.document);
        const chosen = setting(declarations.plans[0], 'ChooseSetting')?.vendor?.ref;
        if (!chosen) {
            return candidates;
        }
        const payable = new Set([
            ...declarations.costs.map(cost => cost.name),
            ...chosen.members.filter(member => member.$type === 'Cost').map(cost => cost.name)
        ]);
        return candidates.filter(candidate => payable.has(candidate.name));
    }

    /** Langium proposes only keywords with a letter; a guardrail's comparisons and `%` are keywords too. */
    protected override filterKeyword(context: CompletionContext, keyword: Grammar.Keyword): boolean {
        return super.filterKeyword(context, keyword) || SYMBOL_KEYWORDS.has(keyword.value);
    }

    /**
     * `Zoho.` in a scenario: the editions of the vendor before the dot. The line is still
     * being written, so the parser has no override node with its vendor yet: the name is read
     * from the text before the dot.
     */
    protected completionForScenarioEdition(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const before = context.textDocument.getText().slice(0, context.offset);
        // Only right after the vendor (`Zoho.`), not after its edition (`Zoho.Professional.`).
        const vendorName = /(?:^|[\s{])([\p{ID_Start}_][\p{ID_Continue}]*)\s*\.\s*$/u.exec(before)?.[1];
        const vendor = this.closure.declarations(context.document).vendors.find(v => v.name === vendorName);
        for (const member of vendor?.members ?? []) {
            if (member.$type === 'Edition' && member.name) {
                acceptor(context, { label: member.name, kind: CompletionItemKind.Class, sortText: '0' });
            }
        }
    }

    /** The plan currency first, then the other currencies that rates declare. */
    protected completionForCurrency(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const words = glossary(this.locale.current).editor;
        const declarations = this.closure.declarations(context.document);
        const seen = new Set<string>();
        const propose = (code: string | undefined, detail: string, sortText: string) => {
            if (code && CURRENCY_CODE.test(code) && !seen.has(code)) {
                seen.add(code);
                acceptor(context, { label: code, kind: CompletionItemKind.Unit, detail, sortText });
            }
        };
        for (const plan of declarations.plans) {
            for (const setting of plan.settings ?? []) {
                if (setting?.$type === 'CurrencySetting') {
                    propose(setting.currency, words.planCurrency, '0');
                }
            }
        }
        for (const rate of declarations.rates) {
            propose(rate.from, words.declaredRateCurrency, '0');
            propose(rate.to, words.declaredRateCurrency, '0');
        }
    }

    /**
     * After `per `, the grammar may allow `user` (a per-user amount) as well
     * as a period; Langium's parser-based lookahead follows only one of the
     * two alternatives that start with `per`, so `user` is added here when
     * `per` could have started a per-user clause.
     */
    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const list = await super.getCompletion(document, params, cancelToken);
        const textDocument = document.textDocument;
        const offset = textDocument.offsetAt(params.position);
        const before = textDocument.getText().slice(0, offset);
        const typed = /(?:^|[^\p{L}\p{N}_-])per\s+([\p{L}-]*)$/u.exec(before);
        if (!list || !typed || list.items.some(item => item.label === 'user')) {
            return list;
        }
        const perOffset = before.length - typed[0].length + typed[0].indexOf('per');
        if (!this.perAllows(textDocument.getText().slice(0, perOffset), textDocument).has('user')) {
            return list;
        }
        const context: CompletionContext = {
            document, textDocument, features: [], position: params.position, offset,
            tokenOffset: offset - typed[1].length, tokenEndOffset: offset
        };
        const item = this.fillCompletionItem(context, { label: 'user', kind: CompletionItemKind.Keyword, detail: 'Keyword', sortText: '1' });
        if (item) {
            list.items.push(item);
        }
        return list;
    }

    /** `per month`, `per year`, `per user`, ...: `per` with each word the grammar allows after it here. */
    protected completionForPer(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const before = context.textDocument.getText().slice(0, context.tokenOffset);
        for (const word of this.perAllows(before, context.textDocument)) {
            acceptor(context, { label: `per ${word}`, kind: CompletionItemKind.Keyword, detail: 'Unit', sortText: '1' });
        }
    }

    /** `amounts include tax` and `amounts exclude tax`, whole, in the plan header. */
    protected completionForTaxBasis(context: CompletionContext, acceptor: CompletionAcceptor): void {
        for (const basis of ['include', 'exclude']) {
            acceptor(context, { label: `amounts ${basis} tax`, kind: CompletionItemKind.Keyword, detail: 'Keyword', sortText: '1' });
        }
    }

    /** The words that may follow a `per` written after `before`. */
    protected perAllows(before: string, document: TextDocument): Set<string> {
        const words = new Set<string>();
        // Where `per` may start a per-user clause (the parser's lookahead may not follow it, see getCompletion).
        const here = TextDocument.create(document.uri, document.languageId, 0, before);
        for (const feature of this.findFeaturesAt(here, before.length)) {
            if (Grammar.isKeyword(feature.feature) && feature.feature.value === 'per'
                && AstUtils.getContainerOfType(feature.feature, Grammar.isParserRule)?.name === 'PerUser') {
                words.add('user');
            }
        }
        const text = `${before}per `;
        const probe = TextDocument.create(document.uri, document.languageId, 0, text);
        for (const feature of this.findFeaturesAt(probe, text.length)) {
            if (Grammar.isKeyword(feature.feature) && /^\p{L}[\p{L}-]*$/u.test(feature.feature.value)) {
                words.add(feature.feature.value);
            }
        }
        return words;
    }

    /** Unit words that the KPIs of this file and its imports already use. */
    protected completionForUnitWord(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const declarations = this.closure.declarations(context.document);
        const units = new Set<string>();
        for (const kpi of declarations.kpis) {
            for (const statement of kpi.statements ?? []) {
                const measure = statement.$type === 'Baseline' || statement.$type === 'Target' ? statement.measure : undefined;
                if (measure?.unit) {
                    units.add(measure.unit);
                }
            }
        }
        for (const unit of units) {
            acceptor(context, { label: unit, kind: CompletionItemKind.Unit, detail: 'Unit', sortText: '1' });
        }
    }
}
