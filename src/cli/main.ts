// The command line. `main(argv)` returns the exit code; only bin/kblint.js
// sets it on the process. 0 clean, 1 findings over the limit, 2 usage/config/internal.
import yargs, { type Argv } from 'yargs';
import { ConfigError } from '../config/load.js';
import { UsageError } from '../engine/errors.js';
import { commonOptions, EXIT, type CliIO, defaultIO } from './common.js';
import { lintOptions, runLint, type LintArgs } from './lint-command.js';
import { mergeOptions, runMerge, type MergeArgs } from './merge-command.js';
import { reviewOptions, runReview, type ReviewArgs } from './review-command.js';
import { baselineOptions, runBaseline, type BaselineArgs } from './baseline-command.js';
import { listRules } from './rules-command.js';
import { codesOptions, runCodes, type CodesArgs } from './codes-command.js';
import { KBLINT_VERSION } from '../model/version.js';
import { auditOptions, runAudit, type AuditArgs } from './audit-command.js';
import { historyOptions, runHistory, type HistoryArgs } from './history-command.js';

export { EXIT } from './common.js';

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
        lintOptions(commonOptions(y)),
      async (args) => {
        setExit(await runLint(args as unknown as LintArgs, io));
      },
    )
    .command(
      'baseline [paths..]',
      'Record the current findings in .kblint/baseline.json; later lints report them as suppressed and fail only on new ones',
      (y) => baselineOptions(commonOptions(y)),
      async (args) => {
        setExit(await runBaseline(args as unknown as BaselineArgs, io));
      },
    )
    .command(
      'merge <reports..>',
      'Merge the JSON reports of kblint --shard runs into one report, in any format',
      mergeOptions,
      async (args) => {
        setExit(await runMerge(args as unknown as MergeArgs, io));
      },
    )
    .command(
      'review <files..>',
      'Record that articles were reviewed: set their review (or updated) date, changing no other byte',
      reviewOptions,
      async (args) => {
        setExit(await runReview(args as unknown as ReviewArgs, io));
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
    .example('$0 docs/', 'Lint every article under docs/: Markdown, HTML, listing .txt and Zendesk .json exports')
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
