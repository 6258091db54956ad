// What every command that lints shares: the options, the IO seam, and turning
// parsed arguments into a lint run.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Argv } from 'yargs';
import { lint, type LintOptions } from '../engine/lint.js';
import { DEFAULT_PARSE_TIMEOUT_MS } from '../engine/load-pool.js';
import { UsageError } from '../engine/errors.js';
import { isIsoDate } from '../metadata/dates.js';
import type { LintResults } from '../model/types.js';
import type { RunNotice } from '../model/types.js';
import { SOURCE_CHOICES, type SourceChoice } from '../sources/detect.js';

/** The process seen through a seam, so tests can run the CLI in-process too. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  columns: number;
}

export function defaultIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns ?? 100,
  };
}

/** What every command that reads articles takes: where they are and how to read them. */
export interface InputArgs {
  paths?: string[];
  config?: string;
  jobs?: number;
  parseTimeout: number;
  source?: SourceChoice;
}

export interface CommonArgs extends InputArgs {
  now?: string;
  offline: boolean;
  cache: boolean;
  cacheLocation?: string;
  linkCache: boolean;
}

export function inputOptions<T>(y: Argv<T>) {
  return y
    .positional('paths', { describe: 'Files, directories or globs (default: the current directory)', type: 'string', array: true })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of searching for one' })
    .option('jobs', { alias: 'j', type: 'number', describe: 'Worker threads for parsing (default: one per 16 files, up to the cores, at most 4; 0: parse in the main thread, without a time limit)' })
    .option('parse-timeout', { type: 'number', default: DEFAULT_PARSE_TIMEOUT_MS / 1000, describe: 'Stop and report a file whose parsing takes longer than this many seconds' })
    .option('source', {
      choices: SOURCE_CHOICES,
      default: 'auto' as SourceChoice,
      describe: 'Read files as this format instead of detecting it (auto: by extension, then by content)',
    });
}

export function commonOptions<T>(y: Argv<T>) {
  return inputOptions(y)
    .option('now', { type: 'string', describe: 'Reference date for freshness, YYYY-MM-DD (default: config "now", else today in UTC)' })
    .option('offline', { type: 'boolean', default: false, describe: 'Do not check external links over the network' })
    .option('cache', { type: 'boolean', default: false, describe: 'Reuse the results of unchanged files from the results cache (and update it)' })
    .option('cache-location', { type: 'string', describe: 'Folder of the results cache (default: .kblint/cache)' })
    .option('link-cache', { type: 'boolean', default: true, describe: 'Use the link-check cache (--no-link-cache to check every link afresh)' });
}

/** The lint options every reading command shares, with its flags checked (UsageError when off). */
export function inputFromArgs(args: InputArgs, io: CliIO): Pick<LintOptions, 'patterns' | 'cwd' | 'configPath' | 'jobs' | 'parseTimeoutMs' | 'source'> {
  if (args.jobs !== undefined && (!Number.isInteger(args.jobs) || args.jobs < 0)) {
    throw new UsageError(`--jobs takes a whole number of 0 or more, not "${args.jobs}"`);
  }
  if (!(args.parseTimeout > 0)) {
    throw new UsageError(`--parse-timeout takes a number of seconds above 0, not "${args.parseTimeout}"`);
  }
  return {
    patterns: args.paths ?? [],
    cwd: io.cwd,
    configPath: args.config,
    jobs: args.jobs,
    parseTimeoutMs: args.parseTimeout * 1000,
    ...(args.source && args.source !== 'auto' ? { source: args.source } : {}),
  };
}

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

/** Write a report to `--output FILE` (creating folders) or to stdout. */
export async function emitReport(report: string, output: string | undefined, io: CliIO): Promise<void> {
  if (!output) {
    io.stdout(report);
    return;
  }
  const target = path.resolve(io.cwd, output);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, report);
}
