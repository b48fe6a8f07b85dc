//@ts-check
/**
 * code-server for the end-to-end test: installed from the npm registry into
 * a cache folder reused across runs, started headless on 127.0.0.1 in its
 * own process group, stopped with that whole group.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

/** Pinned: the test is only as repeatable as the editor it drives. */
export const CODE_SERVER_VERSION = '4.139.1';

const cacheRoot = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'crmplan');

/**
 * A Node 24 binary: code-server needs exactly that major version. The
 * running Node when it is 24, else the one `scripts/use-node.sh` provisions
 * in the same cache (installed here from the npm `node` package if absent).
 */
export function node24() {
    if (process.versions.node.split('.')[0] === '24') {
        return process.execPath;
    }
    const home = process.env.CRMPLAN_NODE_HOME || join(cacheRoot, 'node24');
    const binary = join(home, 'node_modules', '.bin', 'node');
    if (!existsSync(binary)) {
        console.log(`e2e: installing Node 24 into ${home}`);
        mkdirSync(home, { recursive: true });
        run('npm', ['install', '--prefix', home, '--no-save', '--no-audit', '--no-fund', 'node@24'], {});
    }
    return binary;
}

function run(command, args, env) {
    const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    if (result.status !== 0) {
        throw new Error(`${command} ${args.join(' ')} failed with exit ${result.status ?? result.signal}`);
    }
}

/**
 * The code-server entry script, installing code-server first when this
 * version is not in the cache yet (a few minutes: its postinstall installs
 * and builds VS Code's native modules, which needs the Debian packages
 * libkrb5-dev, libx11-dev, libxkbfile-dev and libsecret-1-dev).
 */
export function ensureCodeServer(node) {
    const folder = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
    const entry = join(folder, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
    const marker = join(folder, '.installed');
    if (existsSync(marker) && existsSync(entry)) {
        return entry;
    }
    console.log(`e2e: installing code-server ${CODE_SERVER_VERSION} into ${folder} (once)`);
    mkdirSync(folder, { recursive: true });
    // npm must run on Node 24: code-server's postinstall reads the Node version from npm's user agent.
    // Its postinstall (and the nested installs it runs for VS Code's own modules) must run:
    // npm 11 skips dependency install scripts unless allowed.
    run('npm', ['install', '--prefix', folder, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
        PATH: `${dirname(node)}${delimiter}${process.env.PATH}`,
        npm_config_dangerously_allow_all_scripts: 'true'
    });
    if (!existsSync(join(folder, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'))) {
        throw new Error('code-server installed without its VS Code modules: its postinstall did not run');
    }
    writeFileSync(marker, `${CODE_SERVER_VERSION}\n`);
    return entry;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
        });
    });
}

/**
 * Runs code-server's CLI (e.g. `--install-extension`) to completion.
 * @param {{ node: string, entry: string, env: NodeJS.ProcessEnv, args: string[] }} options
 */
export function codeServerCli({ node, entry, env, args }) {
    const result = spawnSync(node, [entry, ...args], { env, encoding: 'utf8', timeout: 120_000 });
    if (result.status !== 0) {
        throw new Error(`code-server ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
    }
    return result.stdout;
}

/**
 * Starts code-server in its own process group, logging to `log`, and waits
 * until it answers `/healthz`.
 * @param {{ node: string, entry: string, env: NodeJS.ProcessEnv, args: string[], log: string, port: number }} options
 */
export async function startCodeServer({ node, entry, env, args, log, port }) {
    const out = openSync(log, 'a');
    const child = spawn(node, [entry, ...args], { env, detached: true, stdio: ['ignore', out, out] });
    const stop = () => stopGroup(child);
    // Stop the group even when this process is interrupted or fails.
    process.once('exit', () => {
        try {
            if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch { /* already gone */ }
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
        if (child.exitCode !== null) {
            throw new Error(`code-server exited with ${child.exitCode} before it was ready; see ${log}`);
        }
        try {
            const response = await fetch(`http://127.0.0.1:${port}/healthz`);
            if (response.ok) {
                break;
            }
        } catch { /* not listening yet */ }
        if (Date.now() > deadline) {
            await stop();
            throw new Error(`code-server did not answer on port ${port} within 60 s; see ${log}`);
        }
        await new Promise(resolve => setTimeout(resolve, 250)); // polling interval, not a wait for state
    }
    return { child, stop };
}

/** SIGTERM to the whole group, SIGKILL after 10 s. */
export async function stopGroup(child) {
    if (!child.pid || child.exitCode !== null || child.signalCode !== null) {
        return;
    }
    const exited = new Promise(resolve => child.once('exit', resolve));
    try {
        process.kill(-child.pid, 'SIGTERM');
    } catch {
        return;
    }
    const timer = setTimeout(() => {
        try {
            process.kill(-child.pid, 'SIGKILL');
        } catch { /* gone */ }
    }, 10_000);
    await exited;
    clearTimeout(timer);
    // Children that outlived the leader (extension host, language server) go too.
    try {
        process.kill(-child.pid, 'SIGKILL');
    } catch { /* none left */ }
}
