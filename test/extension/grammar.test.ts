import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';

/**
 * The hand-refined TextMate grammar, tokenised the way VS Code does it
 * (vscode-textmate on the Oniguruma WebAssembly build).
 */
const GRAMMAR = fileURLToPath(new URL('../../syntaxes/crmplan.tmLanguage.json', import.meta.url));

let grammar: IGrammar;

beforeAll(async () => {
    const require = createRequire(import.meta.url);
    const wasm = await readFile(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
            createOnigString: (text: string) => new oniguruma.OnigString(text)
        }),
        loadGrammar: async scopeName => scopeName === 'source.crmplan'
            ? parseRawGrammar(await readFile(GRAMMAR, 'utf8'), GRAMMAR)
            : null
    });
    const loaded = await registry.loadGrammar('source.crmplan');
    if (!loaded) {
        throw new Error('grammar did not load');
    }
    grammar = loaded;
});

interface Token { text: string; scopes: string[] }

/** Tokenises lines in order (so block comments carry over) and returns each line's tokens. */
function tokenize(...lines: string[]): Token[][] {
    let state: StateStack = INITIAL;
    return lines.map(line => {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        return result.tokens.map(token => ({
            text: line.substring(token.startIndex, token.endIndex),
            scopes: token.scopes
        }));
    });
}

/** The innermost scope of each non-blank token of one line, as `text → scope`. */
function scopesOf(line: string): Array<[string, string]> {
    return tokenize(line)[0]!
        .filter(token => token.text.trim() !== '')
        .map(token => [token.text, token.scopes[token.scopes.length - 1]!]);
}

/** The scopes of the first token whose text is `text`. */
function scopesAt(line: string, text: string): string[] {
    const token = tokenize(line)[0]!.find(t => t.text === text);
    if (!token) {
        throw new Error(`no token '${text}' in: ${JSON.stringify(scopesOf(line))}`);
    }
    return token.scopes;
}

