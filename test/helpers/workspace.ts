/**
 * Loads `.crmplan` files into a fresh-enough Langium workspace and builds
 * them with validation, the way the CLI and the language server do.
 *
 * Files are written to a temporary folder (with a `.git` folder, so it is
 * the repository root for the import rules) and loaded as `file:///`
 * documents from their text. Each call gets its own folder, so names and
 * URIs never collide between tests that share one set of services.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createCrmPlanServices, type CrmPlanServices } from '../../language-server/crmplan-module.js';
import type { Document } from '../../language-server/generated/ast.js';
import type { Locale } from '../../language-server/i18n/locale.js';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

/** A diagnostic as tests look at it: code, 1-based position and the text it underlines. */
export interface CheckedDiagnostic {
    readonly code: string;
    readonly severity: SeverityName;
    readonly message: string;
    /** 1-based line of the start of the range. */
    readonly line: number;
    /** 1-based column of the start of the range. */
    readonly column: number;
    /** The source text the range covers. */
    readonly text: string;
}

export interface CheckedWorkspace {
    readonly services: CrmPlanServices;
    /** The temporary folder the files were written to (the repository root unless `git: false`). */
    readonly folder: string;
    /** The document of a file, by the relative path it was given under. */
    document(path: string): LangiumDocument<Document>;
    /** The diagnostics of a file, in document order. */
    diagnostics(path: string): CheckedDiagnostic[];
    /** Only the codes of a file's diagnostics, in document order. */
    codes(path: string): string[];
}

export interface CheckOptions {
    /** Language of the messages (default English). */
    readonly locale?: Locale;
    /** Put a `.git` folder in the temporary folder (default true). */
    readonly git?: boolean;
    /**
     * Files written to disk next to (or above) the temporary folder but not
     * loaded, keyed by a path relative to the folder (may start with `../`).
     */
    readonly onDiskOnly?: Record<string, string>;
    /** Paths (relative to the folder) of files to load and build; default: every file given. */
    readonly load?: readonly string[];
    /** New services instead of the ones shared by this test file. */
    readonly freshServices?: boolean;
}

let sharedServices: CrmPlanServices | undefined;
const folders: string[] = [];
let cleanupRegistered = false;

function services(fresh: boolean): CrmPlanServices {
    if (fresh) {
        return createCrmPlanServices({ ...NodeFileSystem }).CrmPlan;
    }
    sharedServices ??= createCrmPlanServices({ ...NodeFileSystem }).CrmPlan;
    return sharedServices;
}

/** A new temporary folder; every folder is removed when the process exits. */
export function temporaryFolder(): string {
    if (!cleanupRegistered) {
        cleanupRegistered = true;
        process.on('exit', () => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })));
    }
    // A parent per call, so that `../` paths of `onDiskOnly` stay inside it.
    const parent = mkdtempSync(join(tmpdir(), 'crmplan-test-'));
    folders.push(parent);
    const folder = join(parent, 'repo');
    mkdirSync(folder);
    return folder;
}

function write(folder: string, path: string, text: string): string {
    const absolute = join(folder, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
    return absolute;
}

function severityName(diagnostic: Diagnostic): SeverityName {
    switch (diagnostic.severity) {
        case 1: return 'error';
        case 2: return 'warning';
        case 3: return 'info';
        default: return 'hint';
    }
}

/**
 * Writes `files` (relative path → text), loads them as documents, builds them
 * with validation and answers their diagnostics.
 */
export async function checkFiles(files: Record<string, string>, options: CheckOptions = {}): Promise<CheckedWorkspace> {
    const folder = temporaryFolder();
    if (options.git !== false) {
        mkdirSync(join(folder, '.git'));
    }
    for (const [path, text] of Object.entries(options.onDiskOnly ?? {})) {
        write(folder, path, text);
    }
    const crmplan = services(options.freshServices ?? false);
    crmplan.i18n.Locale.current = options.locale ?? 'en';
    const shared = crmplan.shared;
    const documents = new Map<string, LangiumDocument<Document>>();
    const toLoad = options.load ?? Object.keys(files);
    for (const [path, text] of Object.entries(files)) {
        const absolute = write(folder, path, text);
        if (toLoad.includes(path)) {
            const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file(absolute));
            shared.workspace.LangiumDocuments.addDocument(document);
            documents.set(path, document);
        }
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });

    const document = (path: string): LangiumDocument<Document> => {
        const found = documents.get(path);
        if (!found) {
            throw new Error(`No document '${path}' was loaded; loaded: ${[...documents.keys()].join(', ')}`);
        }
        return found;
    };
    const diagnostics = (path: string): CheckedDiagnostic[] => {
        const loaded = document(path);
        return (loaded.diagnostics ?? [])
            .map(diagnostic => ({
                code: String(diagnostic.code ?? ''),
                severity: severityName(diagnostic),
                message: typeof diagnostic.message === 'string' ? diagnostic.message : (diagnostic.message as { value: string }).value,
                line: diagnostic.range.start.line + 1,
                column: diagnostic.range.start.character + 1,
                text: loaded.textDocument.getText(diagnostic.range)
            }))
            .sort((a, b) => a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    };
    return { services: crmplan, folder, document, diagnostics, codes: path => diagnostics(path).map(d => d.code) };
}

/** Checks one file on its own; answers its diagnostics. */
export async function checkText(text: string, options: CheckOptions = {}): Promise<CheckedDiagnostic[]> {
    const workspace = await checkFiles({ 'plan.crmplan': text }, options);
    return workspace.diagnostics('plan.crmplan');
}

/** The diagnostics of `code` only. */
export function withCode(diagnostics: readonly CheckedDiagnostic[], code: string): CheckedDiagnostic[] {
    return diagnostics.filter(diagnostic => diagnostic.code === code);
}

/**
 * A small, valid plan (no diagnostics at all) to vary in tests: replace one
 * of its lines or append declarations. Its one cost gives every option a
 * TCO, so that options do not draw CRM111 (ROI undefined).
 */
export const MINIMAL_PLAN = `plan "Minimal" {
    currency CNY
    start 2027-01
    horizon 12 months
}

goal Growth "Grow" weight 100%

cost Base "Base cost" {
    direct
    1000 once
}
`;

/** 1-based line of the first occurrence of `snippet` in `source` (throws if absent, so a test cannot pass vacuously). */
export function lineOf(source: string, snippet: string): number {
    const at = source.indexOf(snippet);
    if (at < 0) {
        throw new Error(`'${snippet}' does not occur in the source`);
    }
    return source.slice(0, at).split('\n').length;
}

/** `MINIMAL_PLAN` followed by `declarations`. */
export function minimalPlan(declarations = ''): string {
    return `${MINIMAL_PLAN}\n${declarations}`;
}
