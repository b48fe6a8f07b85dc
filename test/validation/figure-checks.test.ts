import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText, withCode } from '../helpers/workspace.js';

const REFERENCE = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');

describe('checks that read the figures', () => {
    it('CRM112: notes a chosen option that is not the one with the highest NPV', async () => {
        const diagnostics = await checkText(REFERENCE.replace('choose Fxiaoke', 'choose Zoho'));
        const notes = withCode(diagnostics, 'CRM112');
        expect(notes).toHaveLength(1);
        expect(notes[0]).toMatchObject({ severity: 'info', line: 10, text: 'Zoho' });
        expect(notes[0].message).toContain('Fxiaoke.Professional');
    });

    it('CRM112: stays silent when the chosen option leads', async () => {
        expect(withCode(await checkText(REFERENCE), 'CRM112')).toEqual([]);
    });

    it('CRM111: warns about an option that costs nothing (ROI undefined)', async () => {
        const free = REFERENCE.replace(
            'vendor Zoho "Zoho CRM" {',
            'vendor Free "Free CRM" {\n    covers LeadFollowUp 50%\n    score Usability 5, Localisation 5\n}\n\nvendor Zoho "Zoho CRM" {'
        ).replace(/cost (DataImport|Customization|Training|Maintenance) "[^"]*" \{[^}]*\}/g, '');
        const warnings = withCode(await checkText(free), 'CRM111');
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toMatchObject({ severity: 'warning', text: 'Free' });
    });

    it('CRM111: stays silent when every option has costs', async () => {
        expect(withCode(await checkText(REFERENCE), 'CRM111')).toEqual([]);
    });

    it('reads no figures from a plan with errors', async () => {
        const diagnostics = await checkText(REFERENCE.replace('choose Fxiaoke', 'choose Zoho').replace('impact SalesEfficiency 9', 'impact Nowhere 9'));
        expect(withCode(diagnostics, 'CRM001')).toHaveLength(1);
        expect(withCode(diagnostics, 'CRM112')).toEqual([]);
    });
});
