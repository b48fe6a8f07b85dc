/**
 * `npm run bench`: how long crmplan takes, on seeded generated plans.
 *
 * - In process, with the services the CLI uses: parse, index, link,
 *   reference index, validation, evaluation and report, for 100, 1,000 and
 *   10,000 requirements, as one file and as 100 files (a catalogue chain).
 * - CLI cold start against `node -e 0`, interleaved.
 * - The language server over stdio on a 2,000-line plan: first diagnostics,
 *   hover, inlay hints, diagnostics after an edit.
 * - `crmplan check` of a 100,000-line plan against `hledger check` of a
 *   100,000-line journal, interleaved.
 *
 * Prints a Markdown report and writes it to `bench/results.md` (or `--out`).
 * Timings on a shared machine are noisy: every figure is a median (p95 where
 * stated) of several runs, and comparisons are ratios of runs interleaved in
 * this one process.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { journal, lineCount, planFile, planFiles, requirementsForLines } from './generate.js';
import { measureLsp, type LspResult } from './lsp.js';
import { measureMonitoring, type MonitoringTimes } from './monitoring.js';
import { measurePipeline, type PipelineFile, type PipelineTimes } from './pipeline.js';
import { canRun, hasGnuTime, runProcess, type ProcessRun } from './processes.js';
import { median, mib, ms, percentile, ratio, table } from './stats.js';

const { values: args } = parseArgs({
    options: {
        root: { type: 'string' },
        out: { type: 'string' },
        quick: { type: 'boolean', default: false },
        only: { type: 'string' },
        runs: { type: 'string' }
    }
});

const root = resolve(args.root ?? process.cwd());
const quick = args.quick;
const only = new Set((args.only ?? 'pipeline,monitoring,startup,lsp,hledger').split(','));
const cli = join(root, 'bin/crmplan.cjs');
const server = join(root, 'bin/crmplan-language-server.cjs');
const work = mkdtempSync(join(tmpdir(), 'crmplan-bench-'));
const SEED = 1;

function log(message: string): void {
    process.stderr.write(message + '\n');
}

function gc(): void {
    (globalThis as { gc?: () => void }).gc?.();
}

/** Writes generated files under `folder` and returns them with absolute paths. */
function writeFiles(folder: string, files: readonly { path: string; text: string }[]): PipelineFile[] {
    return files.map(file => {
        const absolutePath = join(folder, file.path);
        mkdirSync(dirname(absolutePath), { recursive: true });
        writeFileSync(absolutePath, file.text);
        return { absolutePath, text: file.text };
    });
}

// ---------------------------------------------------------------------------
// In process

interface PipelineRow {
    readonly label: string;
    readonly lines: number;
    readonly files: number;
    readonly runs: number;
    readonly times: { [K in keyof PipelineTimes]: number };
    readonly diagnostics: string;
}

async function pipeline(): Promise<PipelineRow[]> {
    const rows: PipelineRow[] = [];
    const sizes = quick ? [100, 1000] : [100, 1000, 10_000];
    for (const requirements of sizes) {
        for (const split of [false, true]) {
            const folder = join(work, `pipeline-${requirements}-${split ? 'split' : 'one'}`);
            // `.git` keeps imports inside this folder, as in a repository.
            mkdirSync(join(folder, '.git'), { recursive: true });
            const files = writeFiles(folder, split
                ? planFiles({ requirements }, 100, SEED)
                : [{ path: 'plan.crmplan', text: planFile({ requirements }, SEED) }]);
            const entry = files[files.length - 1].absolutePath;
            const runs = Number(args.runs ?? (requirements >= 10_000 ? 3 : quick ? 3 : 7));
            // One warm-up run: the first run in a process also builds the parser and compiles the code.
            await measurePipeline(files, entry);
            const samples: PipelineTimes[] = [];
            for (let i = 0; i < runs; i++) {
                gc();
                samples.push(await measurePipeline(files, entry));
            }
            const pick = (key: keyof PipelineTimes) => median(samples.map(s => s[key]));
            const keys: (keyof PipelineTimes)[] = ['parse', 'index', 'link', 'references', 'validate', 'evaluation', 'check', 'report', 'errors', 'diagnostics'];
            const times = Object.fromEntries(keys.map(k => [k, pick(k)])) as PipelineRow['times'];
            const label = `${requirements.toLocaleString('en-US')} requirements, ${split ? '100 files' : '1 file'}`;
            rows.push({
                label,
                lines: files.reduce((n, f) => n + lineCount(f.text), 0),
                files: files.length,
                runs,
                times,
                diagnostics: `${times.errors} errors, ${times.diagnostics} in all`
            });
            log(`pipeline: ${label}: check ${ms(times.check)} ms`);
        }
    }
    return rows;
}

