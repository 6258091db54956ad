// The programmatic API: lint files or a text in-process and get the results
// model the JSON reporter prints (version 1).
//
//   import { lintFiles, lintText } from 'kblint';
//   const results = await lintFiles(['docs/'], { now: '2026-06-01', offline: true });
//   const one = await lintText('# Title\n', { filePath: 'docs/a.md' });
import path from 'node:path';
import { applyDefaults, configSchema, type ResolvedConfig, type UserConfig } from './config/schema.js';
import { ConfigError, describeIssues, loadConfig } from './config/load.js';
import { lint, type LintOptions } from './engine/lint.js';
import type { LintResults, RunNotice } from './model/types.js';

export type { FileResult, LintMessage, LintResults, RuleDescription, Severity, Summary, RunNotice } from './model/types.js';
export type { UserConfig } from './config/schema.js';
export { ConfigError } from './config/load.js';
export { UsageError } from './engine/errors.js';
export { KBLINT_VERSION as version } from './model/version.js';

/** A config file to load (relative to `cwd`), or the config itself as an object (validated like a file). */
export type ConfigInput = string | UserConfig;

export interface LintFilesOptions {
  /** Where relative patterns and report paths start (default: process.cwd()). */
  cwd?: string;
  /** Default: the config found from the files' folder upward, as the CLI does. */
  config?: ConfigInput;
  /** The reference date for freshness, YYYY-MM-DD (default: config `now`, else today in UTC). */
  now?: string;
  /** Do not check external links over the network (default false, as the CLI). */
  offline?: boolean;
  /** Use the results cache: `true` for `.kblint/cache` under `cwd`, or a folder. Default off. */
  cache?: boolean | { location?: string };
  /** Worker threads (default: by the number of files; 0: all in this thread). */
  jobs?: number;
  /** Notices (an ignored cache, link progress); default: none. */
  notify?: (event: RunNotice) => void;
}

export interface LintTextOptions {
  /** The path the text is linted as (default `text.md`); its folder is where a config is searched for. */
  filePath?: string;
  cwd?: string;
  config?: ConfigInput;
  now?: string;
  /** Default true: a text alone does not check external links. */
  offline?: boolean;
}

/** Lint files, folders or globs; resolves to the JSON reporter's results model. */
export async function lintFiles(patterns: string | string[], options: LintFilesOptions = {}): Promise<LintResults> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const list = Array.isArray(patterns) ? patterns : [patterns];
  return lint({
    patterns: list,
    cwd,
    ...(await configOption(options.config, cwd)),
    ...(options.now !== undefined ? { now: options.now } : {}),
    flags: { offline: options.offline ?? false },
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.notify ? { notify: options.notify } : {}),
    ...(options.cache ? { cache: options.cache === true ? {} : options.cache } : {}),
  });
}

/** Lint one text as if it were the file `filePath`; nothing is read for the text itself. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResults> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const filePath = options.filePath ?? 'text.md';
  const searchFrom = path.dirname(path.resolve(cwd, filePath));
  const config = options.config === undefined ? await loadConfig({ searchFrom, cwd }) : undefined;
  return lint({
    patterns: [],
    texts: [{ path: filePath, text }],
    cwd,
    ...(config ? { config } : await configOption(options.config, cwd)),
    ...(options.now !== undefined ? { now: options.now } : {}),
    flags: { offline: options.offline ?? true },
    jobs: 0,
  });
}

async function configOption(config: ConfigInput | undefined, cwd: string): Promise<Pick<LintOptions, 'config' | 'configPath'>> {
  if (config === undefined) return {};
  if (typeof config === 'string') return { configPath: config };
  return { config: resolveConfigObject(config, cwd) };
}

/** A config given as an object: validated as a file would be, relative paths from `cwd`. */
function resolveConfigObject(config: UserConfig, cwd: string): ResolvedConfig {
  const parsed = configSchema.safeParse(config);
  if (!parsed.success) throw new ConfigError(describeIssues('config', parsed.error.issues));
  return applyDefaults(parsed.data, cwd, null);
}
