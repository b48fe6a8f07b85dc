//@ts-check
/**
 * `npm run test:e2e`: the extension in real VS Code (code-server), driven
 * through Debian's Chromium by playwright-core.
 *
 * 1. packages the extension (`scripts/package.mjs`) into a temporary .vsix;
 * 2. installs code-server (pinned, cached) and the .vsix into a temporary
 *    HOME, user data and extensions folder;
 * 3. starts code-server on 127.0.0.1 (a free port, `--auth none`) in its own
 *    process group on a copy of `examples/` that is a git repository;
 * 4. runs the checks in `spec.mjs`, with screenshots in `test-results/e2e/`;
 * 5. stops the whole process group and removes the temporary folders, also
 *    when a check fails.
 *
 * Prints one line per check and `N passed, M failed`; exits 1 on any failure.
 * `--keep` leaves the temporary folder for a look afterwards.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CODE_SERVER_VERSION, codeServerCli, ensureCodeServer, freePort, node24, startCodeServer } from './code-server.mjs';
import { runChecks } from './spec.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const results = join(root, 'test-results', 'e2e');
const keep = process.argv.includes('--keep');
const CHROMIUM = process.env.CRMPLAN_CHROMIUM || '/usr/bin/chromium';

async function main() {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
    }
    rmSync(results, { recursive: true, force: true });
    mkdirSync(results, { recursive: true });
    const temp = mkdtempSync(join(tmpdir(), 'crmplan-e2e-'));
    const home = join(temp, 'home');
    const userData = join(temp, 'user-data');
    const extensions = join(temp, 'extensions');
    const workspace = join(temp, 'workspace');
    for (const folder of [home, userData, extensions, join(userData, 'User')]) {
        mkdirSync(folder, { recursive: true });
    }
    let server;
    let browser;
    try {
        const vsix = join(temp, 'crmplan.vsix');
        execFileSync(process.execPath, [join(root, 'scripts', 'package.mjs'), '--out', vsix], { cwd: root, stdio: 'inherit' });

        const node = node24();
        const entry = ensureCodeServer(node);
        const env = {
            PATH: process.env.PATH, LANG: 'C.UTF-8', HOME: home,
            XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local', 'share'), XDG_CACHE_HOME: join(home, '.cache'),
            // Git for Compare with Git HEAD, with an identity of its own.
            GIT_AUTHOR_NAME: 'e2e', GIT_AUTHOR_EMAIL: 'e2e@localhost', GIT_COMMITTER_NAME: 'e2e', GIT_COMMITTER_EMAIL: 'e2e@localhost'
        };
        const dirs = ['--user-data-dir', userData, '--extensions-dir', extensions];
        codeServerCli({ node, entry, env, args: [...dirs, '--install-extension', vsix, '--force'] });
        const installed = codeServerCli({ node, entry, env, args: [...dirs, '--list-extensions', '--show-versions'] });
        if (!/crmplan\.crmplan@/.test(installed)) {
            throw new Error(`the extension did not install: ${installed}`);
        }

        // The examples, as a git repository with one commit (for Compare with Git HEAD).
        cpSync(join(root, 'examples'), workspace, { recursive: true });
        const git = (...args) => execFileSync('git', args, { cwd: workspace, env: { ...process.env, ...env }, stdio: 'pipe' });
        git('init', '-q', '-b', 'main');
        git('add', '.');
        git('commit', '-q', '-m', 'examples');
        writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));

        const port = await freePort();
        const log = join(temp, 'code-server.log');
        server = await startCodeServer({
            node, entry, env, log, port,
            args: [
                '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', join(temp, 'config.yaml'),
                ...dirs, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
                '--disable-getting-started-override', '--ignore-last-opened', '--locale', 'en', workspace
            ]
        });
        console.log(`e2e: code-server ${CODE_SERVER_VERSION} on 127.0.0.1:${port}, workspace ${workspace}`);

        browser = await chromium.launch({
            executablePath: CHROMIUM,
            headless: true,
            // playwright gives the browser a fresh profile folder of its own.
            args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
                '--disable-component-update', '--disable-sync']
        });
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        const outcomes = await runChecks({ page, url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, workspace, results });
        const failed = outcomes.filter(o => !o.ok);
        if (failed.length > 0) {
            copyFileSync(log, join(results, 'code-server.log'));
        }
        console.log(`\ne2e: ${outcomes.length - failed.length} passed, ${failed.length} failed`);
        return failed.length === 0 ? 0 : 1;
    } finally {
        await browser?.close().catch(() => undefined);
        await server?.stop();
        if (keep) {
            console.log(`e2e: kept ${temp}`);
        } else {
            rmSync(temp, { recursive: true, force: true });
        }
    }
}

/** User settings: no welcome pages or AI panels, and typing that inserts exactly what is typed. */
const SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.colorTheme': 'Default Dark Modern',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'git.openRepositoryInParentFolders': 'never',
    'editor.autoClosingBrackets': 'never',
    'editor.autoClosingQuotes': 'never',
    'editor.autoSurround': 'never',
    'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
    'editor.suggestOnTriggerCharacters': false,
    'editor.acceptSuggestionOnEnter': 'off',
    'editor.inlayHints.enabled': 'on',
    'editor.minimap.enabled': false,
    'files.autoSave': 'off',
    'crmplan.report.language': 'en'
};

main().then(code => process.exit(code), error => {
    console.error(`e2e: ${error instanceof Error ? error.stack : error}`);
    console.log('\ne2e: 0 passed, 1 failed');
    process.exit(1);
});
