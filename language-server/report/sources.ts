/**
 * Sources (`source "..."`) beside the figures of the report's tables: a
 * superscript mark after the figure (`¥80,000.00 once in 2027-02¹`) and,
 * under the table, the list of the sources its marks stand for. Wide tables
 * stay as narrow as they were. Marks are numbered once per report in order
 * of first use, so one source has one mark in every table.
 */
import { glossary } from '../i18n/glossary.js';
import type { ProvenanceTerms } from '../i18n/provenance-terms.js';
import type { ReportContext } from './context.js';
import { bulletList, md, text, type Markdown } from './markdown.js';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The report's numbering of sources, one per rendered report (kept beside its context, which stays as it is). */
const numbering = new WeakMap<ReportContext, Map<string, number>>();

/** The provenance words of the report's locale. */
export function provenanceTerms(ctx: ReportContext): ProvenanceTerms {
    return glossary(ctx.locale).provenance;
}

/** The sources marked in one table, and the list that goes under it. */
export class TableSources {
    private readonly used = new Set<number>();
    private readonly numbers: Map<string, number>;

    constructor(private readonly ctx: ReportContext) {
        let numbers = numbering.get(ctx);
        if (!numbers) {
            numbers = new Map();
            numbering.set(ctx, numbers);
        }
        this.numbers = numbers;
    }

    /** `figure¹` when the figure's input has a source; the figure alone otherwise. */
    mark(figure: Markdown, source: string | undefined): Markdown {
        if (source === undefined || source.trim() === '') {
            return figure;
        }
        let number = this.numbers.get(source);
        if (number === undefined) {
            number = this.numbers.size + 1;
            this.numbers.set(source, number);
        }
        this.used.add(number);
        return md(`${figure}${superscript(number)}`);
    }

    /** The blocks that go right after the table: nothing when no figure of it has a source. */
    blocks(): string[] {
        if (this.used.size === 0) {
            return [];
        }
        const byNumber = new Map([...this.numbers].map(([source, number]) => [number, source]));
        const items = [...this.used].sort((a, b) => a - b).map(number => md(`${superscript(number)} ${text(byNumber.get(number)!)}`));
        return [provenanceTerms(this.ctx).report.sourcesIntro, bulletList(items)];
    }
}

function superscript(number: number): string {
    return [...String(number)].map(digit => SUPERSCRIPT_DIGITS[Number(digit)]).join('');
}
