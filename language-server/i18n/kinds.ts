import type { Locale } from './locale.js';

/** How each kind of declaration is called, and the keyword that declares it. */
const KINDS: Record<string, { en: string; zh: string; keyword: string }> = {
    Goal: { en: 'goal', zh: '目标', keyword: 'goal' },
    Department: { en: 'department', zh: '部门', keyword: 'department' },
    Requirement: { en: 'requirement', zh: '需求', keyword: 'requirement' },
    Criterion: { en: 'criterion', zh: '评选标准', keyword: 'criterion' },
    Vendor: { en: 'vendor', zh: '供应商', keyword: 'vendor' },
    Edition: { en: 'edition', zh: '版本', keyword: 'edition' },
    Cost: { en: 'cost', zh: '成本', keyword: 'cost' },
    Benefit: { en: 'benefit', zh: '收益', keyword: 'benefit' },
    Phase: { en: 'phase', zh: '阶段', keyword: 'phase' },
    Kpi: { en: 'kpi', zh: '指标', keyword: 'kpi' },
    Scenario: { en: 'scenario', zh: '情景', keyword: 'scenario' },
    ScaledItem: { en: 'cost or benefit', zh: '成本或收益', keyword: 'cost' }
};

export function kindName(type: string, locale: Locale): string {
    const entry = KINDS[type];
    return entry ? (locale === 'zh-CN' ? entry.zh : entry.en) : type;
}

export function kindKeyword(type: string): string {
    return KINDS[type]?.keyword ?? type.toLowerCase();
}
