/**
 * crmplan used the way a team uses it: packed with `npm pack`, installed into
 * a fresh git repository of plans outside this clone, and run from there
 * (`npx crmplan ...`, the language server from node_modules). The same with
 * `npm install git+file://<clone>`, where npm builds the package itself.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { gitRepository, TEAM_PLANS } from '../helpers/git-repository.js';
import { LspClient } from '../helpers/lsp-client.js';
import { npm, packCrmplan, ROOT } from '../helpers/pack.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** A package of crmplan's size is under this; a bundle that grew by accident (source maps, dependencies) is not. */
const MOST_PACKED_BYTES = 1_500_000;

let tarball: string;
let team: ReturnType<typeof gitRepository>;

/** Runs a command in `cwd` as a person would in a terminal: npm and npx from the same Node as this test. */
function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
    const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const npx = (cwd: string, ...args: string[]) => run('npx', ['--no-install', ...args], cwd);

beforeAll(() => {
    const packed = packCrmplan();
    tarball = packed.tarball;
    console.log(`npm pack: ${basename(tarball)}, ${(statSync(tarball).size / 1024).toFixed(1)} KiB packed, ${packed.files} files`);

    team = gitRepository('crmplan-team-', TEAM_PLANS);
    npm(['install', '-D', tarball], team.folder);
    writeFileSync(join(team.folder, '.gitignore'), 'node_modules/\n');
    team.git('add', '.');
    team.git('commit', '-qm', 'plans, with crmplan as a development dependency');
}, 180_000);

describe('the packed package', () => {
    it('holds the bundles, bin/, docs and the schema, nothing else, and is small', () => {
        const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
        expect(listing).toContain('package/out/cli.cjs');
        expect(listing).toContain('package/out/language-server.cjs');
        expect(listing).toContain('package/out/spreadsheet-library.cjs');
        expect(listing).toContain('package/bin/crmplan.cjs');
        expect(listing).toContain('package/docs/evaluation.schema.json');
        expect(listing).toContain('package/docs/ci/crmplan-pull-request.yml');
        expect(listing.filter(path => /\.map$|\/(src|test|language-server|node_modules|patches)\//.test(path))).toEqual([]);
        expect(statSync(tarball).size).toBeLessThan(MOST_PACKED_BYTES);
    });

    it('installs with no dependencies and no install scripts', () => {
        const manifest = JSON.parse(readFileSync(join(team.folder, 'node_modules', 'crmplan', 'package.json'), 'utf8')) as Record<string, unknown>;
        expect(manifest.dependencies).toBeUndefined();
        expect(Object.keys(manifest.scripts as object)).not.toEqual(expect.arrayContaining(['install', 'postinstall', 'preinstall']));
        expect(readdirSync(join(team.folder, 'node_modules')).filter(name => !name.startsWith('.'))).toEqual(['crmplan']);
    });

    it('answers --version in both commands', () => {
        expect(npx(team.folder, 'crmplan', '--version').stdout.trim()).toBe(VERSION);
        expect(npx(team.folder, 'crmplan-language-server', '--version').stdout.trim()).toBe(VERSION);
    });

    it('on a Node older than 22, says which Node it needs and which it found, and exits 2', () => {
        const bin = join(team.folder, 'node_modules', 'crmplan', 'bin', 'crmplan.cjs');
        const result = run(process.execPath, ['-e', `Object.defineProperty(process.versions, 'node', { value: '20.11.1' }); require(${JSON.stringify(bin)})`, '--', 'check', '.'], team.folder);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^crmplan: needs Node\.js 22 or later, found 20\.11\.1 \(.+\)\n$/);
    });
});

describe('from the team repository', () => {
    it('checks, reports, evaluates and checks the layout', () => {
        const check = npx(team.folder, 'crmplan', 'check', '.');
        expect(check.stderr).toBe('');
        expect(check.stdout).toMatch(/^No problems in 5 files\.\n$/);
        expect(check.status).toBe(0);
        const report = npx(team.folder, 'crmplan', 'report', 'pilot.crmplan', '--lang', 'zh-CN');
        expect(report.status).toBe(0);
        expect(report.stdout).toMatch(/^# Eastgate: sales pilot, north region\n/);
        const evaluation = JSON.parse(npx(team.folder, 'crmplan', 'evaluate', '--json', 'plan.crmplan').stdout) as { options: Array<{ id: string; tco: string }> };
        expect(evaluation.options.map(o => o.id)).toContain('Qiming.Professional');
        expect(npx(team.folder, 'crmplan', 'fmt', '--check', '.').status).toBe(0);
        // The workbook: its spreadsheet library ships as a bundle of its own.
        expect(npx(team.folder, 'crmplan', 'export', 'plan.crmplan', '--format', 'xlsx', '-o', 'plan.xlsx').status).toBe(0);
        expect(statSync(join(team.folder, 'plan.xlsx')).size).toBeGreaterThan(10_000);
    });

    it('reads a file named on the command line as a plan whatever its extension', () => {
        copyFileSync(join(team.folder, 'pilot.crmplan'), join(team.folder, 'PILOT.TXT'));
        const result = npx(team.folder, 'crmplan', 'check', 'PILOT.TXT');
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe('No problems in 3 files.\n');
    });

    it('writes one pull-request comment for every plan a commit touched', () => {
        const { folder, git } = team;
        const edit = (path: string, change: (text: string) => string) => writeFileSync(join(folder, path), change(readFileSync(join(folder, path), 'utf8')));
        edit('catalog/vendors.crmplan', text => text.replace('licence 129 CNY', 'licence 139 CNY'));
        edit('pilot.crmplan', text => `${text}\nrequirement PriceLists "Price lists per customer group" {\n    impact Margin 6\n    effort 2 person-weeks\n    should\n}\n`);
        git('commit', '-qam', 'Qiming raised its price; the pilot wants price lists');
        const diff = npx(folder, 'crmplan', 'diff', '--git', 'HEAD~1');
        expect(diff.stderr).toBe('');
        expect(diff.status).toBe(0);
        expect(diff.stdout.split('<!-- crmplan -->').length - 1).toBe(1);
        expect(diff.stdout).toContain('pilot.crmplan (changed), plan.crmplan (changed)');
        expect(diff.stdout).toMatch(/启明 CRM 专业版 \(chosen\) \| ¥20,504\.00 → ¥21,464\.00 \(▲ \+¥960\.00\)/);
        expect(diff.stdout).toMatch(/\*\*Requirement\*\* Price lists per customer group \(PriceLists\) added/);
    });

    it('serves diagnostics and hovers to an editor from node_modules', async () => {
        const server = join(team.folder, 'node_modules', 'crmplan', 'bin', 'crmplan-language-server.cjs');
        const { client } = await LspClient.start(team.folder, { server });
        try {
            const file = join(team.folder, 'broken.crmplan');
            const uri = pathToFileURL(file).toString();
            const text = readFileSync(join(team.folder, 'pilot.crmplan'), 'utf8').replace('choose Qiming', 'choose Nobody');
            await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'crmplan', version: 1, text } });
            const diagnostics = await client.diagnosticsFor(uri, d => d.length > 0);
            expect(diagnostics.some(d => d.severity === 1 && String(d.code) === 'CRM001' && /Nobody/.test(typeof d.message === 'string' ? d.message : d.message.value))).toBe(true);
            // A hover with the plan's figures, on `choose Qiming` of the unchanged pilot.
            const pilot = pathToFileURL(join(team.folder, 'pilot.crmplan')).toString();
            const pilotText = readFileSync(join(team.folder, 'pilot.crmplan'), 'utf8');
            await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: pilot, languageId: 'crmplan', version: 1, text: pilotText } });
            await client.diagnosticsFor(pilot);
            const line = pilotText.split('\n').findIndex(l => l.includes('choose Qiming'));
            const hover = await client.hover(pilot, { line, character: pilotText.split('\n')[line]!.indexOf('Qiming') + 2 });
            expect(hover).toMatch(/ROI/);
            expect(hover).toMatch(/NPV/);
        } finally {
            await client.stop();
        }
    });
});

