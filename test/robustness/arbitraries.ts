/**
 * fast-check arbitraries for the robustness properties: whole plans written
 * from the grammar (mostly valid, with hostile names, titles, numbers,
 * comments and whitespace), mutations of the example plans (deleted and
 * duplicated spans, random tokens, truncation, Unicode, BOM, CRLF, tabs,
 * NUL, extreme numbers, long lines, deep repetition), and raw noise.
 *
 * Every arbitrary yields the text of one `.crmplan` file.
 */
import fc from 'fast-check';
import { KEYWORDS, SEEDS } from './corpus.js';

// ---------------------------------------------------------------- atoms

/** A decimal as the grammar reads it (`-`? digits, `_`, one `.`), from ordinary to absurd. */
export const decimalText: fc.Arbitrary<string> = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 120 }).map(String) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 500_000 }).map(String) },
    { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`) },
    {
        weight: 2, arbitrary: fc.constantFrom(
            '0', '0.0', '00', '1_000', '1_000_000', '7.10', '100', '101', '99.999999999',
            // 30 and 31 digits: around 1e30
            '123456789012345678901234567890', '1000000000000000000000000000000', '9'.repeat(31),
            // past the double range once multiplied, and past it as written
            '9'.repeat(200), '1' + '0'.repeat(308), '9'.repeat(400),
            // tiny
            '0.000000000000000000001', '0.' + '0'.repeat(60) + '1', '0.00000000000000000000000000000000000000000001',
            '1__0', '-0', '-1', '-99999999999999999999'
        )
    },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }).map(n => '9'.repeat(n)) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 40 })).map(([a, n]) => `${a}.${'0'.repeat(n)}1`) }
);

/** Numbers the way people write them, most of them not numbers here. */
const malformedNumber = fc.constantFrom('1e308', '1e-308', '1E5', '1.', '.5', '1,000', '0x10', 'NaN', 'Infinity');

/** A decimal as a plan writes it, now and then one the grammar does not read. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
    { weight: 18, arbitrary: decimalText },
    { weight: 1, arbitrary: malformedNumber }
);

/** Strange but legal identifier tails and wholes: Unicode letters, RTL scripts, joiners, combining marks. */
const hostileNames = [
    'Ж', 'Заявка', '中文需求', '销售', 'שלום', 'مرحبا', 'ǅungla', 'Ω', '𝔘nicode', 'naïve', 'e\u0301clair',
    'a\u200Db', 'x\u200Cy', '_', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype',
    'NaN', 'Infinity', 'undefined', 'null', 'valueOf', 'then',
    // keywords that are ordinary words, and so names
    'revenue', 'from', 'must', 'users', 'month', 'target', 'data', 'coverage', 'tco', 'weight', 'start'
];

/** A name from a small pool (so references often resolve), or a hostile one. */
export function nameFrom(prefix: string, poolSize = 4): fc.Arbitrary<string> {
    return fc.oneof(
        { weight: 12, arbitrary: fc.integer({ min: 0, max: poolSize - 1 }).map(i => `${prefix}${i}`) },
        { weight: 2, arbitrary: fc.constantFrom(...hostileNames) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }).map(n => prefix + 'x'.repeat(n)) },
        { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('a', 'Z', '9', '_', 'é', '中', '\u200D', '\u0301'), minLength: 0, maxLength: 12 }).map(s => prefix + s) }
    );
}

/** Pieces of a title: Markdown, HTML, pipes, backticks, escapes (`\n` is a line break), RTL and zero-width characters. */
const titlePieces = [
    'Plain words', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '| a | b |', '`code`', '```', '**bold**', '_em_',
    '[link](javascript:alert(1))', '![img](x)', '# heading', '> quote', '- item', '1. item', '---', '<!-- c -->', '&amp;', '&lt;', '\\"quoted\\"',
    '\\n', '\\r\\n', '\\t', '\\0', '\\\\', '\\|', '\u202Eevil\u202C', '\u200B', '\u200F', '\u2066iso\u2069', '\uFEFF', '🙂', '中文标题', 'שלום עולם',
    '%0A', '::error::x', '$x$', '@mention', '#123', 'http://example.com', '<details>', '</details>', '~~~', '\\u0000'
];

export const titleText: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('Sales', 'A title', '纷享销客', '') },
    { weight: 4, arbitrary: fc.array(fc.constantFrom(...titlePieces), { minLength: 1, maxLength: 4 }).map(parts => parts.join(' ')) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map(n => 'T'.repeat(n)) },
    {
        weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 })
            .map(s => s.replace(/["\\\r\n\u2028\u2029]/g, ''))
    }
).map(text => `"${text}"`);

const month = fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 14 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const likelyMonth = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 30 }).map(i => `20${27 + Math.floor(i / 12)}-${String(i % 12 + 1).padStart(2, '0')}`) }, { weight: 1, arbitrary: month });

