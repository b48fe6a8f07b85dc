import type { Decimal } from 'decimal.js';
import type { Evaluation } from '../evaluation/index.js';
import { formatMoney, formatNumber, formatPercent, formatSignedMoney } from '../display/numbers.js';
import type { DiffTerms } from '../i18n/diff-terms.js';
import { glossary } from '../i18n/glossary.js';
import type { Locale } from '../i18n/locale.js';
import { BLANK, bold, md, table, text, type Markdown } from '../report/markdown.js';
import type { ItemDelta } from './diff-causes.js';
import type { NpvCause } from './npv-causes.js';
import { licenceName } from '../display/licence-names.js';
import { optionTitle } from '../display/option-name.js';
import type { Delta, DeclarationChange, ElementChange, OptionDelta, PlanDiff, RankChange } from './plan-diff.js';
import { guardrailLead, guardrailTable } from './render-guardrails.js';
import { monitoringLead } from './render-monitoring.js';
import { figureTables } from './render-figure-tables.js';

/** The hidden marker a bot looks for to update its own comment. */
export const DIFF_MARKER = '<!-- crmplan -->';

/** GitHub's limit on the body of an issue or pull-request comment. */
export const COMMENT_LIMIT = 65_536;

/**
 * The pull-request comment for a plan diff: the marker, a headline table of
 * what the change does to each option, what changed in the plan, rank
 * changes, and the head's full report folded in `<details>`. Cut to stay
 * under GitHub's comment limit, saying what was left out.
 */
export function renderDiff(diff: PlanDiff, locale: Locale, fullReport?: string, limit = COMMENT_LIMIT): string {
    return `${DIFF_MARKER}\n${renderDiffSection(diff, locale, { fullReport, limit: limit - DIFF_MARKER.length - 1 })}`;
}

/** How one plan's section of a comment is made. */
export interface SectionOptions {
    /** The head's full report, folded in while it fits. */
    readonly fullReport?: string;
    /** The most characters the section may take. */
    readonly limit?: number;
    /** Where the plan lives, for a comment about several plans. */
    readonly path?: string;
}

/**
 * One plan's part of a comment, without the marker: cut to `limit` by
 * leaving out the full report first, then changes from the end.
 */
export function renderDiffSection(diff: PlanDiff, locale: Locale, options: SectionOptions = {}): string {
    const { fullReport, limit = COMMENT_LIMIT, path } = options;
    const s = glossary(locale).diff;
    // A guardrail the change breaks (or restores) leads: it is what a reviewer must see first; then what new actuals say.
    const lead = [guardrailLead(diff, locale), monitoringLead(diff, locale)].filter(part => part.length > 0)
        .flatMap((part, i) => (i === 0 ? part : ['', ...part]));
    const top = [sectionHeading(s.heading(diff.head.title), path), '', ...(lead.length > 0 ? [...lead, ''] : []),
        `### ${s.figuresHeading}`, '', figuresTable(diff, s, locale), ''];
    const notes = choiceNotes(diff, s, optionNamer(diff, locale));
    if (notes.length > 0) {
        top.push(...notes, '');
    }
    top.push(...causesSection(diff, s, locale));
    top.push(...figureTables(diff, locale, optionNamer(diff, locale)));
    top.push(...guardrailTable(diff, locale));
    const ranks = rankSection(diff, s, optionNamer(diff, locale));
    const changeLines = diff.changes.map(change => changeLine(change, s));
    const details = fullReport
        ? ['<details>', `<summary>${s.fullReport}</summary>`, '', fullReport.trim(), '', '</details>', '']
        : [];
    const assemble = (shownChanges: number, withReport: boolean): string => {
        const changes = changeLines.length === 0 ? [s.noChanges] : changeLines.slice(0, shownChanges);
        const cut = changeLines.length > shownChanges ? ['', `_${s.changesCut(changeLines.length - shownChanges)}_`] : [];
        const reportPart = withReport ? details : fullReport ? [`_${s.reportLeftOut}_`, ''] : [];
        return [...top, `### ${s.changesHeading}`, '', ...changes, ...cut, '', ...ranks, ...reportPart].join('\n').trimEnd() + '\n';
    };
    let body = assemble(changeLines.length, true);
    if (body.length <= limit) {
        return body;
    }
    body = assemble(changeLines.length, false);
    // Drop changes from the end until the comment fits, guessing the step from their mean length.
    const meanLength = Math.max(1, changeLines.reduce((sum, line) => sum + line.length + 1, 0) / Math.max(1, changeLines.length));
    let shown = changeLines.length;
    while (body.length > limit && shown > 0) {
        shown = Math.max(0, shown - Math.max(1, Math.ceil((body.length - limit) / meanLength)));
        body = assemble(shown, false);
    }
    return body;
}

