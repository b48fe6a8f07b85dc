/**
 * Semantic tokens of scenario targets: `Zoho.Enterprise.licence` highlights the
 * vendor and the edition as vendors are highlighted, `MoreDeals 70%` the item as
 * costs and benefits are, `effort Pipeline ...` the requirement, `covers Zoho.Enterprise
 * Pipeline 70%` the vendor, edition and requirement, `score Zoho Usability 6` the vendor
 * and the criterion (as a vendor's own `score` lines do).
 */
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../helpers/workspace.js';

const PLAN = `plan "Tokens" {
    currency CNY
    start 2027-01
    horizon 12 months
}

goal Growth weight 100%

criterion Usability weight 100%

requirement Pipeline {
    impact Growth 5
    must
}

vendor Zoho {
    edition Enterprise {
        licence 30 per month
    }
    covers Pipeline 80%
    score Usability 5
}

benefit MoreDeals {
    revenue
    from Pipeline
    1000 per month
}

scenario S {
    Zoho.Enterprise.licence 110%
    MoreDeals 70%
    effort Pipeline 3 person-weeks
    covers Zoho.Enterprise Pipeline 70%
    score Zoho Usability 6
}
`;

describe('semantic tokens in scenarios', () => {
    it('type the vendor, edition, item, requirement and criterion a scenario names', async () => {
        const workspace = await checkFiles({ 'plan.crmplan': PLAN });
        const document = workspace.document('plan.crmplan');
        const provider = workspace.services.lsp.SemanticTokenProvider!;
        const tokens = await provider.semanticHighlight(document, { textDocument: { uri: document.textDocument.uri } });
        const legend = Object.fromEntries(Object.entries(provider.tokenTypes).map(([name, index]) => [index, name]));
        // Decode the relative positions: five integers per token.
        const decoded: string[] = [];
        let line = 0;
        let character = 0;
        for (let i = 0; i < tokens.data.length; i += 5) {
            const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4);
            line += deltaLine;
            character = deltaLine === 0 ? character + deltaStart : deltaStart;
            const text = document.textDocument.getText({ start: { line, character }, end: { line, character: character + length } });
            decoded.push(`${line + 1}:${text}:${legend[type]}`);
        }
        const scenarioLine = PLAN.split('\n').findIndex(l => l.includes('Zoho.Enterprise.licence')) + 1;
        const inScenario = decoded.filter(t => Number(t.split(':')[0]) >= scenarioLine);
        expect(inScenario).toEqual([
            `${scenarioLine}:Zoho:class`,
            `${scenarioLine}:Enterprise:class`,
            `${scenarioLine + 1}:MoreDeals:variable`,
            `${scenarioLine + 2}:Pipeline:interface`,
            `${scenarioLine + 3}:Zoho:class`,
            `${scenarioLine + 3}:Enterprise:class`,
            `${scenarioLine + 3}:Pipeline:interface`,
            `${scenarioLine + 4}:Zoho:class`,
            `${scenarioLine + 4}:Usability:enumMember`
        ]);
    });
});
