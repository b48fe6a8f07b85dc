/**
 * The words and number formats the editor views (hover, inlay hints, code
 * lens) share, in English and Simplified Chinese. Only formatting happens
 * here: every figure comes from the plan's one evaluation
 * (`PlanEvaluations.figures`), none is computed.
 *
 * Out-of-date figures (the plan has errors now; these are its last figures
 * without errors) carry the same marker everywhere: a leading `⟳`, plus a
 * sentence in hovers and inlay hint tooltips and `(out of date)` in code
 * lenses, which have no tooltip.
 */
import type { Decimal } from 'decimal.js';
import type { IrrResult, LineBreakdown, OptionEvaluation } from '../evaluation/evaluation.js';
import { formatMoney, formatNumber, formatPercent } from '../format/numbers.js';
import type { Locale } from '../i18n/locale.js';
import type { Moscow } from '../model/plan.js';

/** Marks figures from the last version of a plan without errors. */
export const STALE_MARK = '⟳';

/** Why a view shows no figures. */
export type NoFiguresReason = 'catalogue' | 'errors';

/** Every phrase of the figure views, in one language. */
export interface FigureText {
    readonly locale: Locale;
    /** Hover and tooltip sentence for out-of-date figures. */
    readonly outOfDate: string;
    /** Code lens suffix for out-of-date figures. */
    readonly outOfDateShort: string;
    noFigures(reason: NoFiguresReason): string;
    /** A declaration the (last good) evaluation does not know, e.g. added since. */
    notInFigures(name: string): string;
    /** `name: value`, with the language's colon. */
    labelled(name: string, value: string): string;
    /** `Fxiaoke.Professional (chosen, recommended)` */
    tagged(name: string, tags: readonly string[]): string;

    readonly tco: string;
    readonly totalBenefit: string;
    readonly roi: string;
    readonly npv: string;
    readonly pvRoi: string;
    readonly payback: string;
    /** `payback` inside a sentence. */
    readonly paybackInline: string;
    readonly irr: string;
    readonly matrixScore: string;
    readonly npvRank: string;
    readonly matrixRank: string;
    readonly chosen: string;
    readonly recommended: string;
    readonly option: string;
    readonly total: string;
    readonly coverage: string;

    /** `15.64 months` */
    months(count: string): string;
    /** `15.6 mo`: inlay hints. */
    monthsShort(count: string): string;
    /** `1 of 4` */
    rankOf(rank: number, of: number): string;
    readonly noPayback: string;
    readonly noPaybackShort: string;
    /** ROI of an option without costs (TCO 0): undefined, and why. */
    readonly roiUndefined: string;
    irrNone(roots: readonly string[]): string;

    // Requirements
    readonly value: string;
    readonly valueFormula: string;
    readonly rank: string;
    readonly effort: string;
    personWeeks(count: string): string;
    readonly noEffort: string;
    readonly withinCapacity: string;
    readonly yes: string;
    capacityKept(usedBefore: string, capacity: string | undefined): string;
    excludedByCapacity(effort: string, usedBefore: string, capacity: string): string;
    readonly excludedWont: string;
    excludedNeeds(needs: readonly string[]): string;
    moscow(value: Moscow): string;
    /** Inlay hint after `impact`: `value 6.65 · #1`. */
    priorityHint(value: string, rank: number): string;
    priorityTooltip(rank: string, moscow: string, within: boolean): string;
    readonly goLive: string;
    readonly notInImplementation: string;

    // Goals and criteria
    readonly weight: string;
    readonly usedBy: string;
    readonly notUsed: string;
    impactTerm(impact: string, product: string, value: string): string;
    readonly measuredByCoverage: string;
    readonly measuredByTco: string;
    readonly scoredPerVendor: string;
    criterionTerm(score: string, weighted: string, matrix: string, missing: boolean): string;

