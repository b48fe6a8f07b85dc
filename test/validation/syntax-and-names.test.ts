import { describe, expect, it } from 'vitest';
import { checkFiles, checkText, lineOf, minimalPlan, withCode } from '../helpers/workspace.js';

describe('CRM000 syntax errors', () => {
    it('reports a statement the grammar does not know, with a readable message', async () => {
        const source = minimalPlan(`requirement Pipeline "Pipeline" {\n    priority high\n    must\n}\n`);
        const all = await checkText(source);
        const errors = withCode(all, 'CRM000');
        // One mistake, one diagnostic: the line is skipped and the rest of the requirement read on.
        expect(all).toHaveLength(1);
        expect(errors[0].line).toBe(lineOf(source, 'priority high'));
        // Says in words what may start a line there, not as a list of token paths.
        expect(errors[0].message).toBe('`priority` is not a keyword here, so the line (or block) it starts was skipped: '
            + 'a line here starts with `asked`, `evidence`, `impact`, `effort`, `must`, `should`, `could`, `wont`, `needs`.');
        expect(errors[0].message).not.toMatch(/\[|-->|one of these possible Token sequences/);
    });

    it('does not fire on the same requirement written correctly', async () => {
        const source = minimalPlan(`requirement Pipeline "Pipeline" {\n    must\n}\n`);
        expect(withCode(await checkText(source), 'CRM000')).toEqual([]);
    });

    it('gives the Chinese message with the same code', async () => {
        const source = minimalPlan(`requirement Pipeline "Pipeline" {\n    priority high\n}\n`);
        const errors = withCode(await checkText(source, { locale: 'zh-CN' }), 'CRM000');
        expect(errors.length).toBeGreaterThan(0);
        expect(errors[0].message).toMatch(/^语法错误：`priority` 在此处不是关键字，因此跳过了它开头的行（或块）：/);
    });
});

describe('CRM001 unresolved names', () => {
    it('reports a reference to an undeclared goal, on the name', async () => {
        const source = minimalPlan(`requirement Pipeline "Pipeline" {\n    impact Revenue 5\n    must\n}\n`);
        const errors = withCode(await checkText(source), 'CRM001');
        expect(errors).toMatchObject([{ line: lineOf(source, 'impact Revenue'), text: 'Revenue', severity: 'error' }]);
        expect(errors[0].message).toContain("Unknown goal 'Revenue'");
    });

    it('resolves the same reference to a declared goal', async () => {
        const source = minimalPlan(`requirement Pipeline "Pipeline" {\n    impact Growth 5\n    must\n}\n`);
        expect(await checkText(source)).toEqual([]);
    });

    it('does not see names of a file that is not imported', async () => {
        const workspace = await checkFiles({
            'a.crmplan': minimalPlan(`requirement Pipeline {\n    impact Shared 5\n}\n`),
            'goals.crmplan': 'goal Shared "Shared" weight 0%\n'
        });
        expect(workspace.codes('a.crmplan')).toContain('CRM001');
    });
});

describe('CRM002 duplicate names', () => {
    it('reports a second declaration of the same kind and name in one file, on the second', async () => {
        const source = minimalPlan('department Sales "Sales" { users 4 }\ndepartment Sales "Sales again" { users 5 }\n');
        const errors = withCode(await checkText(source), 'CRM002');
        expect(errors).toMatchObject([{ line: lineOf(source, '"Sales again"'), text: 'Sales' }]);
        expect(errors[0].message).toContain(`on line ${lineOf(source, 'department Sales')}`);
    });

    it('allows the same name for declarations of different kinds', async () => {
        const source = minimalPlan('department Sales "Sales" { users 4 }\nrequirement Sales {\n    asked by Sales\n}\n');
        expect(withCode(await checkText(source), 'CRM002')).toEqual([]);
    });

    it('reports a name declared both in the plan and in a file it imports, on the plan\'s declaration', async () => {
        const plan = minimalPlan('import "catalog/departments.crmplan"\ndepartment Sales "Sales" { users 4 }\n');
        const workspace = await checkFiles({
            'plan.crmplan': plan,
            'catalog/departments.crmplan': 'department Sales "Sales" { users 40 }\n'
        });
        const errors = withCode(workspace.diagnostics('plan.crmplan'), 'CRM002');
        expect(errors).toMatchObject([{ line: lineOf(plan, 'department Sales'), text: 'Sales' }]);
        expect(errors[0].message).toContain('departments.crmplan');
        // The catalogue on its own has no duplicate.
        expect(workspace.diagnostics('catalog/departments.crmplan')).toEqual([]);
    });

    it('reports a name that two imported catalogues both declare, once, on the import of the second', async () => {
        const plan = minimalPlan('import "catalog/a.crmplan"\nimport "catalog/b.crmplan"\n');
        const workspace = await checkFiles({
            'plan.crmplan': plan,
            'catalog/a.crmplan': 'department Sales "Sales" { users 4 }\n',
            'catalog/b.crmplan': '\ndepartment Sales "Sales too" { users 5 }\n'
        });
        const errors = withCode(workspace.diagnostics('plan.crmplan'), 'CRM002');
        expect(errors).toMatchObject([{ line: lineOf(plan, 'import "catalog/b.crmplan"'), text: '"catalog/b.crmplan"' }]);
        expect(errors[0].message).toBe(
            "Duplicate department 'Sales': a.crmplan (line 1) and b.crmplan (line 2) both declare it, and this file imports both. Rename or remove one.");
        expect(workspace.diagnostics('catalog/a.crmplan')).toEqual([]);
        expect(workspace.diagnostics('catalog/b.crmplan')).toEqual([]);
    });

    it('leaves a duplicate between imported files to the file that imports both', async () => {
        // b imports a and reports the duplicate itself; the plan, importing b only, does not repeat it.
        const workspace = await checkFiles({
            'plan.crmplan': minimalPlan('import "catalog/b.crmplan"\n'),
            'catalog/a.crmplan': 'department Sales "Sales" { users 4 }\n',
            'catalog/b.crmplan': 'import "a.crmplan"\ndepartment Sales "Sales too" { users 5 }\n'
        });
        expect(withCode(workspace.diagnostics('catalog/b.crmplan'), 'CRM002')).toHaveLength(1);
        expect(withCode(workspace.diagnostics('plan.crmplan'), 'CRM002')).toEqual([]);
    });

    it('lets two plans in one folder repeat names without colliding', async () => {
        const workspace = await checkFiles({
            'a.crmplan': minimalPlan('department Sales "Sales" { users 4 }\n'),
            'b.crmplan': minimalPlan('department Sales "Sales" { users 5 }\n')
        });
        expect(workspace.diagnostics('a.crmplan')).toEqual([]);
        expect(workspace.diagnostics('b.crmplan')).toEqual([]);
    });
});

describe('names', () => {
    it('resolves Chinese names', async () => {
        const source = minimalPlan([
            'department 销售部 "销售部" { users 40 }',
            'requirement 客户分类 "客户分类" {',
            '    asked by 销售部',
            '    could',
            '}',
            'requirement 线索跟进 "线索跟进" {',
            '    asked by 销售部',
            '    could',
            '    needs 客户分类',
            '}',
            ''
        ].join('\n'));
        const workspace = await checkFiles({ 'plan.crmplan': source });
        expect(workspace.diagnostics('plan.crmplan')).toEqual([]);
        const requirement = workspace.document('plan.crmplan').parseResult.value.requirements[1];
        const needs = requirement.statements.find(statement => statement.$type === 'Needs');
        expect(needs?.$type === 'Needs' && needs.requirements[0].ref?.name).toBe('客户分类');
    });

    it('reports an unknown Chinese name as unresolved', async () => {
        const source = minimalPlan('requirement 线索跟进 {\n    needs 客户分群\n}\n');
        expect(withCode(await checkText(source), 'CRM001')).toMatchObject([{ text: '客户分群' }]);
    });

    it('accepts keywords that are ordinary words as names, and names that start with a keyword', async () => {
        const source = [
            'plan "Keywords" {',
            '    currency CNY',
            '    start 2027-01',
            '    horizon 12 months',
            '}',
            'goal revenue "Revenue" weight 100%',
            'requirement income "Income" {',
            '    impact revenue 8',
            '    must',
            '}',
            'requirement after "After" {',
            '    impact revenue 2',
            '    should',
            '    needs income',
            '}',
            'phase once "Once" {',
            '    start 2027-01',
            '    duration 1 month',
            '    delivers income, after',
            '}',
            'benefit savings "Savings" {',
            '    savings',
            '    from income',
            '    100 per month',
            '}',
            ''
        ].join('\n');
        const workspace = await checkFiles({ 'plan.crmplan': source });
        expect(workspace.diagnostics('plan.crmplan')).toEqual([]);
        const root = workspace.document('plan.crmplan').parseResult.value;
        expect(root.goals[0].name).toBe('revenue');
        expect(root.requirements.map(requirement => requirement.name)).toEqual(['income', 'after']);
        expect(root.benefits[0].name).toBe('savings');
    });
});
