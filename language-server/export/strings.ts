/**
 * Every word the workbook and the CSV show, per locale, in one table so that
 * a translator edits one place (and the central glossary can take it over).
 * Chinese terms follow the project's glossary (总拥有成本（TCO）, 净现值（NPV）, ...).
 */
import type { Locale } from '../i18n/locale.js';

export interface ExportStrings {
    readonly sheets: { readonly inputs: string; readonly summary: string; readonly timeline: (option: string) => string };
    readonly inputs: {
        readonly declaration: string;
        readonly what: string;
        readonly source: string;
        readonly value: string;
        readonly unit: string;
        readonly discountRate: string;
        readonly horizon: string;
        readonly months: string;
        readonly percentPerYear: string;
        readonly users: string;
        readonly hours: string;
        readonly personWeeks: string;
        readonly perPersonWeek: (currency: string) => string;
        readonly rate: (from: string, to: string) => string;
        readonly per: (to: string, from: string) => string;
        readonly department: string;
        readonly plan: string;
        readonly vendor: (vendor: string) => string;
        readonly licenceOf: (option: string) => string;
        readonly line: (n: number) => string;
        readonly amount: string;
        readonly price: (period: 'month' | 'year') => string;
        readonly minimumUsers: string;
        readonly increase: string;
        readonly internalRate: string;
        readonly effort: string;
        readonly goalWeight: string;
        readonly impact: (goal: string) => string;
        readonly covers: string;
        readonly criterionWeight: string;
        readonly score: string;
        readonly scoreMissing: string;
        readonly percent: string;
        readonly points: string;
    };
    readonly timeline: {
        readonly month: string;
        readonly label: string;
        readonly cost: string;
        readonly benefit: string;
        readonly net: string;
        readonly cumulative: string;
        readonly stillShort: string;
        readonly discountFactor: string;
        readonly presentValue: string;
        readonly presentCost: string;
        readonly effort: (requirement: string) => string;
    };
    /** Cell notes that state a rule the formulas leave to the layout (which months a line falls in). */
    readonly notes: {
        readonly once: (month: string) => string;
        readonly recurring: (first: string, last: string, period: 'month' | 'year') => string;
        readonly noMonth: string;
        readonly benefit: (goLive: string, ramp: number | undefined, share: string) => string;
        readonly licence: (billing: 'monthly' | 'yearly', from: string) => string;
        readonly effort: (first: string, last: string, phase: string | undefined) => string;
        readonly stillShort: string;
        readonly irrNone: (roots: number) => string;
        readonly paybackNever: string;
    };
    readonly summary: {
        readonly figure: string;
        readonly option: string;
        readonly tco: string;
        readonly totalBenefit: string;
        readonly netBenefit: string;
        readonly roi: string;
        readonly npv: string;
        readonly pvCosts: string;
        readonly pvRoi: string;
        readonly lastShortMonth: string;
        readonly payback: string;
        readonly irr: string;
        readonly matrixScore: string;
        readonly criterion: (title: string) => string;
        readonly requirements: string;
        readonly requirement: string;
        readonly requirementValue: string;
        readonly effort: string;
        readonly valuePerPersonWeek: string;
        readonly notApplicable: string;
        readonly never: string;
    };
}

const en: ExportStrings = {
    sheets: { inputs: 'Inputs', summary: 'Summary', timeline: option => `Timeline ${option}` },
    inputs: {
        declaration: 'Declaration',
        what: 'Input',
        source: 'Source',
        value: 'Value',
        unit: 'Unit',
        discountRate: 'Discount rate',
        horizon: 'Horizon',
        months: 'months',
        percentPerYear: '% per year',
        users: 'users',
        hours: 'hours',
        personWeeks: 'person-weeks',
        perPersonWeek: currency => `${currency} per person-week`,
        rate: (from, to) => `Exchange rate ${from} → ${to}`,
        per: (to, from) => `${to} per ${from}`,
        department: 'department',
        plan: 'plan',
        vendor: vendor => `vendor ${vendor}`,
        licenceOf: option => `licence of ${option}`,
        line: n => `line ${n}`,
        amount: 'amount',
        price: period => (period === 'month' ? 'price per month' : 'price per year'),
        minimumUsers: 'minimum users',
        increase: 'price increase',
        internalRate: 'Internal rate',
        effort: 'effort',
        goalWeight: 'goal weight',
        impact: goal => `impact on ${goal}`,
        covers: 'covers',
        criterionWeight: 'criterion weight',
        score: 'score',
        scoreMissing: 'No score in the plan: counted as 0.',
        percent: '%',
        points: 'points (0-10)'
    },
    timeline: {
        month: 'Month',
        label: 'Month label',
        cost: 'Cost',
        benefit: 'Benefit',
        net: 'Net',
        cumulative: 'Cumulative net',
        stillShort: 'Month still short',
        discountFactor: 'Discount factor',
        presentValue: 'Present value',
        presentCost: 'Present value of cost',
        effort: requirement => `Effort ${requirement}`
    },
    notes: {
        once: month => `Once, in ${month}.`,
        recurring: (first, last, period) => `${period === 'year' ? 'Yearly amount ÷ 12' : 'Monthly amount'}, every month from ${first} to ${last}.`,
        noMonth: 'No month of the horizon has an amount.',
        benefit: (goLive, ramp, share) => `Earned from go-live in ${goLive}${ramp && ramp > 1 ? `, ramping up over ${ramp} months (month k earns k/${ramp})` : ''}, times the vendor's coverage share ${share}.`,
        licence: (billing, from) => (billing === 'yearly'
            ? `Billed yearly in advance: 12 months at the start of each contract year from ${from}; price × (1 + increase)^contract year.`
            : `Billed monthly from ${from}; price × (1 + increase)^contract year.`),
        effort: (first, last, phase) => `Effort × internal rate, spread evenly over ${first} to ${last}${phase ? ` (phase ${phase})` : ' (no phase delivers it)'}.`,
        stillShort: 'The month number while the cumulative net is below zero, else −1: the last one sets the payback.',
        irrNone: roots => (roots === 0 ? 'No rate makes the NPV zero, so there is no IRR.' : `${roots} rates make the NPV zero, so no single IRR.`),
        paybackNever: 'The cumulative net is still below zero at the horizon.'
    },
    summary: {
        figure: 'Figure',
        option: 'Option',
        tco: 'TCO',
        totalBenefit: 'Total benefit',
        netBenefit: 'Net benefit',
        roi: 'ROI',
        npv: 'NPV',
        pvCosts: 'Present value of costs',
        pvRoi: 'PV-ROI',
        lastShortMonth: 'Last month still short',
        payback: 'Payback (months)',
        irr: 'IRR (annual)',
        matrixScore: 'Matrix score',
        criterion: title => `Score: ${title}`,
        requirements: 'Requirements',
        requirement: 'Requirement',
        requirementValue: 'Value',
        effort: 'Effort (person-weeks)',
        valuePerPersonWeek: 'Value per person-week',
        notApplicable: 'n/a',
        never: 'never'
    }
};

