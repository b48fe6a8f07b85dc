/**
 * Runs one `.crmplan` text through everything a user can reach — parse,
 * validation, evaluation (`PlanEvaluations`), scenarios, the Monte Carlo
 * analysis, the JSON document, hover at several positions, inlay hints,
 * code lenses, completion, code actions, symbols, the report in both
 * languages, a diff against a known plan, and the formatter — and answers
 * every broken promise as a violation:
 *
 * - `crash:<step>`: a step threw;
 * - `silent-syntax-error`: the text does not parse, yet no error diagnostic;
 * - `silent-failure`: a plan without error diagnostics has no current figures;
 * - `non-finite:<where>`: NaN or ±Infinity in an evaluation, a JSON document
 *   or a diff; `text:<where>`: `NaN`, `Infinity`, `∞`, `undefined` or
 *   `[object Object]` in a text a person reads (unless the plan itself says so);
 * - `schema`: the JSON document does not match docs/evaluation.schema.json;
 * - `markdown:<where>`: raw HTML, a broken table row, a stray fence;
 * - `format:<what>`: a text that parses is refused, changes tokens or comments,
 *   does not parse after formatting, or formats differently a second time;
 *   a text that does not parse gets edits;
 * - `diagnostic-range`: a diagnostic outside the document;
 * - `slow`: everything together took longer than `slowMs` (30 s): a hang.
 *
 * One harness keeps one set of services and one plan URI, replaced by each
 * check, like a document edited over and over in the editor.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Decimal } from 'decimal.js';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { createCrmPlanServices, type CrmPlanServices } from '../../language-server/crmplan-module.js';
import { toDiffJson } from '../../language-server/diff/diff-json.js';
import { diffPlans } from '../../language-server/diff/plan-diff.js';
import { renderDiff } from '../../language-server/diff/render-diff.js';
import { analyseUncertainty, EvaluationError, hasRanges, toEvaluationJson, type Evaluation } from '../../language-server/evaluation/index.js';
import type { Document } from '../../language-server/generated/ast.js';
import type { CrmPlanFormatter } from '../../language-server/lsp/formatter.js';
import type { Plan } from '../../language-server/model/plan.js';
import { renderReport } from '../../language-server/report/index.js';
import { ACME, SIDE_FILES } from './corpus.js';

export interface Violation {
    readonly kind: string;
    readonly detail: string;
}

/** Words no output may contain unless the plan itself contains them. */
const FORBIDDEN_WORDS = ['NaN', 'Infinity', '∞', 'undefined', '[object Object]'];
/** Sentences that legitimately contain a forbidden word. */
const ALLOWED_PHRASES = [/its ROI is undefined/g];
/** HTML the diff comment writes itself. */
const DIFF_OWN_HTML = ['<!-- crmplan -->', '<details>', '</details>', '<summary>', '</summary>'];

const schema = JSON.parse(readFileSync(new URL('../../docs/evaluation.schema.json', import.meta.url), 'utf8')) as object;
const validateJson = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

export interface HarnessOptions {
    /** Monte Carlo trials per check (few: only robustness is under test). */
    readonly trials?: number;
    /** Also run completion, code actions and symbols (slower). Default true. */
    readonly editorExtras?: boolean;
    /** A check that takes longer is a `slow` violation: a hang for a person typing. Default 30 s. */
    readonly slowMs?: number;
}

export class RobustnessHarness {

    readonly folder: string;
    readonly services: CrmPlanServices;
    protected readonly uri: URI;
    protected readonly base: { plan: Plan; evaluation: Evaluation };
    protected readonly options: Required<HarnessOptions>;
    /** How the inputs checked so far fared: how many parsed, and what figures they had. */
    readonly stats = { checked: 0, parsed: 0, current: 0, stale: 0, none: 0, formatted: 0 };
    /** The last text checked that had current figures: views show them, out of date, while later texts have errors. */
    protected lastCurrentText = '';
    /** Milliseconds spent per step, over every check. */
    readonly timings = new Map<string, number>();

