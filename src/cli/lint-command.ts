// `kblint [lint] [paths..]`: lint, report, and pick the exit code.
import { UsageError } from '../engine/errors.js';
import { formatResults, shouldUseColor, unlintedFiles, type FormatName } from '../reporters/index.js';
import { KBLINT_VERSION } from '../model/version.js';
import { checkOutputPath, emitReport, lintFromArgs, type CliIO } from './common.js';
import type { CommonArgs } from './options.js';

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

export interface LintArgs extends CommonArgs {
  format: FormatName;
  output?: string;
  maxWarnings: number;
  quiet: boolean;
}

export async function runLint(args: LintArgs, io: CliIO): Promise<number> {
  if (!Number.isInteger(args.maxWarnings) || args.maxWarnings < -1) {
    throw new UsageError(`--max-warnings takes a whole number of 0 or more (or -1 for no limit), not "${args.maxWarnings}"`);
  }
  await checkOutputPath(args.output, io);
  const results = await lintFromArgs(args, io);
  const color = args.format === 'text' && !args.output && shouldUseColor({ isTTY: io.stdoutIsTTY, env: io.env });
  const report = formatResults(args.format, results, { color, quiet: args.quiet, toolVersion: KBLINT_VERSION });
  await emitReport(report, args.output, io, { workflowCommands: args.format === 'github' });
  // The text summary says it itself; other formats (or a report file) get it on stderr.
  const unlinted = unlintedFiles(results);
  if (unlinted > 0 && (args.format !== 'text' || args.output)) {
    io.stderr(`kblint: ${unlinted === 1 ? '1 file' : `${unlinted} files`} could not be linted (read-error or rule-error in the report)\n`);
  }
  const { errors, warnings } = results.summary;
  if (errors > 0) return EXIT.findings;
  if (args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    io.stderr(`kblint: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