    // Costs and benefits
    readonly everyOption: string;
    readonly direct: string;
    readonly indirect: string;
    benefitKind(kind: string): string;
    totalOver(horizon: number): string;
    lineOnce(amount: string, month: string | undefined): string;
    lineRecurring(amount: string, period: 'month' | 'year', first: string | undefined, last: string | undefined, months: number): string;
    hoursAt(hours: string, rate: string): string;
    users(count: string, of: readonly string[]): string;
    converted(written: string, converted: string, rate: string): string;
    readonly from: string;
    rampMonths(months: number): string;
    grossTotal(total: string): string;
    /** Inlay hint after an amount line. */
    amountOver(total: string, months: number): string;
    amountIn(total: string, month: string): string;
    readonly amountOutside: string;
    /** Hover on a ranged cost or benefit: its bar in the tornado of one option. */
    tornado(input: string, swing: string, rank: number, of: number, option: string, low: string, high: string): string;
    /** Code lens on the plan header: the Monte Carlo band of the NPV. */
    npvBand(option: string, p10: string, p90: string, trials: number): string;
    perOptionNote(option: string): string;
    readonly licence: string;
    licenceLine(price: string, period: 'month' | 'year', seats: string | undefined, billing: 'monthly' | 'yearly'): string;
    licenceTotal(total: string, months: number): string;
    /** Seats that follow rollout waves: the total for the seat-months billed. */
    licenceSeatMonths(total: string, seatMonths: string): string;

    /** Inlay hint after an edition: `ROI 126% · NPV ¥449,554 · payback 15.6 mo`. */
    optionHint(roi: string, npv: string, payback: string): string;

    // Code lens
    readonly openReport: string;
    recommendedLens(option: string): string;
    matrixLens(rank: number, of: number, score: string): string;
}

