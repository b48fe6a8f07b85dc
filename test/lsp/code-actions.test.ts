/**
 * Quick fixes: each one, applied, makes its diagnostic go away, and writes
 * exactly the text we expect.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import {
    CodeActionRequest, CompletionRequest, DidOpenTextDocumentNotification, DocumentFormattingRequest, type InitializeResult
} from 'vscode-languageserver-protocol/node';
import { Decimal } from 'decimal.js';
import { rescaleTo100 } from '../../language-server/lsp/code-action-provider.js';
import { fileUri, LspClient } from '../helpers/lsp-client.js';
import { checkFiles } from '../helpers/workspace.js';

interface Fixed {
    /** The title of the one quick fix offered. */
    readonly title: string;
    /** The text of the file after applying it. */
    readonly text: string;
    /** The diagnostic codes of the file before and after. */
    readonly before: string[];
    readonly after: string[];
}

/**
 * Checks `files`, asks for the quick fixes of the first diagnostic `code` in
 * `path`, expects exactly one, applies it and checks the files again.
 */
async function applyFix(files: Record<string, string>, code: string, path = 'plan.crmplan'): Promise<Fixed> {
    const workspace = await checkFiles(files);
    const document = workspace.document(path);
    const diagnostic = (document.diagnostics ?? []).find(d => d.code === code);
    expect(diagnostic, `no ${code} in ${workspace.codes(path).join(', ')}`).toBeDefined();
    const uri = document.textDocument.uri;
    const actions = await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri },
        range: diagnostic!.range,
        context: { diagnostics: [diagnostic!] }
    }) ?? [];
    expect(actions).toHaveLength(1);
    const action = actions[0] as CodeAction;
    expect(action.kind).toBe('quickfix');
    expect(action.diagnostics).toEqual([diagnostic]);
    const edits = action.edit?.changes?.[uri];
    expect(edits?.length).toBeGreaterThan(0);
    const text = TextDocument.applyEdits(document.textDocument, edits!);
    const again = await checkFiles({ ...files, [path]: text });
    return { title: action.title, text, before: workspace.codes(path), after: again.codes(path) };
}

async function actionsFor(files: Record<string, string>, code: string, path = 'plan.crmplan') {
    const workspace = await checkFiles(files);
    const document = workspace.document(path);
    const diagnostic = (document.diagnostics ?? []).find(d => d.code === code)!;
    expect(diagnostic).toBeDefined();
    return await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] }
    }) ?? [];
}

const HEADER = `plan "Fixes" {
    currency CNY
    start 2027-01
    horizon 12 months
}
`;