const currency = fc.constantFrom('CNY', 'CNY', 'CNY', 'USD', 'EUR', 'XXX', 'cny', 'ZZZ', 'BTC1');
const optional = <T>(arb: fc.Arbitrary<T>, freq = 2): fc.Arbitrary<T | ''> => fc.option(arb, { freq, nil: '' }) as fc.Arbitrary<T | ''>;
const list = (item: fc.Arbitrary<string>, max = 3): fc.Arbitrary<string> => fc.array(item, { minLength: 1, maxLength: max }).map(items => items.join(', '));
const period = fc.constantFrom('month', 'year');
const months = fc.constantFrom('months', 'month');

/** Something to put between tokens: whitespace of every kind and comments. */
const gap = fc.oneof(
    { weight: 20, arbitrary: fc.constant(' ') },
    { weight: 2, arbitrary: fc.constantFrom('\t', '  ', '\n', '\r\n', '\n\n\n', ' \t ', '\u00A0', '\u2028', '\f', '\v') },
    { weight: 2, arbitrary: fc.constantFrom(' // note\n', ' /* c */ ', '/*\n multi\n line */', '// 中文 注释\n', ' /**/ ', '/* // */', ' //\n', '/* a */\n// b\n') }
);

/** Re-spaces a text: each single space may become other whitespace or a comment. */
function respace(text: string, gaps: readonly string[]): string {
    if (gaps.length === 0) {
        return text;
    }
    let i = 0;
    // Strings keep their spaces: a line break inside one would only make a syntax error.
    return text.replace(/"(?:\\.|[^"\\\r\n])*"| /g, match => (match === ' ' ? gaps[i++ % gaps.length] : match));
}

/**
 * Plans written from the grammar, with `numberText` for every number: a
 * header (usually complete) and declarations. With numbers the grammar reads,
 * every plan parses (by construction); names, values and references may
 * still be wrong, which is what the checks are for.
 */
