// The command line. `main(argv)` returns the exit code; only bin/kblint.js
// sets it on the process. 0 clean, 1 findings over the limit, 2 usage/config/internal.
import yargs, { type Argv } from 'yargs';
import { ConfigError } from '../config/load.js';
import { UsageError } from '../engine/errors.js';
import { FORMAT_NAMES, formatResults, shouldUseColor, type FormatName } from '../reporters/index.js';
import { commonOptions, type CliIO, type CommonArgs, defaultIO, emitReport, lintFromArgs } from './common.js';
import { listRules } from './rules-command.js';
import { codesOptions, runCodes, type CodesArgs } from './codes-command.js';
import { printConfig, type PrintConfigArgs } from './print-config-command.js';
import { testPacks } from './test-pack-command.js';
import { SOURCE_CHOICES, type SourceChoice } from '../sources/detect.js';
import { KBLINT_VERSION } from '../model/version.js';
import { auditOptions, runAudit, type AuditArgs } from './audit-command.js';
import { historyOptions, runHistory, type HistoryArgs } from './history-command.js';

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const parser = buildParser(argv, io, (code) => {
    exitCode = code;
  });
  try {
    await parser.parseAsync();
    return exitCode;
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: CliIO): number {
  if (error instanceof UsageError || error instanceof ConfigError) {
    io.stderr(`kblint: ${error.message}\n`);
  } else if (error instanceof Error && error.name === 'YError') {
    io.stderr(`kblint: ${error.message}\nRun \`kblint --help\` for usage.\n`);
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`kblint: internal error: ${detail}\n`);
  }
  return EXIT.failure;
}

function buildParser(argv: string[], io: CliIO, setExit: (code: number) => void): Argv {
  return yargs(argv)
    .scriptName('kblint')
    .usage('$0 [lint] [paths..]\n\nLint help-center and knowledge-base articles: freshness, metadata, structure, error codes, links and readability.')
    .command(
      ['lint [paths..]', '$0 [paths..]'],
      'Lint articles (the default command)',
      (y) =>
        commonOptions(y)
          .option('format', { alias: 'f', choices: FORMAT_NAMES, default: 'text' as FormatName, describe: 'Output format' })
          .option('output', { alias: 'o', type: 'string', describe: 'Write the report to FILE instead of stdout' })
          .option('max-warnings', { type: 'number', default: -1, describe: 'Exit 1 when there are more warnings than this (-1: no limit)' })
          .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Report errors only' }),
      async (args) => {
        setExit(await runLint(args as unknown as LintArgs, io));
      },
    )
    .command(
      'codes [paths..]',
      'Error-code catalog coverage: which codes the articles explain, mention without context, or never name',
      codesOptions,
      async (args) => {
        setExit(await runCodes(args as unknown as CodesArgs, io));
      },
    )
    .command(
      'audit [paths..]',
      'Write the quarterly audit (index.html, audit.json, articles.csv, summary.md) and store it in the history',
      auditOptions,
      async (args) => {
        setExit(await runAudit(args as unknown as AuditArgs, io));
      },
    )
    .command('history', 'List the audits stored in the audit history', historyOptions, (args) => {
      setExit(runHistory(args as unknown as HistoryArgs, io));
    })
    .command(
      'rules',
      'List every rule with its default severity',
      (y) => y.option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' }),
      (args) => {
        io.stdout(listRules(args.format));
        setExit(EXIT.ok);
      },
    )
    .command(
      'print-config <file>',
      'Print the resolved config for one article (after extends, overrides and policies), as JSON',
      (y) =>
        y
          .positional('file', { type: 'string', demandOption: true, describe: 'The article file' })
          .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of searching for one' })
          .option('source', { choices: SOURCE_CHOICES, default: 'auto' as SourceChoice, describe: 'Read the file as this format' }),
      async (args) => {
        io.stdout(await printConfig(args as unknown as PrintConfigArgs, io.cwd));
        setExit(EXIT.ok);
      },
    )
    .command(
      'test-pack <paths..>',
      'Check YAML rule packs (files or folders) against their own valid and invalid examples',
      (y) => y.positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Pack files or folders' }),
      async (args) => {
        const result = await testPacks(args.paths as string[], io.cwd);
        io.stdout(`${result.lines.join('\n')}\n`);
        setExit(result.ok ? EXIT.ok : EXIT.findings);
      },
    )
    .example('$0 docs/', 'Lint every article under docs/: Markdown, HTML, listing .txt and help-center .json exports')
    .example('$0 --source listing search-results.txt', 'Read a file as a help-center listing export')
    .example("$0 'help/**/*.md' --format github", 'Annotate a pull request in GitHub Actions')
    .example('$0 --format json --output report.json', 'Write a machine-readable report')
    .example('$0 --now 2026-01-01 --max-warnings 0', 'Judge freshness as of a date; fail on any warning')
    .example('$0 audit docs/ --out audit', 'Write the audit report into audit/ and add it to .kblint/history.db')
    .example('$0 rules', 'List the rules')
    .example('$0 print-config docs/billing/refunds.md', 'Show the config one article gets')
    .example('$0 codes docs/ --format json', 'Error-code catalog coverage as JSON')
    .epilogue('Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or too many warnings, 2 usage, config or internal failure.')
    .strict()
    .help()
    .alias('help', 'h')
    .version(KBLINT_VERSION)
    .alias('version', 'v')
    .wrap(Math.min(100, io.columns))
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(`${message}\nRun \`kblint --help\` for usage.`);
    });
}

interface LintArgs extends CommonArgs {
  format: FormatName;
  output?: string;
  maxWarnings: number;
  quiet: boolean;
}

async function runLint(args: LintArgs, io: CliIO): Promise<number> {
  if (!Number.isInteger(args.maxWarnings) || args.maxWarnings < -1) {
    throw new UsageError(`--max-warnings takes a whole number of 0 or more (or -1 for no limit), not "${args.maxWarnings}"`);
  }
  const results = await lintFromArgs(args, io);
  const color = args.format === 'text' && !args.output && shouldUseColor({ isTTY: io.stdoutIsTTY, env: io.env });
  const report = formatResults(args.format, results, { color, quiet: args.quiet, toolVersion: KBLINT_VERSION });
  await emitReport(report, args.output, io);
  const { errors, warnings } = results.summary;
  if (errors > 0) return EXIT.findings;
  if (args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    io.stderr(`kblint: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