describe('CRM003: declare a missing rate', () => {
    it('inserts the rate after the plan header, with a zero to fill in instead of a made-up rate', async () => {
        const plan = `${HEADER}
goal Growth weight 100%

cost Licence {
    direct
    100 USD per month
}
`;
        const fixed = await applyFix({ 'plan.crmplan': plan }, 'CRM003');
        expect(fixed.title).toBe('Declare a rate from USD to CNY (value to fill in)');
        expect(fixed.text).toBe(`${HEADER}
rate USD 0 CNY  // fill in: what 1 USD is worth in CNY

goal Growth weight 100%

cost Licence {
    direct
    100 USD per month
}
`);
        expect(fixed.before).toContain('CRM003');
        expect(fixed.after).not.toContain('CRM003');
        // The zero is an error of its own until someone enters the real rate: nothing is evaluated on a guess.
        expect(fixed.after).toEqual(['CRM023']);
    });

    it('groups the new rate with the rates already declared', async () => {
        const plan = `${HEADER}
rate EUR 7.80 CNY   // finance

goal Growth weight 100%

cost Licence {
    direct
    100 USD per month
}
`;
        const fixed = await applyFix({ 'plan.crmplan': plan }, 'CRM003');
        expect(fixed.text).toContain('rate EUR 7.80 CNY   // finance\nrate USD 0 CNY  // fill in: what 1 USD is worth in CNY\n\ngoal');
        expect(fixed.after).not.toContain('CRM003');
    });

    it('fixes a currency that an imported catalogue uses, in the plan that imports it', async () => {
        const files = {
            'plan.crmplan': `import "vendors.crmplan"\n\n${HEADER}\ngoal Growth weight 100%\n`,
            'vendors.crmplan': 'vendor Beacon {\n    edition Growth {\n        licence 25 EUR per month\n    }\n}\n'
        };
        const fixed = await applyFix(files, 'CRM003');
        expect(fixed.text).toContain('}\n\nrate EUR 0 CNY  // fill in: what 1 EUR is worth in CNY\n\ngoal Growth');
        expect(fixed.after).not.toContain('CRM003');
    });

    it('answers in Chinese when the locale is Chinese', async () => {
        const workspace = await checkFiles({ 'plan.crmplan': `${HEADER}\ncost C {\n    direct\n    5 USD once\n}\n` }, { locale: 'zh-CN' });
        const document = workspace.document('plan.crmplan');
        const diagnostic = document.diagnostics!.find(d => d.code === 'CRM003')!;
        const [action] = await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        workspace.services.i18n.Locale.current = 'en';
        expect(action.title).toBe('声明汇率 USD → CNY（需填写汇率值）');
        expect(Object.values(action.edit!.changes!)[0][0].newText).toContain('rate USD 0 CNY  // 请填写：1 USD 折合多少 CNY');
    });
});

describe('CRM001: create a missing goal or requirement', () => {
    it('appends a goal with weight 0% to the goals, which leaves the weights summing to 100%', async () => {
        const plan = `${HEADER}
goal Growth weight 60%
goal Loyalty weight 40%

requirement Quotes {
    impact Growth 8, Speed 5
    must
}
`;
        const fixed = await applyFix({ 'plan.crmplan': plan }, 'CRM001');
        expect(fixed.title).toBe("Create goal 'Speed'");
        expect(fixed.text).toContain('goal Loyalty weight 40%\ngoal Speed weight 0%\n\nrequirement Quotes');
        expect(fixed.before).toEqual(['CRM001']);
        expect(fixed.after).toEqual([]);
    });

    it('appends an empty requirement after the last requirement, with a Chinese name', async () => {
        const plan = `${HEADER}
goal 复购 weight 100%

requirement 会员积分 {
    impact 复购 9
    needs 小程序会员卡
    must
}

cost 培训 {
    indirect
    1000 once
}
`;
        const fixed = await applyFix({ 'plan.crmplan': plan }, 'CRM001');
        expect(fixed.title).toBe("Create requirement '小程序会员卡'");
        expect(fixed.text).toContain('    must\n}\n\nrequirement 小程序会员卡 {\n}\n\ncost 培训');
        expect(fixed.after).not.toContain('CRM001');
    });

    it('appends to the end of the file when there is no declaration of that kind yet', async () => {
        const plan = `${HEADER}
phase Setup {
    start 2027-01
    duration 2 months
    delivers Quotes
}`;
        const fixed = await applyFix({ 'plan.crmplan': plan }, 'CRM001');
        expect(fixed.text).toBe(`${plan}\n\nrequirement Quotes {\n}\n`);
        expect(fixed.after).not.toContain('CRM001');
    });

    it('works when the client does not send the diagnostic\'s data back', async () => {
        const plan = `${HEADER}\ngoal A weight 100%\n\nrequirement R {\n    impact A 5, Speed 3\n}\n`;
        const workspace = await checkFiles({ 'plan.crmplan': plan });
        const document = workspace.document('plan.crmplan');
        const { data: _data, ...diagnostic } = document.diagnostics!.find(d => d.code === 'CRM001')!;
        const actions = await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        expect(actions.map(action => action.title)).toEqual(["Create goal 'Speed'"]);
    });

    it('offers nothing for other kinds of names', async () => {
        const plan = `${HEADER}
goal Growth weight 100%

requirement Quotes {
    asked by Nobody
}
`;
        expect(await actionsFor({ 'plan.crmplan': plan }, 'CRM001')).toEqual([]);
    });
});

