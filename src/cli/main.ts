// The command line. `main(argv, io)` returns the exit code; only bin/kblint.js
// sets it on the process. 0 clean, 1 findings over the limit, 2 usage/config/internal.
// Every output goes through `io` (yargs' help and version too), and each
// command's code is loaded only when it runs: `kblint --version` loads yargs
// and nothing of the engine.
import type { Argv } from 'yargs';
import { UsageError } from '../engine/errors.js';
import { KBLINT_VERSION } from '../model/version.js';
import { SOURCE_CHOICES, type SourceChoice } from '../sources/kinds.js';
import { defaultIO, logSafeIO, type CliIO } from './io.js';
import { codesOptions, commonOptions, type CodesArgs } from './options.js';
import { baselineOptions, lintOptions, mergeOptions, reviewOptions } from './report-options.js';
import { auditOptions, historyOptions, type AuditArgs, type HistoryArgs } from './audit-options.js';

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

export async function main(argv: string[], rawIO: CliIO = defaultIO()): Promise<number> {
  const io = logSafeIO(rawIO);
  // The commonest quick question, answered without building a parser.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    io.stdout(`${KBLINT_VERSION}\n`);
    return EXIT.ok;
  }
  let exitCode: number = EXIT.ok;
  const { default: yargs } = await import('yargs');
  const parser = buildParser(yargs(argv), io, (code) => {
    exitCode = code;
  });
  try {
    // With a callback, yargs hands help and version text to us instead of printing it.
    await parser.parseAsync(argv, {}, (_error, _args, output) => {
      if (output) io.stdout(`${output}\n`);
    });
    return exitCode;
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: CliIO): number {
  // By name: importing the config loader just for its class would load YAML and the config readers for every run.
  if (error instanceof UsageError || (error instanceof Error && error.name === 'ConfigError')) {
    io.stderr(`kblint: ${error.message}\n`);
  } else if (error instanceof Error && error.name === 'YError') {
    io.stderr(`kblint: ${error.message}\nRun \`kblint --help\` for usage.\n`);
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`kblint: internal error: ${detail}\n`);
  }
  return EXIT.failure;
}

function buildParser(parser: Argv, io: CliIO, setExit: (code: number) => void): Argv {
  return parser
    .scriptName('kblint')
    .usage('$0 [lint] [paths..]\n\nLint help-center and knowledge-base articles: freshness, metadata, structure, error codes, links and readability.')
    .command(
      ['lint [paths..]', '$0 [paths..]'],
      'Lint articles (the default command)',
      (y) => lintOptions(commonOptions(y)),
      async (args) => {
        const { runLint } = await import('./lint-command.js');
        setExit(await runLint(args as unknown as import('./lint-command.js').LintArgs, io));
      },
    )
    .command(
      'baseline [paths..]',
      'Record the current findings in .kblint/baseline.json; later lints report them as suppressed and fail only on new ones',
      (y) => baselineOptions(commonOptions(y)),
      async (args) => {
        const { runBaseline } = await import('./baseline-command.js');
        setExit(await runBaseline(args as unknown as import('./baseline-command.js').BaselineArgs, io));
      },
    )
    .command('merge <reports..>', 'Merge the JSON reports of kblint --shard runs: run the rules that compare articles over all of them and print the one report, in any format', mergeOptions, async (args) => {
      const { runMerge } = await import('./merge-command.js');
      setExit(await runMerge(args as unknown as import('./merge-command.js').MergeArgs, io));
    })
    .command('review <files..>', 'Record that articles were reviewed: set their review (or updated) date, changing no other byte', reviewOptions, async (args) => {
      const { runReview } = await import('./review-command.js');
      setExit(await runReview(args as unknown as import('./review-command.js').ReviewArgs, io));
    })
    .command(
      'codes [paths..]',
      'Error-code catalog coverage: which codes the articles explain, mention without context, or never name',
      codesOptions,
      async (args) => {
        const { runCodes } = await import('./codes-command.js');
        setExit(await runCodes(args as unknown as CodesArgs, io));
      },
    )
    .command(
      'audit [paths..]',
      'Write the quarterly audit (index.html, audit.json, articles.csv, summary.md) and store it in the history',
      auditOptions,
      async (args) => {
        const { runAudit } = await import('./audit-command.js');
        setExit(await runAudit(args as unknown as AuditArgs, io));
      },
    )
    .command('history', 'List the audits stored in the audit history', historyOptions, async (args) => {
      const { runHistory } = await import('./history-command.js');
      setExit(runHistory(args as unknown as HistoryArgs, io));
    })
    .command(
      'rules',
      'List every rule with its default severity',
      (y) => y.option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' }),
      async (args) => {
        const { listRules } = await import('./rules-command.js');
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
        const { printConfig } = await import('./print-config-command.js');
        io.stdout(await printConfig(args as unknown as import('./print-config-command.js').PrintConfigArgs, io.cwd));
        setExit(EXIT.ok);
      },
    )
    .command(
      'test-pack <paths..>',
      'Check YAML rule packs (files or folders) against their own valid and invalid examples',
      (y) => y.positional('paths', { type: 'string', array: true, demandOption: true, describe: 'Pack files or folders' }),
      async (args) => {
        const { testPacks } = await import('./test-pack-command.js');
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
    .example('$0 docs/ -f github -f sarif:kblint.sarif -f markdown:summary.md', 'Annotations, SARIF and a summary from one run')
    .example('$0 baseline docs/', 'Record the current findings; later runs fail only on new ones')
    .example('$0 docs/ --shard 2/4 -f json:shard-2.json', 'Lint a quarter of the articles in one CI job')
    .example('$0 merge shard-*.json -f github -f sarif:kblint.sarif', 'Merge the shard reports as if from one run')
    .example('$0 review docs/fees.md --date 2026-06-01', 'Record a review without editing the article')
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