function planFromGrammar(numberText: fc.Arbitrary<string>): fc.Arbitrary<string> {
    const range = (n: fc.Arbitrary<string>): fc.Arbitrary<string> => optional(fc.tuple(n, n).map(([a, b]) => ` (${a} to ${b})`), 5);
    const percentRange = optional(fc.tuple(numberText, numberText).map(([a, b]) => ` (${a}% to ${b}%)`), 5);
    const money = fc.tuple(numberText, range(numberText), optional(currency.map(c => ` ${c}`), 3)).map(([v, r, c]) => `${v}${r}${c}`);

    // ---------------------------------------------------------------- declarations

    const names = {
        goal: nameFrom('G', 3), department: nameFrom('D', 3), requirement: nameFrom('R', 5), criterion: nameFrom('C', 3),
        vendor: nameFrom('V', 3), edition: nameFrom('E', 2), cost: nameFrom('K', 4), benefit: nameFrom('B', 3),
        phase: nameFrom('P', 3), kpi: nameFrom('I', 2), scenario: nameFrom('S', 2)
    };

    const planSetting = fc.oneof(
        currency.map(c => `currency ${c}`),
        likelyMonth.map(m => `start ${m}`),
        fc.tuple(numberText, months).map(([n, m]) => `horizon ${n} ${m}`),
        fc.tuple(numberText, percentRange, optional(fc.constant(' per year'))).map(([n, r, p]) => `discount ${n}%${r}${p}`),
        numberText.map(n => `capacity ${n} person-weeks`),
        fc.tuple(names.vendor, optional(names.edition.map(e => `.${e}`))).map(([v, e]) => `choose ${v}${e}`),
        money.map(m => `internal rate ${m} per person-week`)
    );

    const planHeader = fc.tuple(
        titleText,
        fc.array(planSetting, { maxLength: 4 }),
        currency, likelyMonth, fc.integer({ min: 1, max: 60 }), fc.boolean()
    ).map(([title, extra, cur, start, horizon, complete]) => {
        const settings = complete ? [`currency ${cur}`, `start ${start}`, `horizon ${horizon} months`, ...extra] : extra;
        return `plan ${title} {\n${settings.map(s => `    ${s}`).join('\n')}\n}`;
    });

    const rate = fc.tuple(currency, numberText, range(numberText), currency).map(([a, v, r, b]) => `rate ${a} ${v}${r} ${b}`);
    const goal = fc.tuple(names.goal, optional(titleText), numberText).map(([n, t, w]) => `goal ${n} ${t} weight ${w}%`);
    const department = fc.tuple(names.department, optional(titleText), optional(fc.tuple(numberText, range(numberText)).map(([u, r]) => `users ${u}${r}`), 4))
        .map(([n, t, u]) => `department ${n} ${t} { ${u} }`);

    const requirementStatement = fc.oneof(
        list(names.department).map(l => `asked by ${l}`),
        list(fc.constantFrom('interview', 'feedback', 'research', 'survey', 'data')).map(l => `evidence ${l}`),
        list(fc.tuple(names.goal, numberText).map(([g, s]) => `${g} ${s}`)).map(l => `impact ${l}`),
        fc.tuple(numberText, range(numberText)).map(([e, r]) => `effort ${e}${r} person-weeks`),
        fc.constantFrom('must', 'should', 'could', 'wont'),
        list(names.requirement).map(l => `needs ${l}`)
    );
    const blockOf = (lines: readonly string[]): string => lines.length === 0 ? '{\n}' : `{\n${lines.map(l => `    ${l}`).join('\n')}\n}`;
    const block = (statements: fc.Arbitrary<string>, max = 6): fc.Arbitrary<string> => fc.array(statements, { maxLength: max }).map(blockOf);
    const requirement = fc.tuple(names.requirement, optional(titleText), block(requirementStatement)).map(([n, t, b]) => `requirement ${n} ${t} ${b}`);
    const criterion = fc.tuple(names.criterion, optional(titleText), numberText, optional(fc.constantFrom(' measured by coverage', ' measured by tco')))
        .map(([n, t, w, m]) => `criterion ${n} ${t} weight ${w}%${m}`);

    const perUser = optional(fc.tuple(fc.constant(' per user'), optional(list(names.department).map(l => ` of ${l}`))).map(([a, b]) => `${a}${b}`), 3);
    const schedule = fc.oneof(
        optional(likelyMonth.map(m => ` in ${m}`)).map(m => ` once${m}`),
        fc.tuple(period, optional(likelyMonth.map(m => ` from ${m}`)), optional(likelyMonth.map(m => ` until ${m}`))).map(([p, f, u]) => ` per ${p}${f}${u}`)
    );
    const amountLine = fc.tuple(money, optional(fc.constant(' hours')), perUser, optional(money.map(m => ` at ${m} per hour`)), schedule)
        .map(([m, h, u, at, s]) => `${m}${h}${u}${at}${s}`);
    const costBlock = block(fc.oneof(fc.constantFrom('direct', 'indirect'), amountLine), 4);
    const cost = fc.tuple(names.cost, optional(titleText), costBlock).map(([n, t, b]) => `cost ${n} ${t} ${b}`);

    const licence = fc.tuple(fc.constantFrom('licence', 'license'), money, perUser, period, optional(fc.constantFrom(' billed yearly', ' billed monthly')),
        optional(likelyMonth.map(m => ` from ${m}`)), optional(likelyMonth.map(m => ` until ${m}`)),
        optional(numberText.map(n => ` increase ${n}% per year`)), optional(numberText.map(n => ` minimum ${n} users`)))
        .map(([k, m, u, p, b, f, un, i, mi]) => `${k} ${m}${u} per ${p}${b}${f}${un}${i}${mi}`);
    const edition = fc.tuple(names.edition, optional(titleText), optional(fc.array(licence, { maxLength: 2 }).map(ls => `{\n${ls.map(l => `        ${l}`).join('\n')}\n    }`), 4))
        .map(([n, t, b]) => `edition ${n} ${t} ${b}`);
    const vendorMember = fc.oneof(
        edition,
        list(fc.tuple(names.requirement, numberText, percentRange).map(([r, s, pr]) => `${r} ${s}%${pr}`)).map(l => `covers ${l}`),
        list(fc.tuple(names.criterion, numberText).map(([c, s]) => `${c} ${s}`)).map(l => `score ${l}`),
        cost
    );
    const vendor = fc.tuple(names.vendor, optional(titleText), block(vendorMember, 5)).map(([n, t, b]) => `vendor ${n} ${t} ${b}`);

    const benefitStatement = fc.oneof(
        fc.constantFrom('revenue', 'savings', 'efficiency', 'satisfaction'),
        list(names.requirement).map(l => `from ${l}`),
        amountLine,
        fc.tuple(numberText, months).map(([n, m]) => `ramp ${n} ${m}`)
    );
    // `from` lines first: after `8000 per month`, a `from` line would be read as the amount's start month.
    const benefitStatements = fc.array(benefitStatement, { maxLength: 5 })
        .map(lines => [...lines.filter(l => l.startsWith('from ')), ...lines.filter(l => !l.startsWith('from '))]);
    const benefit = fc.tuple(names.benefit, optional(titleText), benefitStatements).map(([n, t, lines]) => `benefit ${n} ${t} ${blockOf(lines)}`);

    const phaseStatement = fc.oneof(
        titleText.map(t => `owner ${t}`),
        likelyMonth.map(m => `start ${m}`),
        list(names.phase).map(l => `after ${l}`),
        fc.tuple(numberText, months).map(([n, m]) => `duration ${n} ${m}`),
        list(names.requirement).map(l => `delivers ${l}`)
    );
    const phase = fc.tuple(names.phase, optional(titleText), block(phaseStatement, 4)).map(([n, t, b]) => `phase ${n} ${t} ${b}`);

    const measure = fc.tuple(numberText, fc.oneof(fc.constant('%'), fc.constantFrom(' hours', ' days', ' CNY', ' users', ''))).map(([n, u]) => `${n}${u}`);
    const kpiStatement = fc.oneof(
        measure.map(m => `baseline ${m}`),
        fc.tuple(measure, optional(likelyMonth.map(m => ` by ${m}`))).map(([m, b]) => `target ${m}${b}`),
        list(names.benefit).map(l => `tracks ${l}`)
    );
    const kpi = fc.tuple(names.kpi, optional(titleText), block(kpiStatement, 3)).map(([n, t, b]) => `kpi ${n} ${t} ${b}`);

    const scenarioOverride = fc.oneof(
        fc.tuple(fc.oneof(names.cost, names.benefit), numberText, fc.boolean()).map(([n, f, neg]) => `${n} ${neg && !f.startsWith('-') ? '-' : ''}${f}%`),
        fc.tuple(names.department, numberText).map(([d, u]) => `users ${d} ${u}`),
        numberText.map(n => `discount ${n}% per year`),
        fc.tuple(currency, numberText, currency).map(([a, v, b]) => `rate ${a} ${v} ${b}`)
    );
    const scenario = fc.tuple(names.scenario, optional(titleText), block(scenarioOverride, 4)).map(([n, t, b]) => `scenario ${n} ${t} ${b}`);

    const importStatement = fc.constantFrom(
        'import "catalog/vendors.crmplan"', 'import "catalog/needs.crmplan"', 'import "plan.crmplan"', 'import "missing.crmplan"',
        'import "../outside.crmplan"', 'import "/etc/passwd"', 'import ""', 'import "catalog"', 'import "\\u0000"'
    );

    const declaration = fc.oneof(
        { weight: 1, arbitrary: rate }, { weight: 2, arbitrary: goal }, { weight: 2, arbitrary: department },
        { weight: 3, arbitrary: requirement }, { weight: 2, arbitrary: criterion }, { weight: 3, arbitrary: vendor },
        { weight: 3, arbitrary: cost }, { weight: 3, arbitrary: benefit }, { weight: 2, arbitrary: phase },
        { weight: 1, arbitrary: kpi }, { weight: 1, arbitrary: scenario }
    );

    return fc.tuple(
        fc.array(importStatement, { maxLength: 2 }),
        fc.option(planHeader, { freq: 8, nil: undefined }),
        fc.array(declaration, { maxLength: 14 }),
        fc.option(fc.array(gap, { minLength: 1, maxLength: 30 }), { freq: 3, nil: undefined }),
        fc.constantFrom('\n', '\r\n', '')
    ).map(([imports, header, declarations, gaps, eol]) => {
        const text = [...imports, ...(header ? [header] : []), ...declarations].join('\n\n') + '\n';
        const spaced = gaps ? respace(text, gaps) : text;
        return eol === '\r\n' ? spaced.replace(/\r?\n/g, '\r\n') : spaced;
    });
}