/** `## crmplan: title`, with the plan's path when a comment covers several plans. */
export function sectionHeading(heading: string, path?: string): string {
    return `## ${text(heading)}${path !== undefined ? ` (${text(path)})` : ''}`;
}

/** A function naming an option by its title (its id when neither version has it). */
export function optionNamer(diff: PlanDiff, locale: Locale): (id: string) => string {
    return id => {
        const naming = diff.optionNames.get(id);
        return naming ? optionTitle(naming, locale) : id;
    };
}

/**
 * `Vendor.Edition.licence2` of `optionId` named as every view names a
 * licence: `Zoho CRM Professional licence`, and what sets the line apart
 * when the edition has several (`… licence (Sales)`).
 */
function licenceLabel(diff: PlanDiff, optionId: string, itemId: string, option: string, locale: Locale): string {
    const licences = diff.licences.get(optionId);
    const facts = licences?.byItem.get(itemId);
    return licences && facts
        ? licenceName(option, facts, licences.lines, { locale, start: licences.start, departmentTitle: id => licences.departmentTitles.get(id) ?? id })
        : glossary(locale).provenance.licenceName(option, undefined);
}

/**
 * Each option whose TCO, total benefit or NPV moved: the items that moved
 * them, largest first; each table adds up to the option's delta, the ΔNPV
 * one to the cent as shown (see npv-causes.ts).
 */
function causesSection(diff: PlanDiff, s: DiffTerms, locale: Locale): string[] {
    if (diff.causes.length === 0) {
        return [];
    }
    const currency = diff.head.currency;
    const optionName = optionNamer(diff, locale);
    const show = (value: Decimal | number | null) => md(value === null ? '–' : formatMoney(value, currency, locale));
    const signed = (value: Decimal) => md(formatSignedMoney(value, currency, locale));
    const out = [`### ${s.causesHeading}`, ''];
    for (const causes of diff.causes) {
        // A licence is named as the report names it: by its option, and by what sets it apart when the edition has several.
        const name = (item: { id: string; title: string; kind: string }) => (item.kind === 'licence'
            ? licenceLabel(diff, causes.option, item.id, optionName(causes.option), locale)
            : item.title);
        // A licence's name says it is one; the other items say their kind.
        const kind = (item: ItemDelta | NpvCause) => (item.kind === 'discount' || item.kind === 'licence' ? '' : s.itemKinds[item.kind]);
        const label = (item: ItemDelta | NpvCause) => (kind(item) === '' ? md(text(name(item))) : md(s.aside(text(name(item)), kind(item))));
        const row = (figure: string, item: ItemDelta) => [md(figure), label(item), show(item.base), show(item.head), signed(item.delta)];
        const rows = [...causes.tco.map(item => row(s.tco, item)), ...causes.benefit.map(item => row(s.benefit, item))];
        out.push(`${bold(text(optionName(causes.option)))}`, '');
        if (rows.length > 0) {
            out.push(table([md(s.causeFigure), md(s.causeItem), md(s.before), md(s.after), md(s.causeChange)], rows,
                ['left', 'left', 'right', 'right', 'right']), '');
        }
        if (causes.npv.length > 0) {
            const option = diff.options.find(o => o.id === causes.option)!;
            const total = option.npv.exactDelta!;
            const percent = (value: number | null) => (value === null ? '–' : formatPercent(value, 2, locale));
            const npvRow = (cause: NpvCause) => (cause.kind === 'discount'
                ? [md(text(s.rediscounted(percent(cause.base), percent(cause.head)))), BLANK, BLANK, signed(cause.delta)]
                : [label(cause), show(cause.base), show(cause.head), signed(cause.delta)]);
            out.push(`${md(text(s.npvCausesCaption(formatSignedMoney(total, currency, locale))))}`, '', table(
                [md(s.causeItem), md(s.pvBefore), md(s.pvAfter), md(s.npvEffect)],
                [...causes.npv.map(npvRow), [bold(md(s.total)), BLANK, BLANK, bold(signed(total))]],
                ['left', 'right', 'right', 'right']), '');
        }
    }
    return out;
}

