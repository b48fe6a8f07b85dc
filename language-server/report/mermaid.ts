/**
 * Mermaid blocks for the report: a `gantt` chart of the phases and an
 * `xychart-beta` of the yearly cash flow. GitHub renders both from fenced
 * `mermaid` code blocks.
 *
 * Labels come from the plan, so they are reduced to characters that mean
 * nothing to Mermaid's lexers: letters, digits, spaces and a few harmless
 * marks. Gone are `:` (separates a task's name from its data), `#` and `;`
 * (entities and statement ends), `%` (comments), quotes (string ends),
 * backticks (Markdown strings, and the code fence around the block), and
 * `<`, `>`, `&` (HTML in rendered labels).
 */

/** ASCII characters kept in labels besides letters, digits and spaces. */
const SAFE_ASCII_MARKS = new Set(['-', '_', '.', ',', '(', ')', '/', '+']);

/**
 * A label Mermaid shows as written: unsafe characters become spaces, spaces
 * collapse, and an empty result falls back to `fallback` (itself sanitised),
 * then to `-`.
 */
export function mermaidLabel(raw: string, fallback = ''): string {
    return sanitise(raw) || sanitise(fallback) || '-';
}

function sanitise(raw: string): string {
    let out = '';
    for (const ch of raw) {
        const code = ch.codePointAt(0)!;
        const keep = code < 0x80
            ? /[A-Za-z0-9 ]/.test(ch) || SAFE_ASCII_MARKS.has(ch)
            // Beyond ASCII: letters, marks, digits, punctuation and symbols (CJK punctuation such
            // as full-width brackets, colon and comma included); no controls, separators other than spaces, or format characters.
            : /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch);
        out += keep ? ch : ' ';
    }
    return out.replace(/\s+/gu, ' ').trim();
}

/** A Mermaid number: plain decimal notation (the xychart lexer knows no exponents). */
export function mermaidNumber(value: string): string {
    if (!/^-?\d+(\.\d+)?$/.test(value)) {
        throw new Error(`not a plain decimal: ${value}`);
    }
    return value === '-0' || /^-0\.0+$/.test(value) ? value.slice(1) : value;
}

export interface GanttTask {
    /** Shown before the label (`1. Setup`); also the task's id (`t1`). Unique within the chart. */
    readonly number: number;
    /** Shown on the bar after the task's number. */
    readonly label: string;
    /** `YYYY-MM`. */
    readonly start: string;
    readonly durationMonths: number;
}

export interface GanttSection {
    readonly label: string;
    readonly tasks: readonly GanttTask[];
}

/**
 * A month-granular gantt chart: `dateFormat YYYY-MM`, each task with its
 * start month and its duration in months (`3M`). Each task's name starts
 * with its number (`1. Setup`), which also keeps it from starting with one of
 * the words Mermaid's gantt lexer reads as a statement (`click`, `title`,
 * `section`, a date, ...); its id is `t` and the number.
 */
export function gantt(title: string, sections: readonly GanttSection[]): string {
    const lines = ['gantt', `    title ${mermaidLabel(title)}`, '    dateFormat YYYY-MM', '    axisFormat %Y-%m'];
    const numbers = new Set<number>();
    for (const section of sections) {
        lines.push(`    section ${mermaidLabel(section.label)}`);
        for (const task of section.tasks) {
            if (!/^\d{4}-\d{2}$/.test(task.start) || !Number.isInteger(task.durationMonths) || task.durationMonths < 0
                || !Number.isInteger(task.number) || task.number < 1 || numbers.has(task.number)) {
                throw new Error(`gantt task ${task.number} with start ${task.start} and ${task.durationMonths} months`);
            }
            numbers.add(task.number);
            lines.push(`    ${task.number}. ${mermaidLabel(task.label)} :t${task.number}, ${task.start}, ${task.durationMonths}M`);
        }
    }
    return fence(lines);
}

export interface XyChart {
    readonly title: string;
    readonly xLabels: readonly string[];
    readonly yTitle: string;
    /** Plain decimal strings, one per x label. */
    readonly bars?: readonly string[];
    readonly line?: readonly string[];
}

/** An `xychart-beta` with categorical x labels, optional bars and an optional line. */
export function xyChart(chart: XyChart): string {
    const quote = (label: string) => `"${mermaidLabel(label)}"`;
    const series = (values: readonly string[]) => `[${values.map(mermaidNumber).join(', ')}]`;
    const lines = [
        'xychart-beta',
        `    title ${quote(chart.title)}`,
        `    x-axis [${chart.xLabels.map(quote).join(', ')}]`,
        `    y-axis ${quote(chart.yTitle)}`
    ];
    for (const [keyword, values] of [['bar', chart.bars], ['line', chart.line]] as const) {
        if (values) {
            if (values.length !== chart.xLabels.length) {
                throw new Error(`${keyword} has ${values.length} values for ${chart.xLabels.length} labels`);
            }
            lines.push(`    ${keyword} ${series(values)}`);
        }
    }
    return fence(lines);
}

function fence(lines: readonly string[]): string {
    return ['```mermaid', ...lines, '```'].join('\n');
}
