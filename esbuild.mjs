//@ts-check
// Bundles the three entry points: the VS Code extension, the language server and the CLI.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const ctx = await esbuild.context({
    entryPoints: {
        extension: 'src/extension/main.ts',
        'language-server': 'language-server/main.ts',
        cli: 'src/cli/main.ts'
    },
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    external: ['vscode'],
    sourcemap: !minify,
    minify,
    logLevel: 'warning'
});

if (watch) {
    await ctx.watch();
    console.log('esbuild: watching for changes');
} else {
    await ctx.rebuild();
    await ctx.dispose();
}
