/**
 * The layers the code cannot cross: each rule names
 * the files it applies to and the imports they must not make. The ESLint
 * `no-restricted-imports` rules in `eslint.config.mjs` mirror them for the
 * editor; this test is the authority.
 */
import type { ImportEdge, ImportTarget } from './import-graph.js';

export interface LayerRule {
    readonly name: string;
    /** Whether the rule applies to a file (path from the root). */
    applies(file: string): boolean;
    /** Whether a file the rule applies to may import `target`. */
    allows(target: ImportTarget): boolean;
}

export interface Violation {
    readonly rule: string;
    readonly edge: ImportEdge;
}

const LS = 'language-server/';

const under = (folder: string) => (path: string) => path.startsWith(folder);
const isFile = (target: ImportTarget, test: (path: string) => boolean) => target.kind === 'file' && test(target.path);
const isPackage = (target: ImportTarget, ...names: string[]) =>
    target.kind === 'package' && names.some(name => target.name === name || target.name.startsWith(`${name}/`));

/** The editor layer of the server: Langium's LSP services and crmplan's, and the server's entry point. */
const isLspLayer = (path: string) => path.startsWith(`${LS}lsp/`) || path === `${LS}crmplan-module.ts` || path === `${LS}main.ts`;

/**
 * `crmplan fmt` formats with the language server's formatter (an editor
 * feature, loaded only when that command runs): the one CLI file that may
 * reach the LSP layer.
 */
const CLI_FORMATTER = 'src/cli/commands/fmt.ts';

export const LAYER_RULES: readonly LayerRule[] = [
    {
        name: 'evaluation imports only the model and decimal.js',
        applies: under(`${LS}evaluation/`),
        allows: target => isFile(target, path => path.startsWith(`${LS}evaluation/`) || path.startsWith(`${LS}model/`))
            || isPackage(target, 'decimal.js')
    },
    {
        name: 'model does not import workspace, lsp, report or diff',
        applies: under(`${LS}model/`),
        allows: target => !isFile(target, path => ['workspace/', 'lsp/', 'report/', 'diff/'].some(folder => path.startsWith(LS + folder)))
    },
    {
        name: 'report and diff do not import lsp',
        applies: path => path.startsWith(`${LS}report/`) || path.startsWith(`${LS}diff/`),
        allows: target => !isFile(target, isLspLayer)
    },
    {
        name: 'the core and the CLI do not import the LSP layer or vscode-languageserver',
        applies: path => (path.startsWith('src/cli/') && path !== CLI_FORMATTER) || (path.startsWith(LS) && !isLspLayer(path)),
        allows: target => !isFile(target, isLspLayer)
            && !isPackage(target, 'vscode-languageserver', 'langium/lsp', 'vscode-languageclient', 'vscode')
    },
    {
        name: 'the extension imports of the server only the protocol and the glossary',
        applies: under('src/extension/'),
        allows: target => !isFile(target, path => path.startsWith(LS) || path.startsWith('src/cli/'))
            || isFile(target, path => path === `${LS}protocol.ts` || path.startsWith(`${LS}i18n/`))
    },
    {
        name: 'the protocol imports nothing',
        applies: path => path === `${LS}protocol.ts`,
        allows: () => false
    }
];

/** The imports that cross a forbidden edge. */
export function violations(edges: readonly ImportEdge[], rules: readonly LayerRule[] = LAYER_RULES): Violation[] {
    return edges.flatMap(edge => rules
        .filter(rule => rule.applies(edge.from) && !rule.allows(edge.to))
        .map(rule => ({ rule: rule.name, edge })));
}
