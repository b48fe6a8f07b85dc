import type { Locale } from '../i18n/locale.js';

/**
 * What went wrong while reading the text, as facts rather than sentences, so
 * the same problem can be said in each language and fixed by a quick fix.
 * The lexer and parser record a problem against the error (or token) they
 * report; the document validator turns it into a diagnostic in the client's
 * language.
 */
export type SyntaxProblem =
    /** `，` where the language wants `,`: the lexer read it as `replacement`. */
    | { readonly kind: 'fullWidth'; readonly character: string; readonly replacement: string }
    /** A character no token starts with. */
    | { readonly kind: 'unexpectedCharacter'; readonly character: string }
    /** `2027-3`: read as the month `fixed`. */
    | { readonly kind: 'monthFormat'; readonly written: string; readonly fixed: string }
    /** `"Pipeline stages` without its closing quote: read to the end of the line. */
    | { readonly kind: 'unterminatedTitle'; readonly title: string; readonly fixed: string }
    /** `件/月`: a unit of two words; read as one. */
    | { readonly kind: 'compoundUnit'; readonly word: string; readonly first: string; readonly second: string }
    /** `requirment`: not a keyword; read as `keyword`. */
    | {
        readonly kind: 'misspeltKeyword'; readonly word: string; readonly keyword: string;
        /** Where the word is, when the parser noticed it only at the token after it. */
        readonly at?: { readonly offset: number; readonly line: number; readonly column: number };
    }
    /** A block the parser skipped because `word` starts nothing (and is close to no keyword). */
    | { readonly kind: 'unknownWord'; readonly word: string; readonly expected: readonly string[] };

const problems = new WeakMap<object, SyntaxProblem>();

/** Remembers what `error` (a lexing error or a parser error's token) means. */
export function recordSyntaxProblem(error: object, problem: SyntaxProblem): void {
    problems.set(error, problem);
}

/** What `error` means, when the lexer or parser recorded it. */
export function syntaxProblemOf(error: object | undefined): SyntaxProblem | undefined {
    return error ? problems.get(error) : undefined;
}

/** Full-width (and other look-alike) punctuation an IME types, with the ASCII the language wants. */
export const FULL_WIDTH: Readonly<Record<string, { readonly ascii: string; readonly en: string; readonly zh: string }>> = {
    '，': { ascii: ',', en: 'full-width comma', zh: '全角逗号' },
    '、': { ascii: ',', en: 'ideographic comma', zh: '顿号' },
    // The language uses neither `:` nor `;`: these are deleted.
    '：': { ascii: '', en: 'full-width colon', zh: '全角冒号' },
    '；': { ascii: '', en: 'full-width semicolon', zh: '全角分号' },
    '（': { ascii: '(', en: 'full-width opening parenthesis', zh: '全角左括号' },
    '）': { ascii: ')', en: 'full-width closing parenthesis', zh: '全角右括号' },
    '“': { ascii: '"', en: 'curly opening quote', zh: '中文左引号' },
    '”': { ascii: '"', en: 'curly closing quote', zh: '中文右引号' },
    '‘': { ascii: '"', en: 'curly single quote', zh: '中文左单引号' },
    '’': { ascii: '"', en: 'curly single quote', zh: '中文右单引号' },
    '％': { ascii: '%', en: 'full-width percent sign', zh: '全角百分号' },
    '｛': { ascii: '{', en: 'full-width opening brace', zh: '全角左花括号' },
    '｝': { ascii: '}', en: 'full-width closing brace', zh: '全角右花括号' },
    '．': { ascii: '.', en: 'full-width full stop', zh: '全角句点' },
    '－': { ascii: '-', en: 'full-width hyphen', zh: '全角连字符' },
    '\u3000': { ascii: ' ', en: 'ideographic (full-width) space', zh: '全角空格' }
};

