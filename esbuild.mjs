//@ts-check
// Bundles the three entry points: the VS Code extension, the language server and the CLI.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

/**
 * The spreadsheet library (exceljs, about 2 MB) is a bundle of its own that
 * the CLI loads only for `crmplan export`: every other command starts
 * without reading it.
 */
const SPREADSHEET_LIBRARY = 'spreadsheet-library';
/** @type {esbuild.Plugin} */
const spreadsheetLibraryApart = {
    name: 'spreadsheet-library-apart',
    setup(build) {
        build.onResolve({ filter: /\/spreadsheet-library\.js$/ }, args =>
            args.kind === 'entry-point' ? undefined : { path: `./${SPREADSHEET_LIBRARY}.cjs`, external: true });
    }
};

const ctx = await esbuild.context({
    entryPoints: {
        extension: 'src/extension/main.ts',
        'language-server': 'language-server/main.ts',
        cli: 'src/cli/main.ts',
        [SPREADSHEET_LIBRARY]: 'language-server/export/spreadsheet-library.ts'
    },
    plugins: [spreadsheetLibraryApart],
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