describe('TextMate grammar', () => {

    it('is a grammar for source.crmplan', () => {
        expect(tokenize('plan "x" {}')[0]![0]!.scopes[0]).toBe('source.crmplan');
    });

    it('highlights declaration keywords and the names they declare', () => {
        expect(scopesOf('requirement QuoteFollowUp "Reminders" {')).toEqual([
            ['requirement', 'storage.type.requirement.crmplan'],
            ['QuoteFollowUp', 'entity.name.type.requirement.crmplan'],
            ['"', 'punctuation.definition.string.begin.crmplan'],
            ['Reminders', 'string.quoted.double.crmplan'],
            ['"', 'punctuation.definition.string.end.crmplan'],
            ['{', 'punctuation.section.block.begin.crmplan']
        ]);
        expect(scopesAt('plan "Jinling Valves" {', 'plan')).toContain('storage.type.plan.crmplan');
        for (const kind of ['goal', 'department', 'criterion', 'vendor', 'edition', 'cost', 'benefit', 'phase', 'kpi', 'scenario']) {
            expect(scopesAt(`${kind} Thing`, kind), kind).toContain(`storage.type.${kind}.crmplan`);
            expect(scopesAt(`${kind} Thing`, 'Thing'), kind).toContain(`entity.name.type.${kind}.crmplan`);
        }
        expect(scopesAt('import "catalog/vendors.crmplan"', 'import')).toContain('keyword.control.import.crmplan');
    });

    it('highlights Chinese names as names, declared and referenced', () => {
        expect(scopesOf('requirement 会员积分 "会员积分体系" {').slice(0, 2)).toEqual([
            ['requirement', 'storage.type.requirement.crmplan'],
            ['会员积分', 'entity.name.type.requirement.crmplan']
        ]);
        expect(scopesOf('goal 复购 "提升会员复购率" weight 50%')[1]).toEqual(['复购', 'entity.name.type.goal.crmplan']);
        expect(scopesOf('    impact 复购 9, 数据 6')).toEqual([
            ['impact', 'keyword.other.impact.crmplan'],
            ['复购', 'variable.other.name.crmplan'],
            ['9', 'constant.numeric.decimal.crmplan'],
            [',', 'punctuation.separator.comma.crmplan'],
            ['数据', 'variable.other.name.crmplan'],
            ['6', 'constant.numeric.decimal.crmplan']
        ]);
        expect(scopesOf('    choose 云店通')).toEqual([
            ['choose', 'keyword.other.choose.crmplan'],
            ['云店通', 'variable.other.vendor.crmplan']
        ]);
    });

    it('highlights statement keywords, priorities and keyword values', () => {
        expect(scopesOf('    asked by Sales, Service')).toEqual([
            ['asked', 'keyword.other.asked.crmplan'],
            ['by', 'keyword.other.by.crmplan'],
            ['Sales', 'variable.other.name.crmplan'],
            [',', 'punctuation.separator.comma.crmplan'],
            ['Service', 'variable.other.name.crmplan']
        ]);
        for (const moscow of ['must', 'should', 'could', 'wont']) {
            expect(scopesOf(`    ${moscow}`)).toEqual([[moscow, `constant.language.priority.${moscow}.crmplan`]]);
        }
        expect(scopesOf('    evidence interview, data')).toEqual([
            ['evidence', 'keyword.other.evidence.crmplan'],
            ['interview', 'constant.language.evidence.crmplan'],
            [',', 'punctuation.separator.comma.crmplan'],
            ['data', 'constant.language.evidence.crmplan']
        ]);
        expect(scopesAt('criterion Fit "Covers" weight 40% measured by coverage', 'coverage')).toContain('constant.language.measure.crmplan');
        expect(scopesOf('    choose Yunke.Standard')).toEqual([
            ['choose', 'keyword.other.choose.crmplan'],
            ['Yunke', 'variable.other.vendor.crmplan'],
            ['.', 'punctuation.accessor.crmplan'],
            ['Standard', 'variable.other.edition.crmplan']
        ]);
    });

    it('highlights `source` after a figure and `amounts include tax` in the header', () => {
        expect(scopesAt('    80000 once in 2027-02 source "integrator quote"', 'source')).toContain('keyword.other.source.crmplan');
        expect(scopesAt('rate USD 7.10 CNY source "finance"', 'source')).toContain('keyword.other.source.crmplan');
        expect(scopesOf('    amounts exclude tax')).toEqual([
            ['amounts', 'keyword.other.amounts.crmplan'],
            ['exclude', 'keyword.other.exclude.crmplan'],
            ['tax', 'keyword.other.tax.crmplan']
        ]);
        expect(scopesAt('    amounts include tax', 'include')).toContain('keyword.other.include.crmplan');
    });

    it('highlights scenario overrides', () => {
        expect(scopesOf('    users Sales 30')).toEqual([
            ['users', 'keyword.other.users.crmplan'],
            ['Sales', 'variable.other.name.crmplan'],
            ['30', 'constant.numeric.decimal.crmplan']
        ]);
        expect(scopesOf('    FewerLostQuotes 70%').map(([, scope]) => scope)).toEqual([
            'variable.other.name.crmplan', 'constant.numeric.percentage.crmplan', 'keyword.other.unit.percent.crmplan'
        ]);
        expect(scopesOf('    rate USD 7.40 CNY').map(([, scope]) => scope)).toEqual([
            'keyword.other.rate.crmplan', 'constant.other.currency.crmplan', 'constant.numeric.decimal.crmplan', 'constant.other.currency.crmplan'
        ]);
        // `covers Zoho.Enterprise Pipeline 70%`, `score Zoho Usability 6`: the keyword, the names, the value.
        expect(scopesOf('    covers Zoho.Enterprise Pipeline 70%')).toEqual([
            ['covers', 'keyword.other.covers.crmplan'],
            ['Zoho', 'variable.other.name.crmplan'],
            ['.', 'punctuation.accessor.crmplan'],
            ['Enterprise', 'variable.other.name.crmplan'],
            ['Pipeline', 'variable.other.name.crmplan'],
            ['70', 'constant.numeric.percentage.crmplan'],
            ['%', 'keyword.other.unit.percent.crmplan']
        ]);
        expect(scopesOf('    score Zoho Usability 6')).toEqual([
            ['score', 'keyword.other.score.crmplan'],
            ['Zoho', 'variable.other.name.crmplan'],
            ['Usability', 'variable.other.name.crmplan'],
            ['6', 'constant.numeric.decimal.crmplan']
        ]);
    });

    it('highlights numbers with their units', () => {
        expect(scopesOf('    horizon 36 months')).toEqual([
            ['horizon', 'keyword.other.horizon.crmplan'],
            ['36', 'constant.numeric.decimal.crmplan'],
            ['months', 'keyword.other.unit.crmplan']
        ]);
        expect(scopesOf('    effort 6 person-weeks')).toEqual([
            ['effort', 'keyword.other.effort.crmplan'],
            ['6', 'constant.numeric.decimal.crmplan'],
            ['person-weeks', 'keyword.other.unit.crmplan']
        ]);
        expect(scopesOf('    baseline 1.5 days').slice(1)).toEqual([
            ['1.5', 'constant.numeric.decimal.crmplan'],
            ['days', 'keyword.other.unit.crmplan']
        ]);
        // `source` after a number says where it comes from; it is no unit.
        expect(scopesOf('    score Usability 8 source "trial"').slice(2, 4)).toEqual([
            ['8', 'constant.numeric.decimal.crmplan'],
            ['source', 'keyword.other.source.crmplan']
        ]);
        expect(scopesOf('    amounts exclude tax')).toEqual([
            ['amounts', 'keyword.other.amounts.crmplan'],
            ['exclude', 'keyword.other.exclude.crmplan'],
            ['tax', 'keyword.other.tax.crmplan']
        ]);
        // Words that continue an amount line are keywords, not units.
        expect(scopesOf('    4 hours per user at 150 per hour once in 2027-07')).toEqual([
            ['4', 'constant.numeric.decimal.crmplan'],
            ['hours', 'keyword.other.unit.crmplan'],
            ['per', 'keyword.other.per.crmplan'],
            ['user', 'keyword.other.unit.crmplan'],
            ['at', 'keyword.other.at.crmplan'],
            ['150', 'constant.numeric.decimal.crmplan'],
            ['per', 'keyword.other.per.crmplan'],
            ['hour', 'keyword.other.unit.crmplan'],
            ['once', 'keyword.other.once.crmplan'],
            ['in', 'keyword.other.in.crmplan'],
            ['2027-07', 'constant.numeric.date.month.crmplan']
        ]);
        expect(scopesOf('    internal rate 5000 per person-week').slice(-1)).toEqual([['person-week', 'keyword.other.unit.crmplan']]);
        expect(scopesOf('    12_000.50 once')[0]).toEqual(['12_000.50', 'constant.numeric.decimal.crmplan']);
    });

    it('highlights percentages, with ranges', () => {
        expect(scopesAt('    discount 8% per year', '8')).toEqual(['source.crmplan', 'constant.numeric.percentage.crmplan']);
        expect(scopesAt('    discount 8% per year', '%')).toEqual([
            'source.crmplan', 'constant.numeric.percentage.crmplan', 'keyword.other.unit.percent.crmplan'
        ]);
        const covers = scopesOf('    covers QuoteFollowUp 85% (70% to 90%)');
        expect(covers.filter(([, scope]) => scope === 'constant.numeric.percentage.crmplan').map(([text]) => text))
            .toEqual(['85', '70', '90']);
        expect(covers).toContainEqual(['to', 'keyword.other.to.crmplan']);
    });

    it('highlights months', () => {
        expect(scopesOf('    start 2027-03')).toEqual([
            ['start', 'keyword.other.start.crmplan'],
            ['2027-03', 'constant.numeric.date.month.crmplan']
        ]);
        expect(scopesAt('    target 26% by 2028-06', '2028-06')).toContain('constant.numeric.date.month.crmplan');
        // Not a month: the digits go on.
        expect(scopesOf('    1000-2000 once')[0]![1]).not.toBe('constant.numeric.date.month.crmplan');
    });

    it('highlights currency codes (three capitals) after amounts and in settings', () => {
        expect(scopesOf('    licence 99 CNY per user per month billed yearly')).toEqual([
            ['licence', 'keyword.other.licence.crmplan'],
            ['99', 'constant.numeric.decimal.crmplan'],
            ['CNY', 'constant.other.currency.crmplan'],
            ['per', 'keyword.other.per.crmplan'],
            ['user', 'keyword.other.unit.crmplan'],
            ['per', 'keyword.other.per.crmplan'],
            ['month', 'keyword.other.unit.crmplan'],
            ['billed', 'keyword.other.billed.crmplan'],
            ['yearly', 'constant.language.billing.crmplan']
        ]);
        expect(scopesOf('rate USD 7.10 (6.90 to 7.30) CNY')).toEqual([
            ['rate', 'keyword.other.rate.crmplan'],
            ['USD', 'constant.other.currency.crmplan'],
            ['7.10', 'constant.numeric.decimal.crmplan'],
            ['(', 'punctuation.section.range.begin.crmplan'],
            ['6.90', 'constant.numeric.decimal.crmplan'],
            ['to', 'keyword.other.to.crmplan'],
            ['7.30', 'constant.numeric.decimal.crmplan'],
            [')', 'punctuation.section.range.end.crmplan'],
            ['CNY', 'constant.other.currency.crmplan']
        ]);
        expect(scopesOf('    currency CNY')).toEqual([
            ['currency', 'keyword.other.currency.crmplan'],
            ['CNY', 'constant.other.currency.crmplan']
        ]);
        // Three capitals that name something are names, not currencies.
        expect(scopesOf('    asked by ERP')).toContainEqual(['ERP', 'variable.other.name.crmplan']);
    });

    it('highlights strings, with escapes, and keeps an unterminated one on its line', () => {
        expect(scopesAt('    owner "Zhou \\"Min\\""', '\\"')).toContain('constant.character.escape.crmplan');
        const [first, second] = tokenize('plan "open', 'goal G weight 1%');
        expect(first!.at(-1)!.scopes).toContain('string.quoted.double.crmplan');
        expect(second![0]!.scopes).toEqual(['source.crmplan', 'storage.type.goal.crmplan']);
    });

    it('highlights line and block comments, with keywords inside left alone', () => {
        expect(scopesOf('    choose Yunke.Standard   // Yunke has two editions').slice(-2)).toEqual([
            ['//', 'punctuation.definition.comment.crmplan'],
            [' Yunke has two editions', 'comment.line.double-slash.crmplan']
        ]);
        const [open, middle, close] = tokenize('/* plan requirement 36 months', '   会员 must */', 'goal G weight 1%');
        expect(open!.map(t => t.scopes[1])).toEqual(['comment.block.crmplan', 'comment.block.crmplan']);
        expect(middle!.every(t => t.scopes[1] === 'comment.block.crmplan')).toBe(true);
        expect(close![0]!.scopes).toEqual(['source.crmplan', 'storage.type.goal.crmplan']);
    });

    it('highlights the head of a guardrail, its limit and its reason', () => {
        expect(scopesOf('require p10 npv >= 0 "Board"')).toEqual([
            ['require', 'keyword.control.guardrail.require.crmplan'],
            ['p10', 'constant.language.basis.crmplan'],
            ['npv', 'support.variable.metric.crmplan'],
            ['>=', 'keyword.operator.comparison.crmplan'],
            ['0', 'constant.numeric.decimal.crmplan'],
            ['"', 'punctuation.definition.string.begin.crmplan'],
            ['Board', 'string.quoted.double.crmplan'],
            ['"', 'punctuation.definition.string.end.crmplan']
        ]);
        expect(scopesOf('expect benefit <= 18 months').slice(0, 3)).toEqual([
            ['expect', 'keyword.control.guardrail.expect.crmplan'],
            ['benefit', 'support.variable.metric.crmplan'],
            ['<=', 'keyword.operator.comparison.crmplan']
        ]);
        expect(scopesOf('require pv-roi > 5%')[1]).toEqual(['pv-roi', 'support.variable.metric.crmplan']);
    });

    it('still highlights a benefit declaration as one', () => {
        expect(scopesOf('benefit MoreDeals "More deals" {')[0]).toEqual(['benefit', 'storage.type.benefit.crmplan']);
    });

    it('gives every keyword of the Langium grammar a scope of its own', async () => {
        const source = await readFile(fileURLToPath(new URL('../../language-server/grammar/crmplan.langium', import.meta.url)), 'utf8');
        const keywords = [...new Set([...source.matchAll(/'([a-z][a-z-]*)'/g)].map(match => match[1]!))];
        expect(keywords.length).toBeGreaterThan(50);
        const unscoped = keywords.filter(keyword => {
            const scopes = scopesOf(`    ${keyword}`);
            return scopes.length !== 1 || scopes[0]![0] !== keyword || scopes[0]![1] === 'variable.other.name.crmplan';
        });
        expect(unscoped).toEqual([]);
    });

    it('is not the grammar `langium generate` writes, so regenerating never overwrites it', async () => {
        const config = JSON.parse(await readFile(fileURLToPath(new URL('../../langium-config.json', import.meta.url)), 'utf8')) as {
            languages: Array<{ textMate?: { out?: string } }>
        };
        const generated = config.languages.map(language => language.textMate?.out?.replace(/^\.\//, ''));
        expect(generated).toEqual(['syntaxes/generated/crmplan.tmLanguage.json']);
        const manifest = JSON.parse(await readFile(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
            contributes: { grammars: Array<{ path: string }> }
        };
        expect(manifest.contributes.grammars.map(grammar => grammar.path)).toEqual(['./syntaxes/crmplan.tmLanguage.json']);
    });

    it('tokenises every example without unscoped words', async () => {
        const { readdir } = await import('node:fs/promises');
        const root = fileURLToPath(new URL('../../examples/', import.meta.url));
        const files = (await readdir(root, { recursive: true })).filter(f => f.endsWith('.crmplan'));
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) {
            const lines = (await readFile(root + file, 'utf8')).split(/\r?\n/);
            tokenize(...lines).forEach((tokens, index) => {
                for (const token of tokens) {
                    if (token.text.trim() !== '' && token.scopes.length < 2) {
                        throw new Error(`${file}:${index + 1}: '${token.text}' has no scope`);
                    }
                }
            });
        }
    });
});