function codePoint(character: string): string {
    return 'U+' + (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}

/** How a character is shown in a message: itself in backticks with its code point, or only the code point for white space. */
export function shownCharacter(character: string): string {
    return /\s/.test(character) ? codePoint(character) : `\`${character}\` (${codePoint(character)})`;
}

type Args = Readonly<Record<string, string | number>>;

/** Every sentence about reading the text, per locale: messages (with their arguments) and quick-fix titles. */
export const SYNTAX_TEXT: Readonly<Record<Locale, Readonly<Record<string, (a: Args) => string>>>> = {
    'en': {
        fullWidth: a => `${String(a.name).charAt(0).toUpperCase()}${String(a.name).slice(1)} ${a.shown}: ${a.replacement === ''
            ? 'delete it, the language does not use it' : `use the ASCII ${a.replacement === ' ' ? 'space' : `\`${a.replacement}\``}`} (switch the input method to English punctuation).`,
        unexpectedCharacter: a => `The character ${a.shown} is not part of the language: names are letters, digits and _, titles go in ASCII double quotes "...", comments start with //.`,
        unterminatedTitle: a => `The title ${a.title} has no closing \`"\`: end it with \`"\` on the same line (${a.fixed}).`,
        compoundUnit: a => `\`${a.word}\`: a unit is one word (letters, digits and _), so \`/\` cannot be part of it. Write it as one word, such as \`${a.first}_per_${a.second}\`.`,
        monthFormat: a => `Write months as YYYY-MM: ${a.fixed} (not ${a.written}).`,
        misspeltKeyword: a => `\`${a.word}\` is not a keyword; did you mean \`${a.keyword}\`?`,
        unknownWord: a => `\`${a.word}\` is not a keyword here, so the line (or block) it starts was skipped: a line here starts with ${a.expected}.`,
        fixReplace: a => a.replacement === '' ? 'Delete it' : `Replace with \`${a.replacement}\``,
        fixAllFullWidth: () => 'Replace every full-width punctuation mark in the file with ASCII',
        fixChange: a => `Change to \`${a.replacement}\``,
        notUtf8: a => ({
            'utf-16le-bom': 'Not UTF-8: this file is UTF-16 (little-endian, with a byte order mark).',
            'utf-16be-bom': 'Not UTF-8: this file is UTF-16 (big-endian, with a byte order mark).',
            'utf-16le': 'Not UTF-8: this file looks like UTF-16 (little-endian) without a byte order mark.',
            'utf-16be': 'Not UTF-8: this file looks like UTF-16 (big-endian) without a byte order mark.',
            'gb18030': 'Not UTF-8: this file looks like GBK/GB18030 (the Chinese Windows encoding).',
            'binary': 'Not a text file: it contains NUL bytes (a plan is UTF-8 text).',
            'unknown': 'Not UTF-8: this file is in another encoding (a plan is UTF-8 text).'
        }[a.encoding as string] ?? 'Not UTF-8 text.') + (a.label
            ? ` Save it as UTF-8: in VS Code, click the encoding in the status bar, "Reopen with Encoding" ${a.label}, then "Save with Encoding" UTF-8; or run \`iconv -f ${a.label} -t UTF-8 ${a.file} > converted.crmplan\`.`
            : a.encoding === 'binary' ? '' : ' Save it as UTF-8 in your editor.'),
        noDeclarations: () => 'No declarations: this file is empty or holds only comments. Start a plan with `plan "Title" { ... }` (or run `crmplan init`), or declare goals, requirements, vendors, costs or benefits for a catalogue.',
        importsPlan: a => `'${a.path}' is a plan (it has a \`plan\` header), and a plan cannot be imported: nothing of it is used here. Import a catalogue (a file without a \`plan\` header) instead: move the shared declarations into one.`
    },
    'zh-CN': {
        fullWidth: a => `${a.nameZh} ${a.shown}：${a.replacement === ''
            ? '请删除它，本语言不使用该符号' : `请改用 ASCII ${a.replacement === ' ' ? '空格' : `\`${a.replacement}\``}`}（把输入法切换为英文标点）。`,
        unexpectedCharacter: a => `字符 ${a.shown} 不属于本语言：名称由字母、数字和 _ 组成，标题写在 ASCII 双引号 "..." 中，注释以 // 开头。`,
        unterminatedTitle: a => `标题 ${a.title} 缺少结尾的 \`"\`：请在同一行以 \`"\` 结束（${a.fixed}）。`,
        compoundUnit: a => `\`${a.word}\`：单位只能是一个词（字母、数字和 _），不能包含 \`/\`。请写成一个词，例如 \`${a.first}每${a.second}\`。`,
        monthFormat: a => `月份请按 YYYY-MM 书写：${a.fixed}（而不是 ${a.written}）。`,
        misspeltKeyword: a => `\`${a.word}\` 不是关键字；您是想写 \`${a.keyword}\` 吗？`,
        unknownWord: a => `\`${a.word}\` 在此处不是关键字，因此跳过了它开头的行（或块）：此处的行以 ${a.expected} 开头。`,
        fixReplace: a => a.replacement === '' ? '删除它' : `替换为 \`${a.replacement}\``,
        fixAllFullWidth: () => '把文件中所有全角标点替换为 ASCII 标点',
        fixChange: a => `改为 \`${a.replacement}\``,
        notUtf8: a => ({
            'utf-16le-bom': '不是 UTF-8：此文件为 UTF-16（小端，带字节顺序标记）。',
            'utf-16be-bom': '不是 UTF-8：此文件为 UTF-16（大端，带字节顺序标记）。',
            'utf-16le': '不是 UTF-8：此文件看起来是不带字节顺序标记的 UTF-16（小端）。',
            'utf-16be': '不是 UTF-8：此文件看起来是不带字节顺序标记的 UTF-16（大端）。',
            'gb18030': '不是 UTF-8：此文件看起来是 GBK/GB18030 编码（中文 Windows 的编码）。',
            'binary': '不是文本文件：其中含有 NUL 字节（计划文件应为 UTF-8 文本）。',
            'unknown': '不是 UTF-8：此文件使用了其他编码（计划文件应为 UTF-8 文本）。'
        }[a.encoding as string] ?? '不是 UTF-8 文本。') + (a.label
            ? `请另存为 UTF-8：在 VS Code 中点击状态栏的编码，选择“通过编码重新打开” ${a.label}，再选择“通过编码保存” UTF-8；或运行 \`iconv -f ${a.label} -t UTF-8 ${a.file} > converted.crmplan\`。`
            : a.encoding === 'binary' ? '' : '请在编辑器中另存为 UTF-8。'),
        noDeclarations: () => '没有任何声明：此文件为空或只有注释。请以 `plan "标题" { ... }` 开始一个计划（或运行 `crmplan init`），或为目录文件声明目标、需求、供应商、成本或收益。',
        importsPlan: a => `“${a.path}”是一个计划（有 \`plan\` 头部），计划不能被导入：这里不会使用它的任何内容。请改为导入目录文件（没有 \`plan\` 头部的文件）：把共用的声明移到目录文件中。`
    }
};

/** The arguments of `problem`'s message. */
export function syntaxArgs(problem: SyntaxProblem): Args {
    switch (problem.kind) {
        case 'fullWidth': {
            const mark = FULL_WIDTH[problem.character];
            return { shown: shownCharacter(problem.character), replacement: problem.replacement, name: mark?.en ?? 'full-width character', nameZh: mark?.zh ?? '全角字符' };
        }
        case 'unexpectedCharacter': return { shown: shownCharacter(problem.character) };
        case 'monthFormat': return { written: problem.written, fixed: problem.fixed };
        case 'unterminatedTitle': return { title: problem.title, fixed: problem.fixed };
        case 'compoundUnit': return { word: problem.word, first: problem.first, second: problem.second };
        case 'misspeltKeyword': return { word: problem.word, keyword: problem.keyword };
        case 'unknownWord': return { word: problem.word, expected: problem.expected.slice(0, 12).map(k => `\`${k}\``).join(', ') };
    }
}

/** The problem's message in `locale`: what was found and what to type instead. */
export function syntaxMessage(problem: SyntaxProblem, locale: Locale): string {
    return SYNTAX_TEXT[locale][problem.kind](syntaxArgs(problem));
}

/** The text that replaces the problem's range, for the problems a quick fix can repair. */
export function syntaxReplacement(problem: SyntaxProblem): string | undefined {
    switch (problem.kind) {
        case 'fullWidth': return problem.replacement;
        case 'monthFormat': return problem.fixed;
        case 'misspeltKeyword': return problem.keyword;
        case 'unterminatedTitle': return problem.fixed;
        default: return undefined;
    }
}