function figuresTable(diff: PlanDiff, s: DiffTerms, locale: Locale): string {
    const currency = diff.head.currency;
    const money = (delta: Delta<Decimal>) => moneyCell(delta, currency, locale, s);
    const rows = diff.options.map(option => [
        optionLabel(option, diff, s, optionNamer(diff, locale)),
        money(option.tco),
        money(option.totalBenefit),
        numberCell(option.npv, s, v => formatMoney(v, currency, locale), v => formatMoney(Math.abs(v), currency, locale)),
        numberCell(option.roiPercent, s, v => formatPercent(v, 2, locale), v => s.describe.percentagePoints(formatNumber(Math.abs(v), 2, 2))),
        numberCell(option.paybackMonths, s, v => s.months(formatNumber(v, 2, 2)), v => s.months(formatNumber(Math.abs(v), 2, 2)), s.never),
        numberCell(option.irrAnnualPercent, s, v => formatPercent(v, 2, locale), v => s.describe.percentagePoints(formatNumber(Math.abs(v), 2, 2)))
    ]);
    return table([md(s.option), md(s.tco), md(s.benefit), md(s.npv), md(s.roi), md(s.payback), md(s.irr)], rows,
        ['left', 'right', 'right', 'right', 'right', 'right', 'right']);
}

/** The figures of a plan that has no earlier version: one row per option, as in the diff's table. */
export function figuresOnlyTable(evaluation: Evaluation, currency: string, locale: Locale, chosen?: string): string {
    const s = glossary(locale).diff;
    const show = (value: number | null, format: (v: number) => string, missing = s.none) => md(value === null ? missing : format(value));
    const rows = evaluation.options.map(option => [
        md(option.id === chosen ? s.tagged(text(optionTitle(option, locale)), [s.chosen]) : text(optionTitle(option, locale))),
        md(formatMoney(option.tco, currency, locale)),
        md(formatMoney(option.totalBenefit, currency, locale)),
        show(option.npv, v => formatMoney(v, currency, locale)),
        show(option.roiPercent, v => formatPercent(v)),
        show(option.paybackMonths, v => s.months(formatNumber(v, 2, 2)), s.never),
        show(option.irr.annualPercent, v => formatPercent(v))
    ]);
    return table([md(s.option), md(s.tco), md(s.benefit), md(s.npv), md(s.roi), md(s.payback), md(s.irr)], rows,
        ['left', 'right', 'right', 'right', 'right', 'right', 'right']);
}

function optionLabel(option: OptionDelta, diff: PlanDiff, s: DiffTerms, name: (id: string) => string): Markdown {
    const tags: string[] = [];
    if (option.id === diff.chosen.head) {
        tags.push(s.chosen);
    }
    if (option.status === 'added') {
        tags.push(s.added);
    } else if (option.status === 'removed') {
        tags.push(s.removed);
    }
    return md(tags.length > 0 ? s.tagged(text(name(option.id)), tags) : text(name(option.id)));
}

const arrow = (negative: boolean) => (negative ? '▼' : '▲');

function moneyCell(delta: Delta<Decimal>, currency: string, locale: Locale, s: DiffTerms): Markdown {
    const show = (value: Decimal) => formatMoney(value, currency, locale);
    if (delta.base === null || delta.head === null || delta.delta === null) {
        return md(delta.head !== null ? show(delta.head) : delta.base !== null ? `~~${show(delta.base)}~~` : s.none);
    }
    if (delta.delta.isZero()) {
        return md(s.aside(show(delta.head), s.unchanged));
    }
    const negative = delta.delta.isNegative();
    return md(s.aside(`${show(delta.base)} → ${show(delta.head)}`, `${arrow(negative)} ${negative ? '−' : '+'}${show(delta.delta.abs())}`));
}

