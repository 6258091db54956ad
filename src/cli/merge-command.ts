// `kblint merge REPORT.json..`: the JSON reports of a sharded run as the one report an unsharded run gives, in any format.
import path from 'node:path';
import { mergeShards } from '../engine/merge.js';
import { stderrPrinter, type CliIO } from './common.js';
import { checkReportArgs, exitCodeFor, withSuppressedShown, writeReports } from './lint-command.js';

export interface MergeArgs {
  reports: string[];
  format: string[];
  output?: string;
  maxWarnings: number;
  quiet: boolean;
  annotations: number;
  config?: string;
  /** A file, or false for `--no-baseline`. */
  baseline?: string | false;
  showSuppressed: boolean;
}

export async function runMerge(args: MergeArgs, io: CliIO): Promise<number> {
  const outputs = await checkReportArgs(args, io);
  const files = (args.reports ?? []).map((file) => path.resolve(io.cwd, file));
  const results = await mergeShards({
    files,
    cwd: io.cwd,
    ...(args.config === undefined ? {} : { configPath: args.config }),
    ...(args.baseline === undefined ? {} : { baseline: args.baseline }),
    notify: stderrPrinter(io),
    shown: (file) => path.relative(io.cwd, file) || file,
  });
  await writeReports(outputs, args.showSuppressed ? withSuppressedShown(results) : results, args, io);
  return exitCodeFor(results, args.maxWarnings, io);
}
