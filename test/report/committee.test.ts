/**
 * What an approval committee reads first: the conclusion sentence, the basis
 * of the figures stated once, and the risks in words beside the simulation,
 * in English and Chinese, against the evaluation's own figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseUncertainty, evaluate, withInputValues } from '../../language-server/evaluation/index.js';
import { formatMoney } from '../../language-server/display/numbers.js';
import { tables } from './markdown-check.js';
import { loadPlanText } from './load.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const ACME = read('../fixtures/acme-sales-automation.crmplan');
const SOURCED = read('../fixtures/acme-sourced.crmplan');
const MANUFACTURER = read('../../examples/manufacturer-sales-automation.crmplan');

/** The report's first paragraph after the subtitle. */
const opening = (report: string) => report.split('\n\n')[2];

describe('the conclusion comes first', () => {
    it('states the reference plan’s option, three-year TCO, NPV and payback month, as the summary has them', async () => {
        const { evaluation, report } = await loadPlanText(ACME);
        const chosen = evaluation.options.find(o => o.chosen)!;
        // The reference figures (test/evaluation/reference.test.ts derives them by hand).
        expect(chosen.tco.toFixed(2)).toBe('430200.00');
        expect(chosen.npv!.toFixed(2)).toBe('449553.71');
        expect(evaluation.plan.monthLabels[Math.ceil(chosen.paybackMonths!) - 1]).toBe('2028-04');
        const en = report('en');
        expect(opening(en)).toBe('**Conclusion:** We recommend 纷享销客 专业版: a three-year TCO of ¥430,200.00, an NPV of ¥449,553.71, paying back in April 2028.');
        expect(en.indexOf('**Conclusion:**')).toBeLessThan(en.indexOf('## 1. Summary'));
        expect(en).toContain('| Payback | 15.64 months (reached in 2028-04) |');
        const zh = report('zh-CN');
        expect(opening(zh)).toBe('**结论**：建议采购纷享销客专业版：三年总拥有成本 43.02 万元，净现值 44.96 万元，预计 2028 年 4 月收回投资。');
    });

    it('recommends the leading option when the plan chooses none', async () => {
        const { report } = await loadPlanText(ACME.replace('    choose Fxiaoke\n', ''));
        expect(opening(report('en'))).toBe('**Conclusion:** We recommend 纷享销客 专业版: a three-year TCO of ¥430,200.00, an NPV of ¥449,553.71, paying back in April 2028.');
    });

    it('says the chosen option is not the recommended one, and which option has the higher NPV', async () => {
        const { evaluation, report } = await loadPlanText(ACME.replace('choose Fxiaoke', 'choose Zoho'));
        const zoho = evaluation.options.find(o => o.chosen)!;
        expect(zoho.tco.toFixed(2)).toBe('539940.00');
        // The summary's payback for Zoho: 18.82 months, reached in 2028-07.
        expect(evaluation.plan.monthLabels[Math.ceil(zoho.paybackMonths!) - 1]).toBe('2028-07');
        expect(opening(report('en'))).toBe('**Conclusion:** The plan chooses Zoho CRM Professional: a three-year TCO of ¥539,940.00, an NPV of ¥317,693.05, '
            + 'paying back in July 2028. It is the chosen option, not the recommended one: 纷享销客 专业版 has the higher NPV (¥449,553.71).');
        expect(opening(report('zh-CN'))).toBe('**结论**：计划选定Zoho CRM Professional：三年总拥有成本 53.99 万元，净现值 31.77 万元，预计 2028 年 7 月收回投资。'
            + '它是选定方案，但不是推荐方案：纷享销客专业版的净现值更高（44.96 万元）。');
    });

    it('says so when the option does not pay back within the horizon and its NPV is negative', async () => {
        const { evaluation, report } = await loadPlanText(ACME.replace('horizon 36 months', 'horizon 12 months'));
        const chosen = evaluation.options.find(o => o.chosen)!;
        expect(chosen.paybackMonths).toBeNull();
        expect(chosen.npv!).toBeLessThan(0);
        expect(opening(report('en'))).toBe(`**Conclusion:** The plan chooses 纷享销客 专业版, but its NPV is negative: a one-year TCO of ${formatMoney(chosen.tco, 'CNY', 'en')}, `
            + `an NPV of ${formatMoney(chosen.npv!, 'CNY', 'en')}, not paying back within the 12 months.`);
        expect(opening(report('zh-CN'))).toBe('**结论**：计划选定纷享销客专业版，但其净现值为负：一年总拥有成本 22.74 万元，净现值 -4.61 万元，计划期（12 个月）内未收回投资。');
    });

    it('does not recommend an option with a negative NPV when none is chosen', async () => {
        const { report } = await loadPlanText(ACME.replace('horizon 36 months', 'horizon 12 months').replace('    choose Fxiaoke\n', ''));
        expect(opening(report('en'))).toMatch(/^\*\*Conclusion:\*\* No option has a positive NPV; the best is 纷享销客 专业版: a one-year TCO of /);
        expect(opening(report('zh-CN'))).toMatch(/^\*\*结论\*\*：没有净现值为正的方案；相对最优的是纷享销客专业版：一年总拥有成本 /);
    });

    it('names the horizon in months when it is not a whole number of years', async () => {
        const { report } = await loadPlanText(ACME.replace('horizon 36 months', 'horizon 30 months'));
        expect(opening(report('en'))).toMatch(/: a 30-month TCO of ¥[\d,.]+, an NPV of ¥[\d,.]+, paying back in April 2028\.$/);
        expect(opening(report('zh-CN'))).toMatch(/：30 个月总拥有成本 [\d.]+ 万元，净现值 [\d.]+ 万元，预计 2028 年 4 月收回投资。$/);
        expect(report('en')).not.toContain('three-year');
    });

    it('has no conclusion without options, and says why', async () => {
        const { report } = await loadPlanText('plan "Empty" {\n    currency CNY\n    start 2027-01\n    horizon 36 months\n    discount 8% per year\n}\n');
        expect(opening(report('en'))).toBe('**Conclusion:** No conclusion yet: the plan has no vendor options to compare.');
        expect(opening(report('zh-CN'))).toBe('**结论**：暂无结论：计划中还没有可比较的供应商方案。');
    });
});

