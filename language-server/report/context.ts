/**
 * What every section of the report reads: the plan, its evaluation, the
 * locale's strings, and formatters that turn the evaluation's figures into
 * escaped Markdown. Nothing here computes a figure; it only looks things up
 * and formats them.
 */
import type { Decimal } from 'decimal.js';
import type { Evaluation, OptionEvaluation } from '../evaluation/evaluation-types.js';
import { formatMoney, formatNumber, formatTenThousands } from '../display/numbers.js';
import { glossary } from '../i18n/glossary.js';
import type { Locale } from '../i18n/locale.js';
import { optionTitle } from '../display/option-name.js';
import type { ReportTerms } from '../i18n/report-terms.js';
import { monthLabel } from '../model/months.js';
import type { Plan } from '../model/plan.js';
import { figure, join, md, text, type Markdown } from './markdown.js';

export class ReportContext {
    readonly s: ReportTerms;
    readonly currency: string;
    /** The option the summary and the cash-flow chart are about: the chosen one, else the recommended one. */
    readonly focus: OptionEvaluation | undefined;

    private readonly titles: ReadonlyMap<string, string>;

    constructor(readonly plan: Plan, readonly evaluation: Evaluation, readonly locale: Locale) {
        this.s = glossary(locale).report;
        this.currency = evaluation.plan.currency;
        const { options } = evaluation;
        this.focus = options.find(o => o.id === evaluation.chosenOptionId)
            ?? options.find(o => o.id === evaluation.recommendedOptionId);
        const titles = new Map<string, string>();
        const add = (kind: string, items: readonly { id: string; title: string }[]) =>
            items.forEach(item => titles.set(`${kind}:${item.id}`, item.title));
        add('requirement', evaluation.requirements);
        add('benefit', evaluation.benefits);
        add('phase', evaluation.phases);
        add('criterion', evaluation.criteria);
        add('department', plan.departments);
        add('vendor', plan.vendors);
        add('goal', plan.goals);
        this.titles = titles;
    }

    /** The title of a declaration, escaped; its name when it has none. */
    title(kind: 'requirement' | 'benefit' | 'phase' | 'criterion' | 'department' | 'vendor' | 'goal', id: string): Markdown {
        return this.plainTitle(this.titles.get(`${kind}:${id}`), id);
    }

    /** A title the evaluation carries, escaped; `id` when it is blank. */
    plainTitle(title: string | undefined, id: string): Markdown {
        return text(title !== undefined && title.trim().length > 0 ? title : id);
    }

    /** Titles of several declarations, joined the locale's way. */
    titleList(kind: Parameters<ReportContext['title']>[0], ids: readonly string[]): Markdown {
        return this.list(ids.map(id => this.title(kind, id)));
    }

    list(items: readonly Markdown[]): Markdown {
        return join(items, this.s.listSeparator);
    }

    /** `Vendor Edition` as people call an option. */
    optionName(option: OptionEvaluation): Markdown {
        return text(this.optionPlainName(option));
    }

    /** The option's name as plain, unescaped text: only for Mermaid, which sanitises it its own way. */
    optionPlainName(option: OptionEvaluation): string {
        return optionTitle(option, this.locale);
    }

    /** The option's name with `chosen` / `recommended` marks, for table headers. */
    optionHeader(option: OptionEvaluation): Markdown {
        return md(this.s.values.optionHeader(this.optionName(option), option.chosen, option.recommended));
    }

    optionById(id: string): OptionEvaluation | undefined {
        return this.evaluation.options.find(o => o.id === id);
    }

    // Formatting -------------------------------------------------------------

    /** `¥449,553.71`. Decimals are first cleaned of division residue, as the JSON export's cents are. */
    money(value: Decimal | number): Markdown {
        return figure(formatMoney(value, this.currency, this.locale));
    }

    /**
     * Money with every decimal it has (at least the cent, at most eight
     * places): `¥2,083.3333`. For figures a reader recomputes, where rounding
     * each to the cent would make the total drift.
     */
    exactMoney(value: Decimal): Markdown {
        const places = Math.min(Math.max(value.decimalPlaces(), 2), 8);
        return figure(formatMoney(value.toDecimalPlaces(8), this.currency, this.locale, places));
    }

