/**
 * The glossary is complete in every locale, and no view spells a word its
 * own way: every user-facing string lives in language-server/i18n/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GLOSSARIES, type Glossary } from '../../language-server/i18n/glossary.js';
import { LOCALES } from '../../language-server/i18n/locale.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A stand-in for the i-th argument: prints as `⟨i⟩` in a template, and works
 * as a list (`roots.map`), a number (`count === 1`) or a flag (truthy), so an
 * entry can be called without knowing its parameter types.
 */
function placeholder(i: number | string): unknown {
    const value = [`⟨${i}⟩`];
    value.toString = () => `⟨${i}⟩`;
    return value;
}

/** Every entry of a table as text: functions are called with one placeholder per parameter. */
export function flatten(value: unknown, path: string, out = new Map<string, string>()): Map<string, string> {
    if (typeof value === 'string') {
        out.set(path, value);
    } else if (typeof value === 'function') {
        // A diagnostic and a usage problem take one object of named arguments; other entries take positional ones.
        const args = path.startsWith('diagnostics.')
            ? [new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? `⟨${key}⟩` : undefined) })]
            : path.startsWith('cli.usage.')
                ? [new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? placeholder(key) : undefined) })]
                : Array.from({ length: Math.max(value.length, 1) }, (_, i) => placeholder(i));
        out.set(path, String((value as (...a: unknown[]) => unknown)(...args)));
    } else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
            flatten(child, path ? `${path}.${key}` : key, out);
        }
    }
    return out;
}

const tables = new Map(LOCALES.map(locale => [locale, flatten(GLOSSARIES[locale], '')]));
const english = tables.get('en')!;
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

function placeholders(text: string): string[] {
    // A phrase given in each language (`what`, `whatZh`) is one placeholder.
    return [...new Set((text.match(/⟨\w+⟩/g) ?? []).map(p => p.replace(/Zh⟩$/, '⟩')))].sort();
}

/** Spellings the Chinese style guide (docs/translating.md) replaces, with the word to use instead. */
const ZH_NOT: readonly (readonly [RegExp, string])[] = [
    [/净现值 \(NPV\)/, '净现值（NPV）'],
    [/现值回报率/, '现值投资回报率'],
    [/(?<!投资)回收期/, '静态投资回收期'],
    [/无法回收|期内未回本|未回本/, '计划期内未收回'],
    [/贴现率/, '折现率'],
    [/必需需求/, '“必须有”的需求'],
    [/(?<![（(])\b(?:NPV|ROI|TCO)\b(?![）)])/, '净现值（NPV）、投资回报率（ROI）、总拥有成本（TCO）'],
    [/基准情况/, '基准情景'],
    [/产能|(?<!实施)容量/, '实施容量'],
    [/内部费率/, '内部人力单价'],
    [/许可价格|按年付款|(?<!按年预付|按月支付)付款/, '许可费、按年预付、按月支付'],
    [/节约|节支|(?<!增)收入/, '增收、降本、提效'],
    [/\bpp\b/, '个百分点'],
    [/n\/a/, '不适用'],
    [/person-weeks?|months?\b|\bmo\b/, '人周、个月'],
    [/[A-Za-z]+:/, 'a Chinese label with ：'],
    [/[\u4e00-\u9fff][,;:?!()]|[,;:?!()][\u4e00-\u9fff]/, 'full-width punctuation next to Chinese']
];

