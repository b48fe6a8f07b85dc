/**
 * Every word crmplan shows a person, in Simplified Chinese: the terms and
 * style of docs/translating.md (full-width punctuation, titles rather than
 * code names, no English labels or units).
 */
import type { CliTerms } from './cli-terms.js';
import type { BasisTerms, ConclusionTerms, RiskTerms } from './committee-terms.js';
import type { DescribeTerms } from './describe-terms.js';
import type { DiffTerms } from './diff-terms.js';
import type { EditorTerms } from './editor-terms.js';
import type { ExportTerms } from './export-terms.js';
import type { SyntaxTerms } from './syntax-terms.js';
import type { GuardrailTerms } from './guardrail-terms.js';
import type { ExtensionTerms } from './extension-terms.js';
import { STALE_MARK, type FigureTerms } from './figure-terms.js';
import type { Glossary, KindTerms } from './glossary.js';
import type { ParserTerms } from './parser-terms.js';
import type { ProvenanceTerms } from './provenance-terms.js';
import type { ReportTerms } from './report-terms.js';
import type { ValidationTerms } from './validation-terms.js';

const kinds: KindTerms = {
    Goal: '目标', Department: '部门', Requirement: '需求', Criterion: '评选标准', Vendor: '供应商',
    Edition: '版本', Cost: '成本', Benefit: '收益', Phase: '阶段', Kpi: '指标', Scenario: '情景',
    ScaledItem: '成本、收益或供应商'
};

const ZH_YEARS: Readonly<Record<number, string>> = {
    1: '一年', 2: '两年', 3: '三年', 4: '四年', 5: '五年', 6: '六年', 7: '七年', 8: '八年', 9: '九年', 10: '十年'
};
const ZH_PERIODS: Readonly<Record<string, string>> = { once: '（一次性）', month: '/月', year: '/年' };
const ZH_PER: Readonly<Record<string, string>> = { 'hour': '/小时', 'person-week': '/人周' };

const conclusion: ConclusionTerms = {
    // The colon outside the bold: `**结论：**建` would not close the bold in CommonMark.
    labelled: sentence => `**结论**：${sentence}`,
    years: count => ZH_YEARS[count] ?? `${count} 年`,
    months: count => `${count} 个月`,
    month: (year, month) => `${year} 年 ${month} 月`,
    figures: (horizon, tco, npv, payback) => `${horizon}总拥有成本 ${tco}，净现值 ${npv}，${payback}`,
    paybackIn: month => `预计 ${month}收回投资`,
    paybackNever: horizon => `计划期（${horizon}）内未收回投资`,
    paybackImmediate: '累计净现金流从未为负',
    recommend: (name, figures) => `建议采购${name}：${figures}。`,
    chosen: (name, figures) => `计划选定${name}：${figures}。`,
    chosenNotRecommended: (name, figures, recommended, recommendedNpv) =>
        `计划选定${name}：${figures}。它是选定方案，但不是推荐方案：${recommended}的净现值更高（${recommendedNpv}）。`,
    chosenNegative: (name, figures) => `计划选定${name}，但其净现值为负：${figures}。`,
    noneWorthwhile: (name, figures) => `没有净现值为正的方案；相对最优的是${name}：${figures}。`,
    noOptions: '暂无结论：计划中还没有可比较的供应商方案。',
    noRecommendation: '暂无结论：没有任何方案能算出净现值（折现率不高于 −100%）。'
};

const basis: BasisTerms = {
    label: '**测算口径**：',
    taxIncluded: '所有金额均为含税金额（计划声明了 `amounts include tax`）。',
    taxExcluded: '所有金额均为不含税金额（计划声明了 `amounts exclude tax`）。',
    taxUndeclared: '计划未说明金额是否含税。请在 `plan` 块中声明：`amounts include tax`（含税）或 `amounts exclude tax`（不含税）。',
    valuedEstimates: (option, amount, share, total) =>
        `提效和满意度类收益是估算的价值，不是现金流入：在${option}的总收益 ${total}中占 ${amount}（${share}）。`,
    discountSource: (rate, source) => `折现率每年 ${rate}，依据：${source}。`
};

const risks: RiskTerms = {
    labelled: sentences => `**风险**：${sentences}`,
    probabilityNegative: (option, trials, probability) => `在 ${trials} 次蒙特卡洛模拟中，${option}的净现值为负的概率为 ${probability}。`,
    movers: list => `对其净现值影响最大的数值：${list}。`,
    mover: (name, swing) => `“${name}”（波动幅度 ${swing}）`,
    noMovers: '模拟的数值都不影响其净现值。',
    turnsNegativeBelow: (name, value) => `若“${name}”低于 ${value}，净现值将转为负值。`,
    turnsNegativeAbove: (name, value) => `若“${name}”高于 ${value}，净现值将转为负值。`,
    turnsPositiveAbove: (name, value) => `若“${name}”高于 ${value}，净现值将转为正值。`,
    turnsPositiveBelow: (name, value) => `若“${name}”低于 ${value}，净现值将转为正值。`,
    staysPositive: (name, low, high) => `“${name}”在其范围内（${low} 至 ${high}）变动时，净现值始终为正。`,
    staysNegative: (name, low, high) => `“${name}”在其范围内（${low} 至 ${high}）变动时，净现值始终为负。`,
    inputsHeading: '模拟的数值',
    inputsIntro: (trials, seed, lambda) =>
        `${trials} 次蒙特卡洛模拟（随机种子 ${seed}）中，每次都从各数值的范围内独立抽样，分布为以最可能值为众数的 Beta-PERT 分布（形状参数 λ = ${lambda}）：`,
    input: '数值',
    low: '下限',
    likely: '最可能值',
    high: '上限',
    distribution: '分布',
    pert: lambda => `Beta-PERT（λ = ${lambda}）`,
    constant: '无：范围宽度为零',
    units: {
        money: (amount, perUser, period, per) =>
            `${amount}${perUser ? '/人' : ''}${(per ? ZH_PER[per] : period ? ZH_PERIODS[period] : undefined) ?? ''}`,
        hours: (count, perUser, period) => `${count} 小时${perUser ? '/人' : ''}${ZH_PERIODS[period] ?? ''}`,
        percent: (value, perYear) => (perYear ? `${value}/年` : value),
        users: count => `${count} 人`,
        personWeeks: count => `${count} 人周`,
        exchangeRate: (value, from, to) => `1 ${from} = ${value} ${to}`
    },
    names: {
        nth: (title, occurrence) => `${title}（第 ${occurrence} 个数值）`,
        hours: title => `${title}：工时`,
        hourlyRate: title => `${title}：小时单价`,
        licence: (option, index) => (index === undefined ? `许可费：${option}` : `许可费 ${index}：${option}`),
        users: department => `用户数（${department}）`,
        effort: requirement => `工作量（${requirement}）`,
        covers: (vendor, requirement) => `${vendor}对“${requirement}”的覆盖率`,
        rate: (from, to) => `汇率 ${from}/${to}`,
        discount: '折现率',
        internalRate: '内部人力单价'
    }
};