// ---------------------------------------------------------------------------
// Processes

interface StartupResult {
    readonly node: ProcessRun[];
    readonly check: ProcessRun[];
    readonly version: ProcessRun[];
    /** `crmplan diff` of the manufacturer example and a copy with one range widened: both versions are evaluated and simulated. */
    readonly diff: ProcessRun[];
    readonly lines: number;
}

function startup(): StartupResult {
    const folder = join(work, 'startup');
    mkdirSync(join(folder, '.git'), { recursive: true });
    const text = planFile({ requirements: 10, items: 3 }, SEED);
    const [file] = writeFiles(folder, [{ path: 'small.crmplan', text }]);
    const runs = quick ? 5 : 15;
    const example = readFileSync(join(root, 'examples/manufacturer-sales-automation.crmplan'), 'utf8');
    const [base, head] = writeFiles(folder, [
        { path: 'base.crmplan', text: example },
        { path: 'head.crmplan', text: example.replace('24000 (16000 to 32000) per month', '24000 (10000 to 32000) per month') }
    ]);
    const diff = [cli, 'diff', base.absolutePath, head.absolutePath];
    const result: StartupResult = { node: [], check: [], version: [], diff: [], lines: lineCount(text) };
    runProcess(process.execPath, [cli, 'check', file.absolutePath]);
    for (let i = 0; i < runs; i++) {
        result.node.push(runProcess(process.execPath, ['-e', '0']));
        result.check.push(runProcess(process.execPath, [cli, 'check', file.absolutePath]));
        result.version.push(runProcess(process.execPath, [cli, '--version']));
        result.diff.push(runProcess(process.execPath, diff));
    }
    const failed = result.check.find(r => r.status !== 0);
    if (failed) {
        throw new Error(`crmplan check of the small plan failed:\n${failed.stdout}`);
    }
    if (!result.diff.every(r => r.status === 0 && r.stdout.includes('NPV at P10'))) {
        throw new Error('crmplan diff of the manufacturer example did not write its simulation table');
    }
    log(`startup: node ${ms(median(result.node.map(r => r.wallMs)))} ms, check ${ms(median(result.check.map(r => r.wallMs)))} ms`);
    return result;
}

interface HledgerResult {
    readonly planLines: number;
    readonly requirements: number;
    readonly journalLines: number;
    readonly crmplan: ProcessRun[];
    readonly hledger: ProcessRun[];
    readonly hledgerCommand: string;
}