    protected constructor(folder: string, services: CrmPlanServices, base: { plan: Plan; evaluation: Evaluation }, options: HarnessOptions) {
        this.folder = folder;
        this.services = services;
        this.uri = URI.file(join(folder, 'plan.crmplan'));
        this.base = base;
        this.options = { trials: options.trials ?? 16, editorExtras: options.editorExtras ?? true, slowMs: options.slowMs ?? 30_000 };
    }

    /** New services on a temporary repository holding the catalogue files the examples import. */
    static async create(options: HarnessOptions = {}): Promise<RobustnessHarness> {
        const parent = mkdtempSync(join(tmpdir(), 'crmplan-robustness-'));
        const folder = join(parent, 'repo');
        mkdirSync(join(folder, '.git'), { recursive: true });
        const services = createCrmPlanServices({ ...NodeFileSystem }).CrmPlan;
        const shared = services.shared;
        // Every inlay hint on, so that amount hints are exercised as well.
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { crmplan: { inlayHints: { roi: true, amounts: true, priority: true } } } });
        const documents: LangiumDocument[] = [];
        for (const [path, text] of Object.entries({ ...SIDE_FILES, 'base.crmplan': ACME })) {
            const absolute = join(folder, path);
            mkdirSync(dirname(absolute), { recursive: true });
            writeFileSync(absolute, text);
            const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(absolute));
            shared.workspace.LangiumDocuments.addDocument(document);
            documents.push(document);
        }
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
        const baseFigures = services.workspace.PlanEvaluations.figures(documents.at(-1)!);
        if (baseFigures.status !== 'current') {
            throw new Error('the acme fixture has no current figures');
        }
        process.on('exit', () => rmSync(parent, { recursive: true, force: true }));
        return new RobustnessHarness(folder, services, baseFigures, options);
    }

    /** Every violation `text` provokes; empty when it is handled well. */
    async check(text: string): Promise<Violation[]> {
        const started = performance.now();
        const violations = await this.checkSteps(text);
        const ms = performance.now() - started;
        if (ms > this.options.slowMs) {
            violations.push({ kind: 'slow', detail: `${Math.round(ms)} ms for ${text.length} characters` });
        }
        return violations;
    }

    protected async checkSteps(text: string): Promise<Violation[]> {
        const violations: Violation[] = [];
        const add = (kind: string, detail: string) => violations.push({ kind, detail: detail.slice(0, 2000) });
        // Stale figures come from the last text that had current figures: its words may show too.
        const forbidden = FORBIDDEN_WORDS.filter(word => !text.includes(word) && !this.lastCurrentText.includes(word));
        const scan = (where: string, output: string | undefined) => {
            if (!output) {
                return;
            }
            let cleaned = output;
            for (const phrase of ALLOWED_PHRASES) {
                cleaned = cleaned.replace(phrase, '');
            }
            for (const word of forbidden) {
                const at = cleaned.indexOf(word);
                if (at >= 0) {
                    add(`text:${where}`, `${JSON.stringify(word)} in …${cleaned.slice(Math.max(0, at - 80), at + 80)}…`);
                }
            }
        };
        const step = async <T>(name: string, run: () => T | Promise<T>): Promise<T | undefined> => {
            const started = performance.now();
            try {
                return await run();
            } catch (error) {
                add(`crash:${name}`, error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error));
                return undefined;
            } finally {
                this.timings.set(name, (this.timings.get(name) ?? 0) + performance.now() - started);
            }
        };

        const shared = this.services.shared;
        // Replace the previous text at the same URI, as an editor's didChange does.
        const document = await step('build', async () => {
            if (shared.workspace.LangiumDocuments.hasDocument(this.uri)) {
                await shared.workspace.DocumentBuilder.update([], [this.uri]);
            }
            const created = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, this.uri);
            shared.workspace.LangiumDocuments.addDocument(created);
            await shared.workspace.DocumentBuilder.build([created], { validation: true });
            return created;
        });
        if (!document) {
            return violations;
        }
        const diagnostics = document.diagnostics ?? [];
        const errors = diagnostics.filter(d => d.severity === 1);
        const parse = document.parseResult;
        const parses = parse.lexerErrors.length === 0 && parse.parserErrors.length === 0;
        this.stats.checked++;
        this.stats.parsed += parses ? 1 : 0;
        if (!parses && errors.length === 0) {
            add('silent-syntax-error', `${parse.lexerErrors.length} lexer and ${parse.parserErrors.length} parser errors, no error diagnostic`);
        }
        this.checkDiagnostics(document, diagnostics, add, scan);

        // Figures: a plan without errors must have current figures.
        const evaluations = this.services.workspace.PlanEvaluations;
        const figures = await step('figures', () => evaluations.figures(document));
        if (figures) {
            this.stats[figures.status]++;
        }
        const root = parse.value as Document;
        if (figures && errors.length === 0 && (root.plans?.length ?? 0) > 0 && figures.status !== 'current') {
            const computed = await step('compute', () => evaluations.compute(document));
            add('silent-failure', `no error diagnostic, yet figures are ${figures.status}: ${JSON.stringify(computed && !computed.ok ? computed : '')}`);
        }
        if (figures && figures.status === 'current') {
            this.lastCurrentText = text;
            const { plan, evaluation } = figures;
            finite('evaluation', evaluation, add);
            // As the views read them: computed on first read, and left out when they cannot be computed.
            const scenarios = await step('scenarios', () => figures.scenarios);
            const uncertainty = await step('uncertainty', () => figures.uncertainty);
            // A simulation with few trials, as `crmplan evaluate --trials` runs it: it must not fail either,
            // but may refuse with an evaluation error (figures beyond the range of numbers), which the CLI prints.
            await step('simulation', () => {
                try {
                    return hasRanges(plan) ? analyseUncertainty(plan, evaluation, { trials: this.options.trials, seed: 7 }) : undefined;
                } catch (error) {
                    if (error instanceof EvaluationError && error.code === 'overflow') {
                        return undefined;
                    }
                    throw error;
                }
            });
            const json = await step('json', () => toEvaluationJson(evaluation, { scenarios, uncertainty }));
            if (json) {
                finite('json', json, add);
                const serialised = JSON.stringify(json);
                scan('json', serialised);
                if (!validateJson(JSON.parse(serialised))) {
                    add('schema', JSON.stringify(validateJson.errors?.slice(0, 3)));
                }
            }
            for (const locale of ['en', 'zh-CN'] as const) {
                const report = await step(`report-${locale}`, () => renderReport(plan, evaluation, locale, { uncertainty, scenarios }));
                scan(`report-${locale}`, report);
                checkMarkdown(`report-${locale}`, report, [], add);
            }
            const diff = await step('diff', () => diffPlans(this.base, { plan, evaluation }));
            if (diff) {
                finite('diff-json', await step('diff-json', () => toDiffJson(diff)), add);
                const comment = await step('diff-render', () => renderDiff(diff, 'en'));
                scan('diff', comment);
                checkMarkdown('diff', comment, DIFF_OWN_HTML, add);
            }
        }

        // Editor views, on current, stale (last good) or no figures alike.
        const lsp = this.services.lsp;
        const textDocument = { uri: this.uri.toString() };
        const lines = document.textDocument.lineCount;
        const whole = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
        for (const position of this.hoverPositions(document)) {
            const hover = await step('hover', () => lsp.HoverProvider?.getHoverContent(document, { textDocument, position }));
            const contents = hover?.contents;
            scan('hover', typeof contents === 'string' ? contents : contents && 'value' in contents ? contents.value : JSON.stringify(contents));
        }
        const hints = await step('inlay-hints', () => lsp.InlayHintProvider?.getInlayHints(document, { textDocument, range: whole }));
        for (const hint of hints ?? []) {
            scan('inlay-hint', typeof hint.label === 'string' ? hint.label : JSON.stringify(hint.label));
            scan('inlay-hint', typeof hint.tooltip === 'string' ? hint.tooltip : JSON.stringify(hint.tooltip));
        }
        const lenses = await step('code-lens', () => lsp.CodeLensProvider?.provideCodeLens(document, { textDocument }));
        for (const lens of lenses ?? []) {
            scan('code-lens', lens.command?.title);
        }
        if (this.options.editorExtras) {
            const end = document.textDocument.positionAt(text.length);
            const middle = document.textDocument.positionAt(Math.floor(text.length / 2));
            for (const position of [end, middle]) {
                await step('completion', () => lsp.CompletionProvider?.getCompletion(document, { textDocument, position }));
            }
            await step('code-actions', () => lsp.CodeActionProvider?.getCodeActions(document, { textDocument, range: whole, context: { diagnostics } }));
            await step('symbols', () => lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument }));
        }

        await step('format', () => this.checkFormatter(document, parses, add));
        return violations;
    }

    /** Diagnostics lie inside the document and say nothing absurd. */
    protected checkDiagnostics(document: LangiumDocument, diagnostics: readonly Diagnostic[], add: (kind: string, detail: string) => void, scan: (where: string, output: string) => void): void {
        const lineCount = document.textDocument.lineCount;
        for (const diagnostic of diagnostics) {
            const { start, end } = diagnostic.range;
            const valid = (p: Position) => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0 && p.line < lineCount + 1;
            if (!valid(start) || !valid(end) || start.line > end.line || (start.line === end.line && start.character > end.character)) {
                add('diagnostic-range', JSON.stringify(diagnostic));
            }
            scan('diagnostic', typeof diagnostic.message === 'string' ? diagnostic.message : JSON.stringify(diagnostic.message));
        }
    }

    /** Offsets to hover: names and references spread over the text, some keywords, both ends, and two more. */
    protected hoverPositions(document: LangiumDocument): Position[] {
        const text = document.textDocument.getText();
        const tokens = this.services.parser.Lexer.tokenize(text).tokens;
        const ids = tokens.filter(t => t.tokenType.name === 'ID');
        const others = tokens.filter(t => t.tokenType.name !== 'ID');
        const spread = <T>(items: readonly T[], count: number): T[] =>
            items.length <= count ? [...items] : Array.from({ length: count }, (_, i) => items[Math.floor(i * items.length / count)]);
        const offsets = new Set<number>([0, text.length, Math.floor(text.length / 3), Math.floor(text.length * 0.77)]);
        for (const token of [...spread(ids, 8), ...spread(others, 3)]) {
            offsets.add(token.startOffset);
            offsets.add(token.startOffset + Math.floor(token.image.length / 2));
        }
        return [...offsets].map(offset => document.textDocument.positionAt(offset));
    }

    /**
     * A text that parses formats to a text that parses, with the same tokens
     * and comments, and formats to itself again; a text that does not parse
     * is left alone.
     */
    protected checkFormatter(document: LangiumDocument, parses: boolean, add: (kind: string, detail: string) => void): void {
        const formatter = this.services.lsp.Formatter as CrmPlanFormatter;
        const original = document.textDocument.getText();
        const options = { tabSize: 4, insertSpaces: true };
        if (!parses) {
            const edits = formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
            if (edits.length > 0) {
                add('format:edits-broken-text', `${edits.length} edits`);
            }
            return;
        }
        const formatted = formatter.formattedText(document);
        if (formatted === undefined) {
            add('format:refused', 'formattedText answered undefined for a text that parses');
            return;
        }
        const before = this.tokenImages(original);
        const after = this.tokenImages(formatted);
        if (!after) {
            add('format:lexing', 'the formatted text has lexing errors');
            return;
        }
        if (before!.length !== after.length || before!.some((image, i) => image !== after[i])) {
            const i = before!.findIndex((image, k) => image !== after[k]);
            add('format:tokens', `token ${i}: ${JSON.stringify(before![i])} became ${JSON.stringify(after[i])}`);
        }
        const again = this.services.shared.workspace.LangiumDocumentFactory.fromString(formatted, URI.file(join(this.folder, 'formatted.crmplan')));
        if (again.parseResult.lexerErrors.length > 0 || again.parseResult.parserErrors.length > 0) {
            add('format:parse', `the formatted text does not parse: ${again.parseResult.parserErrors[0]?.message ?? again.parseResult.lexerErrors[0]?.message}`);
            return;
        }
        this.stats.formatted++;
        const twice = formatter.formattedText(again);
        if (twice !== formatted) {
            add('format:idempotence', twice === undefined ? 'refused the second time' : `differs at offset ${firstDifference(formatted, twice)}`);
        }
    }

    /** Token and comment images in order (a line comment without trailing whitespace); undefined on a lexing error. */
    protected tokenImages(text: string): string[] | undefined {
        const result = this.services.parser.Lexer.tokenize(text);
        if (result.errors.length > 0) {
            return undefined;
        }
        const comments = (result.hidden ?? []).filter(t => t.tokenType.name === 'SL_COMMENT' || t.tokenType.name === 'ML_COMMENT');
        return [...result.tokens, ...comments]
            .sort((a, b) => a.startOffset - b.startOffset)
            .map(t => (t.tokenType.name === 'SL_COMMENT' ? t.image.trimEnd() : t.image));
    }
}