const report: ReportTerms = {
    listSeparator: '、',
    sentenceEnd: '。',
    sentenceJoin: '',
    lineSeparator: '；',
    untitled: '商业论证',
    subtitle: (currency, from, to, months, discount) =>
        `商业论证报告 · 币种 ${currency} · ${from} 至 ${to}（${months}）· 年折现率 ${discount}`,
    provenance: '所有数字均来自 crmplan 对本计划的评估；金额只在显示时四舍五入到分。',

    headings: {
        summary: '1. 摘要',
        needs: '2. 需求与优先级',
        vendors: '3. 供应商比较',
        costs: '4. 成本',
        benefits: '5. 收益',
        cashFlow: '6. 现金流',
        timeline: '7. 实施计划',
        monitoring: '8. 上线后监控',
        assumptions: '9. 假设与局限',
        matrix: '加权评分矩阵',
        coverage: '需求覆盖率',
        financials: '各方案财务指标',
        licences: '许可费的计算方法',
        allOptions: '所有方案',
        departments: '各部门用户数',
        notQuantified: '未量化的内容',
        notes: '评估说明'
    },

    metrics: {
        figure: '指标',
        tco: '总拥有成本（TCO）',
        totalBenefit: '总收益',
        roi: '投资回报率（ROI）',
        npv: '净现值（NPV）',
        pvRoi: '现值投资回报率（PV-ROI）',
        payback: '静态投资回收期',
        irr: '内部收益率（IRR，年化）',
        matrixScore: '矩阵得分（0–10）',
        npvRank: '净现值排名',
        matrixRank: '矩阵排名',
        npvAt: rate => `净现值（NPV，年折现率 ${rate}）`,
        tcoOver: months => `总拥有成本（TCO，${months}）`,
        benefitOver: months => `总收益（${months}）`
    },

    values: {
        na: '不适用',
        yes: '是',
        roiUndefined: '不适用：成本为零',
        npvUndefined: '不适用：折现率不高于 −100%',
        months: count => `${count} 个月`,
        personWeeks: count => `${count} 人周`,
        users: count => `${count} 人`,
        payback: (months, label) => `${months} 个月（${label} 收回）`,
        paybackNever: '计划期内未收回',
        paybackImmediate: months => `${months} 个月（累计净现金流从未为负）`,
        irrNone: '不适用：不存在使净现值为零的利率',
        irrSeveral: (count, roots) => `不适用：有 ${count} 个利率使净现值为零（${roots}）`,
        rankOf: (rank, of) => `第 ${rank} 名（共 ${of} 个）`,
        scoreOf10: score => `${score}（满分 10）`,
        range: (likely, low, high) => `${likely}（${low} 至 ${high}）`,
        fromTo: (from, to) => `${from} 至 ${to}`,
        paren: (text, aside) => `${text}（${aside}）`,
        optionHeader: (name, chosen, recommended) => {
            const marks = [chosen ? '已选' : '', recommended ? '推荐' : ''].filter(Boolean);
            return marks.length > 0 ? `${name}（${marks.join('、')}）` : name;
        },
        // No space between Chinese titles (纷享销客专业版); a Latin word keeps its space (Zoho CRM Professional, 云客 CRM 标准版).
        optionName: (vendor, edition) => (/\p{Script=Han}$/u.test(vendor) && /^\p{Script=Han}/u.test(edition) ? `${vendor}${edition}` : `${vendor} ${edition}`),
        monthInText: (year, month) => `${year} 年 ${month} 月`,
        amountInSentence: (exact, tenThousands, currency) => (currency === 'CNY' ? `${tenThousands} 万元` : exact)
    },

    conclusion,
    basis,
    risks,

    summary: {
        actualsSoFar: (asOf, planned, forecast, trend) => `**实际数据截至 ${asOf}**：预测投资回报率（ROI）为 ${forecast}，计划为 ${planned}（若收益保持目前的实现节奏，趋势为 ${trend}）。第 8 节对比了计划与实际。`,
        chosen: '选定方案：',
        recommended: '推荐方案：',
        chosenAndRecommended: (name, count) => `“${name}”是选定方案，也是推荐方案：在 ${count} 个方案中净现值最高`,
        runnerUp: (name, npv) => `（其次是“${name}”，${npv}）`,
        onlyOption: name => `“${name}”是唯一的方案，没有可比较的对象，请以它自身的净现值和投资回报率来判断。`,
        chosenNotRecommended: (name, recommended, recommendedNpv, npv, rank) =>
            `计划选定了“${name}”，但它不是推荐方案。净现值最高的是“${recommended}”，为 ${recommendedNpv}；“${name}”的净现值为 ${npv}，排${rank}。下表为选定方案的数字。`,
        noChoice: (recommended, count) => `计划尚未选定方案。推荐“${recommended}”：在 ${count} 个方案中净现值最高`,
        chosenWithoutRecommendation: name => `计划选定了“${name}”。`,
        noRecommendation: '没有任何方案能算出净现值（折现率不高于 −100%），因此没有推荐方案。',
        noOptions: '计划中还没有供应商方案，因此没有可比较的数字。添加供应商及其版本和许可费后，即可看到各方案的总拥有成本、投资回报率和净现值。',
        matrixFirst: score => `它在供应商评分矩阵中也排名第一，得分 ${score}。`,
        matrixNotFirst: (rank, score, top, topScore) => `它在供应商评分矩阵中排${rank}，得分 ${score}；排名第一的是“${top}”，得分 ${topScore}。`,
        npvNegative: '它的净现值为负：按此折现率，计划期内未收回投资。'
    },

    needs: {
        goals: list => `业务目标及权重：${list}。需求价值 = 各目标的权重 × 影响分（0–10）之和。`,
        noGoals: '计划中没有业务目标，因此所有需求的价值都为 0。',
        rankRule: '排序规则：先按 MoSCoW 优先级，再按价值，再按每人周价值。按此顺序填充实施容量，放不下的跳过；“必须有”的需求总是入选。',
        rank: '排名',
        requirement: '需求',
        moscow: 'MoSCoW 优先级',
        value: '价值',
        effort: '工作量',
        askedBy: '提出部门',
        evidence: '依据',
        withinCapacity: '是否入选',
        moscowNames: { must: '必须有', should: '应该有', could: '可以有', wont: '本期不做' },
        evidenceNames: { interview: '访谈', feedback: '反馈', research: '调研', survey: '问卷', data: '数据' },
        exclusions: { capacity: '否：超出实施容量，未纳入本期实施', wont: '否：本期不做' },
        needsNotKept: list => `否：所依赖的需求未入选（${list}）`,
        capacity: (used, capacity, kept, total) => `实施容量：已用 ${used} 人周（共 ${capacity} 人周），入选 ${kept} 条需求（共 ${total} 条）。`,
        noCapacity: (used, kept, total) => `未设置实施容量，除“本期不做”及依赖它们的需求外全部入选：共 ${total} 条中入选 ${kept} 条，合计 ${used} 人周。`,
        mustsOver: (mustEffort, capacity) => `仅“必须有”的需求就需要 ${mustEffort} 人周，超过了 ${capacity} 人周的实施容量。`,
        noRequirements: '计划中没有需求。'
    },

    vendors: {
        criterion: '评选标准',
        weight: '权重',
        scoredBy: '评分方式',
        measures: { coverage: '按需求价值加权的覆盖率', tco: '最低总拥有成本 ÷ 本方案总拥有成本', score: '试用评分' },
        missingScore: score => `${score}（未评分，按 0 分计）`,
        noCriteria: '计划中没有评选标准，因此没有加权评分矩阵。',
        coverageIntro: '各供应商对每条需求的覆盖程度（来自试用）：',
        notCovered: '未覆盖',
        noOptions: '没有可比较的供应商方案。'
    },

    costs: {
        intro: months => `计划期（${months}）内的全部成本，未折现，按成本项和方案列出。`,
        item: '成本项',
        costClass: '类别',
        type: '性质',
        how: '计算方式',
        classes: { direct: '直接', indirect: '间接' },
        recurrences: { 'one-off': '一次性', recurring: '经常性', mixed: '一次性及经常性' },
        licenceItem: (name, index, count) => (count === 1 ? `许可费：${name}` : `许可费 ${index + 1}：${name}`),
        effortItem: title => `内部人力：${title}`,
        vendorItem: (title, vendor) => `${title}（仅“${vendor}”）`,
        seeLicences: '见下方许可费明细',
        directTotal: '直接成本',
        indirectTotal: '间接成本',
        oneOffTotal: '一次性成本',
        recurringTotal: '经常性成本',
        noCosts: '所有方案都没有任何成本。',
        noOptions: '没有供应商方案，因此没有各方案的成本。',
        staff: (hours, rate, users) => (users ? `${hours} 小时 × ${users} × 每小时 ${rate}` : `${hours} 小时 × 每小时 ${rate}`),
        perUser: (amount, users) => `${amount} × ${users}`,
        usersOf: (count, _n, departments) => `${count} 人（${departments}）`,
        converted: (written, converted) => `${written}（${converted}）`,
        once: (base, month) => `${month} 一次性 ${base}`,
        onceOutside: base => `一次性 ${base}，在计划期之外（不计入）`,
        perMonth: (base, months, range) => `每月 ${base} × ${months}（${range}）`,
        perYear: (base, months, range) => `每年 ${base}，按月分摊 ${months}（${range}）`,
        recurringOutside: (base, period) => `${period === 'per month' ? '每月' : '每年'} ${base}，在计划期之外（不计入）`,
        equals: (line, total) => `${line} = ${total}`,
        effort: (personWeeks, rate, range, phase) => `${personWeeks} × 每人周 ${rate}，分摊在 ${range}（阶段“${phase}”）`,
        effortNoPhase: (personWeeks, rate, month) => `${personWeeks} × 每人周 ${rate}，计入 ${month}（没有阶段交付它）`,
        licence: (name, formula, billing) => `${name}：${formula}，${billing}。`,
        licenceName: (option, index, count) => (count === 1 ? option : `${option}（第 ${index + 1} 项许可）`),
        licenceFormula: (seats, price, period, months, increase, total) =>
            `${seats ? `${seats} × ` : ''}${period === 'month' ? '每月' : '每年'} ${price} × ${months}${period === 'year' ? ' ÷ 12' : ''}${increase ? `，每个合同年涨价 ${increase}` : ''} = ${total}`,
        seats: (count, _n, departments) => (departments ? `${count} 人（${departments}）` : `${count} 人`),
        seatMonths: (count, departments) => `${count} 人·月（${departments ? `${departments}` : ''}按分批上线的人数计）`,
        seatsWithMinimum: (seats, minimum, users, _n, departments) =>
            `${seats} 个席位（${departments ?? ''}共 ${users} 人，最少按 ${minimum} 个计费）`,
        billedYearly: (count, bills) => `按年预付，共 ${count} 期（${bills}）`,
        billedMonthly: count => `按月支付，共 ${count} 期`,
        bill: (month, amount) => `${month}：${amount}`,
        noLicence: name => `${name}：无许可费。`
    },

    benefits: {
        intro: '各方案获得的收益按其供应商对相关需求的平均覆盖率折算。上线前不计收益；设有爬坡期的，收益在上线后的头几个月逐步增加。“全额”是覆盖率为 100% 时的总额（已计入爬坡）；各方案一列显示其覆盖率和实际获得的收益。',
        benefit: '收益项',
        kind: '类型',
        from: '依赖需求',
        goLive: '上线',
        ramp: '爬坡期',
        amount: '金额',
        fullValue: '全额',
        kinds: { revenue: '增收', savings: '降本', efficiency: '提效', satisfaction: '满意度' },
        kindTotals: { revenue: '增收类', savings: '降本类', efficiency: '提效类', satisfaction: '满意度类' },
        liveFromStart: '计划开始即生效',
        notInImplementation: '不在本次实施范围内',
        notQuantified: '未量化',
        noBenefits: '计划中没有收益项，因此各方案的总收益都为 0。'
    },

    cashFlow: {
        intro: name => `“${name}”的逐年现金流（未折现）：`,
        year: '年度',
        months: '月份',
        cost: '成本',
        benefit: '收益',
        net: '净现金流',
        cumulative: '累计净现金流',
        yearLabel: n => `第 ${n} 年`,
        chartTitle: name => `${name}：逐年净现金流（柱）与累计净现金流（线）`,
        chartIntro: '逐年净现金流（柱）与累计净现金流（线）：',
        allOptionsIntro: '各方案每年年末的累计净现金流：',
        noOptions: '没有方案，因此没有现金流。'
    },

    timeline: {
        number: '序号',
        phase: '阶段',
        owner: '负责人',
        start: '开始',
        end: '结束',
        duration: '时长',
        delivers: '交付需求',
        live: '上线',
        noOwner: '未指定负责人',
        noPhases: '计划中没有实施阶段，因此没有时间表：所有需求都按计划开始即上线计算。',
        ganttTitle: '实施计划',
        ganttIntro: '按月排列的各阶段，按负责人分组：',
        notDelivered: list => `以下需求没有阶段交付，不属于本次实施，依赖它们的收益不计入：${list}。`
    },

    appendix: {
        heading: '附录：按月现金流',
        intro: (option, rate) => `${option}的逐月现金流。第 m 个月的折现系数为 1 ÷（1 + ${rate}）^（m ÷ 12），第 0 个月不折现；各月现值之和即净现值（NPV）。`,
        month: '月份', cost: '成本', benefit: '收益', net: '净现金流', cumulative: '累计净现金流',
        discountFactor: '折现系数', presentValue: '现值', total: '合计'
    },

    monitoring: {
        intro: '上线后需要跟踪的指标，便于日后对照计划与实际：',
        kpi: '指标',
        tracks: '跟踪的收益',
        baseline: '基线',
        target: '目标',
        by: '期限',
        tracked: (benefit, live) => `${benefit}（${live} 上线）`,
        trackedOutside: benefit => `${benefit}（不在本次实施范围内）`,
        noKpis: '计划中没有定义指标。请添加 `kpi` 块，写明基线、目标及其跟踪的收益，以便上线后检验这份商业论证。',
        planVsActual: month => `截至 ${month}的计划与实际对比`,
        toDateIntro: '选定方案截至实际数据最后记录月份的计划成本和收益，与实际记录的对比：',
        figure: '指标', planned: '计划', actual: '实际', variance: '偏差',
        cost: '累计成本', benefit: '累计收益', realisedNet: '累计已实现净收益', realisedRoi: '累计已实现投资回报率（ROI）', realisationRate: '收益实现率（实际收益 ÷ 计划收益）',
        projectionsIntro: '整个计划期：计划、预测（已发生的按实际，其后按计划）和趋势（已发生的按实际，其后按计划成本及计划收益 × 收益实现率）。',
        plan: '计划', forecast: '预测', trend: '趋势',
        linesIntro: '各成本项、许可费及各收益项的累计情况：',
        line: '项目',
        lineKinds: { cost: '成本', licence: '许可费', benefit: '收益' },
        kpisIntro: '各指标与其从基线到目标的路径对比：',
        latest: '最新值', expectedNow: '当时应达到', status: '状态',
        statuses: { 'met': '已达成', 'on-track': '符合进度', 'behind': '落后', 'no-data': '暂无数据' },
        adoptionIntro: '各部门的活跃用户数与声明用户数对比：',
        department: '部门', activeUsers: '活跃', declaredUsers: '声明', share: '占比', overall: '合计',
        chartIntro: '按月累计净现金流：计划（柱），以及实际及其后的预测（线）：',
        chartTitle: option => `${option}按月累计净现金流（计划；实际及预测）`
    },

    uncertainty: {
        heading: '10. 不确定性与情景',
        intro: (trials, seed) => `计划为部分数值给出了范围。${trials} 次蒙特卡洛模拟（Beta-PERT 抽样，随机种子 ${seed}）得出各方案净现值的分布如下：`,
        option: '方案',
        p10: 'P10（保守）',
        p50: 'P50（中位）',
        p90: 'P90（乐观）',
        probabilityNegative: '净现值为负的概率',
        probabilityBest: '净现值最高的概率',
        tornadoIntro: name => `敏感性分析（“${name}”）：每次只让一个有范围的数值取其下限或上限，其余取最可能值，按波动幅度从大到小排列。`,
        input: '数值',
        low: '下限',
        high: '上限',
        npvAtLow: '取下限时净现值',
        npvAtHigh: '取上限时净现值',
        swing: '波动幅度',
        breakEven: '净现值为 0 时',
        noBreakEven: '不在范围内',
        chartTitle: name => `${name}：各数值引起的净现值波动`,
        scenariosHeading: '情景',
        scenariosIntro: '每个情景都是在计划基础上改写其指定的数值后完整计算的结果：',
        scenarioOverflow: '不适用：某个金额超出了数值范围',
        scenario: '情景',
        baseCase: '基准情景',
        overrides: '改写的数值',
        scenarioDetailIntro: option => `${option}在各情景下的数据，以及各情景改写的数值：`
    },

    assumptions: {
        currency: currency => `币种：${currency}；所有金额均换算为该币种。`,
        period: (from, to, months) => `计划期：${from} 至 ${to}（${months}）。`,
        discount: rate => `折现率：每年 ${rate}，用于净现值和现值投资回报率；其他合计均未折现。`,
        rates: list => `使用的汇率：${list}。`,
        noRates: currency => `汇率：无需换算，所有金额均以 ${currency} 计价。`,
        rate: (from, factor, to) => `1 ${from} = ${factor} ${to}`,
        capacity: capacity => `实施容量：${capacity} 人周。`,
        noCapacity: '实施容量：未设置（不限）。',
        internalRate: rate => `内部人力单价：每人周 ${rate}；每条需求的工作量都计为直接成本。`,
        noInternalRate: '未设置内部人力单价：工作量只用于实施容量检查，不计入成本。',
        department: '部门',
        users: '用户数',
        noDepartments: '计划中没有部门，因此按人数计价的金额都按 0 人计算。',
        uncovered: requirement => `${requirement}：没有供应商覆盖，任何方案都得不到依赖它的收益。`,
        noAmount: benefit => `${benefit}：没有金额，未计入任何合计。`,
        ranges: '计划中写明的区间（低值至高值）未体现在本报告中：这里的数字都使用最可能值。`crmplan evaluate` 会对区间做模拟。',
        rangesSimulated: '第 10 节之前的数字都使用计划中各区间（低值至高值）的最可能值；第 10 节对区间做了模拟。',
        missingScore: (vendor, criterion) => `“${vendor}”缺少“${criterion}”的评分，按 0 分计。`,
        outsideCapacity: (requirement, reasons) => `“${requirement}”超出实施容量，但仍计入测算：${reasons}。请确认是否扩容。`,
        deliveredBy: phase => `阶段“${phase}”交付它`,
        feeds: benefits => `有收益依赖它（${benefits}）`,
        effortCosted: '其工作量按内部人力单价计入成本',
        nothingLeftOut: '无：每条需求都有供应商覆盖，每项收益都有金额。',
        noNotes: '无。',
        notes: {
            'once-benefit-before-go-live': subject => `${subject}：注明日期的一次性金额早于该收益上线，因此不计收益。`,
            'effort-without-phase': subject => `${subject}：没有阶段交付它，其内部人力成本计入第一个月。`,
            'minimum-without-per-user': subject => `${subject}：该许可费不按人数计价，“最少席位”不起作用。`,
            'irr-out-of-range': subject => `${subject}：有一个内部收益率的根过大，无法换算为年化利率，未列出。`,
            'no-requirement-value': () => '所有需求的价值都为 0，因此覆盖率类评选标准得 0 分。'
        }
    }
};