describe('the basis of the figures, stated once', () => {
    it('says the amounts exclude tax and where the discount rate comes from, as the plan declares', async () => {
        const { evaluation, report } = await loadPlanText(SOURCED);
        expect(evaluation.plan).toMatchObject({ taxBasis: 'excluded', discountSource: 'finance hurdle rate 2026' });
        const en = report('en');
        expect(en).toContain('- Amounts exclude tax, as the plan declares (`amounts exclude tax`).');
        expect(en).toContain('- Discount rate 8% per year; source: finance hurdle rate 2026.');
        const zh = report('zh-CN');
        expect(zh).toContain('- 所有金额均为不含税金额（计划声明了 `amounts exclude tax`）。');
        expect(zh).toContain('- 折现率每年 8%，依据：finance hurdle rate 2026。');
        for (const report of [en, zh]) {
            expect(report.match(/amounts exclude tax/g)).toHaveLength(1);
            expect(report.match(/finance hurdle rate 2026/g)).toHaveLength(1);
        }
    });

    it('says the amounts include tax when the plan declares so', async () => {
        const { report } = await loadPlanText(SOURCED.replace('amounts exclude tax', 'amounts include tax'));
        expect(report('en')).toContain('- Amounts include tax, as the plan declares (`amounts include tax`).');
        expect(report('zh-CN')).toContain('- 所有金额均为含税金额（计划声明了 `amounts include tax`）。');
    });

    it('says when the plan does not declare tax, and how to declare it; no discount source when it gives none', async () => {
        const { report } = await loadPlanText(ACME);
        const en = report('en');
        expect(en).toContain('- The plan does not say whether its amounts include tax. Declare it in the `plan` block: `amounts include tax` or `amounts exclude tax`.');
        expect(en).not.toContain('source:');
        expect(report('zh-CN')).toContain('- 计划未说明金额是否含税。请在 `plan` 块中声明：`amounts include tax`（含税）或 `amounts exclude tax`（不含税）。');
    });

    it('gives the valued estimates among the benefits, with their share of the total benefit', async () => {
        const { evaluation, report } = await loadPlanText(ACME);
        const chosen = evaluation.options.find(o => o.chosen)!;
        const valued = chosen.benefitTotalsByKind.efficiency.plus(chosen.benefitTotalsByKind.satisfaction);
        expect(valued.toFixed(2)).toBe('198400.00');
        expect(report('en')).toContain('- Benefits of kind efficiency and satisfaction are valued estimates, not cash: ¥198,400.00 (20.40%) of the ¥972,775.00 total benefit of 纷享销客 专业版.');
        expect(report('zh-CN')).toContain('- 提效和满意度类收益是估算的价值，不是现金流入：在纷享销客专业版的总收益 97.28 万元中占 19.84 万元（20.40%）。');
    });

    it('says nothing of valued estimates when every benefit is revenue or savings', async () => {
        const { report } = await loadPlanText(ACME.replace(/^(\s+)(efficiency|satisfaction)$/gm, '$1savings'));
        expect(report('en')).not.toContain('valued estimates');
    });
});