describe('glossary', () => {
    it('every locale has every key of the English one, and no other', () => {
        // A locale names only the currencies it writes by name (`23.00 美元`).
        const keys = (table: Map<string, string>) => [...table.keys()].filter(key => !key.startsWith('currencyNames.')).sort();
        for (const [locale, table] of tables) {
            expect(keys(table), locale).toEqual(keys(english));
        }
    });

    it('no entry is empty', () => {
        const empty = [...tables].flatMap(([locale, table]) =>
            [...table].filter(([, text]) => text === '').map(([key]) => `${locale}: ${key}`));
        // Chinese joins sentences with nothing (no space after 。), nor puts a space after full-width brackets and colons.
        expect([...empty].sort()).toEqual(['zh-CN: guardrails.basisSeparator', 'zh-CN: guardrails.leadSpace', 'zh-CN: report.sentenceJoin']);
    });

    it('every locale uses the same placeholders as English', () => {
        const differ = [...tables].flatMap(([locale, table]) => [...english]
            .filter(([key, text]) => placeholders(text).join() !== placeholders(table.get(key) ?? '').join())
            .map(([key]) => `${locale}: ${key}`));
        expect(differ).toEqual([]);
    });

    it('English entries have no Chinese', () => {
        expect([...english].filter(([, text]) => CHINESE.test(text)).map(([key]) => key)).toEqual([]);
    });

    it('Chinese entries follow the style guide', () => {
        const offenders = [...tables.get('zh-CN')!].flatMap(([key, text]) => ZH_NOT
            .filter(([not]) => not.test(text.replace(/`[^`]*`|“[^”]*”|⟨\w+⟩/g, '')))
            .map(([, write]) => `${key}: ${text} (write ${write})`));
        expect(offenders).toEqual([]);
    });

    it('the checks above can fail', () => {
        const broken: Glossary = { ...GLOSSARIES['zh-CN'], diff: { ...GLOSSARIES['zh-CN'].diff, npv: '净现值 (NPV)', heading: () => '' } };
        const table = flatten(broken, '');
        expect(ZH_NOT.some(([not]) => not.test(table.get('diff.npv')!))).toBe(true);
        expect(placeholders(table.get('diff.heading')!)).not.toEqual(placeholders(english.get('diff.heading')!));
    });
});

/** Source files under `dir`, recursively. */
function sources(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
    });
}

describe('views take their words from the glossary', () => {
    const files = [...sources(join(ROOT, 'language-server')), ...sources(join(ROOT, 'src'))]
        .map(path => relative(ROOT, path).replaceAll('\\', '/'))
        .filter(path => !path.startsWith('language-server/i18n/') && !path.startsWith('language-server/generated/'));

    /** A source file's lines without its comment lines. */
    const code = (path: string) => readFileSync(join(ROOT, path), 'utf8').split('\n').filter(line => !/^\s*(\/\/|\/\*|\*)/.test(line));

    it('no Chinese text outside language-server/i18n/', () => {
        const offenders = files.flatMap(path => readFileSync(join(ROOT, path), 'utf8').split('\n')
            .flatMap((line, index) => CHINESE.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : []));
        expect(offenders).toEqual([]);
    });

    it('no view writes `n/a` itself', () => {
        const offenders = files.filter(path => code(path).some(line => /['"`]n\/a\b/.test(line)));
        expect(offenders).toEqual([]);
    });

    it('no view spells an English term of the glossary itself', () => {
        // Entries of two words or more (`Total benefit`, `not within the horizon`), written as a whole string literal.
        // Keywords of the language (`internal rate`) are the plan's words, not the glossary's.
        const keywords = new Set(['internal rate', 'measured by', 'asked by']);
        const terms = [...new Set([...english.values()].filter(text => /^[A-Za-z(][^⟨]*\s\S/.test(text) && !/[`*|]/.test(text) && !keywords.has(text)))];
        // The evaluation makes data (the JSON document), not a view; it may not import the glossary.
        const offenders = files.filter(path => !path.startsWith('language-server/evaluation/')).flatMap(path => {
            const source = code(path).join('\n');
            return terms.filter(term => [`'${term}'`, `"${term}"`, `\`${term}\``].some(literal => source.includes(literal)))
                .map(term => `${path}: ${term}`);
        });
        expect(offenders).toEqual([]);
        expect(terms).toContain('not within the horizon');
    });

    it('the scan sees the views', () => {
        expect(files).toContain('language-server/report/report.ts');
        expect(files).toContain('src/extension/main.ts');
    });
});