const figures: FigureTerms = {
    locale: 'zh-CN',
    outOfDate: `${STALE_MARK} 已过期：以下数字来自最近一个没有错误的版本。`,
    outOfDateShort: '（已过期）',
    noFigures: reason => reason === 'catalogue'
        ? '没有数字：此文件是目录（没有 `plan` 头）。请打开导入它的计划。'
        : '暂无数字：计划有错误。',
    notInFigures: name => `最近一次没有错误的数字中没有 \`${name}\`。`,
    labelled: (name, value) => `${name}：${value}`,
    tagged: (name, tags) => tags.length > 0 ? `${name}（${tags.join('、')}）` : name,

    tco: report.metrics.tco,
    totalBenefit: report.metrics.totalBenefit,
    roi: report.metrics.roi,
    npv: report.metrics.npv,
    pvRoi: report.metrics.pvRoi,
    payback: report.metrics.payback,
    paybackInline: report.metrics.payback,
    irr: report.metrics.irr,
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
    rankOf: report.values.rankOf,
    noPayback: report.values.paybackNever,
    noPaybackShort: '未收回',
    roiUndefined: report.values.roiUndefined,
    irrNone: roots => roots.length === 0 ? '不适用：没有根' : `不适用：${roots.length} 个根（${roots.join('、')}）`,

    value: '价值',
    valueFormula: 'Σ 目标权重 × 影响',
    rank: '排名',
    effort: '工作量',
    personWeeks: count => `${count} 人周`,
    noEffort: '未给出工作量',
    withinCapacity: '在实施容量内',
    yes: '是',
    capacityKept: (usedBefore, capacity) => capacity === undefined
        ? '是（未设实施容量）'
        : `是（此前已用 ${usedBefore} / ${capacity} 人周）`,
    excludedByCapacity: (effort, usedBefore, capacity) =>
        `否（需要 ${effort} 人周，已用 ${usedBefore} / ${capacity} 人周，放不下）`,
    excludedWont: '否（本期不做，从不纳入）',
    excludedNeeds: needs => `否（依赖的 ${needs.map(n => `\`${n}\``).join('、')} 未纳入）`,
    moscow: value => report.needs.moscowNames[value] ?? value,
    priorityHint: (value, rank) => `价值 ${value} · 第 ${rank} 名`,
    priorityTooltip: (rank, moscow, within) => `第 ${rank} 名（${moscow}），${within ? '在实施容量内' : '不在实施容量内'}`,
    goLive: '上线',
    actualsVariance: (cost, benefit) => `与计划相比：成本 ${cost} · 收益 ${benefit}`,
    actualsVarianceTooltip: '这几个月的实际记录减去计划中选定方案在这几个月的预期（成本为正表示超支，收益为负表示不足）。',
    kpiProgress: (latest, expected, status) => `${latest !== undefined ? `最新 ${latest} · ` : ''}应达到 ${expected} · ${status}`,
    kpiStatuses: { 'met': '已达成', 'on-track': '符合进度', 'behind': '落后', 'no-data': '暂无数据' },
    forecastShort: roi => `预测 ${roi}`,
    actualsLineHover: (line, period, planned, recorded, variance) => `**${line}**，${period}\n\n计划 ${planned} · 实际 ${recorded} · 偏差 ${variance}`,
    forecastLens: (asOf, planned, forecast, trend) => `实际数据截至 ${asOf}：投资回报率（ROI）计划 ${planned} · 预测 ${forecast} · 趋势 ${trend}`,
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
    direct: report.costs.directTotal,
    indirect: report.costs.indirectTotal,
    benefitKind: kind => (report.benefits.kinds as Readonly<Record<string, string>>)[kind] ?? kind,
    totalOver: horizon => `${horizon} 个月合计`,
    lineOnce: (amount, month) => month ? `${amount}，一次性，${month}` : `${amount}，一次性，在计划期之外`,
    lineRecurring: (amount, period, first, last, months) => first && last
        ? `每${period === 'month' ? '月' : '年'} ${amount}，${first} 至 ${last}（${months} 个月）`
        : `每${period === 'month' ? '月' : '年'} ${amount}，在计划期之外`,
    hoursAt: (hours, rate) => `${hours} 小时 × 每小时 ${rate}`,
    users: (count, of) => `${count} 名用户${of.length > 0 ? `（${of.join('、')}）` : ''}`,
    converted: (written, converted, rate) => `${written} = ${converted}（汇率 ${rate}）`,
    from: '来自',
    rampMonths: months => `爬坡 ${months} 个月`,
    grossTotal: total => `全覆盖时 ${total}`,
    amountOver: (total, months) => `= ${total}，共 ${months} 个月`,
    amountIn: (total, month) => `= ${total}，${month}`,
    amountOutside: '= 0（在计划期之外）',
    tornado: (input, swing, rank, of, option, low, high) =>
        `敏感性分析（${option}）：\`${input}\` 使净现值波动 ${swing}（取下限时 ${low}，取上限时 ${high}），在龙卷风图中排第 ${rank} 名（共 ${of} 项）`,
    npvBand: (option, p10, p90, trials) => `${option}：净现值 P10（保守）至 P90（乐观）为 ${p10} 至 ${p90}（${trials} 次蒙特卡洛模拟）`,
    perOptionNote: option => `${option} 的数字；各方案不同`,
    licence: '许可费',
    licenceLine: (price, period, seats, billing) =>
        `每${seats ? '席位每' : ''}${period === 'month' ? '月' : '年'} ${price}${seats ? ` × ${seats} 个席位` : ''}，${billing === 'yearly' ? '按年预付' : '按月支付'}`,
    licenceTotal: (total, months) => `${total}，计费 ${months} 个月`,
    licenceSeatMonths: (total, seatMonths) => `${total}，计费 ${seatMonths} 席位·月（按分批上线的人数计）`,

    optionHint: (roi, npv, payback) => `投资回报率 ${roi} · 净现值 ${npv} · 静态投资回收期 ${payback}`,

    openReport: '打开报告',
    recommendedLens: option => `★ 推荐：${option}（净现值最高）`,
    matrixLens: (rank, of, score) => `矩阵排名第 ${rank} 名（共 ${of} 个）· 得分 ${score}`
};