describe('risks in words beside the simulation', () => {
    /** The example with a range on its main benefit wide enough that the NPV turns negative within it. */
    const WIDE = MANUFACTURER.replace('24000 (16000 to 32000) per month', '24000 (2000 to 32000) per month');

    it('gives the break-even value of the value that moves the NPV most, in its unit, as the sensitivity row has it', async () => {
        const { plan, evaluation, report } = await loadPlanText(WIDE);
        const analysis = analyseUncertainty(plan, evaluation);
        const focus = analysis.options.find(o => o.optionId === 'Yunke.Standard')!;
        const row = focus.sensitivity[0];
        expect(row.input).toBe('FewerLostQuotes');
        expect(row.breakEven).not.toBeNull();
        expect(row.breakEven!).toBeGreaterThan(row.low);
        expect(row.breakEven!).toBeLessThan(row.likely);
        // At the break-even value the exact evaluation's NPV is zero (to well within a cent).
        const atBreakEven = evaluate(withInputValues(plan, new Map([['FewerLostQuotes', row.breakEven!]])));
        expect(Math.abs(atBreakEven.options.find(o => o.id === 'Yunke.Standard')!.npv!)).toBeLessThan(0.01);

        const value = formatMoney(row.breakEven!, 'CNY', 'en');
        const probability = `${(focus.probabilityNpvNegative * 100).toFixed(2)}%`;
        const en = report('en');
        expect(en).toContain(`**Risks:** In 10,000 simulated trials the NPV of 云客 CRM 标准版 is negative in ${probability} of them. `
            + `The values that move its NPV most: Fewer quotes lost to silence (swing ${formatMoney(row.swing, 'CNY', 'en')}). `
            + `NPV turns negative if Fewer quotes lost to silence falls below ${value} per month.`);
        // The same value in the tornado's last column, and the same probability in the band table.
        const section = en.slice(en.indexOf('## 10.'));
        const [band, tornado] = tables(section);
        expect(tornado[1].at(-1)!.text).toBe(`${value} per month`);
        expect(band.find(r => r[0].text === '云客 CRM 标准版')![4].text).toBe(probability);
        expect(report('zh-CN')).toContain(`若“Fewer quotes lost to silence”低于 ${value}/月，净现值将转为负值。`);
    });

    it('says the NPV stays positive over a range that does not reach break-even', async () => {
        const { report } = await loadPlanText(MANUFACTURER);
        expect(report('en')).toContain('Across the range of Fewer quotes lost to silence (¥16,000.00 per month to ¥32,000.00 per month) the NPV stays positive.');
        expect(report('zh-CN')).toContain('“Fewer quotes lost to silence”在其范围内（¥16,000.00/月 至 ¥32,000.00/月）变动时，净现值始终为正。');
    });

    it('words a value that lowers the NPV as it rises, in its own unit', async () => {
        // The administrator's monthly cost: the NPV turns negative if it rises above its break-even.
        const plan = MANUFACTURER.replace('2200 per month from 2027-06', '2200 (1500 to 40000) per month from 2027-06');
        const { plan: built, evaluation, report } = await loadPlanText(plan);
        const row = analyseUncertainty(built, evaluation).options.find(o => o.optionId === 'Yunke.Standard')!.sensitivity
            .find(r => r.input === 'Administration')!;
        expect(row.breakEven).not.toBeNull();
        expect(report('en')).toContain(`NPV turns negative if Part-time CRM administrator rises above ${formatMoney(row.breakEven!, 'CNY', 'en')} per month.`);
    });
});

