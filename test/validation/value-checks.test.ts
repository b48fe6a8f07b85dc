import { describe, expect, it } from 'vitest';
import { checkText, lineOf, minimalPlan, withCode } from '../helpers/workspace.js';

/** The diagnostics of `code` for the minimal plan followed by `declarations`. */
async function found(code: string, declarations: string) {
    const source = minimalPlan(declarations);
    return { source, diagnostics: withCode(await checkText(source), code) };
}

describe('CRM004 impact outside 0–10', () => {
    it('reports an impact above 10, on the score', async () => {
        const { source, diagnostics } = await found('CRM004', 'requirement Pipeline {\n    impact Growth 11\n    should\n}\n');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'impact Growth'), text: '11', severity: 'error' }]);
        expect(diagnostics[0].message).toBe("Impact of 'Pipeline' on 'Growth' is 11: impacts run from 0 to 10.");
    });

    it('reports a negative impact', async () => {
        const { diagnostics } = await found('CRM004', 'requirement Pipeline {\n    impact Growth -1\n}\n');
        expect(diagnostics).toMatchObject([{ text: '-1' }]);
    });

    it('accepts 0 and 10', async () => {
        const { diagnostics } = await found('CRM004', 'goal Other weight 0%\nrequirement Pipeline {\n    impact Growth 10, Other 0\n}\n');
        expect(diagnostics).toEqual([]);
    });
});

describe('CRM005 shares and weights outside 0–100%', () => {
    it('reports a goal weight above 100%, on the weight', async () => {
        const { source, diagnostics } = await found('CRM005', 'goal Other "Other" weight 101%\n');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'goal Other'), text: '101' }]);
        expect(diagnostics[0].message).toBe("The weight of goal 'Other' is 101%: a share must lie between 0% and 100%.");
    });

    it('reports a negative criterion weight', async () => {
        const { diagnostics } = await found('CRM005', 'criterion Fit weight -10% measured by coverage\n');
        expect(diagnostics).toMatchObject([{ text: '-10' }]);
    });

    it('reports a covers share above 100%, and the end of its range', async () => {
        const { source, diagnostics } = await found('CRM005', [
            'requirement Pipeline {\n    could\n}',
            'vendor Zoho {\n    covers Pipeline 120%\n    covers Pipeline 90% (80% to 105%)\n}\n'
        ].join('\n'));
        expect(diagnostics).toMatchObject([
            { line: lineOf(source, 'covers Pipeline 120%'), text: '120' },
            { line: lineOf(source, 'covers Pipeline 90%'), text: '105' }
        ]);
        expect(diagnostics[0].message).toContain("Coverage of 'Pipeline' by vendor 'Zoho' is 120%");
        expect(diagnostics[1].message).toContain('(high end) is 105%');
    });

    it('reports a discount rate above 100% and a licence increase above 100%', async () => {
        const source = minimalPlan('vendor Zoho {\n    edition Pro {\n        licence 10 per month increase 120% per year\n    }\n}\n')
            .replace('horizon 12 months', 'horizon 12 months\n    discount 150% per year');
        const diagnostics = withCode(await checkText(source), 'CRM005');
        expect(diagnostics).toMatchObject([
            { line: lineOf(source, 'discount'), text: '150' },
            { line: lineOf(source, 'licence'), text: '120' }
        ]);
        expect(diagnostics[1].message).toContain("edition 'Zoho.Pro'");
    });

    it('accepts 0% and 100%, and leaves KPI percentages alone', async () => {
        const { diagnostics } = await found('CRM005', [
            'requirement Pipeline {\n    could\n}',
            'vendor Zoho {\n    covers Pipeline 100% (0% to 100%)\n}',
            'kpi Margin {\n    baseline 150%\n    target 250%\n}\n'
        ].join('\n'));
        expect(diagnostics).toEqual([]);
    });
});

describe('CRM006 negative values', () => {
    it('reports a negative amount, on the number', async () => {
        const { source, diagnostics } = await found('CRM006', 'cost Refund {\n    direct\n    -500 once\n}\n');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, '-500'), text: '-500', severity: 'error' }]);
        expect(diagnostics[0].message).toBe("The amount of cost 'Refund' is negative (-500): write the amount as a positive number.");
    });

    it('reports negative users, effort, hours, hourly rate, licence price, minimum, capacity and rate', async () => {
        const source = minimalPlan([
            'rate USD -7 CNY',
            'department Sales { users -4 }',
            'requirement Pipeline {\n    effort -2 person-weeks\n}',
            'cost Training {\n    -6 hours per user at -120 per hour once\n}',
            'vendor Zoho {\n    edition Pro {\n        licence -10 per month minimum -5 users\n    }\n}\n'
        ].join('\n')).replace('horizon 12 months', 'horizon 12 months\n    capacity -3 person-weeks');
        const diagnostics = withCode(await checkText(source), 'CRM006');
        expect(diagnostics.map(d => d.text)).toEqual(['-3', '-7', '-4', '-2', '-6', '-120', '-10', '-5']);
        expect(diagnostics.map(d => d.message.split(' is negative')[0])).toEqual([
            'The capacity', 'The rate USD to CNY', "The number of users of department 'Sales'", "The effort of requirement 'Pipeline'",
            "The hours of cost 'Training'", "The hourly rate of cost 'Training'", "The licence price of edition 'Zoho.Pro'",
            "The minimum users of edition 'Zoho.Pro'"
        ]);
    });

    it('reports a negative low end of a range', async () => {
        const { diagnostics } = await found('CRM006', 'cost Maintenance {\n    100 (-20 to 150) per month\n}\n');
        expect(diagnostics).toMatchObject([{ text: '-20' }]);
        expect(diagnostics[0].message).toContain('(low end)');
    });

    it('accepts zero and positive values', async () => {
        const { diagnostics } = await found('CRM006', 'department Sales { users 0 }\ncost Maintenance {\n    0 (0 to 150) per month\n}\n');
        expect(diagnostics).toEqual([]);
    });
});