const describe: DescribeTerms = {
    fields: {
        title: '标题', currency: '币种', start: '开始', horizon: '计划期', discount: '折现率', capacity: '实施容量',
        internalRate: '内部人力单价', choose: '选定方案', rate: '汇率', weight: '权重', users: '用户数', priority: '优先级',
        impact: '影响', effort: '工作量', needs: '依赖需求', askedBy: '提出部门', evidence: '依据', measuredBy: '评分方式',
        covers: '覆盖', score: '评分', class: '类别', kind: '类型', from: '依赖需求', ramp: '爬坡期', owner: '负责人', after: '前置阶段',
        duration: '工期', delivers: '交付需求', baseline: '基线', target: '目标', tracks: '跟踪的收益', waves: '分批上线'
    },
    amountField: n => (n === 1 ? '金额' : `金额 ${n}`),
    editionField: edition => `版本 ${edition}`,
    editionTitleField: edition => `版本 ${edition} 名称`,
    editionCoversField: edition => `版本 ${edition} 覆盖比例`,
    costField: cost => `成本 ${cost}`,
    overrideField: n => `改写 ${n}`,
    recordKinds: { licence: '许可费', cost: '成本', benefit: '收益', kpi: '指标', users: '用户数' },
    recordField: (kind, name) => (name !== undefined ? `${kind} ${name}` : kind),
    wave: (users, month) => `${month} 起 ${users} 人`,
    period: (first, last) => `${first} 至 ${last}`,
    listSeparator: '、',
    moscow: report.needs.moscowNames,
    costClasses: { direct: report.costs.directTotal, indirect: report.costs.indirectTotal },
    benefitKinds: report.benefits.kinds,
    measures: { coverage: '按需求覆盖率', tco: '按总拥有成本（TCO）' },
    range: (likely, low, high) => `${likely}（${low} 至 ${high}）`,
    months: count => `${count} 个月`,
    personWeeks: count => `${count} 人周`,
    perYear: rate => `每年 ${rate}`,
    perPersonWeek: amount => `每人周 ${amount}`,
    ratePer: (rate, to, from) => `1 ${from} = ${rate} ${to}`,
    noLicence: '（无许可费）',
    perUser: departments => (departments ? ` × 用户数（${departments}）` : ' × 用户数'),
    hoursAt: (hours, perUser, rate) => `${hours} 小时${perUser} × 每小时 ${rate}`,
    once: (amount, month) => (month !== undefined ? `${month} 一次性 ${amount}` : `一次性 ${amount}`),
    recurring: (amount, period, from, until) =>
        `每${period === 'year' ? '年' : '月'} ${amount}${from !== undefined ? `，自 ${from}` : ''}${until !== undefined ? `，至 ${until}` : ''}`,
    licence: (price, perUser, period, billing) =>
        `许可费：每${period === 'year' ? '年' : '月'} ${price}${perUser}，${billing === 'yearly' ? '按年预付' : '按月支付'}`,
    from: month => `自 ${month}`,
    until: month => `至 ${month}`,
    increase: percent => `每个合同年涨价 ${percent}%`,
    minimum: users => `最少按 ${users} 人计费`,
    partSeparator: '，',
    sourced: (value, source) => `${value}（来源：${source}）`,
    lineSeparator: '；',
    targetBy: (measure, month) => `${month} 前达到 ${measure}`,
    scale: (item, percent) => `${item} 按 ${percent}%`,
    usersOverride: (department, users) => `${department} 用户数 ${users}`,
    discountOverride: percent => `折现率 ${percent}%`,
    rateOverride: (from, rate, to) => `汇率 1 ${from} = ${rate} ${to}`,
    licenceScaleOverride: (target, percent) => `${target} 许可费按 ${percent}%`,
    licencePriceOverride: (target, price, currency) => `${target} 许可费单价 ${price} ${currency}`,
    internalRateOverride: (rate, currency) => `内部人力单价 ${rate} ${currency}/人周`,
    effortOverride: (requirement, personWeeks) => `${requirement} 工作量 ${personWeeks} 人周`,
    coversOverride: (target, requirement, percent) => `${target} 对 ${requirement} 的覆盖率 ${percent}%`,
    scoreOverride: (vendor, criterion, score) => `${vendor} 的 ${criterion} 评分 ${score}`,
    labelled: (field, value) => `${field}：${value}`,
    percentagePoints: value => `${value} 个百分点`,
    rank: rank => `第 ${rank} 名`
};

