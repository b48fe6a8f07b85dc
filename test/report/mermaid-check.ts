/**
 * A strict check of the Mermaid the report emits, for the test suite (beside
 * `mermaid-parse.test.ts`, which runs Mermaid's own parser in a jsdom DOM:
 * this one also catches what Mermaid would accept but render wrongly). It
 * accepts exactly the statements the report writes, with the constraints
 * Mermaid's own lexers put on them (`gantt.jison`, `xychart.jison`):
 *
 * - gantt: `gantt`, then `title`, `dateFormat YYYY-MM`, `axisFormat %Y-%m`
 *   once each, then sections each with at least one task
 *   `N. label :tN, YYYY-MM, kM`; task ids unique; months valid.
 * - xychart: `xychart-beta`, `title "..."`, `x-axis ["...", ...]`,
 *   `y-axis "..."`, then `bar [...]` / `line [...]` with one plain decimal
 *   per x label (the lexer knows no exponents).
 * - Labels: no character that ends or redirects a Mermaid token (`: ; # %`,
 *   quotes, backticks, `< > &`, controls); a task name does not start with a
 *   word the gantt lexer reads as a statement.
 *
 * Returns the problems found, empty when the block is valid.
 */

const UNSAFE_LABEL = /[:;#%"'`<>&\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
/** Statements the gantt lexer matches before a task's text (case-insensitive, at the start of a line). */
const GANTT_KEYWORDS = /^(gantt|dateformat\s|inclusiveenddates|topaxis|axisformat\s|tickinterval\s|includes\s|excludes\s|todaymarker\s|weekday\s|weekend\s|title\s|accdescription\s|acctitle|accdescr|section\s|click\s|call\s|href\s|\d{4}-\d{2}-\d{2})/i;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;

function labelProblems(label: string, where: string): string[] {
    const problems: string[] = [];
    if (label.length === 0 || label !== label.trim()) {
        problems.push(`${where}: empty or untrimmed label ${JSON.stringify(label)}`);
    }
    if (UNSAFE_LABEL.test(label)) {
        problems.push(`${where}: unsafe character in ${JSON.stringify(label)}`);
    }
    return problems;
}

export function checkGantt(block: string): string[] {
    const lines = block.split('\n');
    const problems: string[] = [];
    if (lines[0] !== 'gantt') {
        return [`first line is ${JSON.stringify(lines[0])}, not gantt`];
    }
    const seen = new Map<string, number>();
    const ids = new Set<string>();
    let sections = 0;
    let tasksInSection = -1;
    for (const [index, line] of lines.slice(1).entries()) {
        const where = `line ${index + 2}`;
        let match: RegExpExecArray | null;
        if ((match = /^ {4}title (.*)$/.exec(line))) {
            problems.push(...labelProblems(match[1], where));
            seen.set('title', (seen.get('title') ?? 0) + 1);
        } else if (line === '    dateFormat YYYY-MM' || line === '    axisFormat %Y-%m') {
            seen.set(line, (seen.get(line) ?? 0) + 1);
        } else if ((match = /^ {4}section (.*)$/.exec(line))) {
            problems.push(...labelProblems(match[1], where));
            if (tasksInSection === 0) {
                problems.push(`${where}: the previous section has no task`);
            }
            sections += 1;
            tasksInSection = 0;
        } else if ((match = /^ {4}((\d+)\. (.*)) :(t(\d+)), (\d{4}-\d{2}), (\d+)M$/.exec(line))) {
            const [, name, number, label, id, idNumber, start] = match;
            problems.push(...labelProblems(label, where));
            if (GANTT_KEYWORDS.test(name)) {
                problems.push(`${where}: task name starts with a gantt keyword: ${name}`);
            }
            if (number !== idNumber || ids.has(id)) {
                problems.push(`${where}: task id ${id} repeated or not matching its number`);
            }
            ids.add(id);
            if (!MONTH.test(start)) {
                problems.push(`${where}: invalid month ${start}`);
            }
            if (tasksInSection < 0) {
                problems.push(`${where}: task before any section`);
            } else {
                tasksInSection += 1;
            }
        } else {
            problems.push(`${where}: not a statement the report writes: ${JSON.stringify(line)}`);
        }
    }
    for (const required of ['title', '    dateFormat YYYY-MM', '    axisFormat %Y-%m']) {
        if (seen.get(required) !== 1) {
            problems.push(`${required.trim()} appears ${seen.get(required) ?? 0} times`);
        }
    }
    if (sections === 0 || tasksInSection === 0) {
        problems.push('no section, or a last section without a task');
    }
    return problems;
}

export function checkXyChart(block: string): string[] {
    const lines = block.split('\n');
    const problems: string[] = [];
    if (lines[0] !== 'xychart-beta') {
        return [`first line is ${JSON.stringify(lines[0])}, not xychart-beta`];
    }
    const quoted = (text: string, where: string): string[] => {
        const match = /^"([^"]*)"$/.exec(text);
        return match ? labelProblems(match[1], where) : [`${where}: not one quoted label: ${text}`];
    };
    let labels = -1;
    let series = 0;
    const expect = ['title', 'x-axis', 'y-axis'];
    for (const [index, line] of lines.slice(1).entries()) {
        const where = `line ${index + 2}`;
        const match = /^ {4}(title|x-axis|y-axis|bar|line) (.*)$/.exec(line);
        if (!match) {
            problems.push(`${where}: not a statement the report writes: ${JSON.stringify(line)}`);
            continue;
        }
        const [, keyword, rest] = match;
        if (index < 3 && keyword !== expect[index]) {
            problems.push(`${where}: expected ${expect[index]}, found ${keyword}`);
        }
        if (keyword === 'title' || keyword === 'y-axis') {
            problems.push(...quoted(rest, where));
        } else if (keyword === 'x-axis') {
            const list = /^\[(.*)\]$/.exec(rest);
            const items = list ? list[1].split(', ') : [];
            labels = items.length;
            if (!list || items.length === 0) {
                problems.push(`${where}: x-axis without labels`);
            }
            items.forEach(item => problems.push(...quoted(item, where)));
        } else {
            const list = /^\[(.*)\]$/.exec(rest);
            const values = list ? list[1].split(', ') : [];
            series += 1;
            if (!list || values.some(v => !NUMBER.test(v))) {
                problems.push(`${where}: not a list of plain decimals: ${rest}`);
            }
            if (values.length !== labels) {
                problems.push(`${where}: ${values.length} values for ${labels} x labels`);
            }
        }
    }
    if (series === 0) {
        problems.push('no bar or line');
    }
    return problems;
}