function firstDifference(a: string, b: string): number {
    let i = 0;
    while (i < a.length && a[i] === b[i]) {
        i++;
    }
    return i;
}

/** NaN or ±Infinity anywhere in a value: plain numbers and decimals. */
export function finite(where: string, value: unknown, add: (kind: string, detail: string) => void): void {
    const seen = new Set<unknown>();
    const walk = (v: unknown, path: string): void => {
        if (typeof v === 'number') {
            if (!Number.isFinite(v)) {
                add(`non-finite:${where}`, `${path} = ${v}`);
            }
            return;
        }
        if (!v || typeof v !== 'object' || seen.has(v)) {
            return;
        }
        seen.add(v);
        if (Decimal.isDecimal(v)) {
            if (!(v as Decimal).isFinite()) {
                add(`non-finite:${where}`, `${path} = ${String(v)}`);
            }
            return;
        }
        for (const [key, child] of Object.entries(v)) {
            walk(child, `${path}.${key}`);
        }
    };
    walk(value, where);
}

/**
 * Plan text cannot become markup: no HTML but `allowedHtml`, every table row
 * starts and ends with a pipe and has its table's column count, and fences
 * are only the generator's own.
 */
export function checkMarkdown(where: string, markdown: string | undefined, allowedHtml: readonly string[], add: (kind: string, detail: string) => void): void {
    if (markdown === undefined) {
        return;
    }
    let stripped = markdown;
    for (const html of allowedHtml) {
        stripped = stripped.split(html).join('');
    }
    const tag = /<[A-Za-z/!?]/.exec(stripped);
    if (tag) {
        add(`markdown:${where}`, `raw HTML: …${stripped.slice(Math.max(0, tag.index - 60), tag.index + 60)}…`);
    }
    const lines = markdown.split('\n');
    let columns: number | undefined;
    let inFence = false;
    for (const [i, line] of lines.entries()) {
        if (/^\s{0,3}(```|~~~)/.test(line)) {
            if (!inFence && !/^(```|~~~)(mermaid)?$/.test(line)) {
                add(`markdown:${where}`, `line ${i + 1}: a fence opened by plan text: ${line.slice(0, 100)}`);
            }
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            continue;
        }
        if (line.startsWith('|')) {
            const pipes = unescapedPipes(line);
            if (!/(^|[^\\])(\\\\)*\|$/.test(line)) {
                add(`markdown:${where}`, `line ${i + 1}: a table row that does not end with a pipe: ${line.slice(0, 200)}`);
            }
            if (columns === undefined) {
                columns = pipes;
            } else if (pipes !== columns) {
                add(`markdown:${where}`, `line ${i + 1}: ${pipes - 1} cells in a table of ${columns - 1}: ${line.slice(0, 200)}`);
            }
        } else {
            columns = undefined;
        }
        if (/[\u0000\r]/.test(line)) {
            add(`markdown:${where}`, `line ${i + 1}: a NUL or carriage return`);
        }
    }
}

/** Pipes that separate cells: not escaped by an odd number of backslashes. */
function unescapedPipes(line: string): number {
    let count = 0;
    let backslashes = 0;
    for (const c of line) {
        if (c === '|' && backslashes % 2 === 0) {
            count++;
        }
        backslashes = c === '\\' ? backslashes + 1 : 0;
    }
    return count;
}