describe('CRM101 and CRM102: rescale weights to 100%', () => {
    it('rescales goal weights proportionally, rounding to two places, the remainder to the largest', async () => {
        const plan = `${HEADER}
goal A weight 50%
goal B weight 30%
goal C weight 30%
`;
        const fixed = await applyFix({ 'plan.crmplan': plan }, 'CRM101');
        expect(fixed.title).toBe('Rescale the goal weights to sum to 100%');
        // 50/110 = 45.4545 → 45.45, 30/110 = 27.2727 → 27.27 twice: 99.99, the 0.01 goes to A.
        expect(fixed.text).toContain('goal A weight 45.46%\ngoal B weight 27.27%\ngoal C weight 27.27%\n');
        expect(fixed.before).toEqual(['CRM101']);
        expect(fixed.after).toEqual([]);
    });

    it('rescales criterion weights', async () => {
        const plan = `${HEADER}
goal A weight 100%

criterion Fit weight 40% measured by coverage
criterion Cost weight 40% measured by tco
criterion Ease weight 40%
`;
        const fixed = await applyFix({ 'plan.crmplan': plan }, 'CRM102');
        expect(fixed.title).toBe('Rescale the criterion weights to sum to 100%');
        expect(fixed.text).toContain('criterion Fit weight 33.34% measured by coverage\ncriterion Cost weight 33.33% measured by tco\ncriterion Ease weight 33.33%\n');
        expect(fixed.after).not.toContain('CRM102');
    });

    it('computes exact shares that always sum to 100', () => {
        const shares = (...weights: number[]) => rescaleTo100(weights.map(w => new Decimal(w))).map(d => d.toFixed());
        expect(shares(60, 25, 15)).toEqual(['60', '25', '15']);
        expect(shares(1, 1, 1)).toEqual(['33.34', '33.33', '33.33']);
        expect(shares(1, 2)).toEqual(['33.33', '66.67']);
        expect(shares(0, 0)).toEqual(['50', '50']);
        expect(shares(10, 20, 30, 40)).toEqual(['10', '20', '30', '40']);
        for (const weights of [[7, 7, 7, 7, 7, 7], [1, 3, 3], [0.5, 0.25, 0.25, 0.01]]) {
            const total = rescaleTo100(weights.map(w => new Decimal(w))).reduce((sum, d) => sum.plus(d), new Decimal(0));
            expect(total.toFixed()).toBe('100');
        }
    });

    it('offers nothing when the weights live in an imported catalogue', async () => {
        const files = {
            'plan.crmplan': `import "goals.crmplan"\n\n${HEADER}`,
            'goals.crmplan': 'goal A weight 50%\ngoal B weight 30%\n'
        };
        expect(await actionsFor(files, 'CRM101')).toEqual([]);
    });
});

describe('CRM002: remove a duplicate declaration', () => {
    it('removes a duplicate one-line goal with its line', async () => {
        const plan = `${HEADER}
goal A weight 50%
goal B weight 50%
goal A weight 20%   // an old estimate
`;
        const fixed = await applyFix({ 'plan.crmplan': plan }, 'CRM002');
        expect(fixed.title).toBe("Remove this duplicate goal 'A'");
        expect(fixed.text).toBe(`${HEADER}\ngoal A weight 50%\ngoal B weight 50%\n`);
        expect(fixed.after).toEqual([]);
    });

    it('removes a duplicate block and one of the blank lines around it', async () => {
        const plan = `${HEADER}
goal A weight 100%

requirement Quotes {
    must
}

requirement Quotes {
    should
}

cost C {
    direct
    100 once
}
`;
        const fixed = await applyFix({ 'plan.crmplan': plan }, 'CRM002');
        expect(fixed.text).toBe(`${HEADER}
goal A weight 100%

requirement Quotes {
    must
}

cost C {
    direct
    100 once
}
`);
        expect(fixed.after).not.toContain('CRM002');
    });

    it('removes a duplicate edition inside its vendor', async () => {
        const plan = `${HEADER}
goal A weight 100%

vendor V {
    edition Pro {
        licence 10 per month
    }
    edition Pro {
        licence 20 per month
    }
}
`;
        const fixed = await applyFix({ 'plan.crmplan': plan }, 'CRM002');
        expect(fixed.text).toContain('vendor V {\n    edition Pro {\n        licence 10 per month\n    }\n}\n');
        expect(fixed.after).not.toContain('CRM002');
    });
});

