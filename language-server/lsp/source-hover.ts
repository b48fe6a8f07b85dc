/**
 * Hovers of sourced lines (`... source "quote of 2026-12"`): what the line is
 * and where its figure comes from; and the list of sources the hovers of
 * costs, benefits, editions, vendors and requirements end with. Words are
 * the glossary's (`provenance.hover`); nothing here needs figures.
 */
import { AstUtils, type AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { glossary } from '../i18n/glossary.js';
import type { Locale } from '../i18n/locale.js';
import type { SourcedLineKind } from '../i18n/provenance-terms.js';

/** A line that may say where its figure comes from. */
export type SourcedLine = ast.AmountLine | ast.Licence | ast.Coverage | ast.Score | ast.Rate | ast.DiscountSetting
    | ast.InternalRateSetting | ast.DepartmentUsers | ast.Effort;

function isSourcedLine(node: AstNode): node is SourcedLine {
    return ast.isAmountLine(node) || ast.isLicence(node) || ast.isCoverage(node) || ast.isScore(node) || ast.isRate(node)
        || ast.isDiscountSetting(node) || ast.isInternalRateSetting(node) || ast.isDepartmentUsers(node) || ast.isEffort(node);
}

/**
 * The line with a source around `node`, unless `offset` is on a name it
 * refers to (`LeadFollowUp` in `covers LeadFollowUp 90% source "..."`, which
 * keeps that declaration's hover).
 */
export function sourcedLineAt(node: AstNode | undefined, offset: number): SourcedLine | undefined {
    const line = AstUtils.getContainerOfType(node, isSourcedLine);
    if (!line || line.source === undefined) {
        return undefined;
    }
    const onReference = AstUtils.streamAst(line).flatMap(child => AstUtils.streamReferences(child))
        .some(info => info.reference.$refNode !== undefined && offset >= info.reference.$refNode.offset && offset <= info.reference.$refNode.end);
    return onReference ? undefined : line;
}

/** `**Amount line of `Customization`**` and `Source: integrator quote Q-0412`. */
export function sourcedLineHover(line: SourcedLine, locale: Locale): string {
    const p = glossary(locale).provenance.hover;
    const [kind, owner, detail] = describe(line);
    return `**${p.line[kind](owner, detail)}**\n\n${p.source(line.source ?? '')}`;
}

function describe(line: SourcedLine): [SourcedLineKind, string, string] {
    switch (line.$type) {
        case 'AmountLine': return ['amount', line.$container.name ?? '', ''];
        case 'Licence': return ['licence', `${line.$container.$container.name ?? ''}.${line.$container.name ?? ''}`, ''];
        case 'Coverage': {
            // An edition's own covers are named with their vendor: `Zoho.Enterprise`.
            const holder = line.$container.$container;
            const owner = ast.isEdition(holder) ? `${holder.$container.name ?? ''}.${holder.name ?? ''}` : holder.name ?? '';
            return ['covers', owner, line.requirement?.$refText ?? ''];
        }
        case 'Score': return ['score', line.$container.$container.name ?? '', line.criterion?.$refText ?? ''];
        case 'Rate': return ['rate', line.from ?? '', line.to ?? ''];
        case 'DiscountSetting': return ['discount', '', ''];
        case 'InternalRateSetting': return ['internalRate', '', ''];
        case 'DepartmentUsers': return ['users', line.$container.name ?? '', ''];
        case 'Effort': return ['effort', line.$container.name ?? '', ''];
    }
}

/** One entry of a declaration's sources: what it is (already in the locale's words) and its source. */
export interface SourceEntry {
    readonly what: string;
    readonly source: string;
}

/** `**Sources**` and one item per entry; nothing when there are none. */
export function sourcesList(entries: readonly SourceEntry[], locale: Locale): string[] {
    if (entries.length === 0) {
        return [];
    }
    const { hover } = glossary(locale).provenance;
    const { labelled } = glossary(locale).figures;
    return [[`**${hover.sources}**`, ...entries.map(entry => `- ${labelled(entry.what, entry.source)}`)].join('\n')];
}

/** The words for an entry of a sources list: ``covers `LeadFollowUp` ``, `effort`. */
export function sourceItem(kind: SourcedLineKind, subject: string, locale: Locale): string {
    return glossary(locale).provenance.hover.item[kind](subject);
}