function hledger(): HledgerResult | string {
    if (!canRun('hledger')) {
        return 'hledger is not installed (Debian: `apt-get install hledger`), so this comparison was skipped.';
    }
    const folder = join(work, 'hledger');
    mkdirSync(join(folder, '.git'), { recursive: true });
    const requirements = requirementsForLines(100_000, SEED);
    const planText = planFile({ requirements }, SEED);
    const journalText = journal(100_000, SEED);
    const [plan, ledger] = writeFiles(folder, [{ path: 'large.crmplan', text: planText }, { path: 'large.journal', text: journalText }]);
    // hledger 1.25 has `check`; older versions only `stats`.
    const help = runProcess('hledger', ['check', '--help']);
    const hledgerArgs = help.status === 0 ? ['-f', ledger.absolutePath, 'check'] : ['-f', ledger.absolutePath, 'stats'];
    const runs = Number(args.runs ?? (quick ? 2 : 5));
    const result: HledgerResult = {
        planLines: lineCount(planText), requirements, journalLines: lineCount(journalText),
        crmplan: [], hledger: [], hledgerCommand: `hledger ${hledgerArgs[hledgerArgs.length - 1]}`
    };
    for (let i = 0; i < runs; i++) {
        result.hledger.push(runProcess('hledger', hledgerArgs));
        result.crmplan.push(runProcess(process.execPath, [cli, 'check', plan.absolutePath]));
    }
    for (const [name, list] of [['crmplan check', result.crmplan], ['hledger', result.hledger]] as const) {
        const failed = list.find(r => r.status !== 0);
        if (failed) {
            throw new Error(`${name} failed on the generated input:\n${failed.stdout.slice(0, 2000)}`);
        }
    }
    log(`hledger: crmplan ${ms(median(result.crmplan.map(r => r.wallMs)))} ms, hledger ${ms(median(result.hledger.map(r => r.wallMs)))} ms`);
    return result;
}

async function lsp(): Promise<{ result: LspResult; lines: number }> {
    const folder = join(work, 'lsp');
    mkdirSync(join(folder, '.git'), { recursive: true });
    const requirements = requirementsForLines(2000, SEED);
    const text = planFile({ requirements }, SEED);
    const [plan] = writeFiles(folder, [{ path: 'plan.crmplan', text }]);
    const result = await measureLsp({
        server, folder, plan: plan.absolutePath,
        hovers: quick ? 50 : 300, inlays: quick ? 10 : 50, edits: quick ? 10 : 40, warmupEdits: quick ? 2 : 6
    });
    log(`lsp: hover p95 ${ms(percentile(result.hoverMs, 95))} ms, edit p95 ${ms(percentile(result.editToDiagnosticsMs, 95))} ms`);
    return { result, lines: lineCount(text) };
}

// ---------------------------------------------------------------------------
// Report

function machine(): string {
    const cpu = cpus();
    let commit = 'unknown';
    try {
        commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    } catch {
        // Not a git checkout.
    }
    return `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, commit ${commit}` +
        ` (plus uncommitted changes, if any), load average at start ${loadavg().map(l => l.toFixed(1)).join(' / ')}.`;
}

function pipelineSection(rows: readonly PipelineRow[]): string {
    return [
        '### Parse, link, validate, evaluate, report (in process)',
        '',
        'Median milliseconds of the runs shown, fresh services each run, after one warm-up run; the same services, document factory and',
        'document builder as `crmplan check`. *Check* is parse to validated, evaluation included (the validator\'s figure checks',
        'ask for it once; editor views reuse it), reference index not (only the editor reads it; the CLI turns it off).',
        '*Report* renders the Markdown report from that evaluation.',
        '',
        table(
            ['Plan', 'Lines', 'Runs', 'Parse', 'Index + scopes', 'Link', 'Reference index', 'Validate', 'Evaluation', '**Check**', 'Report', 'Diagnostics'],
            rows.map(r => [r.label, r.lines.toLocaleString('en-US'), String(r.runs), ms(r.times.parse), ms(r.times.index), ms(r.times.link),
                ms(r.times.references), ms(r.times.validate), ms(r.times.evaluation), `**${ms(r.times.check)}**`, ms(r.times.report), r.diagnostics])
        )
    ].join('\n');
}