/** Plans from the grammar, mostly valid; now and then a number the grammar does not read. */
export const generatedPlan: fc.Arbitrary<string> = planFromGrammar(numberText);

/** Plans from the grammar that parse by construction (see `planFromGrammar`). */
export const grammaticalPlan: fc.Arbitrary<string> = planFromGrammar(decimalText);

// ---------------------------------------------------------------- plans that mostly evaluate

/** A number in `min..max`, now and then any number at all. */
const saneNumber = (min: number, max: number, decimals = 0): fc.Arbitrary<string> => fc.oneof(
    { weight: 80, arbitrary: fc.integer({ min: min * 10 ** decimals, max: max * 10 ** decimals }).map(n => (n / 10 ** decimals).toFixed(decimals)) },
    { weight: 1, arbitrary: numberText }
);
const saneMoney = fc.tuple(
    fc.oneof({ weight: 10, arbitrary: saneNumber(0, 200_000, 2) }, { weight: 1, arbitrary: numberText }),
    fc.oneof({ weight: 60, arbitrary: fc.constant('') }, { weight: 20, arbitrary: fc.constantFrom(' USD', ' EUR', ' CNY') }, { weight: 1, arbitrary: currency.map(c => ` ${c}`) }),
    fc.oneof({ weight: 6, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom('0', '0.00'), saneNumber(200_000, 300_000)).map(([lo, hi]) => ` (${lo} to ${hi})`) })
).map(([value, cur, range]) => `${value}${range}${cur}`);
const pick = (prefix: string, count: number): fc.Arbitrary<string> => fc.integer({ min: 0, max: count - 1 }).map(i => `${prefix}${i}`);
const picks = (prefix: string, count: number): fc.Arbitrary<string> =>
    fc.uniqueArray(fc.integer({ min: 0, max: count - 1 }), { minLength: 1, maxLength: count }).map(is => is.map(i => `${prefix}${i}`).join(', '));
