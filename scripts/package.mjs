//@ts-check
// `npm run package`: builds the VS Code extension as a .vsix with @vscode/vsce.
// vsce runs `vscode:prepublish` (esbuild, minified) first; `--no-dependencies`
// leaves node_modules out, since esbuild has bundled everything the extension
// and the server need; .vscodeignore lets in only the files the extension reads.
//   node scripts/package.mjs [--out <file.vsix>]
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, `${pkg.name}-${pkg.version}.vsix`);

const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
const args = [
    vsce, 'package',
    '--no-dependencies',
    '--out', out,
    // No public repository yet: say so rather than invent a URL, and keep the README's relative links as written.
    ...(pkg.repository ? [] : ['--allow-missing-repository', '--no-rewrite-relative-links'])
];
const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
    console.error(`vsce package failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
}
const size = statSync(out).size;
console.log(`${relative(process.cwd(), out) || out}: ${(size / 1024).toFixed(1)} KiB (${size} bytes)`);
