import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../language-server/i18n/glossary.js';

const EN = glossary('en').report;
const ZH_CN = glossary('zh-CN').report;
import { fencedBlocks, lintMarkdown } from './markdown-check.js';
import { checkXyChart } from './mermaid-check.js';
import { loadPlanText } from './load.js';

const ACME = readFileSync(fileURLToPath(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url)), 'utf8');
const headings = (report: string) => [...report.matchAll(/^## (.*)$/gm)].map(m => m[1]);
const SECTIONS = ['summary', 'needs', 'vendors', 'costs', 'benefits', 'cashFlow', 'timeline', 'monitoring', 'assumptions'] as const;

describe('summary: why the option leads, honestly', () => {
    it('says so when the chosen option is not the recommended one, and shows the chosen one’s figures', async () => {
        const { report } = await loadPlanText(ACME.replace('choose Fxiaoke', 'choose Zoho'));
        const en = report('en');
        expect(en).toContain('**Chosen option:** Zoho CRM Professional');
        expect(en).toContain('The plan chooses Zoho CRM Professional, but it is not the recommended option: 纷享销客 专业版 has the highest NPV (¥449,553.71, against ¥317,693.05 for Zoho CRM Professional, which ranks 2 of 2 by NPV).');
        expect(en).toContain('In the vendor matrix it ranks 2 of 2 (7.65 of 10); 纷享销客 专业版 ranks first (8.79 of 10).');
        expect(en).toContain('| ROI | 74.26% |');
        expect(en).toContain('| 纷享销客 专业版 (recommended) | Zoho CRM Professional (chosen) |');
        const zh = report('zh-CN');
        expect(zh).toContain('计划选定了“Zoho CRM Professional”，但它不是推荐方案。净现值最高的是“纷享销客专业版”，为 44.96 万元；');
    });

    it('names the recommended option when the plan chooses none', async () => {
        const { report } = await loadPlanText(ACME.replace('    choose Fxiaoke\n', ''));
        const en = report('en');
        expect(en).toContain('**Recommended option:** 纷享销客 专业版');
        expect(en).toContain('The plan chooses no option yet. 纷享销客 专业版 is recommended: it has the highest NPV of the 2 options (next: Zoho CRM Professional, ¥317,693.05).');
        expect(report('zh-CN')).toContain('**推荐方案：** 纷享销客专业版');
    });
});

const BARE = `plan "Bare" {
    currency CNY
    start 2027-01
    horizon 12 months
}
`;

describe('a plan with nothing but a header', () => {
    it('still has all nine sections, each saying what is missing, and lints clean', async () => {
        const { report } = await loadPlanText(BARE);
        for (const [locale, s] of [['en', EN], ['zh-CN', ZH_CN]] as const) {
            const text = report(locale);
            expect(headings(text)).toEqual(SECTIONS.map(key => s.headings[key]));
            for (const sentence of [s.summary.noOptions, s.needs.noRequirements, s.vendors.noOptions, s.costs.noOptions, s.benefits.noBenefits,
                s.cashFlow.noOptions, s.timeline.noPhases, s.monitoring.noKpis, s.assumptions.noDepartments, s.assumptions.nothingLeftOut]) {
                expect(text).toContain(sentence);
            }
            expect(fencedBlocks(text, 'mermaid')).toEqual([]);
            expect(lintMarkdown(text)).toEqual([]);
        }
    });
});

describe('figures that do not exist are explained, never guessed', () => {
    it('lists every IRR root when there are several, and says when payback never comes', async () => {
        const { report } = await loadPlanText(`${BARE.replace('12 months', '3 months')}
vendor Solo "Solo" { }

cost Start "Start" {
    direct
    100 once
}

cost End "End" {
    direct
    132 once in 2027-03
}

benefit Middle "Middle" {
    savings
    230 once in 2027-02
}
`);
        const en = report('en');
        expect(en).toContain('| IRR (annual) | n/a: 2 rates make the NPV zero (213.84%, 791.61%) |');
        expect(en).toContain('| Payback | not within the horizon |');
        expect(en).toContain('Solo is the only option, so there is nothing to compare it with');
        expect(en).toContain('Its NPV is negative');
        expect(report('zh-CN')).toContain('| 内部收益率（IRR，年化） | 不适用：有 2 个利率使净现值为零（213.84%、791.61%） |');
        const chart = fencedBlocks(en, 'mermaid').find(b => b.startsWith('xychart'))!;
        expect(chart).toContain('x-axis ["Year 1"]');
        expect(checkXyChart(chart)).toEqual([]);
    });

    it('says ROI is undefined without costs, no IRR without a sign change, payback at once when never negative', async () => {
        const { report } = await loadPlanText(`${BARE}
vendor Free "Free" { }

benefit Gift "Gift" {
    savings
    100 per month
}
`);
        const en = report('en');
        expect(en).toContain('| ROI | n/a: no costs |');
        expect(en).toContain('| IRR (annual) | n/a: no rate makes the NPV zero |');
        expect(en).toContain('| Payback | 0.00 months (the cumulative net cash flow is never negative) |');
    });
});

const LIMITS = `plan "Limits" {
    currency CNY
    start 2027-01
    horizon 24 months
    discount 8% (6% to 10%) per year
    capacity 5 person-weeks
    internal rate 1000 per person-week
    choose Paid
}

goal G "Goal" weight 100%

department Team "Team" { users 10 (8 to 12) }

requirement A "Must A" {
    impact G 8
    effort 4 person-weeks
    must
}

requirement B "Must B" {
    impact G 6
    effort 3 person-weeks
    must
}

requirement C "Could C" {
    impact G 5
    effort 6 person-weeks
    could
}

requirement Nobody "Nobody covers this" {
    impact G 2
    effort 1 person-week
    should
}

criterion Fit "Fit" weight 50% measured by coverage
criterion Ease "Ease" weight 50%

vendor Paid "Paid vendor" {
    edition Basic {
        licence 10 per user per month
    }
    covers A 100%, B 50%, C 80%
}

vendor Free "Free vendor" {
    covers A 10%
    score Ease 5
}

phase P "Phase" {
    start 2027-01
    duration 2 months
    delivers A, B, C
}

benefit Gain "Gain" {
    revenue
    from A, C
    1000 per month
}

benefit Vague "Happier staff" {
    satisfaction
    from B
}
`;

describe('limits and assumptions', () => {
    it('lists what is not quantified, what the capacity leaves out but the money counts, missing scores, ranges and notes', async () => {
        const { report } = await loadPlanText(LIMITS);
        const en = report('en');
        const limits = en.slice(en.indexOf('### Not quantified'));
        expect(limits).toContain('- Nobody covers this: no vendor covers it, so no option earns what depends on it.');
        expect(limits).toContain('- Happier staff: has no amount, so it is not in any total.');
        expect(limits).toContain('- Could C is outside the capacity, but the figures still include it: phase “Phase” delivers it, it feeds Gain, its effort is costed at the internal rate.');
        expect(limits).toContain('- Paid vendor has no score for “Ease”, counted as 0.');
        expect(limits).toContain('- Every figure before section 10 uses the likely value of each range written in the plan (low to high); section 10 simulates the ranges.');
        expect(limits).toContain('### Evaluation notes\n\n- Nobody covers this: no phase delivers it, so its internal effort is costed in the first month.');
        expect(en).toContain('Capacity: 7 of 5 person-weeks used by 2 of 4 requirements. The musts alone need 7 person-weeks, more than the capacity of 5.');
        expect(en).toContain('- Discount rate: 8% (6% to 10%) per year');
        expect(en).toContain('| Team | 10 (8 to 12) |');
        expect(en).toContain('| Ease | 50% | trial score | 0.00 (no score given, counted 0) | 5.00 |');
        expect(en).toContain('| Internal effort: Nobody covers this | direct | one-off | 1 person-week × ¥1,000.00 per person-week in 2027-01 (no phase delivers it) = ¥1,000.00 | ¥1,000.00 | ¥1,000.00 |');
        expect(en).toContain('| Happier staff | satisfaction | Must B | 2027-03 | – | not quantified | – | – | – |');
        const zh = report('zh-CN');
        expect(zh).toContain('- “Could C”超出实施容量，但仍计入测算：阶段“Phase”交付它、有收益依赖它（Gain）、其工作量按内部人力单价计入成本。请确认是否扩容。');
        expect(zh).toContain('- Nobody covers this：没有阶段交付它，其内部人力成本计入第一个月。');
        expect(lintMarkdown(en)).toEqual([]);
        expect(lintMarkdown(zh)).toEqual([]);
    });

    it('explains licences with a minimum, an increase and a flat fee, with their bills', async () => {
        const { report } = await loadPlanText(`${BARE.replace('12 months', '24 months')}
department Team "Team" { users 4 }

vendor V "V" {
    edition E "Edition" {
        licence 50 per user per month billed yearly minimum 5 users
        licence 1200 per year billed yearly increase 10% per year
    }
}
`);
        const en = report('en');
        expect(en).toContain('- V Edition (per user): 5 seats (minimum 5; 4 users) × ¥50.00 per month × 24 months = ¥6,000.00, billed yearly in 2 bills (2027-01: ¥3,000.00, 2028-01: ¥3,000.00).');
        expect(en).toContain('- V Edition (flat fee): ¥1,200.00 per year × 24 months ÷ 12, rising 10% each contract year = ¥2,520.00, billed yearly in 2 bills (2027-01: ¥1,200.00, 2028-01: ¥1,320.00).');
        expect(en).toContain('| Licence: V Edition (per user) | direct | recurring | see the licences below | ¥6,000.00 |');
        expect(report('zh-CN')).toContain('- V Edition（按用户计费）：5 个席位（共 4 人，最少按 5 个计费） × 每月 ¥50.00 × 24 个月 = ¥6,000.00，按年预付，共 2 期（2027-01：¥3,000.00、2028-01：¥3,000.00）。');
    });
});

describe('a benefit that needs a requirement no phase delivers', () => {
    // Segments is in no phase's `delivers`: in a plan with phases it is not part of this implementation.
    const outside = ACME.replace('    from Reports\n    8000 per month', '    from Reports, Segments\n    8000 per month');

    it('earns nothing, and the report says it is not in this implementation', async () => {
        expect(outside).not.toBe(ACME);
        const { evaluation, report } = await loadPlanText(outside);
        const salesTime = evaluation.options.map(o => o.benefits.find(b => b.id === 'SalesTime')!.total.toNumber());
        expect(salesTime).toEqual([0, 0]);
        expect(report('en')).toMatch(/\| Less manual reporting \| [^|]+ \| [^|]+ \| not in this implementation \|/);
        expect(report('zh-CN')).toMatch(/\| Less manual reporting \| [^|]+ \| [^|]+ \| 不在本次实施范围内 \|/);
        expect(report('en')).toContain('so they are not part of this implementation and the benefits that need them earn nothing: Customer segmentation.');
    });
});

describe('vendor comparison: coverage per option', () => {
    const ENTERPRISE = ACME.replace('    covers LeadFollowUp 85%, Pipeline 80%', '    edition Enterprise {\n        licence 40 USD per user per month\n        covers Pipeline 95%\n    }\n    covers LeadFollowUp 85%, Pipeline 80%');

    it('keeps one column per vendor while editions cover alike', async () => {
        const { report } = await loadPlanText(ACME);
        expect(report('en')).toContain('| Requirement | MoSCoW | 纷享销客 | Zoho CRM |');
    });

    it('gives each option of a vendor its column when an edition covers differently, in both languages', async () => {
        expect(ENTERPRISE).not.toBe(ACME);
        const { report } = await loadPlanText(ENTERPRISE);
        const en = report('en');
        expect(en).toContain('| Requirement | MoSCoW | 纷享销客 | Zoho CRM Professional | Zoho CRM Enterprise |');
        expect(en).toMatch(/\| Automated sales pipeline stages \| must \| 85% \| 80% \| 95% \|/);
        expect(en).toMatch(/\| Automatic lead follow-up reminders \| must \| 90% \| 85% \| 85% \|/);
        expect(report('zh-CN')).toContain('| 需求 | MoSCoW 优先级 | 纷享销客 | Zoho CRM Professional | Zoho CRM Enterprise |');
    });
});
