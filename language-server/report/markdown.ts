/**
 * Safe GitHub-flavoured Markdown from untrusted plan text.
 *
 * Titles, owners and names come from a plan anyone can edit in a pull
 * request, and the report is read on GitHub (files, PR comments). Nothing a
 * plan says may turn into HTML, a link, emphasis, a broken table or a new
 * block. So every piece of plan text becomes `Markdown` only through
 * {@link text}, and report literals only through {@link md}; the `Markdown`
 * brand keeps the two from being mixed up by accident.
 */

declare const markdownBrand: unique symbol;

/** A string that is safe to place in a Markdown paragraph, heading, list item or table cell. */
export type Markdown = string & { readonly [markdownBrand]: true };

/** Trusted Markdown written by the report itself (headings, labels, sentences from the glossary). */
export function md(trusted: string): Markdown {
    return trusted as Markdown;
}

/**
 * Line breaks of every kind, other control characters (tab included) and
 * bidirectional overrides (which can make text read differently from what it
 * is) become one space.
 */
const BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;
/**
 * Characters with a meaning in CommonMark or GFM inline syntax, escaped with
 * a backslash: code spans, emphasis, links and images, strikethrough, table
 * cells, headings' closing `#`, GitHub math (`$`), and the backslash itself.
 */
const INLINE_SPECIALS = /[\\`*_[\]~|#$]/g;
/** Entities for the characters that could open HTML, an autolink or an entity reference. */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Plan text as inline Markdown that renders exactly as written, on one line:
 * no HTML (`<script>` shows as text), no links (written or GFM's automatic
 * ones for `www.`, `http://` and e-mail addresses), emphasis, code spans,
 * strikethrough or math, no `|` that splits a table cell, no line break that
 * ends a table row, and no list, heading or quote marker at the start of a
 * line. (GitHub's `@mention` and `#123` references are found in the rendered
 * text, so no escape can stop them; they link, they do not inject.)
 * Whitespace runs collapse to one space; leading and trailing whitespace is
 * dropped.
 */
export function text(raw: string): Markdown {
    const oneLine = raw.replace(BREAKS_AND_CONTROLS, ' ').replace(/\s+/gu, ' ').trim();
    const escaped = oneLine
        .replace(/[&<>]/g, ch => ENTITIES[ch])
        .replace(INLINE_SPECIALS, ch => `\\${ch}`)
        // GFM turns `www.x`, `http://x`, `https://x` and `a@b.c` into links by itself; an escape breaks each.
        .replace(/\b(www)\./gi, '$1\\.')
        .replace(/\b(https?):/gi, '$1\\:')
        .replace(/@/g, '\\@')
        // Block markers that only matter at the start of a line: `- x`, `+ x`, `= x`, `1. x`, `1) x`.
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2');
    return escaped as Markdown;
}

/**
 * A figure the report formatted (money, a percentage, a month): escaped like
 * plan text (a currency may be `$`), but without the start-of-line escapes,
 * since the report never starts a line with a figure. So `-¥1,000.00` stays
 * as it reads.
 */
export function figure(formatted: string): Markdown {
    return formatted
        .replace(BREAKS_AND_CONTROLS, ' ')
        .replace(/[&<>]/g, ch => ENTITIES[ch])
        .replace(INLINE_SPECIALS, ch => `\\${ch}`) as Markdown;
}

/** Joins Markdown pieces. */
export function join(parts: readonly Markdown[], separator: string): Markdown {
    return parts.join(separator) as Markdown;
}

/** `**bold**` around trusted or escaped Markdown (nothing when empty). */
export function bold(content: Markdown): Markdown {
    return (content.length > 0 ? `**${content}**` : content) as Markdown;
}

export type Align = 'left' | 'right';

/**
 * A cell left empty on purpose (the label columns of a totals row). Plan
 * text can never produce it: `text()` replaces control characters.
 */
export const BLANK: Markdown = md('\u0000');

/**
 * A GFM table. Every row is padded or cut to the header's column count; an
 * empty cell reads as a dash (nothing there), except {@link BLANK}.
 */
export function table(header: readonly Markdown[], rows: readonly (readonly Markdown[])[], align: readonly Align[] = []): string {
    const width = header.length;
    const cell = (value: Markdown | undefined): string =>
        value === BLANK ? '' : value !== undefined && value.length > 0 ? value : '–';
    // `| a | b |`, and `| |` for an empty cell (one space, as GFM's compact style has it).
    const line = (row: readonly string[]): string => `|${row.map(c => (c.length > 0 ? ` ${c} ` : ' ')).join('|')}|`;
    const rule = header.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
    return [
        line(header),
        line(rule),
        ...rows.map(row => line(Array.from({ length: width }, (_, i) => cell(row[i]))))
    ].join('\n');
}

/** A bulleted list, one item per line. */
export function bulletList(items: readonly Markdown[]): string {
    return items.map(item => `- ${item}`).join('\n');
}
