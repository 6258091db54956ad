// What every command that lints shares: the options, the IO seam, and turning
// parsed arguments into a lint run.
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { lint } from '../engine/lint.js';
import { UsageError } from '../engine/errors.js';
import { isIsoDate } from '../metadata/dates.js';
import type { LintResults, RunNotice } from '../model/types.js';
import type { CliIO } from './io.js';
import { neutralizeLogText, type LogSafetyOptions } from '../reporters/log-safety.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { inputFromArgs, type CommonArgs } from './options.js';

export type { CliIO } from './io.js';
export { defaultIO, logSafeIO, pipeWriter } from './io.js';
export { commonOptions, inputFromArgs, inputOptions, type CommonArgs, type InputArgs } from './options.js';

export async function lintFromArgs(args: CommonArgs, io: CliIO): Promise<LintResults> {
  const input = inputFromArgs(args, io);
  if (args.now !== undefined && !isIsoDate(args.now)) {
    throw new UsageError(`--now takes a real date as YYYY-MM-DD, not "${args.now}"`);
  }
  return lint({
    ...input,
    now: args.now,
    flags: { offline: args.offline, linkCache: args.linkCache },
    ...(args.cache ? { cache: { ...(args.cacheLocation ? { location: args.cacheLocation } : {}) } } : {}),
    notify: stderrPrinter(io),
  });
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