const diff: DiffTerms = {
    describe,
    heading: title => `crmplan：${title}`,
    figuresHeading: '本次修改对各方案的影响',
    causesHeading: '变化的来源（逐项）',
    causeFigure: '指标', causeItem: '项目', causeChange: '变化',
    itemKinds: { cost: '成本', licence: '许可费', effort: '内部工作量', benefit: '收益' },
    npvCausesCaption: delta => `净现值变化 ${delta}（逐项：各项目现值的变化）`,
    pvBefore: '修改前现值', pvAfter: '修改后现值', npvEffect: '对净现值的影响', total: '合计',
    rediscounted: (before, after) => `折现率 ${before} → ${after}（全部现金流重新折现）`,
    scenariosHeading: '情景', scenario: '情景', leadingOption: '领先方案',
    simulationHeading: (trials, seed) => `模拟（${trials} 次试验，随机种子 ${seed}）`,
    npvP10: '净现值 P10', npvP50: '净现值 P50', npvP90: '净现值 P90', probabilityNegative: '净现值为负的概率',
    matrixHeading: '供应商评分矩阵', matrixScore: '得分', matrixRank: '排名',
    elementAdded: element => `新增 ${element}`,
    elementRemoved: element => `删除 ${element}`,
    actualsHeading: (asOf, before) => `实际数据截至 ${asOf}${before !== undefined ? `（此前截至 ${before}）` : '（首次记录）'}`,
    actualsFigure: '选定方案', before: '修改前', after: '修改后',
    forecastRoi: '预测投资回报率（ROI）', forecastNpv: '预测净现值（NPV）', trendRoi: '趋势投资回报率（ROI）', trendNpv: '趋势净现值（NPV）',
    costVarianceToDate: '累计成本偏差', benefitVarianceToDate: '累计收益偏差',
    kpiStatusChanged: (kpi, before, after) => `指标“${kpi}”：${before} → ${after}`,
    kpiStatuses: { 'met': '已达成', 'on-track': '符合进度', 'behind': '落后', 'no-data': '暂无数据' },
    option: '方案', tco: report.metrics.tco, benefit: report.metrics.totalBenefit, npv: report.metrics.npv, roi: report.metrics.roi, payback: report.metrics.payback, irr: '内部收益率（IRR）',
    tagged: (name, tags) => `${name}（${tags.join('、')}）`,
    aside: (value, aside) => `${value}（${aside}）`,
    chosen: '已选', added: '新方案', removed: '方案已删除', unchanged: '无变化', never: report.values.paybackNever, none: report.values.na,
    months: value => `${value} 个月`,
    changesHeading: '计划中的修改',
    noChanges: '没有声明发生变化（仅排版或注释）。',
    kind: {
        plan: '计划', rate: '汇率', goal: '目标', department: '部门', requirement: '需求', criterion: '评选标准',
        vendor: '供应商', cost: '成本', benefit: '收益', phase: '阶段', kpi: '指标', scenario: '情景', actuals: '实际数据'
    },
    changeVerb: { added: '新增', removed: '删除', changed: '修改' },
    ranksHeading: '排名变化',
    requirementRanks: '需求', optionRanks: '方案（按净现值）',
    newRank: '新增', droppedRank: '已删除',
    chosenChanged: (base, head) => `所选方案由 ${base} 变为 ${head}。`,
    recommendedChanged: (base, head) => `推荐方案（净现值最高）由 ${base} 变为 ${head}。`,
    fullReport: '新版本的完整报告',
    reportLeftOut: '未附完整报告：附上后本评论将超过 GitHub 65,536 个字符的上限。请运行 `crmplan report` 查看。',
    changesCut: count => `另有 ${count} 项修改未列出，以免超过 GitHub 评论长度上限。`,
    repositoryHeading: (count, ref) => `crmplan：自 ${ref} 以来有 ${count} 个计划发生变化`,
    nothingChanged: ref => `自 ${ref} 以来没有计划发生变化（计划及其导入的文件均未修改）。`,
    planStatus: { changed: '（已修改）', added: '（新增）', removed: '（已删除）', errors: '（有错误）' },
    listSeparator: '、',
    newPlanFigures: '新计划的数据',
    planDeleted: '该计划已被删除。',
    planHasErrors: count => `该计划有 ${count} 个错误，修正之前没有数据（请运行 \`crmplan check\` 查看）。`,
    baseHadErrors: ref => `${ref} 中的版本有错误，无法比较；以下为当前数据。`,
    plansCut: count => `另有 ${count} 个计划未列出，以免超过 GitHub 评论长度上限。请运行 \`crmplan diff --git\` 查看。`
};

const extension: ExtensionTerms = {
    noPlan: '请先在编辑器中打开一个 .crmplan 计划。',
    notSaved: name => `${name} 尚未保存：请先保存，报告才有地方存放。`,
    overwrite: name => `${name} 已存在。要覆盖吗？`,
    overwriteButton: '覆盖',
    saved: name => `报告已保存为 ${name}。`,
    open: '打开',
    reportFailed: reason => `无法生成报告：${reason}`,
    diffFailed: reason => `无法与 Git HEAD 比较：${reason}`,
    notInGit: name => `${name} 不在 Git 仓库中。`,
    gitFailed: reason => `Git 出错：${reason}`,
    restarted: 'CRM Plan 语言服务器已重启。',
    serverNotRunning: 'CRM Plan 语言服务器未运行：请执行“CRM Plan: 重启语言服务器”。',
    outOfDateNotice: reason => `> **已过期。** ${reason}以下是最后一份没有错误时的报告。`,
    statusNoFigures: 'CRM Plan：无数据',
    statusCatalogue: 'CRM Plan：目录',
    statusTooltipHint: '点击显示报告。'
};

/** Amounts in CNY keep the ¥ of tables; foreign amounts read `23.00 美元`. */
const currencyNames = {
    USD: '美元', EUR: '欧元', HKD: '港元', JPY: '日元', GBP: '英镑', TWD: '新台币', SGD: '新加坡元', AUD: '澳元', CAD: '加元', CHF: '瑞士法郎', KRW: '韩元'
};

const validation: ValidationTerms = {
    declaration: (kind, name) => `${kind}“${name}”`,
    ofDeclaration: (what, where) => `${where}的${what}`,
    lowEnd: '（下限）',
    highEnd: '（上限）',
    weight: '权重',
    yearlyIncrease: '年涨幅',
    minimumUsers: '最少用户数',
    numberOfUsers: '用户数',
    effort: '工作量',
    duration: '工期',
    ramp: '爬坡期',
    hourlyRate: '小时费率',
    hours: '小时数',
    amount: '金额',
    licencePrice: '许可费',
    discountRate: '折现率',
    capacity: '实施容量',
    horizon: '计划期',
    internalRate: '内部人力单价',
    anAmount: '金额',
    coverageOf: (requirement, vendor) => `供应商“${vendor}”对“${requirement}”的覆盖率`,
    rateOf: (from, to) => `${from} 到 ${to} 的汇率`,
    scenarioUsers: (department, scenario) => `情景“${scenario}”中部门“${department}”的用户数`,
    activeUsersOf: department => `“${department}”的活跃用户数`,
    costNamed: cost => `成本“${cost}”`,
    licenceOfOption: option => `${option} 的许可费`,
    benefitNamed: benefit => `收益“${benefit}”`,
    inUnit: unit => unit,
    inPercent: '%',
    withoutUnit: '无单位',
    scenarioDiscount: scenario => `情景“${scenario}”的折现率`,
    scenarioRate: (from, to, scenario) => `情景“${scenario}”中 ${from} 到 ${to} 的汇率`,
    scenarioLicencePrice: (target, scenario) => `情景“${scenario}”中“${target}”的单价`,
    scenarioInternalRate: scenario => `情景“${scenario}”的内部人力单价`,
    scenarioEffort: (requirement, scenario) => `情景“${scenario}”中需求“${requirement}”的工作量`,
    scenarioCoverage: (requirement, target, scenario) => `情景“${scenario}”中“${target}”对“${requirement}”的覆盖率`,
    scenario: name => `情景“${name}”`,
    scenarioOnlyDeclaredRates: scenario => `情景“${scenario}”，情景只能替换已声明的汇率`,
    onLine: line => `第 ${line} 行`,
    inFileOnLine: (file, line) => `${file}（第 ${line} 行）`,
    fileLine: (file, line) => `${file}（第 ${line} 行）`,
    fileCommaLine: (file, line) => `${file} 第 ${line} 行`,
    fileAndImports: '本文件及其导入的文件',
    planHeader: '计划头部'
};