function startupSection(s: StartupResult): string {
    const nodeWall = median(s.node.map(r => r.wallMs));
    const checkWall = median(s.check.map(r => r.wallMs));
    const versionWall = median(s.version.map(r => r.wallMs));
    const diffWall = median(s.diff.map(r => r.wallMs));
    const cpu = (runs: ProcessRun[]) => (hasGnuTime ? median(runs.map(r => r.cpuMs!)) : Number.NaN);
    const rss = (runs: ProcessRun[]) => (hasGnuTime ? median(runs.map(r => r.maxRss!)) : Number.NaN);
    return [
        '### CLI cold start',
        '',
        `\`crmplan check\` of a ${s.lines}-line plan, and \`crmplan --version\`, each run interleaved with \`node -e 0\`;`,
        `medians of ${s.check.length} runs. Target: check < 4 × \`node -e 0\`.`,
        '',
        table(['Command', 'Wall ms', 'CPU ms (user + sys)', 'Peak RSS', 'Wall ÷ `node -e 0`', 'CPU ÷ `node -e 0`'], [
            ['`node -e 0`', ms(nodeWall), ms(cpu(s.node)), mib(rss(s.node)), '1.00×', '1.00×'],
            ['`crmplan --version`', ms(versionWall), ms(cpu(s.version)), mib(rss(s.version)), ratio(versionWall / nodeWall), ratio(cpu(s.version) / cpu(s.node))],
            ['`crmplan check` (small plan)', ms(checkWall), ms(cpu(s.check)), mib(rss(s.check)), `**${ratio(checkWall / nodeWall)}**`, ratio(cpu(s.check) / cpu(s.node))],
            ['`crmplan diff` (manufacturer example, a range changed)', ms(diffWall), ms(cpu(s.diff)), mib(rss(s.diff)), ratio(diffWall / nodeWall), ratio(cpu(s.diff) / cpu(s.node))]
        ]),
        '',
        '`crmplan diff` evaluates both versions, simulates both (10,000 trials each, so that a change to a range shows in the',
        'simulation table) and renders the comment with the full report of the new version folded in.'
    ].join('\n');
}

function lspSection(l: { result: LspResult; lines: number }): string {
    const r = l.result;
    const p = (values: readonly number[], q: number) => (values.length > 0 ? ms(percentile(values, q)) : 'n/a');
    return [
        '### Language server (stdio, a real LSP client)',
        '',
        `A ${l.lines.toLocaleString('en-US')}-line plan opened in a workspace folder. Hovers cycle over declarations and references`,
        `(${r.hoverMs.length} requests, ${r.hoversWithFigures} answered with figures); inlay hints for the whole file (${r.inlayMs.length}`,
        `requests, ${r.inlayHintCount} hints each); edits alternately break and fix an impact score (${r.editToDiagnosticsMs.length} edits after`,
        `${r.warmupEditMs.length} warm-up edits, which are shown apart) and wait for the diagnostics that reflect the edit. Requests are sent`,
        'one at a time. Targets: hover p95 < 20 ms, diagnostics after an edit p95 < 150 ms.',
        '',
        table(['Measure', 'p50 ms', 'p95 ms'], [
            ['Spawn to `initialize` answered', ms(r.initializeMs), ''],
            ['`didOpen` to first diagnostics', ms(r.firstDiagnosticsMs), ''],
            ['Spawn to first diagnostics', ms(r.spawnToDiagnosticsMs), ''],
            ['Hover', r.capabilities.hover ? p(r.hoverMs, 50) : 'n/a (no hover provider)', r.capabilities.hover ? `**${p(r.hoverMs, 95)}**` : 'n/a'],
            ['Inlay hints (whole file)', r.capabilities.inlayHints ? p(r.inlayMs, 50) : 'n/a (no inlay hint provider)', r.capabilities.inlayHints ? p(r.inlayMs, 95) : 'n/a'],
            ['Diagnostics after an edit', p(r.editToDiagnosticsMs, 50), `**${p(r.editToDiagnosticsMs, 95)}**`],
            [`Diagnostics after each of the first ${r.warmupEditMs.length} edits (warm-up)`, r.warmupEditMs.map(ms).join(', '), ''],
            ['Server peak RSS', mib(r.serverPeakRss), '']
        ])
    ].join('\n');
}

