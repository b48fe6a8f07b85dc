/**
 * The formatter writes the canonical layout, keeps every token and comment,
 * is idempotent, and leaves a document with syntax errors alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, type LangiumDocument, TextDocument, URI } from 'langium';
import { expectFormatting } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { TextEdit } from 'vscode-languageserver';
import { createCrmPlanServices } from '../../language-server/crmplan-module.js';
import { random } from '../helpers/random.js';

const services = createCrmPlanServices({ ...EmptyFileSystem }).CrmPlan;
const formatter = services.lsp.Formatter!;
let count = 0;

function parse(text: string): LangiumDocument {
    return services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/formatting/test-${count++}.crmplan`));
}

async function edits(text: string): Promise<TextEdit[]> {
    const document = parse(text);
    return await formatter.formatDocument(document, {
        textDocument: { uri: document.textDocument.uri },
        options: { tabSize: 4, insertSpaces: true }
    });
}

async function format(text: string): Promise<string> {
    const document = parse(text);
    return TextDocument.applyEdits(document.textDocument, await edits(text));
}

/**
 * Every token, comments included, in order: what formatting must never
 * change (but for whitespace at the end of a `//` comment, which is the end
 * of a line).
 */
function tokens(text: string): string[] {
    const result = services.parser.Lexer.tokenize(text);
    expect(result.errors).toEqual([]);
    return [...result.tokens, ...result.hidden]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(token => token.image.startsWith('//') ? token.image.trimEnd() : token.image);
}

function comments(text: string): string[] {
    return tokens(text).filter(image => image.startsWith('//') || image.startsWith('/*'));
}

const FIXTURE = readFileSync(join(__dirname, '../fixtures/acme-sales-automation.crmplan'), 'utf8');
const MONITORING = readFileSync(join(__dirname, '../fixtures/acme-monitoring.crmplan'), 'utf8');

function examples(folder = join(__dirname, '../../examples')): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const path = join(folder, entry.name);
        return entry.isDirectory() ? examples(path) : entry.name.endsWith('.crmplan') ? [path] : [];
    });
}

const MESSY = `   // header comment



plan    "Messy"{currency CNY
  start 2027-01 horizon 12 months   discount 8 % per year
choose Acme . Basic // trailing after choose
    }
rate USD 7.10(6.80 to 7.40)CNY // rate note
goal A "a" weight 50 %
goal B "b"
  weight 50%
/* block between */
department Sales "S" {users 40}
department Service "Svc" {   users 10 }
department Empty "E" {}
requirement R1 "r1" {
  asked by Sales , Service

  evidence interview,feedback impact A 9,B 5
  // own line comment inside
  effort 6 person-weeks must
  needs R2 // trailing
}
requirement R2 { impact A /* inline */ 3 effort 2 person-weeks }
requirement R3 { must }
vendor Acme "Acme" { edition Basic { licence 10 per user per month } covers R1 90%, R2 80 %
  score Usability 7 }
cost C "c" {
    direct
    30000 (20000 to 36000) per month from 2027-03 // x
    -5 once
    /* before close */
}
criterion Usability "u" weight 100%
kpi K "k" { baseline 18 % target 24% by 2027-12 tracks Bn }
benefit Bn "b" { revenue from R1 , R2 1000 per month ramp 3 months }
// end comment
scenario Low "pessimistic" { Bn 70% users Sales 30
  discount 10% rate USD 7.40 CNY }
scenario Half { Bn 50% }`;

const MESSY_FORMATTED = `// header comment

plan "Messy" {
    currency CNY
    start 2027-01
    horizon 12 months
    discount 8% per year
    choose Acme.Basic  // trailing after choose
}

rate USD 7.10 (6.80 to 7.40) CNY  // rate note

goal A "a" weight 50%
goal B "b" weight 50%

/* block between */
department Sales "S" { users 40 }
department Service "Svc" { users 10 }
department Empty "E" {}

requirement R1 "r1" {
    asked by Sales, Service

    evidence interview, feedback
    impact A 9, B 5
    // own line comment inside
    effort 6 person-weeks
    must
    needs R2  // trailing
}

requirement R2 {
    impact A /* inline */ 3
    effort 2 person-weeks
}

requirement R3 { must }

vendor Acme "Acme" {
    edition Basic { licence 10 per user per month }
    covers R1 90%, R2 80%
    score Usability 7
}

cost C "c" {
    direct
    30000 (20000 to 36000) per month from 2027-03  // x
    -5 once
    /* before close */
}

criterion Usability "u" weight 100%

kpi K "k" {
    baseline 18%
    target 24% by 2027-12
    tracks Bn
}

benefit Bn "b" {
    revenue
    from R1, R2
    1000 per month
    ramp 3 months
}

// end comment
scenario Low "pessimistic" {
    Bn 70%
    users Sales 30
    discount 10%
    rate USD 7.40 CNY
}

scenario Half { Bn 50% }
`;

