/**
 * The corpus of mistaken plans (test/errors/corpus/*.crmplan): each is the
 * plan of base.crmplan with one mistake a person really makes (a misspelt
 * keyword, full-width punctuation, a month written another way, a broken
 * brace or title, a misspelt name). expected.json holds, for each, the first
 * diagnostic (code, line, message in English and Chinese), how many
 * diagnostics the one mistake causes, and the line the preferred quick fix
 * writes (and the "fix all" when there is one). Checked through `crmplan
 * check` as a process and through the language server over stdio.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { CodeActionRequest } from 'vscode-languageserver-protocol/node';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { runCli } from '../helpers/run-cli.js';

interface Expected {
    readonly code: string;
    readonly line: number;
    readonly en: string;
    readonly zh: string;
    readonly diagnostics: number;
    readonly fix: { readonly title: string; readonly line: string; readonly allLine?: string } | null;
}

interface CliDiagnostic {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly code: string;
    readonly message: string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const corpus = join(here, 'corpus');
const expected = JSON.parse(readFileSync(join(here, 'expected.json'), 'utf8')) as Record<string, Expected>;
const names = readdirSync(corpus).filter(name => name.endsWith('.crmplan')).map(name => name.slice(0, -'.crmplan'.length)).sort();

/** `crmplan check --json` over the whole corpus, the diagnostics grouped by file (in the CLI's order: by position). */
function checkCorpus(lang: string): Map<string, CliDiagnostic[]> {
    const result = runCli(['check', '--json', '--lang', lang, '.'], { cwd: corpus });
    expect(result.stderr).toBe('');
    const byFile = new Map<string, CliDiagnostic[]>();
    for (const diagnostic of JSON.parse(result.stdout) as CliDiagnostic[]) {
        const name = diagnostic.file.replace(/\.crmplan$/, '');
        byFile.set(name, [...byFile.get(name) ?? [], diagnostic]);
    }
    return byFile;
}

describe('the corpus of mistaken plans', () => {
    it('has at least 60 plans, each with its expectation', () => {
        expect(names.length).toBeGreaterThanOrEqual(60);
        expect(Object.keys(expected).sort()).toEqual(names);
        expect(runCli(['check', join(here, 'base.crmplan')]).stdout.trim()).toBe('No problems in 1 file.');
    });

    it('each mistake is at most 2 diagnostics', () => {
        const counts = Object.entries(expected).filter(([, e]) => e.diagnostics > 2).map(([name]) => name);
        expect(counts).toEqual([]);
    });
});

describe('crmplan check on the corpus', () => {
    it('gives the expected first diagnostic and count for every plan, in English', () => {
        const byFile = checkCorpus('en');
        for (const name of names) {
            const diagnostics = byFile.get(name) ?? [];
            const want = expected[name];
            expect({ name, code: diagnostics[0]?.code, line: diagnostics[0]?.line, message: diagnostics[0]?.message, count: diagnostics.length })
                .toEqual({ name, code: want.code, line: want.line, message: want.en, count: want.diagnostics });
        }
    });

    it('gives the same diagnostics in Chinese with --lang zh-CN', () => {
        const byFile = checkCorpus('zh-CN');
        for (const name of names) {
            const first = byFile.get(name)?.[0];
            expect({ name, code: first?.code, message: first?.message }).toEqual({ name, code: expected[name].code, message: expected[name].zh });
        }
    });

    it('never lets the lexer\'s raw "unexpected character" text through', () => {
        const byFile = checkCorpus('en');
        const raw = [...byFile.values()].flat().filter(d => /unexpected character|->.*<-|skipped \d+ characters/i.test(d.message));
        expect(raw).toEqual([]);
    });
});

describe('the language server on the corpus', () => {
    let folder: string;
    let english: LspClient;
    let chinese: LspClient;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'crmplan-corpus-'));
        mkdirSync(join(folder, '.git'));
        cpSync(corpus, folder, { recursive: true });
        english = (await LspClient.start(folder)).client;
        chinese = (await LspClient.start(folder, { locale: 'zh-CN' })).client;
    }, 60_000);

    afterAll(async () => {
        await english?.stop();
        await chinese?.stop();
    });

    const diagnosticsOf = (client: LspClient, name: string): Promise<Diagnostic[]> =>
        client.diagnosticsFor(fileUri(join(folder, `${name}.crmplan`)), d => d.length === expected[name].diagnostics, 60_000)
            .then(d => [...d].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character));

    it('publishes the expected first diagnostic for every plan, in the client\'s language', async () => {
        for (const name of names) {
            const [first] = await diagnosticsOf(english, name);
            const [firstZh] = await diagnosticsOf(chinese, name);
            expect({ name, code: first?.code, line: (first?.range.start.line ?? -2) + 1, message: first?.message })
                .toEqual({ name, code: expected[name].code, line: expected[name].line, message: expected[name].en });
            expect({ name, message: firstZh?.message }).toEqual({ name, message: expected[name].zh });
        }
    }, 180_000);

    it('offers the expected quick fix, and for full-width marks a fix of all of them', async () => {
        for (const name of names) {
            const want = expected[name].fix;
            const [first] = await diagnosticsOf(english, name);
            const uri = fileUri(join(folder, `${name}.crmplan`));
            const actions = (await english.connection.sendRequest(CodeActionRequest.type, {
                textDocument: { uri }, range: first.range, context: { diagnostics: [first] }
            }) ?? []) as CodeAction[];
            const preferred = actions.find(action => action.isPreferred && !action.title.startsWith('Create '));
            if (!want) {
                expect({ name, fix: preferred?.title }).toEqual({ name, fix: undefined });
                continue;
            }
            const text = TextDocument.create(uri, 'crmplan', 1, readFileSync(join(corpus, `${name}.crmplan`), 'utf8'));
            const lineAfter = (action: CodeAction | undefined) =>
                action && TextDocument.applyEdits(text, action.edit!.changes![uri]).split('\n')[first.range.start.line];
            expect({ name, title: preferred?.title, line: lineAfter(preferred) }).toEqual({ name, title: want.title, line: want.line });
            if (want.allLine !== undefined) {
                const all = actions.find(action => action.title.startsWith('Replace every'));
                expect({ name, line: lineAfter(all) }).toEqual({ name, line: want.allLine });
            }
        }
    }, 180_000);
});