const editor: EditorTerms = {
    createDeclaration: (kind, name) => `创建${kind}“${name}”`,
    removeDuplicate: (kind, name) => `删除重复的${kind}“${name}”`,
    rateToFill: (currency, planCurrency) => `请填写：1 ${currency} 折合多少 ${planCurrency}`,
    declareRate: (currency, planCurrency) => `声明汇率 ${currency} → ${planCurrency}（需填写汇率值）`,
    goalWeights: '目标权重',
    criterionWeights: '评选标准权重',
    rescaleWeights: weights => `按比例调整${weights}，使其合计 100%`,
    writeLimit: limit => `改写为 \`${limit}\``,
    removeBasis: basis => `删除 \`${basis}\``,
    planCurrency: '计划货币',
    declaredRateCurrency: '已声明汇率的货币',
    requests: {
        errors: '计划有错误：请先修正（见“问题”面板），才能得到其数据。',
        catalogue: '此文件是目录（没有计划头），没有自己的数据：请打开导入它的计划。',
        newFile: '这是一个新文件：没有可以比较的早期版本。',
        baseErrors: count => `计划的早期版本有 ${count} 个错误，没有可以比较的数据。`,
        baseCatalogue: '文件的早期版本没有计划头，没有可以比较的数据。',
        unknownDocument: uri => `语言服务器不认识 ${uri}。`,
        unknownRevision: revision => `无法读取计划在 ${revision} 时的导入文件：文件不在 git 仓库中、没有安装 git，或该修订不存在。`
    }
};

const parser: ParserTerms = {
    terminals: {
        NUMBER: '数字',
        MONTH: '月份（如 2027-03）',
        STRING: '带引号的标题（如 "销售"）',
        ID: '名称',
        EOF: '文件末尾'
    },
    rules: {
        Document: '声明（`plan`、`import`、`rate`、`goal`、`department`、`requirement`、`criterion`、`vendor`、`cost`、`benefit`、`phase`、`kpi`、`scenario`、`actuals`、`require` 或 `expect`）',
        PlanSetting: '计划设置（`currency`、`start`、`horizon`、`discount`、`capacity`、`choose`、`internal rate` 或 `amounts include tax`）',
        RequirementStatement: '需求的一行（`asked by`、`evidence`、`impact`、`effort`、`must`/`should`/`could`/`wont` 或 `needs`）',
        VendorMember: '供应商的一行（`edition`、`covers`、`score` 或 `cost`）',
        CostStatement: '成本的一行（`direct`、`indirect` 或金额，如 `15000 once`）',
        BenefitStatement: '收益的一行（`revenue`、`savings`、`efficiency`、`satisfaction`、`from`、`ramp` 或金额，如 `8000 per month`）',
        PhaseStatement: '阶段的一行（`owner`、`start`、`after`、`duration` 或 `delivers`）',
        KpiStatement: '指标的一行（`baseline`、`target` 或 `tracks`）',
        Schedule: '时间安排（`once`、`once in 2027-02`、`per month` 或 `per year`）',
        Name: '名称',
        Decimal: '数字',
        Period: '`month` 或 `year`'
    },
    listSeparator: '、',
    lastSeparator: ' 或 ',
    somethingElse: '其他内容',
    mismatch: (expected, found) => `此处应为${spaced(expected)}，但发现了${spaced(found)}。`,
    unexpected: (found, expected) => `意外的${spaced(found)}：此处应为${spaced(expected)}。`
};

/** A term after Chinese text: a space before code or Latin (`discount`), none before Chinese (文件末尾). */
function spaced(term: string): string {
    return /^\p{Script=Han}/u.test(term) ? term : ` ${term}`;
}

const syntax: SyntaxTerms = {
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
    importsPlan: a => `“${a.path}”是一个计划（有 \`plan\` 头部），计划不能被导入：这里不会使用它的任何内容。请改为导入目录文件（没有 \`plan\` 头部的文件）：把共用的声明移到目录文件中。`,
    markNames: {
        other: '全角字符',
        '，': '全角逗号',
        '、': '顿号',
        '：': '全角冒号',
        '；': '全角分号',
        '（': '全角左括号',
        '）': '全角右括号',
        '“': '中文左引号',
        '”': '中文右引号',
        '‘': '中文左单引号',
        '’': '中文右单引号',
        '％': '全角百分号',
        '｛': '全角左花括号',
        '｝': '全角右花括号',
        '．': '全角句点',
        '－': '全角连字符',
        '\u3000': '全角空格'
    }
};

