//@ts-check
// `npm run package`: builds the VS Code extension as a .vsix with @vscode/vsce.
// The .vsix holds other files than the npm package (package.json "files":
// the CLI and the server for any editor), and vsce cannot take both a
// "files" list and a .vscodeignore. So the bundles are built minified, the
// files the extension needs (scripts/vsix-files.json) are staged in a temporary folder with a manifest
// that has no npm "files" list, scripts or dependencies (esbuild has bundled
// everything), and vsce packages that folder.
//   node scripts/package.mjs [--out <file.vsix>]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** @type {string[]} */
const VSIX_FILES = JSON.parse(readFileSync(join(root, 'scripts', 'vsix-files.json'), 'utf8'));
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, `${pkg.name}-${pkg.version}.vsix`);

run([join(root, 'esbuild.mjs'), '--minify'], root, 'esbuild');

const stage = mkdtempSync(join(tmpdir(), 'crmplan-vsix-'));
try {
    for (const file of VSIX_FILES.filter(f => f !== 'package.json')) {
        mkdirSync(dirname(join(stage, file)), { recursive: true });
        cpSync(join(root, file), join(stage, file));
    }
    // The extension's manifest: no npm file list (vsce would refuse it beside its own), scripts, dependencies or commands.
    const manifest = { ...pkg };
    for (const npmOnly of ['files', 'scripts', 'devDependencies', 'dependencies', 'exports', 'bin']) {
        delete manifest[npmOnly];
    }
    writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
    run([
        vsce, 'package',
        '--no-dependencies',
        '--out', out,
        // No public repository yet: say so rather than invent a URL, and keep the README's relative links as written.
        ...(pkg.repository ? [] : ['--allow-missing-repository', '--no-rewrite-relative-links'])
    ], stage, 'vsce package');
} finally {
    rmSync(stage, { recursive: true, force: true });
}
const size = statSync(out).size;
console.log(`${relative(process.cwd(), out) || out}: ${(size / 1024).toFixed(1)} KiB (${size} bytes)`);

/** Runs a Node script and stops with its name when it fails. */
function run(args, cwd, name) {
    const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit' });
    if (result.status !== 0) {
        console.error(`${name} failed (exit ${result.status ?? result.signal})`);
        process.exit(1);
    }
}