const EN: FigureText = {
    locale: 'en',
    outOfDate: `${STALE_MARK} Out of date: figures from the last version without errors.`,
    outOfDateShort: '(out of date)',
    noFigures: reason => reason === 'catalogue'
        ? 'No figures: this file is a catalogue (no `plan` header). Open a plan that imports it.'
        : 'No figures yet: the plan has errors.',
    notInFigures: name => `\`${name}\` is not in the last figures without errors.`,
    labelled: (name, value) => value ? `${name}: ${value}` : `${name}:`,
    tagged: (name, tags) => tags.length > 0 ? `${name} (${tags.join(', ')})` : name,

    tco: 'TCO',
    totalBenefit: 'Total benefit',
    roi: 'ROI',
    npv: 'NPV',
    pvRoi: 'PV-ROI',
    payback: 'Payback',
    paybackInline: 'payback',
    irr: 'IRR (annual)',
    matrixScore: 'Matrix score',
    npvRank: 'Rank by NPV',
    matrixRank: 'Rank by matrix',
    chosen: 'chosen',
    recommended: 'recommended',
    option: 'Option',
    total: 'Total',
    coverage: 'Coverage',

    months: count => `${count} months`,
    monthsShort: count => `${count} mo`,
    rankOf: (rank, of) => `${rank} of ${of}`,
    noPayback: 'not within the horizon',
    noPaybackShort: 'none',
    roiUndefined: 'n/a (no costs)',
    irrNone: roots => roots.length === 0 ? 'none (no root)' : `none: ${roots.length} roots (${roots.join(', ')})`,

    value: 'Value',
    valueFormula: 'Σ goal weight × impact',
    rank: 'rank',
    effort: 'effort',
    personWeeks: count => `${count} person-weeks`,
    noEffort: 'no effort given',
    withinCapacity: 'Within capacity',
    yes: 'yes',
    capacityKept: (usedBefore, capacity) => capacity === undefined
        ? 'yes (no capacity set)'
        : `yes (${usedBefore} of ${capacity} person-weeks used before it)`,
    excludedByCapacity: (effort, usedBefore, capacity) =>
        `no (${effort} person-weeks do not fit: ${usedBefore} of ${capacity} already used)`,
    excludedWont: 'no (`wont` is never kept)',
    excludedNeeds: needs => `no (needs ${needs.map(n => `\`${n}\``).join(', ')}, which is not kept)`,
    moscow: value => `\`${value}\``,
    priorityHint: (value, rank) => `value ${value} · #${rank}`,
    priorityTooltip: (rank, moscow, within) => `Rank ${rank} (${moscow}), ${within ? 'within capacity' : 'not within capacity'}`,
    goLive: 'live',
    notInImplementation: 'not in this implementation: no phase delivers',

    weight: 'weight',
    usedBy: 'Used by',
    notUsed: 'No requirement has an impact on it.',
    impactTerm: (impact, product, value) => `impact ${impact} → ${product} of value ${value}`,
    measuredByCoverage: 'measured by coverage',
    measuredByTco: 'measured by TCO',
    scoredPerVendor: 'scored per vendor',
    criterionTerm: (score, weighted, matrix, missing) =>
        `${score}${missing ? ' (no score: counted 0)' : ''} → ${weighted} of matrix score ${matrix}`,

    everyOption: 'every option',
    direct: 'direct',
    indirect: 'indirect',
    benefitKind: kind => kind,
    totalOver: horizon => `Total over ${horizon} months`,
    lineOnce: (amount, month) => month ? `${amount} once in ${month}` : `${amount} once, outside the horizon`,
    lineRecurring: (amount, period, first, last, months) => first && last
        ? `${amount} per ${period}, ${first} to ${last} (${months} months)`
        : `${amount} per ${period}, outside the horizon`,
    hoursAt: (hours, rate) => `${hours} hours × ${rate} per hour`,
    users: (count, of) => `${count} users${of.length > 0 ? ` of ${of.join(', ')}` : ''}`,
    converted: (written, converted, rate) => `${written} = ${converted} (rate ${rate})`,
    from: 'From',
    rampMonths: months => `ramp ${months} months`,
    grossTotal: total => `${total} at full coverage`,
    amountOver: (total, months) => `= ${total} over ${months} mo`,
    amountIn: (total, month) => `= ${total} in ${month}`,
    amountOutside: '= 0 (outside the horizon)',
    tornado: (input, swing, rank, of, option, low, high) =>
        `Sensitivity of ${option}: \`${input}\` swings NPV by ${swing} (${low} at its low end, ${high} at its high end), #${rank} of ${of} in the tornado`,
    npvBand: (option, p10, p90, trials) => `${option}: NPV P10–P90 ${p10} to ${p90} (${trials.toLocaleString('en')} trials)`,
    perOptionNote: option => `for ${option}; differs by option`,
    licence: 'Licence',
    licenceLine: (price, period, seats, billing) =>
        `${price} per ${seats ? 'seat per ' : ''}${period}${seats ? ` × ${seats} seats` : ''}, billed ${billing}`,
    licenceTotal: (total, months) => `${total} for ${months} months billed`,
    licenceSeatMonths: (total, seatMonths) => `${total} for ${seatMonths} seat-months billed (the users as they roll out)`,

    optionHint: (roi, npv, payback) => `ROI ${roi} · NPV ${npv} · payback ${payback}`,

    openReport: 'Open report',
    recommendedLens: option => `★ Recommended: ${option} (highest NPV)`,
    matrixLens: (rank, of, score) => `Matrix rank ${rank} of ${of} · score ${score}`
};

