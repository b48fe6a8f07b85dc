import { Command, CommanderError } from 'commander';
// Each command's module is imported when the command runs: a command does not pay for the others' start-up
// (the text tables of `evaluate` alone set up Intl segmenters and Unicode tables).
import type { Locale } from '../../language-server/i18n/locale.js';
import { langOption } from './lang-option.js';
import { ExitCode, UsageError, usageMessage } from './usage-error.js';
import { version } from './version.js';

/**
 * The crmplan command line. Every command prints to stdout, errors go to
 * stderr as one line, and the exit code says what happened: 0 ok, 1 plan
 * errors (or `--check` failures), 2 usage or input/output problems.
 */
function program(): Command {
    const cli = new Command('crmplan')
        .description('Business cases for CRM additions as code: check plans, evaluate them, write reports, diffs and finance exports.')
        .version(version, '-v, --version')
        // Commander's errors as one line like ours: `crmplan: unknown option '--bogus' (run with --help for usage)`.
        .configureOutput({
            outputError: (message, write) => write(`crmplan: ${message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()} (run with --help for usage)\n`)
        })
        .exitOverride();

    cli.command('check')
        .description('validate plans and print every problem (folders are searched for *.crmplan)')
        .argument('<paths...>', 'plan files or folders')
        .option('-f, --format <format>', 'text (default), json or github (workflow commands)')
        .option('--json', 'shorthand for --format json')
        .option('--lang <lang>', 'en (default) or zh-CN: the language of the messages')
        .action(async (paths: string[], options) => {
            const { check } = await import('./commands/check.js');
            process.exitCode = await check(paths, options);
        });

    cli.command('evaluate')
        .description("compute a plan's figures: TCO, ROI, NPV, IRR, payback per option, and requirement priorities")
        .argument('<file>', 'plan file')
        .option('-f, --format <format>', 'text (default) or json (versioned document, see docs/evaluation.schema.json)')
        .option('--json', 'shorthand for --format json')
        .option('--seed <n>', 'seed of the Monte Carlo simulation of ranges, a positive whole number (default 1)')
        .option('--trials <n>', 'Monte Carlo trials (default 10000); given, the simulation runs even without ranges')
        .action(async (file: string, options) => {
            const { evaluateCommand } = await import('./commands/evaluate.js');
            process.exitCode = await evaluateCommand(file, options);
        });

    cli.command('diff')
        .description('what a change does to the money: per-option ΔTCO, ΔNPV, ΔROI, Δpayback and what changed, as a pull-request comment')
        .argument('[files...]', '<base> <head>, or one <file> with --git (none: every plan of the repository)')
        .option('--git <ref>', 'compare with a git revision (e.g. HEAD, origin/main): <file> with its imports, or every plan whose text or imports changed')
        .option('-o, --output <file>', 'write the comment to this file (its folder must exist) instead of stdout')
        .option('-f, --format <format>', 'markdown (the pull-request comment, default), text (the same without Markdown, for a terminal) or json')
        .option('--json', 'shorthand for --format json')
        .option('--lang <lang>', 'en (default) or zh-CN')
        .action(async (files: string[], options) => {
            const { diffCommand } = await import('./commands/diff.js');
            const result = await diffCommand(files, options);
            if (result.output !== undefined) {
                process.stdout.write(result.output);
            }
            process.exitCode = result.exitCode;
        });

    cli.command('report')
        .description("write the plan's Markdown report: summary, priorities, vendor comparison, costs, benefits, cash flow, timeline, monitoring, assumptions")
        .argument('<file>', 'plan file')
        .option('-o, --output <file>', 'write the report to this file (its folder must exist) instead of stdout')
        .option('--lang <lang>', 'en (default) or zh-CN')
        .action(async (file: string, options) => {
            const { reportCommand } = await import('./commands/report.js');
            process.exitCode = await reportCommand(file, options);
        });

    cli.command('export')
        .description('hand the figures to finance: a workbook (xlsx) whose formulas recompute every figure from its inputs, or the monthly timeline as CSV')
        .argument('<file>', 'plan file')
        .option('-f, --format <format>', 'xlsx (needs -o) or csv')
        .option('-o, --output <file>', 'write to this file (its folder must exist); csv goes to stdout without it')
        .option('--lang <lang>', 'sheet and column titles: en (default) or zh-CN')
        .action(async (file: string, options) => {
            const { exportCommand } = await import('./commands/export.js');
            process.exitCode = await exportCommand(file, options);
        });

    cli.command('fmt')
        .description('rewrite plans in canonical layout (comments kept); --check lists files that would change')
        .argument('<paths...>', 'plan files or folders; - formats standard input to standard output')
        .option('--check', 'write nothing; list unformatted files and exit 1 if there are any')
        .option('--diff', 'write nothing; print what would change as a unified diff and exit 1 if anything would')
        .action(async (paths: string[], options) => {
            const { fmtCommand } = await import('./commands/fmt.js');
            process.exitCode = await fmtCommand(paths, options);
        });

    cli.command('init')
        .description('write a commented starter plan, plan.crmplan, into a folder (never overwrites)')
        .argument('[dir]', 'folder to write into (created if missing)', '.')
        .action(async (dir: string) => {
            const { initCommand } = await import('./commands/init.js');
            process.exitCode = initCommand(dir);
        });

    return cli;
}

/** The language a usage error is told in: the command line's `--lang`, English when it has none or an unknown one. */
function localeOf(argv: readonly string[]): Locale {
    const at = argv.findIndex(arg => arg === '--lang' || arg.startsWith('--lang='));
    const value = at < 0 ? undefined : argv[at].startsWith('--lang=') ? argv[at].slice('--lang='.length) : argv[at + 1];
    try {
        return langOption(value);
    } catch {
        return 'en';
    }
}

async function main(argv: string[]): Promise<void> {
    try {
        await program().parseAsync(argv);
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version exit 0; commander has already printed its message.
            process.exitCode = error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
        } else if (error instanceof UsageError) {
            process.stderr.write(`crmplan: ${usageMessage(error.problem, localeOf(argv))}\n`);
            process.exitCode = ExitCode.usage;
        } else {
            const message = error instanceof Error ? error.message : String(error);
            process.stderr.write(`crmplan: internal error: ${message}\n`);
            process.exitCode = ExitCode.usage;
        }
    }
}

void main(process.argv);