const COMMENTED = `// file header

/* licence: MIT */
import "catalog.crmplan" // the shared catalogue
plan "Comments" { // the header
    currency CNY /* yuan */
    start 2027-01
    // horizon below
    horizon 12 months
    // last setting comment
}
rate USD 7.10 CNY      // finance
goal A weight 60% /* most */
goal B weight 40%
requirement R {
    impact A 9, // mostly A
        B 3
    must
}
// comment between declarations

// another, after a blank line
cost C { direct /* inline */ 100 once }
/* trailing block
   spanning lines */
`;

const COMMENTED_FORMATTED = `// file header

/* licence: MIT */
import "catalog.crmplan"  // the shared catalogue

plan "Comments" {  // the header
    currency CNY /* yuan */
    start 2027-01
    // horizon below
    horizon 12 months
    // last setting comment
}

rate USD 7.10 CNY  // finance

goal A weight 60% /* most */
goal B weight 40%

requirement R {
    impact A 9,  // mostly A
        B 3
    must
}
// comment between declarations

// another, after a blank line
cost C {
    direct /* inline */
    100 once
}
/* trailing block
   spanning lines */
`;

describe('canonical layout', () => {
    it('formats a messy plan into the canonical layout', async () => {
        expect(await format(MESSY)).toBe(MESSY_FORMATTED);
    });

    it('is the service registered for the language (langium/test expectFormatting)', async () => {
        await expectFormatting(services)({ before: MESSY, after: MESSY_FORMATTED, disposeAfterCheck: true });
    });

    it('keeps every kind of comment where it stands', async () => {
        expect(await format(COMMENTED)).toBe(COMMENTED_FORMATTED);
        expect(comments(COMMENTED_FORMATTED)).toEqual(comments(COMMENTED));
        expect(comments(COMMENTED)).toHaveLength(14);
    });

    it('leaves the reference plan as it is, but for the spacing before comments at line ends', async () => {
        const formatted = await format(FIXTURE);
        expect(formatted).toBe(FIXTURE.replace(/(\S)[ \t]+\/\//g, '$1  //'));
        const before = FIXTURE.split('\n');
        const after = formatted.split('\n');
        expect(after).toHaveLength(before.length);
        const changed = before.filter((line, i) => line !== after[i]);
        expect(changed).toEqual([
            'rate USD 7.10 CNY   // finance team, 2026-11-01',
            '    score Usability 8, Localisation 9   // two-week trial with the sales team'
        ]);
    });

    it('keeps one-line blocks on one line, as { x }, and opens blocks with several statements', async () => {
        expect(await format('department Sales "Sales" {users 40}\n')).toBe('department Sales "Sales" { users 40 }\n');
        expect(await format('department Sales "Sales" {\nusers 40 }\n')).toBe('department Sales "Sales" {\n    users 40\n}\n');
        expect(await format('cost C { direct 100 once }\n')).toBe('cost C {\n    direct\n    100 once\n}\n');
        expect(await format('vendor V { edition E }\n')).toBe('vendor V { edition E }\n');
        expect(await format('vendor V { edition E { licence 1 per month } }\n')).toBe('vendor V { edition E { licence 1 per month } }\n');
        // A block inside that must open makes the block around it open too.
        expect(await format('vendor V { edition E { licence 1 per month licence 2 per year } }\n'))
            .toBe('vendor V {\n    edition E {\n        licence 1 per month\n        licence 2 per year\n    }\n}\n');
    });

    it('groups consecutive one-line declarations of one kind as written, and separates the others', async () => {
        expect(await format('goal A weight 50%\ngoal B weight 50%\ncriterion C weight 100%\n'))
            .toBe('goal A weight 50%\ngoal B weight 50%\n\ncriterion C weight 100%\n');
        expect(await format('goal A weight 50%\n\n\n\ngoal B weight 50%\n')).toBe('goal A weight 50%\n\ngoal B weight 50%\n');
        expect(await format('department A { users 1 }\ndepartment B {\nusers 2\n}\n'))
            .toBe('department A { users 1 }\n\ndepartment B {\n    users 2\n}\n');
    });

    it('lays out actuals blocks and rollout waves one record per line, keeping every comment', async () => {
        const messy = [
            'department Sales {users 20 users 40 from 2027-07 // the second wave',
            '}',
            'actuals 2027-04   to 2027-06 {  cost Maintenance 7500 /* three months */ benefit MoreDeals 9000',
            '// measured by the sales team',
            '  kpi WinRate 20.5 %   users Sales 28 ,Service 8 }',
            'actuals 2027-07 {}'
        ].join('\n');
        expect(await format(messy)).toBe([
            'department Sales {',
            '    users 20',
            '    users 40 from 2027-07  // the second wave',
            '}',
            '',
            'actuals 2027-04 to 2027-06 {',
            '    cost Maintenance 7500 /* three months */',
            '    benefit MoreDeals 9000',
            '    // measured by the sales team',
            '    kpi WinRate 20.5%',
            '    users Sales 28, Service 8',
            '}',
            '',
            'actuals 2027-07 {}',
            ''
        ].join('\n'));
        expect(await format(MONITORING)).toBe(MONITORING);
    });

    it('lays out an edition\'s covers beside its licences, and dotted scenario targets, keeping every comment', async () => {
        const messy = [
            'vendor Zoho "Zoho CRM" {',
            '  edition Enterprise {   // richer edition',
            '      licence 40 USD per user per month covers Segments 90 % /* trial 2026-10 */ , Reports 50%',
            '  }',
            '  covers Segments 60%, Reports 80%',
            '}',
            'scenario S { Zoho . Enterprise . licence   25 USD // cheaper',
            ' Zoho.licence 110 %',
            ' /* staff */ internal rate 7000   effort Segments 3 person-weeks }'
        ].join('\n');
        const formatted = await format(messy);
        expect(formatted).toBe([
            'vendor Zoho "Zoho CRM" {',
            '    edition Enterprise {  // richer edition',
            '        licence 40 USD per user per month',
            '        covers Segments 90% /* trial 2026-10 */, Reports 50%',
            '    }',
            '    covers Segments 60%, Reports 80%',
            '}',
            '',
            'scenario S {',
            '    Zoho.Enterprise.licence 25 USD  // cheaper',
            '    Zoho.licence 110%',
            '    /* staff */',
            '    internal rate 7000',
            '    effort Segments 3 person-weeks',
            '}',
            ''
        ].join('\n'));
        expect(tokens(formatted).filter(t => !/^\s/.test(t))).toEqual(tokens(messy).filter(t => !/^\s/.test(t)));
        expect(comments(formatted)).toEqual(['// richer edition', '/* trial 2026-10 */', '// cheaper', '/* staff */']);
        expect(await format(formatted)).toBe(formatted);
    });

    it('lays out coverage and score overrides one per line, editions dotted, shares without inner spaces', async () => {
        const messy = 'scenario S { covers Zoho . Enterprise  Segments 30 %  covers   Zoho Pipeline 40%\n score Zoho Usability   6 /* trial */ covers 70 % }\n';
        const formatted = await format(messy);
        expect(formatted).toBe([
            'scenario S {',
            '    covers Zoho.Enterprise Segments 30%',
            '    covers Zoho Pipeline 40%',
            '    score Zoho Usability 6 /* trial */',
            '    covers 70%',
            '}',
            ''
        ].join('\n'));
        expect(tokens(formatted).filter(t => !/^\s/.test(t))).toEqual(tokens(messy).filter(t => !/^\s/.test(t)));
        expect(await format(formatted)).toBe(formatted);
    });

    it('writes ranges, shares, editions and negative numbers without inner spaces', async () => {
        const plan = 'plan "P" { choose V . E }\nbenefit B { 30000 ( 20000 to 36000 ) per month }\nvendor V { covers R 85 % ( 70 % to 90 % ) , S - 5 % }\n';
        expect(await format(plan)).toBe(
            'plan "P" { choose V.E }\n\nbenefit B { 30000 (20000 to 36000) per month }\n\nvendor V { covers R 85% (70% to 90%), S -5% }\n');
    });

    it('works on CRLF text and keeps its line breaks', async () => {
        const crlf = MESSY.replace(/\n/g, '\r\n');
        const formatted = await format(crlf);
        expect(formatted).toBe(MESSY_FORMATTED.replace(/\n/g, '\r\n'));
        expect(formatted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        expect(await edits(formatted)).toEqual([]);
    });

    it('leaves a document with syntax errors alone', async () => {
        expect(await edits('goal   A weight 50%\nrequirement R {\n    impact A\n')).toEqual([]);
        expect(await edits('goal   A weight 50% §\n')).toEqual([]);
        expect(await edits(MESSY.replace('weight 50 %', 'weight %'))).toEqual([]);
    });

    it('formats only the lines of a range when asked to', async () => {
        const text = 'goal   A weight 50%\ngoal   B weight 50%\ngoal   C weight 0%\n';
        const document = parse(text);
        const result = await formatter.formatDocumentRange(document, {
            textDocument: { uri: document.textDocument.uri },
            options: { tabSize: 4, insertSpaces: true },
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 19 } }
        });
        expect(TextDocument.applyEdits(document.textDocument, result)).toBe('goal   A weight 50%\ngoal B weight 50%\ngoal   C weight 0%\n');
    });

    it('removes whitespace at the end of lines, also after a comment', async () => {
        expect(await format('goal A weight 5%   // note \t \ngoal B weight 95%  \n')).toBe('goal A weight 5%  // note\ngoal B weight 95%\n');
        expect(await format('// 注释\u3000\n\ngoal A weight 100%\n')).toBe('// 注释\n\ngoal A weight 100%\n');
    });

    it('adds one final line break and nothing to an empty file', async () => {
        expect(await format('goal A weight 100%')).toBe('goal A weight 100%\n');
        expect(await format('goal A weight 100%\n\n\n')).toBe('goal A weight 100%\n');
        expect(await edits('')).toEqual([]);
    });
});

describe('on every example, the fixture and the test plans', () => {
    const files: Array<[string, string]> = [
        ...examples().map((path): [string, string] => [path.slice(path.indexOf('examples')), readFileSync(path, 'utf8')]),
        ['test/fixtures/acme-sales-automation.crmplan', FIXTURE],
        ['test/fixtures/acme-monitoring.crmplan', MONITORING],
        ['messy plan', MESSY],
        ['messy plan, CRLF', MESSY.replace(/\n/g, '\r\n')],
        ['commented plan', COMMENTED]
    ];

    it('finds the examples', () => {
        expect(files.length).toBeGreaterThanOrEqual(10);
    });

    it.each(files)('%s: formatting twice changes nothing the second time', async (_name, text) => {
        const once = await format(text);
        expect(once).not.toBe('');
        expect(await edits(once)).toEqual([]);
    });

    it.each(files)('%s: every token and comment survives, in order', async (_name, text) => {
        const formatted = await format(text);
        expect(tokens(formatted)).toEqual(tokens(text));
        expect(comments(text).length).toBeGreaterThan(0);
    });

    it.each(files)('%s: the canonical layout holds line by line', async (_name, text) => {
        const formatted = await format(text);
        let inBlockComment = false;
        for (const line of formatted.split(/\r\n|\n/)) {
            if (!inBlockComment) {
                const code = line.replace(/"(\\.|[^"\\])*"/g, '""').replace(/\/\*.*?\*\//g, 'C').replace(/\s*\/\/.*$/, '');
                expect((line.length - line.trimStart().length) % 4, line).toBe(0);
                expect(code, line).not.toMatch(/ [,%).]|[(.] |\S {2,}\S|\t/);
                expect(line, line).not.toMatch(/\S( |\t+| {3,})\/\//);
            }
            expect(line).not.toMatch(/[ \t]$/);
            inBlockComment = (inBlockComment || line.includes('/*')) && !line.slice(line.lastIndexOf('/*')).includes('*/');
        }
    });
});

describe('on plans with their whitespace scrambled', () => {
    /** The text with the whitespace between its tokens replaced at random (a line comment still ends its line). */
    function scramble(text: string, next: () => number): string {
        const result = services.parser.Lexer.tokenize(text);
        const all = [...result.tokens, ...result.hidden].sort((a, b) => a.startOffset - b.startOffset);
        const choices = [' ', '  ', '\n', '\n\n', '\n\n\n', '\t', ' \n   ', '\r\n', '        '];
        let out = '';
        all.forEach((token, i) => {
            if (i > 0) {
                let gap = choices[Math.floor(next() * choices.length)];
                if (all[i - 1].image.startsWith('//') && !/^[\r\n]/.test(gap)) {
                    gap = '\n';
                }
                out += gap;
            }
            out += token.image;
        });
        return out;
    }

    const sources: Array<[string, string]> = [
        ...examples().map((path): [string, string] => [path.slice(path.indexOf('examples')), readFileSync(path, 'utf8')]),
        ['fixture', FIXTURE],
        ['fixture with actuals', MONITORING],
        ['messy plan', MESSY],
        ['commented plan', COMMENTED]
    ];

    it.each(sources)('%s: formatting is idempotent and keeps every token', async (_name, text) => {
        const next = random(text.length);
        for (let round = 0; round < 10; round++) {
            const scrambled = scramble(text, next);
            const once = await format(scrambled);
            expect(once).not.toBe(scrambled);
            expect(tokens(once)).toEqual(tokens(text));
            expect(await format(once)).toBe(once);
        }
    });
});