const saneMonth = fc.integer({ min: 0, max: 40 }).map(i => `20${27 + Math.floor(i / 12)}-${String(i % 12 + 1).padStart(2, '0')}`);
const saneSchedule = fc.oneof(
    fc.oneof(fc.constant(' once'), saneMonth.map(m => ` once in ${m}`)),
    fc.tuple(period, optional(saneMonth.map(m => ` from ${m}`)), optional(saneMonth.map(m => ` until ${m}`), 5)).map(([p, f, u]) => ` per ${p}${f}${u}`)
);
const saneAmountLine = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(saneMoney, optional(fc.tuple(fc.constant(' per user'), optional(picks('D', 3).map(l => ` of ${l}`))).map(([a, b]) => a + b), 3), saneSchedule).map(([m, u, sc]) => `${m}${u}${sc}`) },
    { weight: 1, arbitrary: fc.tuple(saneNumber(1, 40), saneMoney, saneSchedule).map(([h, rate, sc]) => `${h} hours per user at ${rate} per hour${sc}`) }
);
const saneLicence = fc.tuple(saneMoney, fc.boolean(), period, optional(fc.constantFrom(' billed yearly', ' billed monthly')),
    optional(saneMonth.map(m => ` from ${m}`), 4), optional(saneNumber(0, 30).map(n => ` increase ${n}% per year`), 4), optional(saneNumber(1, 50).map(n => ` minimum ${n} users`), 4))
    .map(([m, perUser, p, b, f, inc, min]) => `licence ${m}${perUser ? ' per user' : ''} per ${p}${b}${f}${inc}${min}`);
const indent = (lines: readonly string[], by = '    ') => lines.map(line => by + line).join('\n');

/** Keeps only the first of each given statement keyword, as the language allows each once. */
function once(lines: readonly string[], keywords: readonly RegExp[]): string[] {
    const seen = new Set<RegExp>();
    return lines.filter(line => {
        const keyword = keywords.find(k => k.test(line));
        if (!keyword) {
            return true;
        }
        if (seen.has(keyword)) {
            return false;
        }
        seen.add(keyword);
        return true;
    });
}

/**
 * A plan that declares every name it uses (G0.., D0.., R0.., C0.., V0..,
 * K0.., B0.., P0.., S0..) with mostly sensible values, so that most of them
 * evaluate and every view has figures to show; hostile names replace some of
 * the plain ones everywhere, titles are hostile, and now and then a value is
 * absurd.
 */
