import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The extension manifest and the files it points at, as VS Code and vsce read them. */
const read = (path: string): string => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
const json = <T>(path: string): T => JSON.parse(read(path)) as T;

interface Manifest {
    engines: { vscode: string };
    main: string;
    icon: string;
    activationEvents: string[];
    scripts: Record<string, string>;
    dependencies?: Record<string, string>;
    devDependencies: Record<string, string>;
    contributes: {
        languages: Array<{ id: string; aliases: string[]; extensions: string[]; configuration: string }>;
        grammars: Array<{ language: string; scopeName: string; path: string }>;
        snippets: Array<{ language: string; path: string }>;
        commands: Array<{ command: string; title: string; category: string }>;
        configuration: { properties: Record<string, { default: unknown; enum?: string[]; description: string }> };
    };
}

const manifest = json<Manifest>('package.json');
const nls = json<Record<string, string>>('package.nls.json');
const nlsZh = json<Record<string, string>>('package.nls.zh-cn.json');

describe('extension manifest', () => {
    it('contributes the crmplan language with its configuration, grammar and snippets', () => {
        const [language] = manifest.contributes.languages;
        expect(language).toMatchObject({ id: 'crmplan', extensions: ['.crmplan'], configuration: './language-configuration.json' });
        expect(language!.aliases[0]).toBe('CRM Plan');
        expect(manifest.contributes.grammars).toEqual([{ language: 'crmplan', scopeName: 'source.crmplan', path: './syntaxes/crmplan.tmLanguage.json' }]);
        expect(manifest.contributes.snippets).toEqual([{ language: 'crmplan', path: './snippets/crmplan.json' }]);
        expect(manifest.engines.vscode).toBe('^1.101.0');
        // Bundled by esbuild: a development dependency, so installing the npm package pulls in nothing.
        expect(manifest.devDependencies['vscode-languageclient']).toMatch(/^~11\./);
        expect(manifest.dependencies).toBeUndefined();
        expect(manifest.main).toBe('./out/extension.cjs');
    });

    it('activates on the language and on its commands', () => {
        const commands = manifest.contributes.commands.map(c => c.command);
        expect(commands).toEqual(['crmplan.showReportPreview', 'crmplan.saveReport', 'crmplan.compareWithHead', 'crmplan.restartServer']);
        expect(manifest.activationEvents).toEqual(['onLanguage:crmplan', ...commands.map(c => `onCommand:${c}`)]);
        expect(manifest.contributes.commands.every(c => c.category === 'CRM Plan')).toBe(true);
    });

    it('has the settings with their defaults', () => {
        const properties = manifest.contributes.configuration.properties;
        expect(Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, value.default]))).toEqual({
            'crmplan.inlayHints.roi': true,
            'crmplan.inlayHints.amounts': false,
            'crmplan.inlayHints.priority': true,
            'crmplan.report.language': 'auto',
            'crmplan.trace.server': 'off'
        });
        expect(properties['crmplan.report.language']!.enum).toEqual(['auto', 'en', 'zh-CN']);
        expect(properties['crmplan.trace.server']!.enum).toEqual(['off', 'messages', 'verbose']);
    });

    it('has every %key% in English and Simplified Chinese, and no unused key', () => {
        const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map(match => match[1]!);
        expect(keys.length).toBeGreaterThan(10);
        expect(new Set(keys)).toEqual(new Set(Object.keys(nls)));
        expect(Object.keys(nlsZh).sort()).toEqual(Object.keys(nls).sort());
        // Translated, except the product's name.
        for (const key of keys.filter(k => nls[k] !== 'CRM Plan')) {
            expect(nlsZh[key], key).not.toBe(nls[key]);
        }
    });

    it('ships every file it points at in the .vsix', () => {
        const vsixFiles = json<string[]>('scripts/vsix-files.json');
        const shipped = [manifest.main, manifest.icon, manifest.contributes.languages[0]!.configuration,
            ...manifest.contributes.grammars.map(g => g.path), ...manifest.contributes.snippets.map(s => s.path),
            './out/language-server.cjs', 'package.nls.json', 'package.nls.zh-cn.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
        for (const path of shipped) {
            expect(vsixFiles, path).toContain(path.replace(/^\.\//, ''));
        }
        expect(manifest.scripts.package).toBe('node scripts/package.mjs');
    });
});

describe('language configuration', () => {
    const configuration = json<{
        comments: { lineComment: string; blockComment: [string, string] };
        wordPattern: { pattern: string; flags: string };
        folding: { markers: { start: string; end: string } };
    }>('language-configuration.json');

    it('knows both comment styles', () => {
        expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    });

    it('has a Unicode word pattern: Chinese names, months, numbers and person-weeks are words', () => {
        const words = (text: string) => text.match(new RegExp(configuration.wordPattern.pattern, `${configuration.wordPattern.flags}g`));
        expect(words('requirement 会员积分 "x" {')).toEqual(['requirement', '会员积分', 'x']);
        expect(words('start 2027-03 effort 6 person-weeks covers A_1 85%')).toEqual(['start', '2027-03', 'effort', '6', 'person-weeks', 'covers', 'A_1', '85']);
        expect(words('12_000.50 CNY')).toEqual(['12_000.50', 'CNY']);
    });

    it('folds // region markers', () => {
        expect(new RegExp(configuration.folding.markers.start).test('    // #region Vendors')).toBe(true);
        expect(new RegExp(configuration.folding.markers.end).test('// #endregion')).toBe(true);
    });
});

describe('snippets', () => {
    it('has one for every declaration people write most', () => {
        const snippets = json<Record<string, { prefix: string; body: string[] }>>('snippets/crmplan.json');
        expect(Object.values(snippets).map(s => s.prefix).sort())
            .toEqual(['actuals', 'benefit', 'cost', 'edition', 'kpi', 'phase', 'plan', 'requirement', 'vendor']);
        for (const snippet of Object.values(snippets)) {
            expect(snippet.body[0]!.startsWith(snippet.prefix)).toBe(true);
        }
    });
});