describe('CRM007 ranges around their likely value', () => {
    it('reports a likely value above the range, on the high end', async () => {
        const { source, diagnostics } = await found('CRM007', 'cost Maintenance {\n    30000 (20000 to 25000) per month\n}\n');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, '30000'), text: '25000', severity: 'error' }]);
        expect(diagnostics[0].message).toContain('The likely value 30000 lies outside its range (20000 to 25000)');
    });

    it('reports a likely value below the range on quantities and shares, on the low end', async () => {
        const { diagnostics } = await found('CRM007', [
            'department Sales { users 40 (45 to 50) }',
            'requirement Pipeline {\n    could\n}',
            'vendor Zoho {\n    covers Pipeline 50% (60% to 70%)\n}\n'
        ].join('\n'));
        expect(diagnostics.map(d => d.text)).toEqual(['45', '60']);
        expect(diagnostics[1].message).toContain('50% lies outside its range (60% to 70%)');
    });

    it('reports a range whose ends are swapped', async () => {
        const { diagnostics } = await found('CRM007', 'rate USD 7.10 (7.40 to 6.80) CNY\n');
        expect(diagnostics).toHaveLength(1);
    });

    it('accepts a likely value on either end of its range', async () => {
        const { diagnostics } = await found('CRM007', 'rate USD 7.10 (6.80 to 7.10) CNY\ndepartment Sales { users 40 (40 to 45) }\n');
        expect(diagnostics).toEqual([]);
    });
});

describe('CRM019 whole months', () => {
    it('reports a fractional horizon, on the number', async () => {
        const source = minimalPlan().replace('horizon 12 months', 'horizon 12.5 months');
        expect(withCode(await checkText(source), 'CRM019')).toMatchObject([{ line: lineOf(source, 'horizon'), text: '12.5' }]);
    });

    it('reports a zero horizon, duration and ramp', async () => {
        const source = minimalPlan([
            'phase Setup {\n    start 2027-01\n    duration 0 months\n}',
            'benefit Time {\n    100 per month\n    ramp 0 months\n}\n'
        ].join('\n')).replace('horizon 12 months', 'horizon 0 months');
        const diagnostics = withCode(await checkText(source), 'CRM019');
        expect(diagnostics.map(d => [d.line, d.text])).toEqual([
            [lineOf(source, 'horizon'), '0'], [lineOf(source, 'duration'), '0'], [lineOf(source, 'ramp'), '0']
        ]);
        expect(diagnostics[1].message).toBe("The duration of phase 'Setup' must be a whole number of months of at least 1 (found 0).");
    });

    it('reports a negative duration as CRM019 only', async () => {
        const source = minimalPlan('phase Setup {\n    start 2027-01\n    duration -2 months\n}\n');
        expect((await checkText(source)).map(d => d.code)).toEqual(['CRM019']);
    });

    it('accepts one month and whole numbers written with a decimal point', async () => {
        const source = minimalPlan('phase Setup {\n    start 2027-01\n    duration 1 month\n}\nbenefit Time {\n    100 per month\n    ramp 3.0 months\n}\n');
        expect(withCode(await checkText(source), 'CRM019')).toEqual([]);
    });
});

describe('CRM022 scores outside 0–10', () => {
    it('reports a score above 10, on the score', async () => {
        const { source, diagnostics } = await found('CRM022', 'criterion Usability weight 100%\nvendor Zoho {\n    score Usability 12\n}\n');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'score'), text: '12' }]);
        expect(diagnostics[0].message).toBe("Score of 'Zoho' on 'Usability' is 12: scores run from 0 to 10.");
    });

    it('accepts 0 and 10', async () => {
        const { diagnostics } = await found('CRM022', 'criterion A weight 50%\ncriterion B weight 50%\nvendor Zoho {\n    score A 0, B 10\n}\n');
        expect(diagnostics).toEqual([]);
    });
});

describe('CRM023 zero exchange rates', () => {
    it('reports a rate of zero, on the number', async () => {
        const { source, diagnostics } = await found('CRM023', 'rate USD 0 CNY\n');
        expect(diagnostics).toMatchObject([{ line: lineOf(source, 'rate'), text: '0', severity: 'error' }]);
    });

    it('reports a zero end of a rate range', async () => {
        const { diagnostics } = await found('CRM023', 'rate CNY 0.14 (0 to 0.15) USD\n');
        expect(diagnostics).toMatchObject([{ text: '0' }]);
    });

    it('accepts a small positive rate', async () => {
        const { diagnostics } = await found('CRM023', 'rate JPY 0.047 CNY\n');
        expect(diagnostics).toEqual([]);
    });
});

describe('messages in Chinese', () => {
    it('describe the offending value in Chinese too', async () => {
        const source = minimalPlan('department 销售部 { users -4 }\nrequirement 线索 {\n    impact Growth 12\n}\nvendor Zoho {\n    covers 线索 120%\n}\n');
        const diagnostics = await checkText(source, { locale: 'zh-CN' });
        expect(diagnostics.map(d => [d.code, d.message])).toEqual([
            ['CRM006', '部门“销售部”的用户数为负数（-4）：请写成正数。'],
            ['CRM004', '“线索”对“Growth”的影响为 12：影响取值为 0 到 10。'],
            ['CRM005', '供应商“Zoho”对“线索”的覆盖率为 120%：比例必须在 0% 到 100% 之间。']
        ]);
    });
});