    /** Money in another currency, as written in the plan: `$23.00`. */
    moneyIn(value: Decimal, currency: string): Markdown {
        return figure(formatMoney(value, currency, this.locale));
    }

    /** A computed percentage with two decimals: `126.12%`; `n/a` when undefined. */
    percent(value: number | null | undefined): Markdown {
        return value === null || value === undefined || !Number.isFinite(value)
            ? md(this.s.values.na)
            : figure(`${formatNumber(value, 2, 2)}%`);
    }

    /** A share or weight as written in the plan: `60%`, `87.5%`. */
    share(value: Decimal | number): Markdown {
        return figure(`${formatNumber(value, 4)}%`);
    }

    /** A count or quantity as written: `50`, `1.5`, `52,000`. */
    quantity(value: Decimal | number): Markdown {
        return figure(formatNumber(value, 4));
    }

    /** A score or value on a 0–10 scale, two decimals: `8.79`. */
    score(value: Decimal | number): Markdown {
        return figure(formatNumber(value, 2, 2));
    }

    months(count: number): Markdown {
        return md(this.s.values.months(figure(formatNumber(count, 0)), count));
    }

    personWeeks(value: Decimal): Markdown {
        return md(this.s.values.personWeeks(this.quantity(value), value.toNumber()));
    }

    /** `YYYY-MM` of a month offset from the plan's start. */
    month(offset: number): Markdown {
        return figure(monthLabel(this.evaluation.plan.start, offset));
    }

    /** A month inside a sentence, as the locale writes it (`2027-01` in English). */
    monthInText(offset: number): Markdown {
        const [year, month] = monthLabel(this.evaluation.plan.start, offset).split('-');
        return md(this.s.values.monthInText(year, Number(month)));
    }

    /** An amount inside a sentence: `¥449,553.71`, or in ten thousands where the locale reads large amounts that way. */
    amountInSentence(value: Decimal | number): Markdown {
        const tenThousands = figure(formatTenThousands(value, this.locale));
        return md(this.s.values.amountInSentence(this.money(value), tenThousands, this.currency));
    }

    rankOf(rank: number, of: number): Markdown {
        return md(this.s.values.rankOf(rank, of));
    }

    /** `15.64 months (reached in 2028-04)`, `not within the horizon`. */
    payback(option: OptionEvaluation): Markdown {
        const months = option.paybackMonths;
        if (months === null) {
            return md(this.s.values.paybackNever);
        }
        const shown = figure(formatNumber(months, 2, 2));
        if (months <= 0) {
            return md(this.s.values.paybackImmediate(shown));
        }
        // The month in which the cumulative net cash flow turns non-negative for good.
        return md(this.s.values.payback(shown, this.month(Math.ceil(months) - 1)));
    }

    /** The IRR, or why there is none: no root, or several (all listed). */
    irr(option: OptionEvaluation): Markdown {
        const { irr } = option;
        if (irr.annualPercent !== null) {
            return this.percent(irr.annualPercent);
        }
        if (irr.monthlyRoots.length === 0) {
            return md(this.s.values.irrNone);
        }
        return md(this.s.values.irrSeveral(irr.monthlyRoots.length, this.list(irr.annualRootsPercent.map(r => this.percent(r)))));
    }

    roi(option: OptionEvaluation): Markdown {
        return option.roiPercent === null ? md(this.s.values.roiUndefined) : this.percent(option.roiPercent);
    }

    npv(option: OptionEvaluation): Markdown {
        return option.npv === null ? md(this.s.values.npvUndefined) : this.money(option.npv);
    }

    /** The NPV inside a sentence (the summary's), as `amountInSentence` writes it. */
    npvInSentence(option: OptionEvaluation): Markdown {
        return option.npv === null ? md(this.s.values.npvUndefined) : this.amountInSentence(option.npv);
    }
}