function numberCell(delta: Delta<number>, s: DiffTerms, show: (v: number) => string, showDelta: (v: number) => string, missing = s.none): Markdown {
    const value = (v: number | null) => (v === null ? missing : show(v));
    if (delta.delta === null) {
        if (delta.base === null && delta.head === null) {
            return md(missing);
        }
        return md(delta.base === delta.head ? value(delta.head) : `${value(delta.base)} → ${value(delta.head)}`);
    }
    if (Math.abs(delta.delta) < 0.005) {
        return md(s.aside(value(delta.head), s.unchanged));
    }
    const negative = delta.delta < 0;
    return md(s.aside(`${value(delta.base)} → ${value(delta.head)}`, `${arrow(negative)} ${negative ? '−' : '+'}${showDelta(delta.delta)}`));
}

function choiceNotes(diff: PlanDiff, s: DiffTerms, name: (id: string) => string): string[] {
    const notes: string[] = [];
    if (diff.chosen.base !== diff.chosen.head && diff.chosen.base && diff.chosen.head) {
        notes.push(text(s.chosenChanged(name(diff.chosen.base), name(diff.chosen.head))));
    }
    if (diff.recommended.base !== diff.recommended.head && diff.recommended.base && diff.recommended.head) {
        notes.push(text(s.recommendedChanged(name(diff.recommended.base), name(diff.recommended.head))));
    }
    return notes;
}

function changeLine(change: DeclarationChange, s: DiffTerms): string {
    // By title, with the id the plan's text uses beside it.
    const name = change.title !== undefined ? md(s.aside(text(change.title), text(change.id))) : text(change.id);
    const head = `- ${bold(md(s.kind[change.kind] ?? change.kind))} ${name} ${s.changeVerb[change.change]}`;
    const details = change.fields.map(field => {
        const old = field.old !== undefined ? text(field.old) : '–';
        const value = field.new !== undefined ? text(field.new) : '–';
        const shown = change.change === 'added' ? value : change.change === 'removed' ? old
            : field.elements ? field.elements.map(element => elementChange(element, s)).join(s.describe.listSeparator) : `${old} → ${value}`;
        return `  - ${s.describe.labelled(text(field.field), shown)}`;
    });
    return [head, ...details].join('\n');
}

/**
 * One element of a list: `Pipeline 80% → 85%` (its key once), `Segments 60%
 * added`, `Segments 60% removed`; positional elements (licence lines) in full.
 */
function elementChange(element: ElementChange, s: DiffTerms): string {
    if (element.old === undefined) {
        return text(s.elementAdded(element.new!));
    }
    if (element.new === undefined) {
        return text(s.elementRemoved(element.old));
    }
    const prefix = `${element.key} `;
    if (element.key !== '' && element.old.startsWith(prefix) && element.new.startsWith(prefix)) {
        return `${text(element.key)} ${text(element.old.slice(prefix.length))} → ${text(element.new.slice(prefix.length))}`;
    }
    // A licence line after the first says which it is (`#2`); other elements name themselves in their text.
    return `${element.key.startsWith('#') && element.key !== '#1' ? `${text(element.key)} ` : ''}${text(element.old)} → ${text(element.new)}`;
}

function rankSection(diff: PlanDiff, s: DiffTerms, optionName: (id: string) => string): string[] {
    if (diff.requirementRanks.length === 0 && diff.optionRanks.length === 0) {
        return [];
    }
    const rank = (value: number | null, missing: string) => (value === null ? missing : s.describe.rank(value));
    const line = (change: RankChange, name: (id: string) => string = id => id) => `- ${s.describe.labelled(text(name(change.id)), `${rank(change.base, s.newRank)} → ${rank(change.head, s.droppedRank)}`)}`;
    const out = [`### ${s.ranksHeading}`, ''];
    if (diff.requirementRanks.length > 0) {
        // By title, with the id the plan's text uses beside it, as the changes list names declarations.
        const requirement = (change: RankChange) => (change.title !== undefined ? s.aside(change.title, change.id) : change.id);
        out.push(`${bold(md(s.requirementRanks))}`, '', ...diff.requirementRanks.map(change => line(change, () => requirement(change))), '');
    }
    if (diff.optionRanks.length > 0) {
        out.push(`${bold(md(s.optionRanks))}`, '', ...diff.optionRanks.map(change => line(change, optionName)), '');
    }
    return out;
}