export const validishPlan: fc.Arbitrary<string> = fc.record({
    title: titleText,
    start: saneMonth,
    horizon: fc.oneof({ weight: 10, arbitrary: saneNumber(1, 60) }, { weight: 1, arbitrary: fc.constantFrom('1', '1200', '1201', '0') }),
    discount: optional(saneNumber(0, 30, 1).map(n => `discount ${n}% per year`), 3),
    capacity: optional(saneNumber(0, 60).map(n => `capacity ${n} person-weeks`)),
    choose: fc.boolean(),
    internal: optional(saneMoney.map(m => `internal rate ${m} per person-week`), 4),
    rates: fc.tuple(saneNumber(1, 10, 2), saneNumber(1, 10, 2)).map(([usd, eur]) => `rate USD ${usd} CNY\nrate EUR ${eur} CNY`),
    goals: fc.array(fc.tuple(optional(titleText, 3), saneNumber(0, 100)), { minLength: 3, maxLength: 3 }),
    departments: fc.array(fc.tuple(optional(titleText, 3), saneNumber(0, 500)), { minLength: 3, maxLength: 3 }),
    requirements: fc.array(fc.tuple(optional(titleText, 3), picks('D', 3), fc.array(fc.tuple(pick('G', 3), saneNumber(0, 10)), { minLength: 1, maxLength: 3 }),
        saneNumber(0, 20), fc.constantFrom('must', 'should', 'could', 'wont'), fc.option(fc.nat(), { nil: undefined })), { minLength: 5, maxLength: 5 })
        .map(requirements => requirements.map(([t, d, impacts, ...rest]) => [t, d, impacts.filter(([g], i) => impacts.findIndex(([h]) => h === g) === i), ...rest] as const)),
    criteria: fc.array(fc.tuple(optional(titleText, 3), saneNumber(0, 100), fc.constantFrom('', ' measured by coverage', ' measured by tco')), { minLength: 3, maxLength: 3 }),
    vendors: fc.array(fc.tuple(optional(titleText, 3), fc.array(fc.array(saneLicence, { maxLength: 2 }), { maxLength: 2 }),
        fc.array(fc.tuple(pick('R', 5), saneNumber(0, 100)), { maxLength: 5 }), fc.array(fc.tuple(pick('C', 3), saneNumber(0, 10)), { maxLength: 3 }),
        fc.option(fc.array(saneAmountLine, { minLength: 1, maxLength: 2 }), { freq: 3, nil: undefined })), { minLength: 1, maxLength: 3 }),
    costs: fc.array(fc.tuple(optional(titleText, 3), fc.constantFrom('direct', 'indirect'), fc.array(saneAmountLine, { maxLength: 3 })), { maxLength: 4 }),
    benefits: fc.array(fc.tuple(optional(titleText, 3), fc.constantFrom('revenue', 'savings', 'efficiency', 'satisfaction'), optional(picks('R', 5)),
        fc.array(saneAmountLine, { maxLength: 2 }), optional(saneNumber(1, 24).map(n => `ramp ${n} months`))), { maxLength: 3 }),
    phases: fc.array(fc.tuple(optional(titleText.map(t => `owner ${t}`)), saneMonth, saneNumber(1, 12), optional(picks('R', 5))), { maxLength: 3 }),
    kpis: fc.array(fc.tuple(saneNumber(0, 100), saneNumber(0, 100), saneMonth), { maxLength: 2 }),
    scenarios: fc.array(fc.tuple(optional(titleText, 3), fc.array(fc.oneof(
        fc.tuple(fc.oneof(pick('K', 4), pick('B', 3)), saneNumber(0, 300)).map(([n, f]) => `${n} ${f}%`),
        fc.tuple(pick('D', 3), saneNumber(0, 500)).map(([d, u]) => `users ${d} ${u}`),
        saneNumber(0, 30).map(n => `discount ${n}% per year`),
        saneNumber(1, 10, 2).map(n => `rate USD ${n} CNY`)
    ), { maxLength: 3 })), { maxLength: 2 }),
    renames: fc.array(fc.tuple(fc.constantFrom('G0', 'D1', 'R2', 'C0', 'V0', 'E0', 'K1', 'B0', 'P1', 'S0'), fc.constantFrom(...hostileNames, 'N'.repeat(300))), { maxLength: 2 }),
    comments: fc.option(fc.array(gap, { minLength: 1, maxLength: 20 }), { freq: 4, nil: undefined }),
    crlf: fc.boolean()
}).map(p => {
    const blocks: string[] = [];
    const firstEditions = p.vendors[0][1].length;
    const choose = p.choose ? `choose V0${firstEditions > 0 ? '.E0' : ''}` : '';
    const settings = ['currency CNY', `start ${p.start}`, `horizon ${p.horizon} months`, p.discount, p.capacity, choose, p.internal].filter(Boolean);
    blocks.push(`plan ${p.title} {\n${indent(settings)}\n}`, p.rates);
    blocks.push(p.goals.map(([t, w], i) => `goal G${i} ${t} weight ${w}%`).join('\n'));
    blocks.push(p.departments.map(([t, u], i) => `department D${i} ${t} { users ${u} }`).join('\n'));
    p.requirements.forEach(([t, askedBy, impacts, effort, moscow, needs], i) => {
        const lines = [`asked by ${askedBy}`, `impact ${impacts.map(([g, v]) => `${g} ${v}`).join(', ')}`, `effort ${effort} person-weeks`, moscow];
        if (needs !== undefined && i > 0) {
            lines.push(`needs R${needs % i}`);
        }
        blocks.push(`requirement R${i} ${t} {\n${indent(lines)}\n}`);
    });
    blocks.push(p.criteria.map(([t, w, m], i) => `criterion C${i} ${t} weight ${w}%${m}`).join('\n'));
    p.vendors.forEach(([t, editions, covers, scores, cost], i) => {
        const members = editions.map((licences, e) => licences.length === 0 ? `edition E${e}` : `edition E${e} {\n${indent(licences, '        ')}\n    }`);
        const coverage = once(covers.map(([r, share]) => `${r} ${share}%`), [/^R0 /, /^R1 /, /^R2 /, /^R3 /, /^R4 /]);
        if (coverage.length > 0) {
            members.push(`covers ${coverage.join(', ')}`);
        }
        const scored = once(scores.map(([c, v]) => `${c} ${v}`), [/^C0 /, /^C1 /, /^C2 /]);
        if (scored.length > 0) {
            members.push(`score ${scored.join(', ')}`);
        }
        if (cost) {
            members.push(`cost VK${i} {\n${indent(['direct', ...cost], '        ')}\n    }`);
        }
        blocks.push(`vendor V${i} ${t} {\n${indent(members)}\n}`);
    });
    p.costs.forEach(([t, costClass, lines], i) => blocks.push(`cost K${i} ${t} {\n${indent([costClass, ...lines])}\n}`));
    p.benefits.forEach(([t, kind, from, lines, ramp], i) => {
        blocks.push(`benefit B${i} ${t} {\n${indent([kind, ...(from ? [`from ${from}`] : []), ...lines, ...(ramp ? [ramp] : [])])}\n}`);
    });
    p.phases.forEach(([owner, start, duration, delivers], i) => {
        const lines = [...(owner ? [owner] : []), i === 0 ? `start ${start}` : `after P${i - 1}`, `duration ${duration} months`, ...(delivers ? [`delivers ${delivers}`] : [])];
        blocks.push(`phase P${i} {\n${indent(lines)}\n}`);
    });
    p.kpis.forEach(([baseline, target, by], i) => {
        blocks.push(`kpi I${i} {\n${indent([`baseline ${baseline}%`, `target ${target}% by ${by}`, ...(p.benefits.length > 0 ? ['tracks B0'] : [])])}\n}`);
    });
    p.scenarios.forEach(([t, overrides], i) => blocks.push(`scenario S${i} ${t} {\n${indent(once(overrides, [/^users D0 /, /^users D1 /, /^users D2 /, /^discount /, /^rate /, /^K0 /, /^K1 /, /^K2 /, /^K3 /, /^B0 /, /^B1 /, /^B2 /]))}\n}`));
    let text = blocks.filter(Boolean).join('\n\n') + '\n';
    for (const [from, to] of p.renames) {
        if (!new RegExp(`\\b${to}\\b`).test(text)) {
            text = text.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
        }
    }
    if (p.comments) {
        text = respace(text, p.comments);
    }
    return p.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
});