const diagnostics: Glossary['diagnostics'] = {
    syntax: a => `语法错误：${a.message}`,
    unresolved: a => a.suggestion
        ? `未知的${a.kindZh}“${a.name}”：您是想写“${a.suggestion}”吗？否则请声明它（\`${a.keyword} ${a.name} ...\`）或导入声明它的文件。`
        : `未知的${a.kindZh}“${a.name}”：请声明它（\`${a.keyword} ${a.name} ...\`）或导入声明它的文件。`,
    duplicate: a => a.first
        ? `重复的${a.kindZh}“${a.name}”：${a.firstZh}和${a.secondZh}都声明了它，而本文件导入了这两者。请重命名或删除其中一个。`
        : `重复的${a.kindZh}“${a.name}”：${a.whereZh}也声明了它。请重命名或删除其中一个。`,
    missingRate: a => `缺少从 ${a.currency} 到 ${a.planCurrency} 的汇率${a.whereZh ? `（用于${a.whereZh}）` : ''}：请添加 \`rate ${a.currency} <汇率> ${a.planCurrency}\`。金额绝不会按 1:1 换算。`,
    impactRange: a => `“${a.requirement}”对“${a.goal}”的影响为 ${a.value}：影响取值为 0 到 10。`,
    shareRange: a => `${a.whatZh}为 ${a.value}%：比例必须在 0% 到 100% 之间。`,
    negativeAmount: a => `${a.whatZh}为负数（${a.value}）：请写成正数。`,
    rangeOrder: a => `最可能值 ${a.likely} 不在其范围（${a.low} 到 ${a.high}）内：请按 \`最可能值 (下限 to 上限)\` 书写，且下限 ≤ 最可能值 ≤ 上限。`,
    phaseCycle: a => `阶段顺序形成循环：${a.cycle}。请让其中一个阶段改用 \`start <月份>\` 开始。`,
    needsCycle: a => `需求之间的依赖形成循环：${a.cycle}。请删除其中一个 \`needs\`。`,
    ambiguousChoice: a => `供应商“${a.vendor}”有多个版本：请指定一个，例如 \`choose ${a.vendor}.${a.edition}\`。`,
    importMissing: a => `找不到导入的文件“${a.path}”。请检查路径；路径相对于当前文件。`,
    importCycle: a => a.self
        ? `导入形成循环：${a.file} 导入了它自己。请删除这条导入。`
        : `导入形成循环：${a.cycle}。文件之间不能相互导入：请把它们共用的声明移到一个不导入它们的目录文件中。`,
    importOutside: a => `导入“${a.path}”超出了仓库范围（${a.root}）：请把该文件复制到仓库内。`,
    missingSetting: a => `计划缺少 \`${a.setting}\`：请在计划头部添加 \`${a.example}\`。`,
    invalidMonth: a => `“${a.value}”不是有效的月份：请按 YYYY-MM 书写，月份为 01 到 12。`,
    phaseStart: a => a.problem === 'both'
        ? `阶段“${a.phase}”同时有 \`start\` 和 \`after\`：请只保留一个。`
        : a.problem === 'duration'
            ? `阶段“${a.phase}”缺少 \`duration\`：请添加 \`duration <n> months\`。`
            : `阶段“${a.phase}”既没有 \`start\` 也没有 \`after\`：请添加 \`start <月份>\` 或 \`after <阶段>\`。`,
    repeatedStatement: a => `${a.whereZh}中 \`${a.statement}\` 出现了多次：请只保留一个。`,
    staffTime: a => a.problem === 'rate'
        ? `人工时间需要小时费率：请写成 \`${a.value} hours at <费率> per hour ...\`。`
        : a.problem === 'currency'
            ? `小时数是数量而不是金额：请删除 \`${a.value} ${a.currency} hours\` 中的 ${a.currency}，并在费率处写货币（\`at <费率> ${a.currency} per hour\`）。`
            : `\`at ... per hour\` 需要小时数：请写成 \`<n> hours at ... per hour\`。`,
    wholeMonths: a => a.max !== undefined
        ? `${a.whatZh}必须是 ${a.min} 到 ${a.max} 之间的整月数（当前为 ${a.value}）。`
        : `${a.whatZh}必须是不少于 ${a.min} 的整月数（当前为 ${a.value}）。`,
    severalPlans: () => `存在多个 \`plan\` 头部：一个文件只包含一个计划；请把共享的声明移到没有计划头部的目录文件中。`,
    currencyCode: a => `“${a.value}”不是货币代码：请使用三个大写字母，例如 CNY、USD 或 EUR。`,
    scoreRange: a => `“${a.vendor}”在“${a.criterion}”上的评分为 ${a.value}：评分取值为 0 到 10。`,
    zeroRate: a => `汇率 ${a.from} ${a.value} ${a.to} 为零：无法换算（也无法取倒数）。请填写实际汇率。`,
    goalWeights: a => `目标权重之和为 ${a.sum}%，不是 100%：需求价值将不在 0–10 的范围内。`,
    criterionWeights: a => `评选标准权重之和为 ${a.sum}%，不是 100%：矩阵得分将不在 0–10 的范围内。`,
    computedScore: a => `“${a.criterion}”由 ${a.measure} 计算得出，此评分将被忽略：请删除它。`,
    outsideHorizon: a => `${a.month} ${a.side === 'before' ? '早于计划开始' : '晚于计划期末'}（${a.first} 到 ${a.last}）：${
        a.subject === 'phase' ? '该阶段及其交付的需求落在时间线之外。'
            : a.subject === 'phase-partly' ? `该阶段在计划开始前开始：${a.first} 之前的月份不在时间线上，其交付的需求于 ${a.live} 上线。`
                : a.subject === 'kpi' ? '该目标落在商业论证的时间线之外。'
                    : '该日期的金额不计入。'}`,
    needsLowerClass: a => `“${a.requirement}”（${a.moscow}）依赖“${a.needed}”（${a.neededMoscow}）：请把“${a.needed}”提升为 ${a.moscow}，或去掉该依赖。`,
    benefitUndelivered: a => `没有阶段交付“${a.requirement}”，它不属于本次实施，收益“${a.benefit}”因此不计入：请把“${a.requirement}”加入某个阶段的 \`delivers\`，或从该收益的 \`from\` 中删除。`,
    coversNothing: a => `供应商“${a.vendor}”未覆盖任何需求，其方案得不到任何由需求带来的收益：请添加 \`covers <需求> <比例>%\`。`,
    mustUncovered: a => `没有供应商覆盖“必须有”的需求“${a.requirement}”。`,
    mustsOverCapacity: a => `“必须有”的需求共需 ${a.effort} 人周，超过了 ${a.capacity} 人周的实施容量。`,
    missingScore: a => `供应商“${a.vendor}”缺少“${a.criterion}”的评分，按 0 计算：请添加 \`score ${a.criterion} <0-10>\`。`,
    roiUndefined: a => `方案 ${a.option} 在计划期内没有成本，因此其投资回报率（ROI）不适用。`,
    chosenNotRecommended: a => `所选方案 ${a.chosen} 并非净现值（NPV）最高的方案；净现值最高的是 ${a.recommended}。`,
    untilBeforeFrom: a => `\`until ${a.until}\` 早于 \`from ${a.from}\`，该行不计入任何金额：请交换两个月份或更正其中一个。`,
    negativeScale: a => `情景“${a.scenario}”将“${a.item}”按 ${a.value}% 缩放：负的系数会让其金额变为相反数（成本变成收益）。请使用 0% 或以上。`,
    figuresUnavailable: a => a.code === 'overflow'
        ? '无法计算数字：某个金额或由金额算出的数字超出了数值范围（约 1.8 × 10^308；总拥有成本（TCO）几乎为 0 时的投资回报率（ROI）也会如此）。请检查金额是否多写了位数。'
        : `无法计算数字：${a.message}`,
    repeatedEntry: a => `“${a.name}”在 \`${a.list}\` 中出现了两次：每个名称只计一次（在 \`from\` 中重复会使其覆盖率被计算两次）。请删除重复项。`,
    rateToItself: a => `\`rate ${a.currency} … ${a.currency}\` 把 ${a.currency} 换算成它自己：请删除（同一币种的金额不需要汇率）。`,
    fractionalUsers: a => `${a.whatZh}为 ${a.value}：用户是人，请写整数。`,
    minimumNotPerUser: a => `\`minimum ${a.minimum} users\` 不起作用：该许可不是按用户（\`per user\`）计价。请删除最少用户数，或改为按用户计价。`,
    rampWithoutRecurring: a => `\`ramp ${a.months} months\` 不起作用：收益“${a.benefit}”只有一次性（\`once\`）金额，而爬坡只作用于周期性金额。请删除它。`,
    benefitBeforeGoLive: a => a.line === 'once'
        ? `该金额发生在 ${a.month}，早于收益“${a.benefit}”的上线时间 ${a.live}，因此不计入：请把日期定在上线当月或之后。`
        : `该金额在 ${a.month} 结束，早于收益“${a.benefit}”的上线时间 ${a.live}，因此不计入：请把 \`until\` 移到上线之后，或删除它。`,
    deliveredOutsideCapacity: a => `阶段“${a.phase}”交付了“${a.requirement}”，但它超出了实施容量（排名第 ${a.rank}）：其成本和收益照常计入，排名却未纳入。请提高实施容量，或把它从 \`delivers\` 中删除。`,
    deliversWont: a => `阶段“${a.phase}”交付了“${a.requirement}”，但它被标记为 \`wont\`（本次不做）：请把它从 \`delivers\` 中删除，或调整其优先级。`,
    actualsOutsideTimeline: a => `${a.month} 的实际数据${a.side === 'before' ? '早于计划开始' : '晚于计划期末'}（${a.first} 到 ${a.last}）：只能记录计划期内的月份。`,
    actualsOverlap: a => `${a.months} 已由 \`actuals ${a.other}\` 记录：每个月只能记录一次，请合并这两个块或更正月份。`,
    actualsWithoutChoice: a => a.reason === 'catalogue'
        ? '实际数据只能写在计划文件中：本文件没有计划头，因此没有可记录的所选方案。'
        : '实际数据记录所选方案的成本与收益：请在计划头中添加 `choose <供应商>`（或 `choose <供应商>.<版本>`）。',
    kpiUnit: a => `“${a.kpi}”的计量单位为${a.expectedZh}，而非${a.unitZh}：请按基线的单位记录数值。`,
    actualsOtherVendor: a => `“${a.cost}”是 ${a.vendor} 的成本，但计划选择的是 ${a.chosen}：只能记录计划本身或所选供应商的成本。`,
    actualsPeriodOrder: a => `该期间的结束月（${a.to}）早于开始月（${a.from}）：请按 \`actuals <起始月> to <结束月>\` 书写。`,
    repeatedUsers: a => a.month ? `“${a.department}”已声明了自 ${a.month} 起的用户数：每个月只保留一行。` : `“${a.department}”已声明了自计划开始起的用户数（不带 \`from\` 的一行）：请只保留一行，其余行用 \`from <月份>\` 标明月份。`,
    actualsGap: a => `${a.months} 没有任何实际数据覆盖（最后记录月为 ${a.asOf}）：按未支付、未收益计算。请添加一个块（若无发生可为空块）。`,
    unrecordedLine: a => `${a.whatZh}在 ${a.months} 有计划金额，但实际数据中没有记录：这些月份按 0 计算。请记录它（若无发生请记 0）。`,
    kpiBehind: a => `KPI“${a.kpi}”落后于预期路径：${a.month} 为 ${a.value}，而按计划此时应为 ${a.expected}（目标为 ${a.by} 达到 ${a.target}）。`,
    moreUsersThanDeclared: a => `“${a.department}”有 ${a.active} 名活跃用户，多于其在 ${a.month} 声明的 ${a.declared} 名：请更新该部门的用户数（分批上线可写作 \`users <人数> from <月份>\`）。`,
    guardrailUnit: a => `${a.metricZh}的单位是${a.unitZh}：请写成 \`${a.example}\`。`,
    guardrailBasis: a => a.metric === 'matrix'
        ? `矩阵得分不接受依据：它既不来自蒙特卡洛模拟，也不来自实际数据。请删除 \`${a.basis}\`。`
        : `蒙特卡洛模拟只给出净现值（NPV）、投资回报率（ROI）和静态投资回收期的分位数，不给出${a.metricNameZh}的分位数：请删除 \`${a.basis}\`，或改为针对上述指标。`,
    guardrailBroken: a => `硬性要求未满足：\`${a.rule}\`${a.reason ? `（“${a.reason}”）` : ''}${a.where ? `，来自 ${a.where}` : ''}。${a.optionZh}：${a.figureZh}，限值 ${a.limitZh}。`,
    guardrailExpectBroken: a => `预期未达到：\`${a.rule}\`${a.reason ? `（“${a.reason}”）` : ''}${a.where ? `，来自 ${a.where}` : ''}。${a.optionZh}：${a.figureZh}，限值 ${a.limitZh}。`,
    fullWidth: a => syntax.fullWidth(a),
    monthFormat: a => syntax.monthFormat(a),
    misspeltKeyword: a => syntax.misspeltKeyword(a),
    notUtf8: a => syntax.notUtf8(a),
    importsPlan: a => syntax.importsPlan(a),
    noDeclarations: a => syntax.noDeclarations(a),
    overrideTarget: a => {
        const why = a.problem === 'vendor' ? `供应商要通过其许可费覆盖（\`${a.example || `${a.target}.<版本>.licence`} 110%\`）`
            : a.problem === 'edition' ? `供应商“${a.vendor}”没有版本“${a.edition}”`
                : a.problem === 'noLicence' ? '它没有许可费行'
                    : a.problem === 'notLicensed' ? `“${a.item}”是成本或收益，只能整体按比例调整（\`${a.item} 70%\`）`
                        : '计划中没有这个名称的成本、收益或供应商';
        return `情景“${a.scenario}”不能覆盖“${a.target}”：${why}。${a.suggestion ? `您是想写“${a.suggestion}”吗？` : ''}${overrideTargetsZh(a)}`;
    },
    licencePriceLines: a => `情景“${a.scenario}”给“${a.target}”新的单价，但它有 ${a.lines} 行许可费，而单价按行给出：请指明只有一行许可费的版本（\`<供应商>.<版本>.licence 25 USD\`），或用百分比调整所有行（\`${a.target} 110%\`）。`,
    overrideRange: a => `情景“${a.scenario}”用一个确定的值替换原值，不能写区间：请写 \`${a.statement}\`。模拟只从计划本身的区间抽样，不用情景中的值。`,
    overridePrice: a => `情景“${a.scenario}”给“${a.item}”的金额是 ${a.value}：成本或收益按百分比调整（\`${a.item} ${a.value}%\`），只有许可费可以给新的单价。`,
};

