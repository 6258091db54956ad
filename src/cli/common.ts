// What every command that lints shares: the options, the IO seam, and turning
// parsed arguments into a lint run.
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { lint } from '../engine/lint.js';
import { UsageError } from '../engine/errors.js';
import { decodeText } from '../engine/read.js';
import { changedScope } from './changed.js';
import { parseShard, shardFilter } from './shard.js';
import { isIsoDate } from '../metadata/dates.js';
import type { LintResults, RunNotice } from '../model/types.js';
import type { CliIO } from './io.js';
import { neutralizeLogText, type LogSafetyOptions } from '../reporters/log-safety.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import { inputFromArgs, type CommonArgs } from './options.js';

export type { CliIO } from './io.js';
export { defaultIO, logSafeIO, pipeWriter } from './io.js';
export { commonOptions, inputFromArgs, inputOptions, type CommonArgs, type InputArgs } from './options.js';

export async function lintFromArgs(args: CommonArgs, io: CliIO): Promise<LintResults> {
  const input = inputFromArgs(args, io);
  if (args.now !== undefined && !isIsoDate(args.now)) {
    throw new UsageError(`--now takes a real date as YYYY-MM-DD, not "${args.now}"`);
  }
  const stdin = await stdinInput(args, io);
  const shard = args.shard === undefined ? undefined : parseShard(args.shard);
  if (shard && args.changedSince !== undefined) {
    throw new UsageError('--shard cannot be combined with --changed-since: a changed-files run is small, and its links are judged against the whole site in one run');
  }
  const changed = args.changedSince === undefined ? undefined : await changedScope(io.cwd, args.changedSince);
  const filter = changed?.filter;
  const results = await lint({
    ...input,
    now: args.now,
    flags: { offline: args.offline, linkCache: args.linkCache, ...(changed ? { changedSince: { ref: changed.ref, previous: changed.previous } } : {}) },
    ...(args.cache ? { cache: { ...(args.cacheLocation ? { location: args.cacheLocation } : {}) } } : {}),
    notify: stderrPrinter(io),
    ...(args.baseline === undefined ? {} : { baseline: args.baseline }),
    ...(filter === undefined ? {} : { filter }),
    ...(shard === undefined ? {} : { shard: { ...shard, includes: shardFilter(shard, io.cwd) } }),
    ...(stdin === undefined ? {} : { texts: [stdin] }),
  });
  if (!changed) return results;
  io.stderr(`kblint: --changed-since ${changed.ref}: ${results.files.length} changed or affected articles linted\n`);
  return changed.narrow(results);
}

async function stdinInput(args: CommonArgs, io: CliIO): Promise<{ path: string; text: string } | undefined> {
  if (!args.stdin) {
    if (args.stdinFilename !== undefined) throw new UsageError('--stdin-filename is only used with --stdin');
    return undefined;
  }
  if ((args.paths ?? []).length > 0) throw new UsageError('--stdin lints standard input only: leave out the paths (name the file with --stdin-filename)');
  if (args.changedSince !== undefined || args.shard !== undefined) throw new UsageError('--stdin cannot be combined with --changed-since or --shard');
  if (!io.readStdin) throw new UsageError('--stdin: standard input cannot be read here');
  const name = args.stdinFilename ?? 'stdin.md';
  const read = decodeText(await io.readStdin());
  if (!read.ok) throw new UsageError(`--stdin: cannot lint standard input as ${name}: ${read.reason}`);
  return { path: name, text: read.text };
}

/** Notices always reach stderr (CI logs too); the redrawn progress line only a terminal. */
export function stderrPrinter(io: CliIO): (event: RunNotice) => void {
  return (event) => {
    if (event.kind === 'notice') {
      io.stderr(`kblint: ${event.message}\n`);
      return;
    }
    if (!io.stderrIsTTY) return;
    const failures = event.failures > 0 ? `, ${event.failures} failed` : '';
    const end = event.done >= event.total ? '\n' : '';
    io.stderr(`\r${event.label}: ${event.done}/${event.total}${failures}${end}`);
  };
}

/**
 * Write a report to `--output FILE` (creating folders; atomically, so an
 * earlier report is replaced whole or not at all) or to stdout. A report file
 * gets the same CI-log filter as stdout: someone may `cat` it in a CI step.
 */
export async function emitReport(report: string, output: string | undefined, io: CliIO, safety: LogSafetyOptions = {}): Promise<void> {
  if (!output) {
    io.stdout(report, safety);
    return;
  }
  const target = path.resolve(io.cwd, output);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFileAtomic(target, neutralizeLogText(report, safety));
}

/** `--output` must name a file: a folder there is a usage error before any work is done. */
export async function checkOutputPath(output: string | undefined, io: CliIO): Promise<void> {
  if (!output) return;
  const target = path.resolve(io.cwd, output);
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) throw new UsageError(`--output ${output} is a folder; name a file to write the report to`);
  if (output.endsWith('/') || output.endsWith(path.sep)) throw new UsageError(`--output ${output} names a folder; name a file to write the report to`);
}
