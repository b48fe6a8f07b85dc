//@ts-check
// `npm run bench`: builds the bundles the benchmark runs (CLI and language
// server), bundles the benchmark itself into a temporary folder and runs it
// with `--expose-gc`. Arguments are passed on, e.g.
// `npm run bench -- --quick` or `npm run bench -- --only lsp,startup`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);

if (!args.includes('--no-build')) {
    const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
        process.exit(build.status ?? 1);
    }
}

const folder = mkdtempSync(join(tmpdir(), 'crmplan-bench-bundle-'));
try {
    const outfile = join(folder, 'bench.mjs');
    await esbuild.build({
        entryPoints: [join(root, 'bench/bench.ts')],
        outfile,
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node22',
        logLevel: 'warning',
        // Some dependencies are CommonJS and call require().
        banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
    });
    const run = spawnSync(process.execPath, ['--expose-gc', outfile, '--root', root, ...args.filter(a => a !== '--no-build')], {
        cwd: root, stdio: 'inherit'
    });
    process.exitCode = run.status ?? 1;
} finally {
    rmSync(folder, { recursive: true, force: true });
}