function hledgerSection(h: HledgerResult | string): string {
    if (typeof h === 'string') {
        return ['### `crmplan check` vs hledger', '', h].join('\n');
    }
    const wall = (runs: ProcessRun[]) => median(runs.map(r => r.wallMs));
    const cpu = (runs: ProcessRun[]) => (hasGnuTime ? median(runs.map(r => r.cpuMs!)) : Number.NaN);
    const rss = (runs: ProcessRun[]) => (hasGnuTime ? median(runs.map(r => r.maxRss!)) : Number.NaN);
    return [
        '### `crmplan check` vs hledger',
        '',
        `\`crmplan check\` of a ${h.planLines.toLocaleString('en-US')}-line plan (${h.requirements.toLocaleString('en-US')} requirements, one file) and`,
        `\`${h.hledgerCommand}\` of a ${h.journalLines.toLocaleString('en-US')}-line journal, interleaved; medians of ${h.crmplan.length} runs each.`,
        'Target: crmplan ≤ hledger (ratio ≤ 1.00). CPU time is the steadier figure on a busy machine.',
        '',
        table(['Command', 'Wall ms', 'CPU ms (user + sys)', 'Peak RSS'], [
            ['`crmplan check`', ms(wall(h.crmplan)), ms(cpu(h.crmplan)), mib(rss(h.crmplan))],
            [`\`${h.hledgerCommand}\``, ms(wall(h.hledger)), ms(cpu(h.hledger)), mib(rss(h.hledger))],
            ['**crmplan ÷ hledger**', `**${ratio(wall(h.crmplan) / wall(h.hledger))}**`, `**${ratio(cpu(h.crmplan) / cpu(h.hledger))}**`, ratio(rss(h.crmplan) / rss(h.hledger))]
        ])
    ].join('\n');
}

async function monitoring(): Promise<MonitoringTimes> {
    const file = join(root, 'examples/manufacturer-sales-automation/retrospective.crmplan');
    log('monitoring: evaluating a plan with and without its actuals');
    return measureMonitoring(file, quick ? 50 : 300);
}

function monitoringSection(m: MonitoringTimes): string {
    const row = (label: string, values: readonly number[]) => `| ${label} | ${ms(median(values))} | ${ms(percentile(values, 95))} |`;
    const extra = median(m.withActuals) - median(m.withoutActuals);
    return [
        '### Monitoring: evaluation with and without actuals',
        '',
        `The manufacturer's retrospective example (examples/manufacturer-sales-automation/retrospective.crmplan): ${m.actualsMonths} months of actuals in ${m.blocks} blocks, `
            + `evaluated ${m.withActuals.length} times as written and as many times with its actuals left out (the model built once; only \`evaluate\` timed, the two alternating).`,
        '',
        '| plan | median (ms) | p95 (ms) |',
        '|---|---:|---:|',
        row('with actuals', m.withActuals),
        row('without actuals', m.withoutActuals),
        '',
        `Monitoring adds ${ms(extra)} ms to the median evaluation (${((extra / median(m.withoutActuals)) * 100).toFixed(0)} %).`
    ].join('\n');
}

async function main(): Promise<void> {
    const sections: string[] = ['## Results', '', machine()];
    try {
        if (only.has('pipeline')) {
            sections.push('', pipelineSection(await pipeline()));
        }
        if (only.has('monitoring')) {
            sections.push('', monitoringSection(await monitoring()));
        }
        if (only.has('startup')) {
            sections.push('', startupSection(startup()));
        }
        if (only.has('lsp')) {
            sections.push('', lspSection(await lsp()));
        }
        if (only.has('hledger')) {
            sections.push('', hledgerSection(hledger()));
        }
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
    sections.push('', `Load average at the end: ${loadavg().map(l => l.toFixed(1)).join(' / ')}.`, '');
    const markdown = sections.join('\n');
    process.stdout.write(markdown);
    const out = args.out ?? join(root, 'bench/results.md');
    writeFileSync(out, [
        '# Benchmark results',
        '',
        'Written by `npm run bench` (see `bench/bench.ts` and docs/performance.md). Inputs are generated with a fixed seed,',
        'so every run measures the same plans.',
        '',
        markdown
    ].join('\n'));
    log(`written to ${out}`);
}

await main();
