import { describe, expect, it } from 'vitest';
import { BLANK, figure, md, table, text } from '../../language-server/report/markdown.js';
import { gantt, mermaidLabel, mermaidNumber, xyChart } from '../../language-server/report/mermaid.js';
import { fencedBlocks, lintMarkdown, tables } from './markdown-check.js';
import { checkGantt, checkXyChart } from './mermaid-check.js';
import { HOSTILE, visible } from './hostile-titles.js';

describe('text (plan text as Markdown)', () => {
    it('escapes HTML, code, emphasis, links, tables, math and line breaks', () => {
        expect(text('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(text('a|b')).toBe('a\\|b');
        expect(text('`code`')).toBe('\\`code\\`');
        expect(text('**bold**')).toBe('\\*\\*bold\\*\\*');
        expect(text('[link](javascript:x)')).toBe('\\[link\\](javascript:x)');
        expect(text('line one\nline two\r\nthree')).toBe('line one line two three');
        expect(text('R&D')).toBe('R&amp;D');
        expect(text('~~x~~ $y$ \\')).toBe('\\~\\~x\\~\\~ \\$y\\$ \\\\');
        expect(text('www.x.example https://x.example a@b.example')).toBe('www\\.x.example https\\://x.example a\\@b.example');
    });

    it('escapes block markers at the start only', () => {
        expect(text('- item')).toBe('\\- item');
        expect(text('+ item')).toBe('\\+ item');
        expect(text('12. item')).toBe('12\\. item');
        expect(text('# h')).toBe('\\# h');
        expect(text('a - b 1. c')).toBe('a - b 1. c');
    });

    it('leaves ordinary titles, Chinese included, as they are', () => {
        expect(text('纷享销客 专业版')).toBe('纷享销客 专业版');
        expect(text('  Wang Fang (IT)  ')).toBe('Wang Fang (IT)');
        expect(text('按消费行为分群（RFM）')).toBe('按消费行为分群（RFM）');
    });

    it('renders every hostile title as its own text in a table cell, with no markup, and lints clean', () => {
        const markdown = [
            '# Hostile',
            '',
            table([md('Title'), md('Figure')], HOSTILE.map(title => [text(title), figure('$1,000.00')])),
            ''
        ].join('\n');
        expect(lintMarkdown(markdown)).toEqual([]);
        expect(markdown).not.toContain('<');
        const [rows] = tables(markdown);
        expect(rows).toHaveLength(HOSTILE.length + 1);
        rows.slice(1).forEach((row, i) => {
            expect(row).toHaveLength(2);
            expect(row[0].text).toBe(visible(HOSTILE[i]));
            for (const type of ['strong', 'emphasis', 'codeText', 'htmlText', 'link', 'image']) {
                expect(row[0].tokenTypes.has(type), `${HOSTILE[i]} made ${type}`).toBe(false);
            }
            expect(row[1].text).toBe('$1,000.00');
        });
    });

    it('fails the lint when plan text is not escaped (the check can fail)', () => {
        const raw = ['# Raw', '', table([md('Title')], [[md('<script>alert(1)</script>')], [md('[x](javascript:y)')]]), ''].join('\n');
        const problems = lintMarkdown(raw);
        expect(problems.some(p => /MD033|htmlText|htmlFlow/.test(p))).toBe(true);
        expect(problems.some(p => /link/.test(p))).toBe(true);
        expect(lintMarkdown(['# Cells', '', '| a | b |', '| --- | --- |', '| 1 | 2 | 3 |', ''].join('\n')).some(p => p.includes('MD056'))).toBe(true);
    });
});

describe('table', () => {
    it('pads short rows, cuts long ones, dashes empty cells and keeps BLANK empty', () => {
        expect(table([md('a'), md('b'), md('c')], [[md('1')], [md('1'), md(''), BLANK, md('extra')]], ['left', 'right'])).toBe([
            '| a | b | c |',
            '| --- | ---: | --- |',
            '| 1 | – | – |',
            '| 1 | – | |'
        ].join('\n'));
    });
});

describe('Mermaid labels and blocks', () => {
    it('drops characters that end or redirect a Mermaid token, keeps CJK punctuation', () => {
        expect(mermaidLabel('a: b; c # d %% e')).toBe('a b c d e');
        expect(mermaidLabel('"quoted" `tick` <b>&amp;')).toBe('quoted tick b amp');
        expect(mermaidLabel('陈静（信息部）：负责')).toBe('陈静（信息部）：负责');
        expect(mermaidLabel('line\nbreak\u2028here')).toBe('line break here');
        expect(mermaidLabel('::', 'Setup')).toBe('Setup');
        expect(mermaidLabel('', '')).toBe('-');
    });

    it('writes plain decimals only', () => {
        expect(mermaidNumber('-38225.00')).toBe('-38225.00');
        expect(mermaidNumber('-0.00')).toBe('0.00');
        expect(() => mermaidNumber('1e5')).toThrow();
    });

    it('numbers gantt tasks so that no name starts with a keyword, and the check accepts the result', () => {
        const block = fencedBlocks(gantt('Plan: "x"', [
            { label: 'Owner; #1', tasks: [{ number: 1, label: 'click here', start: '2027-01', durationMonths: 2 }] },
            { label: 'Other', tasks: [{ number: 3, label: 'gantt', start: '2027-03', durationMonths: 1 }, { number: 2, label: '', start: '2027-02', durationMonths: 1 }] }
        ]), 'mermaid')[0];
        expect(block).toBe([
            'gantt',
            '    title Plan x',
            '    dateFormat YYYY-MM',
            '    axisFormat %Y-%m',
            '    section Owner 1',
            '    1. click here :t1, 2027-01, 2M',
            '    section Other',
            '    3. gantt :t3, 2027-03, 1M',
            '    2. - :t2, 2027-02, 1M'
        ].join('\n'));
        expect(checkGantt(block)).toEqual([]);
        expect(() => gantt('x', [{ label: 'o', tasks: [{ number: 1, label: 'a', start: '2027-1', durationMonths: 1 }] }])).toThrow();
        expect(() => gantt('x', [{ label: 'o', tasks: [{ number: 1, label: 'a', start: '2027-01', durationMonths: 1 }, { number: 1, label: 'b', start: '2027-01', durationMonths: 1 }] }])).toThrow();
    });

    it('the structural checks reject what Mermaid would not parse (the checks can fail)', () => {
        expect(checkGantt('gantt\n    title t\n    dateFormat YYYY-MM\n    axisFormat %Y-%m\n    section s\n    click me :t1, 2027-01, 1M')).not.toEqual([]);
        expect(checkGantt('gantt\n    title t\n    dateFormat YYYY-MM\n    axisFormat %Y-%m\n    section s\n    1. a: b :t1, 2027-01, 1M')).not.toEqual([]);
        expect(checkGantt('gantt\n    title t\n    dateFormat YYYY-MM\n    axisFormat %Y-%m\n    section s\n    1. a :t1, 2027-13, 1M')).not.toEqual([]);
        expect(checkGantt('gantt\n    title t\n    dateFormat YYYY-MM\n    section s\n    1. a :t1, 2027-01, 1M')).not.toEqual([]);
        expect(checkXyChart('xychart-beta\n    title "t"\n    x-axis ["a", "b"]\n    y-axis "y"\n    bar [1e5, 2]')).not.toEqual([]);
        expect(checkXyChart('xychart-beta\n    title "t"\n    x-axis ["a", "b"]\n    y-axis "y"\n    line [1]')).not.toEqual([]);
        expect(checkXyChart('xychart-beta\n    title "a "b""\n    x-axis ["a"]\n    y-axis "y"\n    line [1]')).not.toEqual([]);
    });

    it('xychart keeps one value per label and quotes sanitised labels', () => {
        const block = fencedBlocks(xyChart({ title: 'Net "cash"', xLabels: ['Year 1', 'Year 2'], yTitle: 'CNY', bars: ['-1.00', '2.50'], line: ['-1.00', '1.50'] }), 'mermaid')[0];
        expect(block).toBe('xychart-beta\n    title "Net cash"\n    x-axis ["Year 1", "Year 2"]\n    y-axis "CNY"\n    bar [-1.00, 2.50]\n    line [-1.00, 1.50]');
        expect(checkXyChart(block)).toEqual([]);
        expect(() => xyChart({ title: 't', xLabels: ['a'], yTitle: 'y', bars: ['1', '2'] })).toThrow();
    });
});