/** What a scenario of this plan can override (CRM044), from the lists `overrideTargetArgs` gives. */
function overrideTargetsZh(args: Readonly<Record<string, string | number>>): string {
    // The names come joined with `, `; Chinese lists them with `、`.
    const list = (key: string): string => String(args[key] ?? '').split(', ').join('、');
    const a = { costs: list('costs'), benefits: list('benefits'), licences: list('licences'), departments: list('departments'), requirements: list('requirements'), rates: list('rates'),
        vendors: list('vendors'), criteria: list('criteria') };
    const parts = [
        a.costs || a.benefits ? `按百分比调整${a.costs ? `成本（${a.costs}）` : ''}${a.costs && a.benefits ? '和' : ''}${a.benefits ? `收益（${a.benefits}）` : ''}` : '',
        a.licences ? `按百分比或新单价调整许可费（${a.licences}）` : '',
        a.departments ? `部门用户数（${a.departments}，\`users <部门> 30\`）` : '',
        a.requirements ? `需求工作量（${a.requirements}，\`effort <需求> 6 person-weeks\`）` : '',
        a.rates ? `汇率（${a.rates}，\`rate <币种> <汇率> <币种>\`）` : '',
        a.vendors && a.requirements ? `供应商或版本的需求覆盖率（${a.vendors}，\`covers <供应商>[.<版本>] <需求> 70%\`）` : '',
        a.vendors && a.criteria ? `供应商在评分标准上的评分（${a.criteria}，\`score <供应商> <标准> 6\`）` : '',
        '折现率（`discount 10%`）',
        '内部人力单价（`internal rate 7000`）'
    ].filter(Boolean);
    return `本计划的情景可以覆盖：${parts.join('；')}。`;
}

const exportTerms: ExportTerms = {
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

const guardrailTerms: GuardrailTerms = {
    unitNames: { percent: '百分比', months: '月数（单位写作 `months`）', money: '金额（计划货币，或已声明汇率的货币）', score: '0 到 10 的得分，不带单位' },
    clauseSeparator: '，',
    listSeparator: '、',
    basisSeparator: '',
    leadSpace: '',
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

const cli: CliTerms = {
    usage: {
        unknownLanguage: p => `未知的语言“${p.lang}”：请使用 en 或 zh-CN`,
        stdinTwice: () => '标准输入（-）给出了两次',
        noSuchPath: p => `${p.path}：没有这个文件或文件夹`,
        noPlansInFolder: p => `${p.path}：此文件夹中没有 .crmplan 文件`,
        cannotReadFolder: p => `${p.path}：无法读取此文件夹`,
        oneFileNotFolder: p => `${p.path}：请给出一个计划文件，而不是文件夹`,
        catalogueHasNoFigures: p => `${p.path}：是目录文件（没有计划头），因此没有测算数字`,
        missingFile: p => `${p.path}：没有这个文件`,
        isFolder: p => `${p.path}：是一个文件夹`,
        notText: p => `${p.path}：不是文本文件（计划必须是 UTF-8 文本）`,
        notUtf8: p => `${p.path}：${p.detail ?? '不是 UTF-8 文本'}`,
        cannotRead: p => `${p.path}：无法读取此文件`,
        notTextAtRevision: p => `${p.path}：在 ${p.revision} 中不是文本文件`,
        missingAtRevision: p => `${p.path}：在 ${p.revision} 中不存在`,
        stdinUnreadable: () => '-：无法读取标准输入',
        stdinNotUtf8: () => '-：标准输入不是 UTF-8 文本',
        outputIsPlanFile: p => `${p.path}：是计划本身的文件，请把输出写到别处`,
        cannotWrite: p => `${p.path}：无法写入（${p.code}）`,
        outputFolderMissing: p => `${p.path}：无法写入，文件夹 ${p.folder} 不存在`,
        outputIsFolder: p => `${p.path}：是一个文件夹，请给出文件名`,
        formatsContradict: p => `--json 与 --format ${p.format} 相互矛盾`,
        unknownFormat: p => `未知的格式“${p.format}”：请使用 ${[p.allowed.slice(0, -1).join('、'), ...p.allowed.slice(-1)].filter(Boolean).join(' 或 ')}`,
        formatRequired: p => `请给出 ${p.allowed.map(f => `--format ${f}`).join(' 或 ')}`,
        xlsxNeedsOutput: () => '--format xlsx 生成二进制工作簿：请用 -o 指定文件，例如 -o plan.xlsx',
        diffGitOneFile: () => 'diff --git 只接受一个计划文件，或不给文件以比较仓库中的每个计划：crmplan diff --git <ref> [file]',
        diffTwoFiles: () => 'diff 需要两个计划文件：crmplan diff <base> <head>（或 --git <ref> <file>）',
        notInRepository: p => `${p.path}：不在 git 仓库中`,
        unknownRevision: p => `未知的 git 修订“${p.revision}”`,
        notPositiveWhole: p => `${p.option} 必须是正整数（收到“${p.text}”）`,
        tooLarge: p => `${p.option} 最大为 ${p.max}（收到 ${p.text}）`,
        initTargetIsFile: p => `${p.path}：是文件，不是文件夹`,
        initFileExists: p => `${p.path}：已存在；crmplan init 从不覆盖文件`
    },
    noProblems: files => `${files} 个文件中没有问题。`,
    problems: c => `${c.files} 个文件中有 ${c.errors} 个错误、${c.warnings} 个警告${c.notes > 0 ? `、${c.notes} 条提示` : ''}。`,
    noFiguresUntilFixed: (file, errors) => `${file} 有 ${errors} 个错误；修正之前不计算数字`
};

const provenance: ProvenanceTerms = {
    licenceName: (option, qualifier) => (qualifier ? `${option}许可费（${qualifier}）` : `${option}许可费`),
    qualifierSeparator: '，',
    departmentSeparator: '、',
    licenceFrom: (year, month) => `${year} 年 ${month} 月起`,
    licenceUntil: (year, month) => `至 ${year} 年 ${month} 月`,
    licencePerUser: '按用户计费',
    licenceFlat: '固定费用',
    licenceNumber: position => `第 ${position} 项`,
    report: {
        licenceItem: (option, qualifier) => `许可费：${option}（${qualifier}）`,
        licenceListName: (option, qualifier) => `${option}（${qualifier}）`,
        sourcesIntro: '来源：',
        sourceSentence: source => `来源：${source}。`,
        sourced: (figure, source) => `${figure}（来源：${source}）`,
        sourceColumn: '来源',
        effortsHeading: '工作量估算的来源',
        effortsIntro: '计划注明了来源的工作量：',
        effort: (requirement, effort, source) => `${requirement}：${effort}（来源：${source}）`
    },
    hover: {
        source: source => `来源：${source}`,
        sources: '来源',
        line: {
            amount: owner => `\`${owner}\` 的金额行`,
            licence: owner => `\`${owner}\` 的许可费`,
            covers: (owner, detail) => `\`${owner}\` 对 \`${detail}\` 的覆盖率`,
            score: (owner, detail) => `\`${owner}\` 在 \`${detail}\` 上的试用评分`,
            rate: (owner, detail) => `汇率 ${owner} → ${detail}`,
            discount: () => '计划的折现率',
            internalRate: () => '计划的内部人力单价',
            users: owner => `\`${owner}\` 的用户数`,
            effort: owner => `\`${owner}\` 的工作量`
        },
        item: {
            amount: subject => `第 ${subject} 行`,
            licence: subject => `许可费 ${subject}`,
            covers: subject => `覆盖 \`${subject}\``,
            score: subject => `评分 \`${subject}\``,
            rate: subject => `汇率 ${subject}`,
            discount: () => '折现率',
            internalRate: () => '内部人力单价',
            users: subject => `\`${subject}\` 的用户数`,
            effort: () => '工作量'
        }
    }
};

export const zhCN: Glossary = { cli, provenance, syntax, guardrails: guardrailTerms, export: exportTerms, currencyNames, kinds, report, figures, diff, extension, diagnostics, validation, editor, parser };