const ZH: FigureText = {
    locale: 'zh-CN',
    outOfDate: `${STALE_MARK} 已过期：以下数字来自最近一个没有错误的版本。`,
    outOfDateShort: '（已过期）',
    noFigures: reason => reason === 'catalogue'
        ? '没有数字：此文件是目录（没有 `plan` 头）。请打开导入它的计划。'
        : '暂无数字：计划有错误。',
    notInFigures: name => `最近一次没有错误的数字中没有 \`${name}\`。`,
    labelled: (name, value) => `${name}：${value}`,
    tagged: (name, tags) => tags.length > 0 ? `${name}（${tags.join('，')}）` : name,

    tco: '总拥有成本 (TCO)',
    totalBenefit: '总收益',
    roi: '投资回报率 (ROI)',
    npv: '净现值 (NPV)',
    pvRoi: '现值回报率 (PV-ROI)',
    payback: '回收期',
    paybackInline: '回收期',
    irr: '内部收益率 (IRR，年化)',
    matrixScore: '矩阵得分',
    npvRank: '净现值排名',
    matrixRank: '矩阵排名',
    chosen: '已选',
    recommended: '推荐',
    option: '方案',
    total: '合计',
    coverage: '覆盖',

    months: count => `${count} 个月`,
    monthsShort: count => `${count} 个月`,
    rankOf: (rank, of) => `第 ${rank} 名（共 ${of} 个）`,
    noPayback: '期内未回本',
    noPaybackShort: '未回本',
    roiUndefined: '不适用（无成本）',
    irrNone: roots => roots.length === 0 ? '无（没有根）' : `无唯一值：${roots.length} 个根（${roots.join('，')}）`,

    value: '价值',
    valueFormula: 'Σ 目标权重 × 影响',
    rank: '排名',
    effort: '工作量',
    personWeeks: count => `${count} 人周`,
    noEffort: '未给出工作量',
    withinCapacity: '在容量内',
    yes: '是',
    capacityKept: (usedBefore, capacity) => capacity === undefined
        ? '是（未设容量）'
        : `是（此前已用 ${usedBefore} / ${capacity} 人周）`,
    excludedByCapacity: (effort, usedBefore, capacity) =>
        `否（需要 ${effort} 人周，已用 ${usedBefore} / ${capacity} 人周，放不下）`,
    excludedWont: '否（`wont` 从不纳入）',
    excludedNeeds: needs => `否（依赖的 ${needs.map(n => `\`${n}\``).join('、')} 未纳入）`,
    moscow: value => `\`${value}\``,
    priorityHint: (value, rank) => `价值 ${value} · 第 ${rank} 名`,
    priorityTooltip: (rank, moscow, within) => `排名${rank}（${moscow}），${within ? '在容量内' : '不在容量内'}`,
    goLive: '上线',
    notInImplementation: '不在本次实施范围内：没有阶段交付',

    weight: '权重',
    usedBy: '用于',
    notUsed: '没有需求对它有影响。',
    impactTerm: (impact, product, value) => `影响 ${impact} → 贡献 ${product}（价值 ${value}）`,
    measuredByCoverage: '按覆盖率计算',
    measuredByTco: '按总拥有成本计算',
    scoredPerVendor: '按供应商打分',
    criterionTerm: (score, weighted, matrix, missing) =>
        `${score}${missing ? '（未打分：按 0 计）' : ''} → 贡献 ${weighted}（矩阵得分 ${matrix}）`,

    everyOption: '所有方案',
    direct: '直接',
    indirect: '间接',
    benefitKind: kind => ({ revenue: '收入', savings: '节约', efficiency: '效率', satisfaction: '满意度' } as Record<string, string>)[kind] ?? kind,
    totalOver: horizon => `${horizon} 个月合计`,
    lineOnce: (amount, month) => month ? `${amount}，一次性，${month}` : `${amount}，一次性，在期限之外`,
    lineRecurring: (amount, period, first, last, months) => first && last
        ? `每${period === 'month' ? '月' : '年'} ${amount}，${first} 至 ${last}（${months} 个月）`
        : `每${period === 'month' ? '月' : '年'} ${amount}，在期限之外`,
    hoursAt: (hours, rate) => `${hours} 小时 × 每小时 ${rate}`,
    users: (count, of) => `${count} 名用户${of.length > 0 ? `（${of.join('、')}）` : ''}`,
    converted: (written, converted, rate) => `${written} = ${converted}（汇率 ${rate}）`,
    from: '来自',
    rampMonths: months => `爬坡 ${months} 个月`,
    grossTotal: total => `全覆盖时 ${total}`,
    amountOver: (total, months) => `= ${total}，共 ${months} 个月`,
    amountIn: (total, month) => `= ${total}，${month}`,
    amountOutside: '= 0（在期限之外）',
    tornado: (input, swing, rank, of, option, low, high) =>
        `${option} 的敏感性：\`${input}\` 使净现值波动 ${swing}（取下限时 ${low}，取上限时 ${high}），在龙卷风图中排第 ${rank}/${of} 位`,
    npvBand: (option, p10, p90, trials) => `${option}：净现值 P10–P90 为 ${p10} 至 ${p90}（${trials} 次模拟）`,
    perOptionNote: option => `${option} 的数字；各方案不同`,
    licence: '许可',
    licenceLine: (price, period, seats, billing) =>
        `每${seats ? '席位每' : ''}${period === 'month' ? '月' : '年'} ${price}${seats ? ` × ${seats} 个席位` : ''}，${billing === 'yearly' ? '按年' : '按月'}付款`,
    licenceTotal: (total, months) => `${total}，计费 ${months} 个月`,
    licenceSeatMonths: (total, seatMonths) => `${total}，计费 ${seatMonths} 席位·月（按分批上线的人数计）`,

    optionHint: (roi, npv, payback) => `ROI ${roi} · NPV ${npv} · 回收期 ${payback}`,

    openReport: '打开报告',
    recommendedLens: option => `★ 推荐：${option}（净现值最高）`,
    matrixLens: (rank, of, score) => `矩阵排名 ${rank} / ${of} · 得分 ${score}`
};

