// `kblint merge REPORT.json..`: the JSON reports of a sharded run as one report, in any format.
import path from 'node:path';
import { builtInRules } from '../../rules/index.js';
import { describeRules } from '../engine/lint.js';
import { mergeReports } from '../engine/merge.js';
import type { Rule } from '../model/rule.js';
import type { CliIO } from './common.js';
import { checkReportArgs, exitCodeFor, writeReports } from './lint-command.js';

export interface MergeArgs {
  reports: string[];
  format: string[];
  output?: string;
  maxWarnings: number;
  quiet: boolean;
  annotations: number;
}


export async function runMerge(args: MergeArgs, io: CliIO): Promise<number> {
  const outputs = checkReportArgs(args, io);
  const files = (args.reports ?? []).map((file) => path.resolve(io.cwd, file));
  const results = await mergeReports(files, describeRules(builtInRules as readonly Rule[]), (file) => path.relative(io.cwd, file) || file);
  await writeReports(outputs, results, args, io);
  return exitCodeFor(results, args.maxWarnings, io);
}