describe('the simulated values, each by its title and in its unit', () => {
    const ALL_KINDS = MANUFACTURER
        .replace('discount 8% per year', 'discount 8% (6% to 10%) per year')
        .replace('    capacity 26 person-weeks\n', '    capacity 26 person-weeks\n    internal rate 6000 per person-week\n')
        .replace('department Sales "Sales" { users 36 }', 'department Sales "Sales" { users 36 (30 to 40) }')
        .replace('effort 5 person-weeks', 'effort 5 (4 to 8) person-weeks')
        .replace('licence 99 CNY per user per month billed yearly', 'licence 99 (89 to 109) CNY per user per month billed yearly')
        .replace('covers QuoteFollowUp 90%,', 'covers QuoteFollowUp 90% (80% to 95%),')
        .replace('licence 25 USD per user per month billed monthly', 'licence 25 (22 to 30) USD per user per month billed monthly')
        .replace('4 hours per user at 150 per hour once in 2027-07', '4 (3 to 6) hours per user at 150 (120 to 180) per hour once in 2027-07');

    const inputsTable = (report: string, heading: string) => tables(report.slice(report.indexOf(heading)))[0].map(row => row.map(cell => cell.text));

    it('lists every ranged value with low, likely and high in its unit, and the distribution it is drawn from', async () => {
        const { report } = await loadPlanText(ALL_KINDS);
        const pert = 'Beta-PERT (λ = 4)';
        expect(inputsTable(report('en'), '### Simulated values')).toEqual([
            ['Value', 'Low', 'Likely', 'High', 'Distribution'],
            ['Discount rate', '6% per year', '8% per year', '10% per year', pert],
            ['Exchange rate USD/CNY', '6.9 CNY per USD', '7.1 CNY per USD', '7.3 CNY per USD', pert],
            ['Users of Sales', '30 users', '36 users', '40 users', pert],
            ['Effort of Reminders to follow up every open quote', '4 person-weeks', '5 person-weeks', '8 person-weeks', pert],
            ['Coverage of Reminders to follow up every open quote by 云客 CRM', '80%', '90%', '95%', pert],
            ['Licence: 云客 CRM 标准版', '¥89.00 per user per month', '¥99.00 per user per month', '¥109.00 per user per month', pert],
            ['Licence: Beacon CRM Growth', '$22.00 per user per month', '$25.00 per user per month', '$30.00 per user per month', pert],
            ['Training for sales and service: hours', '3 hours per user once', '4 hours per user once', '6 hours per user once', pert],
            ['Training for sales and service: hourly rate', '¥120.00 per hour', '¥150.00 per hour', '¥180.00 per hour', pert],
            ['Fewer quotes lost to silence', '¥16,000.00 per month', '¥24,000.00 per month', '¥32,000.00 per month', pert]
        ]);
        const zh = inputsTable(report('zh-CN'), '### 模拟的数值');
        expect(zh[0]).toEqual(['数值', '下限', '最可能值', '上限', '分布']);
        expect(zh.slice(1).map(row => row[2])).toEqual([
            '8%/年', '1 USD = 7.1 CNY', '36 人', '5 人周', '90%', '¥99.00/人/月', '25.00 美元/人/月', '4 小时/人（一次性）', '¥150.00/小时', '¥24,000.00/月'
        ]);
        expect(zh[1][0]).toBe('折现率');
        expect(zh[6][0]).toBe('许可费：云客 CRM 标准版');
    });

    it('marks a range of zero width as not drawn', async () => {
        const { report } = await loadPlanText(MANUFACTURER.replace('rate USD 7.10 (6.90 to 7.30) CNY', 'rate USD 7.10 (7.10 to 7.10) CNY'));
        expect(inputsTable(report('en'), '### Simulated values')[1]).toEqual(['Exchange rate USD/CNY', '7.1 CNY per USD', '7.1 CNY per USD', '7.1 CNY per USD', 'none: the range has no width']);
    });
});
