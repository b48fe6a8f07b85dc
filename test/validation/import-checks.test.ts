import { describe, expect, it } from 'vitest';
import { checkFiles, lineOf, minimalPlan, withCode } from '../helpers/workspace.js';

const CATALOGUE = 'department Sales "Sales" { users 40 }\n';

describe('CRM011 missing imports', () => {
    it('reports an import of a file that does not exist, on its path', async () => {
        const plan = minimalPlan('import "catalog/missing.crmplan"\n');
        const workspace = await checkFiles({ 'plan.crmplan': plan });
        expect(withCode(workspace.diagnostics('plan.crmplan'), 'CRM011'))
            .toMatchObject([{ line: lineOf(plan, 'import'), text: '"catalog/missing.crmplan"', severity: 'error' }]);
    });

    it('does not fire when the imported file exists', async () => {
        const workspace = await checkFiles({ 'plan.crmplan': minimalPlan('import "catalog/org.crmplan"\n'), 'catalog/org.crmplan': CATALOGUE });
        expect(workspace.diagnostics('plan.crmplan')).toEqual([]);
    });

    it('reports an empty import path', async () => {
        const workspace = await checkFiles({ 'plan.crmplan': minimalPlan('import ""\n') });
        expect(workspace.codes('plan.crmplan')).toEqual(['CRM011']);
    });
});

describe('CRM012 import cycles', () => {
    it('reports imports that lead back to the importing file, with the chain', async () => {
        const a = 'import "b.crmplan"\ndepartment A { users 1 }\n';
        const b = 'import "a.crmplan"\ndepartment B { users 1 }\n';
        const workspace = await checkFiles({ 'a.crmplan': a, 'b.crmplan': b });
        const errors = withCode(workspace.diagnostics('a.crmplan'), 'CRM012');
        expect(errors).toMatchObject([{ line: 1, text: '"b.crmplan"' }]);
        expect(errors[0].message).toContain('a.crmplan → b.crmplan → a.crmplan');
        expect(workspace.codes('b.crmplan')).toEqual(['CRM012']);
        // Two catalogues: a cycle, not "a catalogue must not import the plans that use it".
        expect(errors[0].message).toBe('Import cycle: a.crmplan → b.crmplan → a.crmplan. '
            + 'Files must not import each other: move what they share into a catalogue that imports none of them.');
    });

    it('calls a file that imports itself a cycle, plan or catalogue', async () => {
        for (const text of ['import "self.crmplan"\ndepartment A { users 1 }\n', minimalPlan('import "self.crmplan"\n')]) {
            const workspace = await checkFiles({ 'self.crmplan': text });
            expect(workspace.diagnostics('self.crmplan')).toMatchObject([
                { code: 'CRM012', message: 'Import cycle: self.crmplan imports itself. Remove this import.' }
            ]);
        }
    });

    it('does not fire for two files importing the same catalogue (a diamond)', async () => {
        const workspace = await checkFiles({
            'plan.crmplan': minimalPlan('import "x.crmplan"\nimport "y.crmplan"\n'),
            'x.crmplan': 'import "org.crmplan"\n',
            'y.crmplan': 'import "org.crmplan"\n',
            'org.crmplan': CATALOGUE
        });
        expect(workspace.diagnostics('plan.crmplan')).toEqual([]);
    });
});

describe('CRM013 imports outside the repository', () => {
    it('reports an import that leaves the repository', async () => {
        const plan = minimalPlan('import "../shared/org.crmplan"\n');
        const workspace = await checkFiles({ 'plan.crmplan': plan }, { onDiskOnly: { '../shared/org.crmplan': CATALOGUE } });
        const errors = withCode(workspace.diagnostics('plan.crmplan'), 'CRM013');
        expect(errors).toMatchObject([{ line: lineOf(plan, 'import'), text: '"../shared/org.crmplan"' }]);
        expect(errors[0].message).toContain(workspace.folder);
    });

    it('allows going up a folder while staying inside the repository', async () => {
        const workspace = await checkFiles({
            'plans/plan.crmplan': minimalPlan('import "../catalog/org.crmplan"\n'),
            'catalog/org.crmplan': CATALOGUE
        });
        expect(workspace.diagnostics('plans/plan.crmplan')).toEqual([]);
    });

    it('takes the importing file\'s folder as the repository when there is no .git', async () => {
        const workspace = await checkFiles({
            'plans/plan.crmplan': minimalPlan('import "../catalog/org.crmplan"\n'),
            'catalog/org.crmplan': CATALOGUE
        }, { git: false });
        expect(workspace.codes('plans/plan.crmplan')).toEqual(['CRM013']);
    });
});