const zhCN: ExportStrings = {
    sheets: { inputs: '输入', summary: '汇总', timeline: option => `月度现金流 ${option}` },
    inputs: {
        declaration: '声明',
        what: '输入项',
        source: '来源',
        value: '数值',
        unit: '单位',
        discountRate: '折现率',
        horizon: '测算期',
        months: '个月',
        percentPerYear: '% 每年',
        users: '用户',
        hours: '小时',
        personWeeks: '人周',
        perPersonWeek: currency => `${currency} 每人周`,
        rate: (from, to) => `汇率 ${from} → ${to}`,
        per: (to, from) => `${to} 每 ${from}`,
        department: '部门',
        plan: '计划',
        vendor: vendor => `供应商 ${vendor}`,
        licenceOf: option => `${option} 许可费`,
        line: n => `第 ${n} 行`,
        amount: '金额',
        price: period => (period === 'month' ? '每月单价' : '每年单价'),
        minimumUsers: '最少用户数',
        increase: '年度涨价',
        internalRate: '内部人力单价',
        effort: '工作量',
        goalWeight: '目标权重',
        impact: goal => `对 ${goal} 的影响`,
        covers: '覆盖比例',
        criterionWeight: '评估标准权重',
        score: '评分',
        scoreMissing: '计划中没有评分，按 0 计。',
        percent: '%',
        points: '分（0-10）'
    },
    timeline: {
        month: '月序号',
        label: '月份',
        cost: '成本',
        benefit: '收益',
        net: '净现金流',
        cumulative: '累计净现金流',
        stillShort: '尚未收回的月份',
        discountFactor: '折现系数',
        presentValue: '现值',
        presentCost: '成本现值',
        effort: requirement => `工作量 ${requirement}`
    },
    notes: {
        once: month => `一次性，发生在 ${month}。`,
        recurring: (first, last, period) => `${period === 'year' ? '年度金额 ÷ 12' : '月度金额'}，从 ${first} 到 ${last} 每月计入。`,
        noMonth: '测算期内没有金额。',
        benefit: (goLive, ramp, share) => `自 ${goLive} 上线起计入${ramp && ramp > 1 ? `，${ramp} 个月内逐步达到全额（第 k 个月计 k/${ramp}）` : ''}，乘以该供应商的覆盖比例 ${share}。`,
        licence: (billing, from) => (billing === 'yearly'
            ? `按年预付：自 ${from} 起每个合同年初支付 12 个月；单价 ×（1 + 年度涨价）^合同年。`
            : `按月支付，自 ${from} 起；单价 ×（1 + 年度涨价）^合同年。`),
        effort: (first, last, phase) => `工作量 × 内部人力单价，在 ${first} 至 ${last} 间平均分摊${phase ? `（阶段 ${phase}）` : '（没有阶段交付，计入首月）'}。`,
        stillShort: '累计净现金流小于零时为该月序号，否则为 −1：最后一个决定静态投资回收期。',
        irrNone: roots => (roots === 0 ? '没有使净现值为零的利率，因此没有内部收益率。' : `有 ${roots} 个利率使净现值为零，因此没有唯一的内部收益率。`),
        paybackNever: '计划期末累计净现金流仍小于零：计划期内未收回。'
    },
    summary: {
        figure: '指标',
        option: '方案',
        tco: '总拥有成本（TCO）',
        totalBenefit: '总收益',
        netBenefit: '净收益',
        roi: '投资回报率（ROI）',
        npv: '净现值（NPV）',
        pvCosts: '成本现值',
        pvRoi: '现值投资回报率',
        lastShortMonth: '最后一个尚未收回的月份',
        payback: '静态投资回收期（月）',
        irr: '内部收益率（IRR，年化）',
        matrixScore: '评估矩阵得分',
        criterion: title => `得分：${title}`,
        requirements: '需求',
        requirement: '需求',
        requirementValue: '价值',
        effort: '工作量（人周）',
        valuePerPersonWeek: '每人周价值',
        notApplicable: '不适用',
        never: '计划期内未收回'
    }
};

const STRINGS: Readonly<Record<Locale, ExportStrings>> = { en, 'zh-CN': zhCN };

export function exportStrings(locale: Locale): ExportStrings {
    return STRINGS[locale];
}