// ---------------------------------------------------------------- mutations

/** A token to insert: keywords, names, numbers, strings, punctuation, comments. */
export const randomToken: fc.Arbitrary<string> = fc.oneof(
    fc.constantFrom(...KEYWORDS),
    nameFrom('R'),
    numberText,
    titleText,
    fc.constantFrom('{', '}', '(', ')', '%', ',', '.', '-', '"', '"unterminated', '/*', '*/', '//', '/* unterminated', '\\', ';', ':', '=', '#', '@', '$', '`', '|', '<', '>')
);

const unicodeNoise = fc.oneof(
    fc.constantFrom('\u202E', '\u202D', '\u200F', '\u200E', '\u2066', '\u2069', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD',
        '\u0301', '\uD800', '\uDFFF', '\uD83D\uDE00', '\u{10FFFF}', '\u0000', '\u0007', '\u001B[31m', '\u0085', '\u2028', '\u2029', '\r', '\u3000', '\uFFFD'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 8 })
);

type Mutation = (text: string) => string;

const at = (text: string, p: number): number => Math.min(text.length, Math.floor(p * (text.length + 1)));
/** Positions as fractions of the text, so a mutation applies to any text. */
const position = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    // delete a span
    { weight: 4, arbitrary: fc.tuple(position, fc.integer({ min: 1, max: 400 })).map(([p, n]) => (t: string) => { const i = at(t, p); return t.slice(0, i) + t.slice(i + n); }) },
    // duplicate a span somewhere
    { weight: 3, arbitrary: fc.tuple(position, fc.integer({ min: 1, max: 600 }), position).map(([p, n, q]) => (t: string) => { const i = at(t, p); const span = t.slice(i, i + n); const j = at(t, q); return t.slice(0, j) + span + t.slice(j); }) },
    // insert a token
    { weight: 5, arbitrary: fc.tuple(position, randomToken, fc.constantFrom(' ', '', '\n')).map(([p, token, sep]) => (t: string) => { const i = at(t, p); return t.slice(0, i) + sep + token + sep + t.slice(i); }) },
    // replace a word with a token
    { weight: 4, arbitrary: fc.tuple(fc.nat(), randomToken).map(([k, token]) => (t: string) => replaceNth(t, /[\p{L}\p{N}_.-]+/gu, k, () => token)) },
    // replace a number with an extreme one
    { weight: 4, arbitrary: fc.tuple(fc.nat(), numberText).map(([k, n]) => (t: string) => replaceNth(t, /\b\d[\d_]*(?:\.\d+)?\b(?!-\d)/g, k, () => n)) },
    // truncate
    { weight: 2, arbitrary: position.map(p => (t: string) => t.slice(0, at(t, p))) },
    // Unicode noise
    { weight: 3, arbitrary: fc.tuple(position, unicodeNoise).map(([p, u]) => (t: string) => { const i = at(t, p); return t.slice(0, i) + u + t.slice(i); }) },
    // whole-text transformations
    { weight: 1, arbitrary: fc.constant((t: string) => '\uFEFF' + t) },
    { weight: 1, arbitrary: fc.constant((t: string) => t.replace(/\r?\n/g, '\r\n')) },
    { weight: 1, arbitrary: fc.constant((t: string) => t.replace(/\n/g, '\r')) },
    { weight: 1, arbitrary: fc.constant((t: string) => t.replace(/^( {4})+/gm, m => '\t'.repeat(m.length / 4))) },
    { weight: 1, arbitrary: fc.constant((t: string) => t.replace(/ /g, '\t')) },
    { weight: 1, arbitrary: position.map(p => (t: string) => { const i = at(t, p); return t.slice(0, i) + '\0' + t.slice(i); }) },
    // a very long line or name
    { weight: 1, arbitrary: fc.tuple(position, fc.integer({ min: 1000, max: 100_000 }), fc.constantFrom('x', ' ', '9', '中', '/')).map(([p, n, c]) => (t: string) => { const i = at(t, p); return t.slice(0, i) + c.repeat(n) + t.slice(i); }) },
    { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.integer({ min: 100, max: 20_000 })).map(([k, n]) => (t: string) => replaceAllOf(t, /\b[A-Z][A-Za-z]+\b/g, k, w => w + 'L'.repeat(n))) },
    // deep repetition of a span
    { weight: 1, arbitrary: fc.tuple(position, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 2, max: 300 })).map(([p, n, times]) => (t: string) => { const i = at(t, p); return t.slice(0, i) + t.slice(i, i + n).repeat(times) + t.slice(i + n); }) }
);

