// `kblint baseline [paths..]`: record today's findings, so CI can fail only on new ones.
import path from 'node:path';
import { buildBaseline, DEFAULT_BASELINE, writeBaseline } from '../engine/baseline.js';
import { lintFromArgs, type CliIO } from './common.js';
import { EXIT } from './lint-command.js';
import { UsageError } from '../engine/errors.js';
import type { CommonArgs } from './options.js';

export interface BaselineArgs extends CommonArgs {
  output?: string;
}


export async function runBaseline(args: BaselineArgs, io: CliIO): Promise<number> {
  // A shard lacks the rules that compare articles: its baseline would miss their findings.
  if (args.shard !== undefined) throw new UsageError('kblint baseline records a whole run: leave out --shard');
  const results = await lintFromArgs({ ...args, baseline: false }, io);
  const baseDir = results.baseDir ?? io.cwd;
  const target = args.output ? path.resolve(io.cwd, args.output) : path.join(baseDir, DEFAULT_BASELINE);
  const baseline = buildBaseline(results, io.cwd, baseDir);
  await writeBaseline(target, baseline);
  const shown = path.relative(io.cwd, target) || target;
  io.stderr(`kblint: wrote ${baseline.findings.length} known finding${baseline.findings.length === 1 ? '' : 's'} in ${results.summary.files} articles to ${shown}; commit it, and lint fails only on new findings\n`);
  return EXIT.ok;
}