/** The phrases of `locale`. */
export function figureText(locale: Locale): FigureText {
    return locale === 'zh-CN' ? ZH : EN;
}

/** Money for hovers and lenses (2 places) or compact views (`decimals` 0). */
export function money(value: Decimal | number | null, currency: string, locale: Locale, decimals = 2): string {
    return value === null ? 'n/a' : formatMoney(value, currency, locale, decimals);
}

/** A plain decimal, up to two places: weights, impacts, users, effort. */
export function plain(value: Decimal | number): string {
    return formatNumber(value, 2);
}

/** A score or value always with two places: `6.65`, `8.79`. */
export function twoPlaces(value: Decimal | number): string {
    return formatNumber(value, 2, 2);
}

/** `126.12%`, or `126%` with `decimals` 0. */
export function percent(value: number | null, decimals = 2): string {
    return formatPercent(value, decimals);
}

/** A weight or share written as a percent: `60%`, `87.5%`. */
export function share(value: Decimal): string {
    return `${formatNumber(value, 2)}%`;
}

/** `126.12%` (`126%` with `decimals` 0), or `n/a (no costs)` for an option whose TCO is 0. */
export function roi(value: number | null, text: FigureText, decimals = 2): string {
    return value === null ? text.roiUndefined : percent(value, decimals);
}

/** `15.64 months`, `not within the horizon`; compact: `15.6 mo`, `none`. */
export function payback(months: number | null, text: FigureText, compact = false): string {
    if (months === null) {
        return compact ? text.noPaybackShort : text.noPayback;
    }
    return compact ? text.monthsShort(formatNumber(months, 1, 1)) : text.months(formatNumber(months, 2, 2));
}

/** The IRR when there is exactly one root, else every root found (never a guess). */
export function irr(result: IrrResult, text: FigureText): string {
    if (result.annualPercent !== null) {
        return percent(result.annualPercent);
    }
    return text.irrNone(result.annualRootsPercent.map(root => percent(root)));
}

/** `Fxiaoke.Professional (chosen, recommended)`. */
export function optionLabel(option: OptionEvaluation, text: FigureText): string {
    const tags = [option.chosen ? [text.chosen] : [], option.recommended ? [text.recommended] : []].flat();
    return text.tagged(option.id, tags);
}

/** A line's month label, or undefined when it has no month inside the horizon. */
export function lineMonths(line: LineBreakdown, labels: readonly string[]): { first?: string; last?: string } {
    return {
        first: line.firstMonth !== undefined ? labels[line.firstMonth] : undefined,
        last: line.lastMonth !== undefined ? labels[line.lastMonth] : undefined
    };
}