describe('from an empty repository, as the README walks it', () => {
    it('install, init, check, format, report', () => {
        const { folder } = gitRepository('crmplan-new-team-');
        npm(['install', '--save-dev', tarball], folder);
        const init = npx(folder, 'crmplan', 'init', 'plans');
        expect(init.stdout).toBe('Wrote plans/plan.crmplan. Next: crmplan check plans/plan.crmplan\n');
        expect(npx(folder, 'crmplan', 'check', '.').stdout).toBe('No problems in 1 file.\n');
        expect(npx(folder, 'crmplan', 'fmt', '--check', '.').status).toBe(0);
        const report = npx(folder, 'crmplan', 'report', 'plans/plan.crmplan', '-o', 'plan.report.md');
        expect(report.status).toBe(0);
        expect(readFileSync(join(folder, 'plan.report.md'), 'utf8')).toMatch(/^# Our CRM addition\n/);
    });
});

describe('installed from a git URL', () => {
    let folder: string;
    it('npm builds it with its development dependencies, and it runs', () => {
        ({ folder } = gitRepository('crmplan-git-install-', TEAM_PLANS));
        // npm clones the committed HEAD, installs the development dependencies, runs `prepare` (the build) and packs that.
        npm(['install', '-D', `git+file://${ROOT}`], folder);
        expect(readdirSync(join(folder, 'node_modules')).filter(name => !name.startsWith('.'))).toEqual(['crmplan']);
        expect(npx(folder, 'crmplan', '--version').stdout.trim()).toBe(VERSION);
        const check = npx(folder, 'crmplan', 'check', '.');
        expect(check.stdout).toBe('No problems in 5 files.\n');
        expect(check.status).toBe(0);
    }, 300_000);
});