it('offers no removal for a name two imported catalogues declare: the import is not the duplicate', async () => {
    const files = {
        'plan.crmplan': `${HEADER}import "a.crmplan"\nimport "b.crmplan"\n`,
        'a.crmplan': 'goal A weight 50%\n',
        'b.crmplan': 'goal A weight 50%\n'
    };
    expect(await actionsFor(files, 'CRM002')).toEqual([]);
});

it('offers nothing for diagnostics without a quick fix', async () => {
    const plan = `${HEADER}\ngoal A weight 100%\n\nrequirement R {\n    impact A 12\n}\n`;
    expect(await actionsFor({ 'plan.crmplan': plan }, 'CRM004')).toEqual([]);
});

describe('over stdio, as an editor sees them', () => {
    let client: LspClient;
    let capabilities: InitializeResult['capabilities'];
    let folder: string;

    beforeAll(async () => {
        folder = mkdtempSync(join(tmpdir(), 'crmplan-actions-'));
        mkdirSync(join(folder, '.git'));
        const started = await LspClient.start(folder);
        client = started.client;
        capabilities = started.result.capabilities;
    });

    afterAll(async () => {
        await client?.stop();
    });

    it('advertises formatting, quick fixes and completion with `.` as a trigger', () => {
        expect(capabilities.documentFormattingProvider).toBeTruthy();
        expect(capabilities.codeActionProvider).toBeTruthy();
        expect(capabilities.completionProvider?.triggerCharacters).toContain('.');
    });

    it('formats, fixes and completes an open plan', async () => {
        const uri = fileUri(join(folder, 'open.crmplan'));
        const text = `${HEADER}\ngoal   A weight 50%\ncost C {\n    direct\n    5 USD once\n}\n`;
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'crmplan', version: 1, text }
        });
        const diagnostics = await client.diagnosticsFor(uri, d => d.some(x => x.code === 'CRM003'));

        const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri }, options: { tabSize: 4, insertSpaces: true }
        }) ?? [];
        expect(TextDocument.applyEdits(TextDocument.create(uri, 'crmplan', 1, text), edits))
            .toBe(`${HEADER}\ngoal A weight 50%\n\ncost C {\n    direct\n    5 USD once\n}\n`);

        const missingRate = diagnostics.find(d => d.code === 'CRM003')!;
        const actions = await client.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri }, range: missingRate.range, context: { diagnostics: [missingRate] }
        }) ?? [];
        expect(actions.map(action => action.title)).toEqual(['Declare a rate from USD to CNY (value to fill in)']);
        const weights = diagnostics.find(d => d.code === 'CRM101')!;
        const rescale = await client.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri }, range: weights.range, context: { diagnostics: [weights] }
        }) ?? [];
        expect(rescale.map(action => action.title)).toEqual(['Rescale the goal weights to sum to 100%']);

        const completion = await client.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri }, position: { line: 9, character: 6 }
        });
        const items = Array.isArray(completion) ? completion : completion?.items ?? [];
        expect(items.map(item => item.label)).toEqual(expect.arrayContaining(['CNY', 'once', 'per month']));
    });
});