/** Replaces the k-th match (k modulo the number of matches) of `pattern`. */
function replaceNth(text: string, pattern: RegExp, k: number, replacement: (match: string) => string): string {
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) {
        return text;
    }
    const m = matches[k % matches.length];
    return text.slice(0, m.index) + replacement(m[0]) + text.slice(m.index + m[0].length);
}

/** Replaces every occurrence of the k-th distinct match (a name, and every reference to it). */
function replaceAllOf(text: string, pattern: RegExp, k: number, replacement: (match: string) => string): string {
    const distinct = [...new Set([...text.matchAll(pattern)].map(m => m[0]))];
    if (distinct.length === 0) {
        return text;
    }
    const word = distinct[k % distinct.length];
    return text.replace(new RegExp(`\\b${word}\\b`, 'g'), replacement(word));
}

/** An example plan (or a generated one) with a few mutations applied in order. */
export const mutatedPlan: fc.Arbitrary<string> = fc.tuple(
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SEEDS.map(s => s.text)) }, { weight: 1, arbitrary: generatedPlan }, { weight: 2, arbitrary: validishPlan }),
    fc.array(mutation, { minLength: 1, maxLength: 4 })
).map(([seed, mutations]) => mutations.reduce((text, mutate) => mutate(text), seed));

// ---------------------------------------------------------------- deep and degenerate texts

/** Long chains: `needs`, `after`, imports of one's self, many declarations, many list items. */
export const deepPlan: fc.Arbitrary<string> = fc.tuple(fc.constantFrom('needs', 'after', 'covers', 'declarations', 'impacts', 'lines'), fc.integer({ min: 50, max: 1500 }))
    .map(([kind, n]) => {
        const header = 'plan "Deep" {\n    currency CNY\n    start 2027-01\n    horizon 24 months\n}\ngoal G "g" weight 100%\n';
        const seq = (f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
        switch (kind) {
            case 'needs':
                return header + seq(i => `requirement R${i} { impact G 5 ${i > 0 ? `needs R${i - 1}` : `needs R${n - 1}`} }`);
            case 'after':
                return header + seq(i => `phase P${i} { ${i === 0 ? 'start 2027-01' : `after P${i - 1}`} duration 1 month }`);
            case 'covers':
                return header + seq(i => `requirement R${i} { impact G 1 }`) + `\nvendor V { covers ${Array.from({ length: n }, (_, i) => `R${i} 50%`).join(', ')} }\n`;
            case 'declarations':
                return header + seq(i => `cost K${i} { direct\n ${i + 1} per month }`) + '\nvendor V {}\n';
            case 'impacts':
                return header + `requirement R { impact ${Array.from({ length: n }, () => 'G 5').join(', ')} }\n`;
            default:
                return header + `vendor V {}\ncost K { direct\n${seq(i => `    ${i} per month from 2027-01`)}\n}\n`;
        }
    });

/** Texts that are not plans at all, or nearly nothing. */
export const noise: fc.Arbitrary<string> = fc.oneof(
    fc.constantFrom('', ' ', '\n', '\uFEFF', '\0', '\r\n\r\n', '{', '}', '"', '/*', 'plan', 'plan "', 'plan "x" {', 'vendor V {', '\uD800'),
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.array(randomToken, { maxLength: 40 }).map(tokens => tokens.join(' '))
);

/** Every kind of input, in the proportions the property tests use. */
export const anyPlanText: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: validishPlan },
    { weight: 3, arbitrary: generatedPlan },
    { weight: 8, arbitrary: mutatedPlan },
    { weight: 1, arbitrary: deepPlan },
    { weight: 2, arbitrary: noise }
);
