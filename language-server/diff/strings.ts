import type { Locale } from '../i18n/locale.js';

/** Every heading, label and sentence of the diff comment, per language. */
export interface DiffStrings {
    readonly heading: (title: string) => string;
    readonly figuresHeading: string;
    readonly option: string;
    readonly tco: string;
    readonly benefit: string;
    readonly npv: string;
    readonly roi: string;
    readonly payback: string;
    readonly irr: string;
    readonly chosen: string;
    readonly added: string;
    readonly removed: string;
    readonly unchanged: string;
    readonly never: string;
    readonly none: string;
    readonly months: (value: string) => string;
    readonly changesHeading: string;
    readonly noChanges: string;
    readonly kind: Readonly<Record<string, string>>;
    readonly changeVerb: Readonly<Record<'added' | 'removed' | 'changed', string>>;
    readonly ranksHeading: string;
    readonly requirementRanks: string;
    readonly optionRanks: string;
    readonly newRank: string;
    readonly droppedRank: string;
    readonly chosenChanged: (base: string, head: string) => string;
    readonly recommendedChanged: (base: string, head: string) => string;
    readonly fullReport: string;
    readonly reportLeftOut: string;
    readonly changesCut: (count: number) => string;
    readonly repositoryHeading: (count: number, ref: string) => string;
    readonly nothingChanged: (ref: string) => string;
    /** A plan's status after its path in the list at the top: ` (changed)`, `（已修改）`. */
    readonly planStatus: Readonly<Record<'changed' | 'added' | 'removed' | 'errors', string>>;
    readonly listSeparator: string;
    readonly newPlanFigures: string;
    readonly planDeleted: string;
    readonly planHasErrors: (count: number) => string;
    readonly baseHadErrors: (ref: string) => string;
    readonly plansCut: (count: number) => string;
}

const en: DiffStrings = {
    heading: title => `crmplan: ${title}`,
    figuresHeading: 'What this change does to each option',
    option: 'Option', tco: 'TCO', benefit: 'Total benefit', npv: 'NPV', roi: 'ROI', payback: 'Payback', irr: 'IRR',
    chosen: 'chosen', added: 'new option', removed: 'option removed', unchanged: 'no change', never: 'never', none: 'n/a',
    months: value => `${value} mo`,
    changesHeading: 'What changed in the plan',
    noChanges: 'No declaration changed (only layout or comments).',
    kind: {
        plan: 'Plan', rate: 'Rate', goal: 'Goal', department: 'Department', requirement: 'Requirement', criterion: 'Criterion',
        vendor: 'Vendor', cost: 'Cost', benefit: 'Benefit', phase: 'Phase', kpi: 'KPI', scenario: 'Scenario', actuals: 'Actuals'
    },
    changeVerb: { added: 'added', removed: 'removed', changed: 'changed' },
    ranksHeading: 'Rank changes',
    requirementRanks: 'Requirements', optionRanks: 'Options by NPV',
    newRank: 'new', droppedRank: 'gone',
    chosenChanged: (base, head) => `The chosen option changed from ${base} to ${head}.`,
    recommendedChanged: (base, head) => `The recommended option (highest NPV) changed from ${base} to ${head}.`,
    fullReport: 'Full report of the new version',
    reportLeftOut: 'The full report is left out: with it this comment would exceed GitHub\'s 65,536-character limit. Run `crmplan report` to read it.',
    changesCut: count => `${count} more changes are not shown, to stay within GitHub's comment limit.`,
    repositoryHeading: (count, ref) => `crmplan: ${count === 1 ? 'one plan' : `${count} plans`} changed since ${ref}`,
    nothingChanged: ref => `No plan changed since ${ref} (neither a plan nor a file it imports).`,
    planStatus: { changed: ' (changed)', added: ' (new)', removed: ' (deleted)', errors: ' (has errors)' },
    listSeparator: ', ',
    newPlanFigures: 'Figures of the new plan',
    planDeleted: 'This plan was deleted.',
    planHasErrors: count => `This plan has ${count === 1 ? 'an error' : `${count} errors`}, so it has no figures until ${count === 1 ? 'it is' : 'they are'} fixed (see \`crmplan check\`).`,
    baseHadErrors: ref => `The version at ${ref} had errors, so there is nothing to compare with; these are the figures now.`,
    plansCut: count => `${count} more plans are not shown, to stay within GitHub's comment limit. Run \`crmplan diff --git\` to read them.`
};

const zh: DiffStrings = {
    heading: title => `crmplan：${title}`,
    figuresHeading: '本次修改对各方案的影响',
    option: '方案', tco: '总拥有成本', benefit: '总收益', npv: '净现值', roi: '投资回报率', payback: '回收期', irr: '内部收益率',
    chosen: '已选', added: '新方案', removed: '方案已删除', unchanged: '无变化', never: '无法回收', none: '无',
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

export function diffStrings(locale: Locale): DiffStrings {
    return locale === 'zh-CN' ? zh : en;
}
