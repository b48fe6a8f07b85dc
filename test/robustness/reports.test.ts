/**
 * Reports and diff comments land in pull requests anyone can open: a plan
 * with hostile names (any Unicode identifier: right-to-left scripts, joiners,
 * combining marks, `__proto__`) and hostile titles (HTML, Markdown, pipes,
 * backticks, escapes for line breaks, tabs and NUL, bidirectional overrides)
 * goes through `crmplan report` and `crmplan diff` as a user runs them. The
 * Markdown has no raw HTML but the comment's own, every table row keeps its
 * table's columns, and no control character survives.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { temporaryFolder } from '../helpers/workspace.js';
import { lintMarkdown, tables } from '../report/markdown-check.js';
import { checkMarkdown } from './harness.js';

/** Written as plan source: `\n`, `\t`, `\0` are escapes the parser turns into the characters. */
const HOSTILE_PLAN = String.raw`plan "<script>alert(1)</script> | **x** \n# heading" {
    currency CNY
    start 2027-01
    horizon 24 months
    choose שלום.éclair
}

rate USD 7.10 CNY

goal 目标‍一 "<img src=x onerror=alert(1)>" weight 60%
goal from "${'`'}code${'`'} | a | b" weight 40%

department مرحبا "line\nbreak\r\nand more" { users 10 }

requirement ǅungla "${'```'}\n~~~" {
    asked by مرحبا
    impact 目标‍一 8, from 3
    effort 4 person-weeks
    must
}

requirement __proto__ "[x](javascript:alert(1))" {
    impact from 5
    effort 2 person-weeks
    should
    needs ǅungla
}

requirement constructor "‮evil‬ right-to-left" {
    impact 目标‍一 2
    could
}

criterion Ωmega "| --- |" weight 70% measured by coverage
criterion hasOwnProperty "<!-- hidden -->" weight 30%

vendor שלום "<details><summary>x</summary>" {
    edition éclair "\t tab \0 nul" {
        licence 10 per user per month
    }
    covers ǅungla 90%, __proto__ 50%
    score hasOwnProperty 7
}

vendor toString "a\\|b \\" {
    covers constructor 100%, ǅungla 40%
    score hasOwnProperty 4
    cost valueOf "$x$ @mention #123" {
        direct
        100 once
    }
}

cost 費用 "https://evil.example www.evil.example me@evil.example" {
    direct
    5000 once
    200 per month
}

benefit then "> quote\n- item\n1. ordered" {
    savings
    from ǅungla
    2000 per month
    ramp 3 months
}

phase 阶段 "::error::x %0A" {
    owner "<script>owner()</script>"
    start 2027-01
    duration 3 months
    delivers ǅungla, __proto__
}

kpi I "![img](http://x/y.png)" {
    baseline 10%
    target 20% by 2027-12
    tracks then
}

scenario S "[^1] footnote" {
    valueOf 50%
    then 80%
}
`;

/** The next version: amounts and titles changed, one requirement gone, a new hostile one. */
const HOSTILE_HEAD = HOSTILE_PLAN
    .replace('5000 once', '7000 once')
    .replace('2000 per month', '2500 per month')
    .replace('"[x](javascript:alert(1))"', '"<a href=javascript:alert(2)>new</a>"')
    .replace(/requirement constructor[^}]*}\n/, 'requirement ⅫvalueOf "| | |\\n|---|" {\n    impact from 1\n    could\n}\n')
    .replace('covers constructor 100%, ǅungla 40%', 'covers ǅungla 40%');

/** What the diff comment writes itself. */
const OWN_HTML = ['<!-- crmplan -->', '<details>', '</details>', '<summary>', '</summary>'];

let folder: string;
beforeAll(() => {
    folder = temporaryFolder();
    mkdirSync(join(folder, '.git'));
    writeFileSync(join(folder, 'base.crmplan'), HOSTILE_PLAN);
    writeFileSync(join(folder, 'head.crmplan'), HOSTILE_HEAD);
});

function expectSafe(markdown: string, ownHtml: readonly string[] = []): void {
    expect(markdown).not.toMatch(/<script/i);
    const problems: string[] = [];
    checkMarkdown('output', markdown, ownHtml, (kind, detail) => problems.push(`${kind}: ${detail}`));
    expect(problems).toEqual([]);
    // Tables as a Markdown parser reads them: every row has the header's cells.
    const found = tables(markdown);
    expect(found.length).toBeGreaterThan(0);
    for (const table of found) {
        const width = table[0].length;
        expect(table.map(row => row.length), table[0].map(c => c.text).join(' | ')).toEqual(table.map(() => width));
        for (const row of table) {
            for (const cell of row) {
                for (const markup of ['htmlText', 'htmlFlow', 'link', 'image', 'autolink', 'literalAutolink']) {
                    expect(cell.tokenTypes.has(markup), `${cell.text}: ${markup}`).toBe(false);
                }
            }
        }
    }
    // No control character and no bidirectional override reaches the page.
    expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
}

describe('hostile names and titles', () => {
    it('the plan checks clean, so that every view renders it', () => {
        const result = runCli(['check', 'base.crmplan', 'head.crmplan'], { cwd: folder });
        expect(result.stdout).not.toMatch(/ error /);
        expect(result.status).toBe(0);
    });

    for (const lang of ['en', 'zh-CN']) {
        it(`crmplan report --lang ${lang}: no HTML, tables intact, lints clean`, () => {
            const result = runCli(['report', '--lang', lang, 'base.crmplan'], { cwd: folder });
            expect(result.status).toBe(0);
            expect(result.stderr).toBe('');
            expectSafe(result.stdout);
            expect(lintMarkdown(result.stdout)).toEqual([]);
            expect(result.stdout.split('\n')[0]).toMatch(/^# &lt;script&gt;alert\(1\)&lt;\/script&gt; \\\| \\\*\\\*x\\\*\\\* \\# heading$/);
            // Declarations show by title, with the name after it where titles could be confused.
            for (const name of ['ǅungla', '\\_\\_proto\\_\\_', 'constructor']) {
                expect(result.stdout).toContain(name);
            }
        });
    }

    it('crmplan diff: only the comment\'s own HTML, tables intact', () => {
        const result = runCli(['diff', 'base.crmplan', 'head.crmplan'], { cwd: folder });
        expect(result.status).toBe(0);
        expect(result.stderr).toBe('');
        expect(result.stdout.startsWith('<!-- crmplan -->')).toBe(true);
        expectSafe(result.stdout, OWN_HTML);
        expect(result.stdout).toContain('ⅫvalueOf');
        const unsafe = lintMarkdown(OWN_HTML.reduce((text, html) => text.split(html).join(''), result.stdout))
            .filter(finding => finding.includes('crmplan-safe-inline'));
        expect(unsafe).toEqual([]);
    });

    it('crmplan diff --format json keeps the names as data', () => {
        const result = runCli(['diff', '--format', 'json', 'base.crmplan', 'head.crmplan'], { cwd: folder });
        expect(result.status).toBe(0);
        const json = JSON.stringify(JSON.parse(result.stdout));
        expect(json).toContain('__proto__');
        expect(json).toContain('ⅫvalueOf');
        expect(json).not.toMatch(/NaN|Infinity/);
    });
});
