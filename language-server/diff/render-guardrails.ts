import type { GuardrailResult } from '../evaluation/guardrails/index.js';
import { figureText, figureValueText, ruleText, statusText } from '../display/guardrail-text.js';
import { guardrailStrings } from '../display/guardrail-strings.js';
import { formatNumber } from '../display/numbers.js';
import type { Locale } from '../i18n/locale.js';
import { bold, figure, md, table, text, type Markdown } from '../report/markdown.js';
import { breaks, restores, type GuardrailDelta } from './guardrail-diff.js';
import type { PlanDiff } from './plan-diff.js';

/**
 * What leads the comment when a change flips a guardrail:
 * "**this change breaks:** payback ≤ 18 months, 17.20 → 19.40 months".
 * Empty when no status changes.
 */
export function guardrailLead(diff: PlanDiff, locale: Locale): string[] {
    const strings = guardrailStrings(locale);
    const lines: string[] = [];
    const line = (label: string, deltas: readonly GuardrailDelta[]) => {
        if (deltas.length > 0) {
            const items = deltas.map(delta => text(`${ruleText(delta.head!, diff.head.currency, locale)}${strings.clauseSeparator}${change(delta, diff, locale)}`));
            lines.push(`${bold(md(label + strings.leadSeparator.trimEnd()))}${strings.leadSpace}${items.join(strings.itemSeparator)}`);
        }
    };
    line(capitalise(strings.breaks), diff.guardrails.filter(breaks));
    line(capitalise(strings.restores), diff.guardrails.filter(restores));
    return lines;
}

/**
 * The guardrails whose status or figure moved (or that were added or
 * removed), before → after; like the other change tables, left out when
 * nothing in it moved.
 */
export function guardrailTable(diff: PlanDiff, locale: Locale): string[] {
    const strings = guardrailStrings(locale);
    const cell = (result: GuardrailResult | undefined, currency: string): Markdown =>
        result === undefined ? md(strings.none)
            : 'value' in result.figure ? figure(figureValueText(result, currency, locale)) : text(figureText(result, currency, locale));
    const moved = diff.guardrails.filter(delta => delta.base === undefined || delta.head === undefined
        || delta.base.holds !== delta.head.holds || cell(delta.base, diff.base.currency) !== cell(delta.head, diff.head.currency));
    if (moved.length === 0) {
        return [];
    }
    const rows = moved.map(delta => {
        const shown = delta.head ?? delta.base!;
        const status = delta.head === undefined ? strings.removedRule
            : delta.base === undefined || delta.base.holds === delta.head.holds ? statusText(delta.head, locale)
                : `${statusText(delta.base, locale)} → ${statusText(delta.head, locale)}`;
        return [
            text(ruleText(shown, delta.head ? diff.head.currency : diff.base.currency, locale)),
            cell(delta.base, diff.base.currency),
            cell(delta.head, diff.head.currency),
            text(status)
        ];
    });
    return [`### ${strings.heading}`, '', table(
        [md(strings.tableRule), md(strings.tableBefore), md(strings.tableAfter), md(strings.tableStatus)], rows,
        ['left', 'right', 'right', 'left']
    ), ''];
}

/** `17.20 → 19.40 months`; `126.12% → 74.26%`; a figure that does not exist says why. */
function change(delta: GuardrailDelta, diff: PlanDiff, locale: Locale): string {
    const head = delta.head!;
    const after = 'value' in head.figure ? figureValueText(head, diff.head.currency, locale) : figureText(head, diff.head.currency, locale);
    const base = delta.base;
    if (base === undefined) {
        return after;
    }
    if (!('value' in base.figure)) {
        return `${figureText(base, diff.base.currency, locale)} → ${after}`;
    }
    // Months: the unit once, after the second figure, as a person writes it.
    const before = head.rule.metric === 'payback' && 'value' in head.figure
        ? formatNumber(base.figure.value, 2, 2)
        : figureValueText(base, diff.base.currency, locale);
    return `${before} → ${after}`;
}

function capitalise(sentence: string): string {
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
