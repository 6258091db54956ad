// The options every reading command shares and their checks: cheap to load,
// so the CLI can build its parser without loading the engine.
import type { Argv } from 'yargs';
import type { LintOptions } from '../engine/lint.js';
import { DEFAULT_PARSE_TIMEOUT_MS } from '../engine/load-pool.js';
import { UsageError } from '../engine/errors.js';
import { SOURCE_CHOICES, type SourceChoice } from '../sources/kinds.js';
import type { CliIO } from './io.js';

/** What every command that reads articles takes: where they are and how to read them. */
export interface InputArgs {
  paths?: string[];
  config?: string;
  jobs?: number;
  /** Unset: the default budget, and a small run stays in the main thread. */
  parseTimeout?: number;
  source?: SourceChoice;
  /** false with `--no-ignore`. */
  ignore?: boolean;
}

export interface CommonArgs extends InputArgs {
  now?: string;
  offline: boolean;
  cache: boolean;
  cacheLocation?: string;
  linkCache: boolean;
  /** `--baseline FILE`, or false (`--no-baseline`); unset: the default file when it exists. */
  baseline?: string | false;
  /** `--changed-since REF`: only the articles changed since the merge base of REF and HEAD. */
  changedSince?: string;
  /** `--shard K/N`. */
  shard?: string;
  /** `--stdin`: lint standard input as the file `--stdin-filename` names. */
  stdin?: boolean;
  stdinFilename?: string;
}

export function inputOptions<T>(y: Argv<T>) {
  return y
    .positional('paths', { describe: 'Files, directories or globs (default: the current directory)', type: 'string', array: true })
    .option('config', { alias: 'c', type: 'string', describe: 'Use this config file instead of searching for one' })
    .option('jobs', { alias: 'j', type: 'number', describe: 'Worker threads for parsing (default: none for a small run, else one per 16 files, at most 4 and one fewer than the cores, at least 1; 0: parse in the main thread, without a time limit)' })
    .option('parse-timeout', {
      type: 'number',
      defaultDescription: String(DEFAULT_PARSE_TIMEOUT_MS / 1000),
      describe: 'Stop and report a file whose parsing takes longer than this many seconds (given: even a small run is parsed in a worker, to be timed)',
    })
    .option('source', {
      choices: SOURCE_CHOICES,
      default: 'auto' as SourceChoice,
      describe: 'Read files as this format instead of detecting it (auto: by extension, then by content)',
    })
    .option('ignore', {
      type: 'boolean',
      default: true,
      describe: 'Skip what .gitignore, .kblintignore and the config\'s "ignore" exclude, even when named outright (--no-ignore lints them)',
    });
}

export function commonOptions<T>(y: Argv<T>) {
  return inputOptions(y)
    .option('now', { type: 'string', describe: 'Reference date for freshness, YYYY-MM-DD (default: config "now", else today in UTC)' })
    .option('offline', { type: 'boolean', default: false, describe: 'Do not check external links over the network' })
    .option('cache', { type: 'boolean', default: false, describe: 'Reuse the results of unchanged files from the results cache (and update it)' })
    .option('cache-location', { type: 'string', describe: 'Folder of the results cache (default: .kblint/cache)' })
    .option('link-cache', { type: 'boolean', default: true, describe: 'Use the link-check cache (--no-link-cache to check every link afresh)' })
    .option('changed-since', { type: 'string', describe: 'Lint only articles added, modified or renamed since the merge base of REF and HEAD (links still resolve against every article)' })
    .option('stdin', { type: 'boolean', default: false, describe: 'Lint the text on standard input (as --stdin-filename, default stdin.md, for the config, the reader and links)' })
    .option('stdin-filename', { type: 'string', describe: 'The path --stdin text is linted as' })
    .option('shard', { type: 'string', describe: 'Lint share K of N (K/N, by a hash of each path), for a CI matrix; merge the JSON reports with kblint merge' });
}

/** The lint options every reading command shares, with its flags checked (UsageError when off). */
export function inputFromArgs(args: InputArgs, io: CliIO): Pick<LintOptions, 'patterns' | 'cwd' | 'configPath' | 'jobs' | 'parseTimeoutMs' | 'source' | 'noIgnore'> {
  if (args.jobs !== undefined && (!Number.isInteger(args.jobs) || args.jobs < 0)) {
    throw new UsageError(`--jobs takes a whole number of 0 or more, not "${args.jobs}"`);
  }
  if (args.parseTimeout !== undefined && !(args.parseTimeout > 0)) {
    throw new UsageError(`--parse-timeout takes a number of seconds above 0, not "${args.parseTimeout}"`);
  }
  return {
    patterns: args.paths ?? [],
    cwd: io.cwd,
    configPath: args.config,
    jobs: args.jobs,
    ...(args.parseTimeout !== undefined ? { parseTimeoutMs: args.parseTimeout * 1000 } : {}),
    ...(args.source && args.source !== 'auto' ? { source: args.source } : {}),
    ...(args.ignore === false ? { noIgnore: true } : {}),
  };
}


export interface CodesArgs extends InputArgs {
  format: 'text' | 'json';
  output?: string;
}

export function codesOptions<T>(y: Argv<T>) {
  return inputOptions(y)
    .option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to FILE instead of stdout' });
}
