import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../helpers/workspace.js';

const ACME = readFileSync(new URL('../fixtures/acme-sales-automation.crmplan', import.meta.url), 'utf8');
const RANGED = ACME
    .replace('    30000 per month\n', '    30000 (20000 to 36000) per month\n')
    .replace('    80000 once in 2027-02\n', '    80000 (60000 to 120000) once in 2027-02\n');

async function open(text: string) {
    const workspace = await checkFiles({ 'plan.crmplan': text });
    const document = workspace.document('plan.crmplan');
    expect(workspace.diagnostics('plan.crmplan').filter(d => d.severity === 'error')).toEqual([]);
    return { workspace, document };
}

async function hoverOn(text: string, snippet: string): Promise<string> {
    const { workspace, document } = await open(text);
    const hover = await workspace.services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(text.indexOf(snippet) + 1)
    });
    return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
}

describe('uncertainty in the editor', () => {
    it('hover on a ranged benefit shows its swing and first place in the tornado', async () => {
        const hover = await hoverOn(RANGED, 'MoreDeals "');
        expect(hover).toMatch(/Sensitivity of 纷享销客 专业版: `MoreDeals` swings NPV by ¥[\d,]+\.\d\d \(¥[\d,.]+ at its low end, ¥[\d,.]+ at its high end\), #1 of 2 in the tornado/);
    });

    it('hover on a ranged cost shows second place', async () => {
        expect(await hoverOn(RANGED, 'Customization "')).toMatch(/`Customization` swings NPV by ¥[\d,.]+ .*#2 of 2 in the tornado/);
    });

    it('no tornado line for a plan without ranges, or for an item without a range', async () => {
        expect(await hoverOn(ACME, 'MoreDeals "')).not.toContain('Sensitivity');
        expect(await hoverOn(RANGED, 'Maintenance "')).not.toContain('Sensitivity');
    });

    it('the plan lens shows the P10–P90 band of the NPV, low below high', async () => {
        const { workspace, document } = await open(RANGED);
        const lenses = await workspace.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        const band = (lenses ?? []).map(lens => lens.command?.title ?? '').find(title => title.includes('P10–P90'));
        expect(band).toBeDefined();
        const [p10, p90] = [...band!.matchAll(/¥([\d,]+\.\d\d)/g)].map(m => Number(m[1].replace(/,/g, '')));
        expect(band).toMatch(/^纷享销客 专业版 \(chosen, recommended\): NPV P10–P90 ¥/);
        expect(p10).toBeLessThan(449_553.71);
        expect(p90).toBeGreaterThan(449_553.71);
        const plain = await open(ACME);
        const none = await plain.workspace.services.lsp.CodeLensProvider!.provideCodeLens(plain.document, { textDocument: { uri: plain.document.uri.toString() } });
        expect((none ?? []).some(lens => lens.command?.title.includes('P10'))).toBe(false);
    });
});
