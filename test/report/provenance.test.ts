/**
 * Provenance in the report: every source the reference plan writes down
 * shows beside its figure, in both languages; ranges show per line; an
 * edition's licences are named by what sets them apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../language-server/i18n/locale.js';
import { loadPlan, loadPlanText } from './load.js';

const FIXTURE = 'test/fixtures/acme-sourced.crmplan';

/** The fixture's `source "..."` strings, read from its text, with the keyword line each stands on. */
function writtenSources(): { line: string; source: string }[] {
    return readFileSync(FIXTURE, 'utf8').split('\n').flatMap(line =>
        [...line.matchAll(/source "([^"]*)"/g)].map(match => ({ line: line.trim(), source: match[1] })));
}

describe('sources in the report', async () => {
    const loaded = await loadPlan(FIXTURE);

    it('the fixture writes sources on every kind of line the report shows', () => {
        expect(writtenSources().length).toBeGreaterThanOrEqual(9);
    });

    for (const locale of LOCALES) {
        it(`shows every source of the fixture (${locale})`, () => {
            const report = loaded.report(locale);
            // The discount rate's source belongs to the committee view's basis of figures, another change.
            const shown = writtenSources().filter(({ line }) => !line.startsWith('discount'));
            expect(shown.filter(({ source }) => !report.includes(source))).toEqual([]);
        });
    }

    it('marks a sourced figure and lists the source under its table', () => {
        const report = loaded.report('en');
        expect(report).toContain('| ¥80,000.00 once in 2027-02³ |');
        expect(report).toMatch(/\| Sales workflow customisation [^\n]*\n(?:\|[^\n]*\n)*\nSources:\n\n- ³ integrator quote Q-0412\n/);
        expect(report).toContain('| 8.00¹ | 7.00 |');
        expect(report).toContain('- ¹ two-week trial with the sales team');
    });

    it('renders a plan without sources with no source marks or lists', async () => {
        const plain = await loadPlan('test/fixtures/acme-sales-automation.crmplan');
        for (const locale of LOCALES) {
            expect(plain.report(locale)).not.toMatch(/[¹²³⁴⁵⁶⁷⁸⁹⁰]|Sources:|来源/);
        }
    });
});

describe('the internal rate and priced effort', () => {
    it('name their sources: a mark on the effort cost, the rate\'s source in the assumptions', async () => {
        const { report } = await loadPlanText(`plan "I" {
    currency CNY start 2027-01 horizon 12 months
    internal rate 6000 per person-week source "HR cost rate 2026"
}
requirement R "Reports" { effort 2 person-weeks source "IT estimate" must }
vendor V { edition E { licence 10 CNY per month } }
`);
        const en = report('en');
        expect(en).toContain('2 person-weeks × ¥6,000.00 per person-week in 2027-01 (no phase delivers it) = ¥12,000.00¹ |');
        expect(en).toContain('- ¹ IT estimate');
        expect(en).toContain('Internal rate: ¥6,000.00 per person-week; each requirement’s effort is a direct cost. Source: HR cost rate 2026.');
        expect(en).toContain('- Reports: 2 person-weeks (source: IT estimate)');
        expect(report('zh-CN')).toContain('每条需求的工作量都计为直接成本。来源：HR cost rate 2026。');
    });
});

describe('per-line ranges', () => {
    it('shows the range of an amount, a licence price and staff hours beside the likely value', async () => {
        const { report } = await loadPlanText(`plan "R" { currency CNY start 2027-01 horizon 12 months }
rate USD 7 CNY
department Sales { users 10 }
vendor V { edition E { licence 100 (90 to 120) CNY per user per month } }
vendor W { edition F { licence 20 (15 to 25) USD per user per month } }
cost Training { indirect 6 (4 to 8) hours per user at 120 (100 to 150) per hour once }
benefit More { revenue 30000 (20000 to 36000) per month }
`);
        const en = report('en');
        expect(en).toContain('¥30,000.00 (¥20,000.00 to ¥36,000.00) per month × 12 months');
        expect(en).toContain('6 (4 to 8) hours × 10 users × ¥120.00 (¥100.00 to ¥150.00) per hour once in 2027-01');
        expect(en).toContain('10 users × ¥100.00 (¥90.00 to ¥120.00) per month × 12 months');
        expect(en).toContain('10 users × \\$20.00 (\\$15.00 to \\$25.00) (¥140.00) per month');
        const zh = report('zh-CN');
        expect(zh).toContain('每月 ¥30,000.00（¥20,000.00 至 ¥36,000.00）');
        expect(zh).toContain('6（4 至 8） 小时');
    });
});

describe('licences named by what they are', () => {
    const plan = `plan "L" { currency CNY start 2027-01 horizon 24 months }
department Sales "销售部" { users 20 }
department Service "客服部" { users 5 }
vendor Zoho "Zoho CRM" { edition Professional {
    licence 100 CNY per user of Sales per month
    licence 80 CNY per user of Service per month from 2027-07
} }
`;

    it('names each licence of an edition by its departments and months, in English', async () => {
        const en = (await loadPlanText(plan)).report('en');
        expect(en).toContain('| Licence: Zoho CRM Professional (销售部) |');
        expect(en).toContain('| Licence: Zoho CRM Professional (客服部, from 2027-07) |');
        expect(en).toContain('- Zoho CRM Professional (销售部): 20 users of 销售部');
        expect(en).toContain('- Zoho CRM Professional (客服部, from 2027-07): 5 users of 客服部');
        expect(en).not.toMatch(/licence \d|Licence \d/);
    });

    it('names them the same way in Chinese', async () => {
        const zh = (await loadPlanText(plan)).report('zh-CN');
        expect(zh).toContain('| 许可费：Zoho CRM Professional（销售部） |');
        expect(zh).toContain('| 许可费：Zoho CRM Professional（客服部，2027 年 7 月起） |');
        expect(zh).toContain('- Zoho CRM Professional（客服部，2027 年 7 月起）：');
        expect(zh).not.toContain('项许可');
    });
});

describe('the shared licence name (display/licence-names.ts)', () => {
    it('tells licences apart by departments and months, then per user or flat, then by place', async () => {
        const { licenceName } = await import('../../language-server/display/licence-names.js');
        const { evaluation } = await loadPlanText(`plan "N" { currency CNY start 2027-01 horizon 24 months }
department Sales { users 20 }
vendor V "Zoho CRM" { edition P "Professional" {
    licence 100 CNY per user per month
    licence 5000 CNY per year
    licence 6000 CNY per year
    licence 90 CNY per user of Sales per month until 2027-12
} }
`);
        const licences = evaluation.options[0].licences;
        const naming = (locale: 'en' | 'zh-CN') => ({ locale, start: evaluation.plan.start, departmentTitle: (id: string) => id });
        expect(licences.map(l => licenceName('Zoho CRM Professional', l, licences, naming('en')))).toEqual([
            'Zoho CRM Professional licence (per user)',
            'Zoho CRM Professional licence (flat fee, no. 2)',
            'Zoho CRM Professional licence (flat fee, no. 3)',
            'Zoho CRM Professional licence (Sales, until 2027-12)'
        ]);
        expect(licenceName('Zoho CRM Professional', licences[3], licences, naming('zh-CN'))).toBe('Zoho CRM Professional许可费（Sales，至 2027 年 12 月）');
        expect(licenceName('Zoho CRM Professional', licences[0], licences.slice(0, 1), naming('en'))).toBe('Zoho CRM Professional licence');
    });
});

describe('hostile sources', () => {
    it('are escaped like any plan text: no HTML, no link, no broken table', async () => {
        const { lintMarkdown } = await import('./markdown-check.js');
        const hostile = '<script>x</script> | [a](http://e.x) *b* `c`';
        const { report } = await loadPlanText(`plan "H" { currency CNY start 2027-01 horizon 12 months }
department Sales { users 10 source "${hostile}" }
vendor V { edition E { licence 10 CNY per user per month source "${hostile}" } covers R 50% source "${hostile}" }
requirement R { effort 2 person-weeks source "${hostile}" must }
cost C { direct 100 once source "${hostile}" }
`);
        for (const locale of ['en', 'zh-CN'] as const) {
            const text = report(locale);
            expect(text).not.toContain('<script>');
            expect(text).not.toMatch(/[^\\]\]\(http/);
            expect(lintMarkdown(text)).toEqual([]);
            expect(text).toContain('&lt;script&gt;x&lt;/script&gt; \\| \\[a\\](http\\://e.x) \\*b\\* \\`c\\`');
        }
    });
});
