import type { GuardrailBasis, GuardrailMetric } from '../model/plan.js';
import type { FigureOrigin, MissingFigure } from '../evaluation/guardrails/index.js';
import type { Locale } from '../i18n/locale.js';

/**
 * Every word a person reads about guardrails, one table per locale, so that
 * the glossary (`i18n/`) can take them over in one step.
 */
export interface GuardrailStrings {
    readonly metric: Readonly<Record<GuardrailMetric, string>>;
    readonly months: (value: string) => string;
    readonly missing: (reason: MissingFigure, roots: string) => string;
    readonly holds: string;
    readonly broken: string;
    readonly notMet: string;
    readonly require: string;
    readonly expect: string;
    readonly origin: (origin: FigureOrigin, detail: string) => string;
    readonly simulationDetail: (trials: string, seed: number) => string;
    readonly appliedTo: (option: string) => string;
    readonly where: (file: string, line: number) => string;
    readonly tableRule: string;
    readonly tableReason: string;
    readonly tableFigure: string;
    readonly tableStatus: string;
    readonly heading: string;
    readonly none: string;
    readonly breaks: string;
    readonly restores: string;
    readonly basis: Readonly<Record<GuardrailBasis, string>>;
    readonly limit: string;
    readonly tableBefore: string;
    readonly tableAfter: string;
    readonly leadSeparator: string;
    readonly itemSeparator: string;
    readonly removedRule: string;
    readonly reportIntro: (option: string) => string;
}

const en: GuardrailStrings = {
    metric: {
        'roi': 'ROI', 'pv-roi': 'PV-ROI', 'irr': 'IRR', 'npv': 'NPV', 'tco': 'TCO',
        'benefit': 'total benefit', 'payback': 'payback', 'matrix': 'matrix score'
    },
    months: value => `${value} months`,
    missing: (reason, roots) => ({
        'no-option': 'no figure: the plan has no option',
        'no-costs': 'no figure: the option has no costs',
        'no-npv': 'no figure: no NPV at a discount rate at or below −100%',
        'never-paid-back': 'never paid back within the horizon',
        'no-irr': 'no IRR: no rate makes the NPV zero',
        'several-irr': `no single IRR: several rates make the NPV zero (${roots})`,
        'no-simulation': 'no simulation: the plan has no ranges',
        'not-simulated': 'no figure: the simulation gives percentiles of NPV, ROI and payback only',
        'no-basis': 'no figure: this metric takes no basis'
    })[reason],
    holds: 'holds',
    broken: 'broken',
    notMet: 'not met',
    require: 'require',
    expect: 'expect',
    origin: (origin, detail) => ({
        plan: 'From the plan\'s figures (the evaluation).',
        simulation: `From the Monte Carlo simulation${detail ? ` (${detail})` : ''}.`,
        forecast: 'From the actuals\' forecast; without actuals it equals the plan\'s figures.',
        trend: 'From the actuals\' trend; without actuals it equals the plan\'s figures.'
    })[origin],
    simulationDetail: (trials, seed) => `${trials} trials, seed ${seed}`,
    appliedTo: option => `Applied to ${option}.`,
    where: (file, line) => `${file}:${line}`,
    tableRule: 'Rule',
    tableReason: 'Reason',
    tableFigure: 'Figure',
    tableStatus: 'Status',
    heading: 'Guardrails',
    none: '–',
    breaks: 'this change breaks',
    restores: 'this change restores',
    limit: 'limit',
    tableBefore: 'Before',
    tableAfter: 'After',
    leadSeparator: ': ',
    itemSeparator: '; ',
    removedRule: 'rule removed',
    basis: { p10: 'P10', p50: 'P50', p90: 'P90', forecast: 'forecast', trend: 'trend' },
    reportIntro: option => `The rules the plan is held to (\`require\`: must hold; \`expect\`: should hold), applied to ${option}.`
};

const zh: GuardrailStrings = {
    metric: {
        'roi': '投资回报率（ROI）', 'pv-roi': '现值投资回报率', 'irr': '内部收益率（IRR）', 'npv': '净现值（NPV）',
        'tco': '总拥有成本（TCO）', 'benefit': '总收益', 'payback': '静态投资回收期', 'matrix': '矩阵得分'
    },
    months: value => `${value} 个月`,
    missing: (reason, roots) => ({
        'no-option': '无数值：计划没有方案',
        'no-costs': '无数值：该方案没有成本',
        'no-npv': '无数值：折现率不高于 −100% 时没有净现值（NPV）',
        'never-paid-back': '计划期内未收回',
        'no-irr': '无内部收益率（IRR）：没有使净现值为零的折现率',
        'several-irr': `无唯一内部收益率（IRR）：多个折现率使净现值为零（${roots}）`,
        'no-simulation': '无蒙特卡洛模拟：计划没有区间',
        'not-simulated': '无数值：蒙特卡洛模拟只给出净现值（NPV）、投资回报率（ROI）和静态投资回收期的分位数',
        'no-basis': '无数值：该指标不接受依据'
    })[reason],
    holds: '满足',
    broken: '未满足',
    notMet: '未达到',
    require: '硬性要求',
    expect: '预期',
    origin: (origin, detail) => ({
        plan: '来自计划的测算数字。',
        simulation: `来自蒙特卡洛模拟${detail ? `（${detail}）` : ''}。`,
        forecast: '来自实际数据的预测（其余按计划）；没有实际数据时等于计划数字。',
        trend: '来自实际数据的趋势（缺口延续）；没有实际数据时等于计划数字。'
    })[origin],
    simulationDetail: (trials, seed) => `${trials} 次试验，随机种子 ${seed}`,
    appliedTo: option => `适用于${option}。`,
    where: (file, line) => `${file}:${line}`,
    tableRule: '规则',
    tableReason: '依据说明',
    tableFigure: '数值',
    tableStatus: '状态',
    heading: '护栏规则',
    none: '–',
    breaks: '本次变更导致不满足',
    restores: '本次变更恢复满足',
    limit: '限值',
    tableBefore: '变更前',
    tableAfter: '变更后',
    leadSeparator: '：',
    itemSeparator: '；',
    removedRule: '规则已删除',
    basis: { p10: 'P10（保守）', p50: 'P50（中位）', p90: 'P90（乐观）', forecast: '预测（其余按计划）', trend: '趋势（缺口延续）' },
    reportIntro: option => `计划须遵守的规则（硬性要求必须满足，预期应当满足），适用于${option}。`
};

export function guardrailStrings(locale: Locale): GuardrailStrings {
    return locale === 'zh-CN' ? zh : en;
}
