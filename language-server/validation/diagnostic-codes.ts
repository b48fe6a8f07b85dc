import type { Locale } from '../i18n/locale.js';
import { SYNTAX_TEXT } from '../parser/syntax-messages.js';

export type Severity = 'error' | 'warning' | 'info';

type Args = Record<string, string | number>;

/** One kind of diagnostic: a stable code, a severity and its message in each language. */
export interface DiagnosticKind {
    readonly code: string;
    readonly severity: Severity;
    /** One line for the documentation table. */
    readonly summary: string;
    readonly en: (args: Args) => string;
    readonly zh: (args: Args) => string;
}

function kind(code: string, severity: Severity, summary: string, en: (a: Args) => string, zh: (a: Args) => string): DiagnosticKind {
    return { code, severity, summary, en, zh };
}

/**
 * Every diagnostic crmplan reports. Codes are stable: tools and people refer
 * to them, so a code is never reused for another meaning. `docs/diagnostics.md`
 * documents the same table (a test keeps the two in step).
 */
export const Diagnostics = {
    syntax: kind('CRM000', 'error', 'The text does not follow the grammar.',
        a => `${a.message}`,
        a => `语法错误：${a.message}`),
    unresolved: kind('CRM001', 'error', 'A name that no declaration in this file or its imports defines.',
        a => a.suggestion
            ? `Unknown ${a.kind} '${a.name}': did you mean '${a.suggestion}'? Otherwise declare it (\`${a.keyword} ${a.name} ...\`) or import the file that declares it.`
            : `Unknown ${a.kind} '${a.name}': declare it (\`${a.keyword} ${a.name} ...\`) or import the file that declares it.`,
        a => a.suggestion
            ? `未知的${a.kindZh}“${a.name}”：您是想写“${a.suggestion}”吗？否则请声明它（\`${a.keyword} ${a.name} ...\`）或导入声明它的文件。`
            : `未知的${a.kindZh}“${a.name}”：请声明它（\`${a.keyword} ${a.name} ...\`）或导入声明它的文件。`),
    duplicate: kind('CRM002', 'error', 'Two declarations of the same kind share a name within a plan and its imports.',
        a => a.first
            ? `Duplicate ${a.kind} '${a.name}': ${a.first} and ${a.second} both declare it, and this file imports both. Rename or remove one.`
            : `Duplicate ${a.kind} '${a.name}': it is also declared ${a.where}. Rename or remove one.`,
        a => a.first
            ? `重复的${a.kindZh}“${a.name}”：${a.firstZh}和${a.secondZh}都声明了它，而本文件导入了这两者。请重命名或删除其中一个。`
            : `重复的${a.kindZh}“${a.name}”：${a.whereZh}也声明了它。请重命名或删除其中一个。`),
    missingRate: kind('CRM003', 'error', 'An amount in a currency with no declared exchange rate to the plan currency.',
        a => `No exchange rate from ${a.currency} to ${a.planCurrency}${a.where ? ` (used in ${a.where})` : ''}: add \`rate ${a.currency} <value> ${a.planCurrency}\`. Amounts are never converted 1:1.`,
        a => `缺少从 ${a.currency} 到 ${a.planCurrency} 的汇率${a.whereZh ? `（用于${a.whereZh}）` : ''}：请添加 \`rate ${a.currency} <汇率> ${a.planCurrency}\`。金额绝不会按 1:1 换算。`),
    impactRange: kind('CRM004', 'error', 'An impact score outside 0 to 10.',
        a => `Impact of '${a.requirement}' on '${a.goal}' is ${a.value}: impacts run from 0 to 10.`,
        a => `“${a.requirement}”对“${a.goal}”的影响为 ${a.value}：影响取值为 0 到 10。`),
    shareRange: kind('CRM005', 'error', 'A share or weight outside 0% to 100%.',
        a => `${a.what} is ${a.value}%: a share must lie between 0% and 100%.`,
        a => `${a.whatZh}为 ${a.value}%：比例必须在 0% 到 100% 之间。`),
    negativeAmount: kind('CRM006', 'error', 'A negative amount, price, hours, rate, users, effort or capacity.',
        a => `${a.what} is negative (${a.value}): write the amount as a positive number.`,
        a => `${a.whatZh}为负数（${a.value}）：请写成正数。`),
    rangeOrder: kind('CRM007', 'error', 'A range whose likely value lies outside it, or whose low end exceeds its high end.',
        a => `The likely value ${a.likely} lies outside its range (${a.low} to ${a.high}): write \`likely (low to high)\` with low ≤ likely ≤ high.`,
        a => `最可能值 ${a.likely} 不在其范围（${a.low} 到 ${a.high}）内：请按 \`最可能值 (下限 to 上限)\` 书写，且下限 ≤ 最可能值 ≤ 上限。`),
    phaseCycle: kind('CRM008', 'error', 'Phases whose `after` order loops.',
        a => `Phase order loops: ${a.cycle}. Start one of these phases with \`start <month>\` instead.`,
        a => `阶段顺序形成循环：${a.cycle}。请让其中一个阶段改用 \`start <月份>\` 开始。`),
    needsCycle: kind('CRM009', 'error', 'Requirements whose `needs` loop.',
        a => `Requirements need each other in a loop: ${a.cycle}. Remove one of these \`needs\`.`,
        a => `需求之间的依赖形成循环：${a.cycle}。请删除其中一个 \`needs\`。`),
    ambiguousChoice: kind('CRM010', 'error', '`choose` names a vendor with several editions but no edition.',
        a => `Vendor '${a.vendor}' has several editions: choose one, for example \`choose ${a.vendor}.${a.edition}\`.`,
        a => `供应商“${a.vendor}”有多个版本：请指定一个，例如 \`choose ${a.vendor}.${a.edition}\`。`),
    importMissing: kind('CRM011', 'error', 'An import whose file does not exist (or is not in the workspace).',
        a => `Cannot find imported file '${a.path}'. Check the path; it is relative to this file.`,
        a => `找不到导入的文件“${a.path}”。请检查路径；路径相对于当前文件。`),
    importCycle: kind('CRM012', 'error', 'Imports that lead back to the importing file.',
        a => a.self
            ? `Import cycle: ${a.file} imports itself. Remove this import.`
            : `Import cycle: ${a.cycle}. Files must not import each other: move what they share into a catalogue that imports none of them.`,
        a => a.self
            ? `导入形成循环：${a.file} 导入了它自己。请删除这条导入。`
            : `导入形成循环：${a.cycle}。文件之间不能相互导入：请把它们共用的声明移到一个不导入它们的目录文件中。`),
    importOutside: kind('CRM013', 'error', 'An import that leaves the repository.',
        a => `Import '${a.path}' leaves the repository (${a.root}): copy the file into the repository instead.`,
        a => `导入“${a.path}”超出了仓库范围（${a.root}）：请把该文件复制到仓库内。`),
    missingSetting: kind('CRM014', 'error', 'A plan header without a required setting (currency, start, horizon).',
        a => `The plan has no \`${a.setting}\`: add \`${a.example}\` to the plan header.`,
        a => `计划缺少 \`${a.setting}\`：请在计划头部添加 \`${a.example}\`。`),
    invalidMonth: kind('CRM015', 'error', 'A month that is not a calendar month (`2027-13`).',
        a => `'${a.value}' is not a month: write YYYY-MM with a month from 01 to 12.`,
        a => `“${a.value}”不是有效的月份：请按 YYYY-MM 书写，月份为 01 到 12。`),
    phaseStart: kind('CRM016', 'error', 'A phase without exactly one of `start` or `after`, or without a duration.',
        a => a.problem === 'both'
            ? `Phase '${a.phase}' has both \`start\` and \`after\`: keep one.`
            : a.problem === 'duration'
                ? `Phase '${a.phase}' has no \`duration\`: add \`duration <n> months\`.`
                : `Phase '${a.phase}' has neither \`start\` nor \`after\`: add \`start <month>\` or \`after <phase>\`.`,
        a => a.problem === 'both'
            ? `阶段“${a.phase}”同时有 \`start\` 和 \`after\`：请只保留一个。`
            : a.problem === 'duration'
                ? `阶段“${a.phase}”缺少 \`duration\`：请添加 \`duration <n> months\`。`
                : `阶段“${a.phase}”既没有 \`start\` 也没有 \`after\`：请添加 \`start <月份>\` 或 \`after <阶段>\`。`),
    repeatedStatement: kind('CRM017', 'error', 'A statement given twice where only one is meaningful.',
        a => `\`${a.statement}\` is given more than once in ${a.where}: keep one.`,
        a => `${a.whereZh}中 \`${a.statement}\` 出现了多次：请只保留一个。`),
    staffTime: kind('CRM018', 'error', 'Staff time without both `hours` and `at <rate> per hour`, or with a currency on the hours.',
        a => a.problem === 'rate'
            ? `Staff time needs an hourly rate: write \`${a.value} hours at <rate> per hour ...\`.`
            : a.problem === 'currency'
                ? `Hours are a count, not money: remove ${a.currency} from \`${a.value} ${a.currency} hours\` and give the currency with the rate (\`at <rate> ${a.currency} per hour\`).`
                : `\`at ... per hour\` needs hours: write \`<n> hours at ... per hour\`.`,
        a => a.problem === 'rate'
            ? `人工时间需要小时费率：请写成 \`${a.value} hours at <费率> per hour ...\`。`
            : a.problem === 'currency'
                ? `小时数是数量而不是金额：请删除 \`${a.value} ${a.currency} hours\` 中的 ${a.currency}，并在费率处写货币（\`at <费率> ${a.currency} per hour\`）。`
                : `\`at ... per hour\` 需要小时数：请写成 \`<n> hours at ... per hour\`。`),
    wholeMonths: kind('CRM019', 'error', 'A horizon, duration or ramp that is not a positive whole number of months.',
        a => a.max !== undefined
            ? `${a.what} must be a whole number of months from ${a.min} to ${a.max} (found ${a.value}).`
            : `${a.what} must be a whole number of months of at least ${a.min} (found ${a.value}).`,
        a => a.max !== undefined
            ? `${a.whatZh}必须是 ${a.min} 到 ${a.max} 之间的整月数（当前为 ${a.value}）。`
            : `${a.whatZh}必须是不少于 ${a.min} 的整月数（当前为 ${a.value}）。`),
    severalPlans: kind('CRM020', 'error', 'More than one plan header in a file or its imports.',
        () => `More than one \`plan\` header: a file holds one plan; move shared declarations into a catalogue file without a plan header.`,
        () => `存在多个 \`plan\` 头部：一个文件只包含一个计划；请把共享的声明移到没有计划头部的目录文件中。`),
    currencyCode: kind('CRM021', 'error', 'A currency code that is not three capital letters.',
        a => `'${a.value}' is not a currency code: use three capital letters such as CNY, USD or EUR.`,
        a => `“${a.value}”不是货币代码：请使用三个大写字母，例如 CNY、USD 或 EUR。`),
    scoreRange: kind('CRM022', 'error', 'A vendor score outside 0 to 10.',
        a => `Score of '${a.vendor}' on '${a.criterion}' is ${a.value}: scores run from 0 to 10.`,
        a => `“${a.vendor}”在“${a.criterion}”上的评分为 ${a.value}：评分取值为 0 到 10。`),
    zeroRate: kind('CRM023', 'error', 'An exchange rate of zero.',
        a => `The rate ${a.from} ${a.value} ${a.to} is zero: it cannot convert (or be inverted). Give the real rate.`,
        a => `汇率 ${a.from} ${a.value} ${a.to} 为零：无法换算（也无法取倒数）。请填写实际汇率。`),
    fullWidth: kind('CRM039', 'error', 'Full-width punctuation or an ideographic space, typed with a Chinese input method, where the language wants ASCII.',
        a => SYNTAX_TEXT.en.fullWidth(a), a => SYNTAX_TEXT['zh-CN'].fullWidth(a)),
    monthFormat: kind('CRM040', 'error', 'A month written without two digits for the month (`2027-3`).',
        a => SYNTAX_TEXT.en.monthFormat(a), a => SYNTAX_TEXT['zh-CN'].monthFormat(a)),
    misspeltKeyword: kind('CRM041', 'error', 'A word where a keyword must stand, close to a keyword valid there (`requirment`).',
        a => SYNTAX_TEXT.en.misspeltKeyword(a), a => SYNTAX_TEXT['zh-CN'].misspeltKeyword(a)),
    notUtf8: kind('CRM042', 'error', 'A file that is not UTF-8 text (GBK/GB18030, UTF-16, or binary with NUL bytes).',
        a => SYNTAX_TEXT.en.notUtf8(a), a => SYNTAX_TEXT['zh-CN'].notUtf8(a)),
    importsPlan: kind('CRM043', 'error', 'An import of a file that is itself a plan (has a `plan` header).',
        a => SYNTAX_TEXT.en.importsPlan(a), a => SYNTAX_TEXT['zh-CN'].importsPlan(a)),
    goalWeights: kind('CRM101', 'warning', 'Goal weights do not sum to 100%.',
        a => `Goal weights sum to ${a.sum}%, not 100%: requirement values are then not on a 0–10 scale.`,
        a => `目标权重之和为 ${a.sum}%，不是 100%：需求价值将不在 0–10 的范围内。`),
    criterionWeights: kind('CRM102', 'warning', 'Criterion weights do not sum to 100%.',
        a => `Criterion weights sum to ${a.sum}%, not 100%: matrix scores are then not on a 0–10 scale.`,
        a => `评选标准权重之和为 ${a.sum}%，不是 100%：矩阵得分将不在 0–10 的范围内。`),
    computedScore: kind('CRM103', 'warning', 'A `score` for a criterion that is computed (`measured by`).',
        a => `'${a.criterion}' is measured by ${a.measure}, so this score is ignored: remove it.`,
        a => `“${a.criterion}”由 ${a.measure} 计算得出，此评分将被忽略：请删除它。`),
    outsideHorizon: kind('CRM104', 'warning', 'A date before the plan start or after its horizon.',
        a => `${a.month} is ${a.side === 'before' ? 'before the plan starts' : 'after the horizon ends'} (${a.first} to ${a.last}): ${
            a.subject === 'phase' ? 'the phase lies outside the timeline, and so do the requirements it delivers.'
                : a.subject === 'kpi' ? 'the target lies outside the timeline of the business case.'
                    : 'amounts dated there are not counted.'}`,
        a => `${a.month} ${a.side === 'before' ? '早于计划开始' : '晚于计划期末'}（${a.first} 到 ${a.last}）：${
            a.subject === 'phase' ? '该阶段及其交付的需求落在时间线之外。'
                : a.subject === 'kpi' ? '该目标落在商业论证的时间线之外。'
                    : '该日期的金额不计入。'}`),
    needsLowerClass: kind('CRM105', 'warning', 'A requirement that needs one of a lower MoSCoW class.',
        a => `'${a.requirement}' (${a.moscow}) needs '${a.needed}' (${a.neededMoscow}): raise '${a.needed}' to ${a.moscow} or drop the dependency.`,
        a => `“${a.requirement}”（${a.moscow}）依赖“${a.needed}”（${a.neededMoscow}）：请把“${a.needed}”提升为 ${a.moscow}，或去掉该依赖。`),
    benefitUndelivered: kind('CRM106', 'warning', 'A benefit whose requirements no phase delivers.',
        a => `No phase delivers '${a.requirement}', so benefit '${a.benefit}' counts from the plan start: add it to a phase's \`delivers\`.`,
        a => `没有阶段交付“${a.requirement}”，因此收益“${a.benefit}”从计划开始即计入：请把它加入某个阶段的 \`delivers\`。`),
    coversNothing: kind('CRM107', 'warning', 'A vendor that covers no requirement.',
        a => `Vendor '${a.vendor}' covers no requirement, so its options earn none of the benefits that requirements deliver: add \`covers <requirement> <share>%\`.`,
        a => `供应商“${a.vendor}”未覆盖任何需求，其方案得不到任何由需求带来的收益：请添加 \`covers <需求> <比例>%\`。`),
    mustUncovered: kind('CRM108', 'warning', 'A `must` requirement that no vendor covers.',
        a => `No vendor covers the must-have '${a.requirement}'.`,
        a => `没有供应商覆盖必需需求“${a.requirement}”。`),
    mustsOverCapacity: kind('CRM109', 'warning', 'The `must` requirements alone exceed the capacity.',
        a => `The must-haves need ${a.effort} person-weeks, more than the capacity of ${a.capacity}.`,
        a => `必需需求共需 ${a.effort} 人周，超过了 ${a.capacity} 人周的产能。`),
    missingScore: kind('CRM110', 'warning', 'A vendor without a score for a scored criterion (counts 0).',
        a => `Vendor '${a.vendor}' has no score for '${a.criterion}', which counts as 0: add \`score ${a.criterion} <0-10>\`.`,
        a => `供应商“${a.vendor}”缺少“${a.criterion}”的评分，按 0 计算：请添加 \`score ${a.criterion} <0-10>\`。`),
    roiUndefined: kind('CRM111', 'warning', 'An option whose ROI is undefined because its TCO is 0.',
        a => `Option ${a.option} costs nothing over the horizon, so its ROI is undefined.`,
        a => `方案 ${a.option} 在计划期内没有成本，因此其 ROI 无法计算。`),
    chosenNotRecommended: kind('CRM112', 'info', 'The chosen option is not the one with the highest NPV.',
        a => `The chosen option ${a.chosen} is not the one with the highest NPV; ${a.recommended} is.`,
        a => `所选方案 ${a.chosen} 并非 NPV 最高的方案；NPV 最高的是 ${a.recommended}。`),
    untilBeforeFrom: kind('CRM113', 'warning', 'An amount line or licence whose `until` month comes before its `from` month.',
        a => `\`until ${a.until}\` comes before \`from ${a.from}\`, so this line counts nothing: swap the months or correct one of them.`,
        a => `\`until ${a.until}\` 早于 \`from ${a.from}\`，该行不计入任何金额：请交换两个月份或更正其中一个。`),
    noDeclarations: kind('CRM124', 'info', 'A file that declares nothing: empty, or only comments.',
        a => SYNTAX_TEXT.en.noDeclarations(a), a => SYNTAX_TEXT['zh-CN'].noDeclarations(a)),
    negativeScale: kind('CRM024', 'error', 'A scenario that scales a cost or benefit by a negative factor.',
        a => `Scenario '${a.scenario}' scales '${a.item}' by ${a.value}%: a negative factor turns its amounts into their opposite (a cost into income). Use 0% or more.`,
        a => `情景“${a.scenario}”将“${a.item}”按 ${a.value}% 缩放：负的系数会让其金额变为相反数（成本变成收入）。请使用 0% 或以上。`),
    figuresUnavailable: kind('CRM025', 'error', 'A plan without other errors whose figures cannot be computed, such as amounts beyond the range of numbers.',
        a => a.code === 'overflow'
            ? 'No figures: an amount, or a figure made from amounts, is beyond the range of numbers (about 1.8 × 10^308; an ROI also when the TCO is almost 0). Check the amounts for extra digits.'
            : `No figures: ${a.message}`,
        a => a.code === 'overflow'
            ? '无法计算数字：某个金额或由金额算出的数字超出了数值范围（约 1.8 × 10^308；TCO 几乎为 0 时的 ROI 也会如此）。请检查金额是否多写了位数。'
            : `无法计算数字：${a.message}`)
} as const satisfies Record<string, DiagnosticKind>;

export type DiagnosticName = keyof typeof Diagnostics;

/** The message of `kind` in `locale`. */
export function diagnosticMessage(kind: DiagnosticKind, locale: Locale, args: Args = {}): string {
    return locale === 'zh-CN' ? kind.zh(args) : kind.en(args);
}
