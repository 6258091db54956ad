// The one path data takes: config → files → Articles → corpus index → rules →
// inline control → LintResults. Nothing here prints or exits.
import path from 'node:path';
import type { Article, FileResult, IsoDate, LintResults } from '../model/types.js';
import { needsCorpus, type PrepareContext, type Rule, type RunFlags, type RunNotice } from '../model/rule.js';
import type { ResolvedConfig } from '../config/schema.js';
import { CONFIG_FILE_NAMES, ConfigError, loadConfig } from '../config/load.js';
import { configRelativePath, toPosix } from '../config/policies.js';
import { builtInRules } from '../../rules/index.js';
import { isRemarkLintId, loadRemarkLintRule } from '../../rules/remark-lint/index.js';
import { packRule } from '../packs/rule.js';
import type { SourceChoice } from '../sources/index.js';
import type { LoadedFile } from './load-file.js';
import { loadAll } from './load-pool.js';
import { buildCorpusIndex, type CorpusIndex } from './corpus.js';
import { discoverFiles } from './discover.js';
import { UsageError } from './errors.js';
import { docsUrl, finishArticle, readErrorResult, runRules, summarize, type ArticleFindings, type CheckRun } from './check.js';
import { configuredRuleIds, resolveRuleSettings, validateRuleConfig, type RuleSettingResolved } from './rule-settings.js';

import { isIsoDate } from '../metadata/dates.js';
import { attachErrorCodeCatalog } from '../codes/catalog.js';

export interface LintOptions {
  patterns: string[];
  cwd: string;
  configPath?: string;
  /** A config already loaded (tests, the API); skips the search. */
  config?: ResolvedConfig;
  now?: IsoDate;
  flags?: Partial<RunFlags>;
  notify?: (event: RunNotice) => void;
  /** Worker threads for parsing (`--jobs`); 0 or 1 parses in this thread. */
  jobs?: number;
  /** A file whose parse runs longer than this (in a worker) is stopped and reported. */
  parseTimeoutMs?: number;
  /** Read every file as this format instead of detecting it (`--source`). */
  source?: SourceChoice;
}

export function todayUtc(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

/** Where the config search starts: the deepest folder that holds every path given. */
export function configSearchStart(patterns: string[], cwd: string): string {
  const dirs = patterns
    .map((p) => p.split(/[*?[{]/)[0] ?? '')
    .map((p) => path.resolve(cwd, p || '.'))
    .map((p) => (path.extname(p) ? path.dirname(p) : p));
  if (dirs.length === 0) return cwd;
  let common = dirs[0]!;
  for (const dir of dirs.slice(1)) {
    while (path.relative(common, dir).startsWith('..')) common = path.dirname(common);
  }
  return common;
}

export async function lint(options: LintOptions): Promise<LintResults> {
  const run = await startRun(options);
  // Rules that read only their article run while other files are still being
  // parsed (in worker threads); rules that read the corpus run afterwards.
  const articleRules = new Map([...run.rules].filter(([, rule]) => !needsCorpus(rule)));
  const progress: RunProgress = { settings: new Map(), found: new Map(), memo: new Map() };
  const preloading = [...run.rules].filter(([, rule]) => rule.preload);
  const flags = runFlags(run);
  const earlyCorpus = partialCorpus(progress.memo);
  const articlePass: CheckRun = {
    now: run.now,
    cwd: run.cwd,
    config: run.config,
    rules: articleRules,
    corpus: CORPUS_NOT_READY,
    prepared: new Map(),
    prepareFailures: new Map(),
  };
  const queue = backgroundQueue((article: Article) => {
    const settings = settingsFor(article, run);
    progress.settings.set(article, settings);
    progress.found.set(article, runRules(article, settings, articlePass));
    for (const [id, rule] of preloading) {
      const setting = settings.get(id);
      if (!setting || setting.severity === 'off') continue;
      try {
        rule.preload!(article, { config: run.config, options: setting.options, corpus: earlyCorpus, run: flags, notify: run.notify ?? (() => {}) });
      } catch {
        // Only a head start: `prepare` does the same work in full and reports failures.
      }
    }
  });
  const loaded = await loadFiles(run, (file) => file.articles.forEach((article) => queue.push(article)));
  await queue.idle();
  return lintFiles(loaded, run, progress);
}

interface RunProgress {
  settings: Map<Article, Map<string, RuleSettingResolved>>;
  found: Map<Article, ArticleFindings>;
  /** The corpus memo, begun while parsing by rules' `preload`. */
  memo: Map<string, unknown>;
}

function runFlags(run: ResolvedRun): RunFlags {
  return { offline: run.flags?.offline ?? false, cache: run.flags?.cache ?? true };
}

/** The corpus while files are still being parsed: only its memo can be used. */
function partialCorpus(memo: Map<string, unknown>): CorpusIndex {
  const notYet = (): never => {
    throw new Error('the corpus is not complete until every file is parsed; use it in prepare or check');
  };
  return {
    memo,
    get articles() {
      return notYet();
    },
    get byFile() {
      return notYet();
    },
  };
}

function settingsFor(article: Article, run: ResolvedRun): Map<string, RuleSettingResolved> {
  return resolveRuleSettings(run.config, run.rules, configRelativePath(article, run.config));
}

/** Article-scoped rules get this: reading it is a bug the rule-error message names. */
const CORPUS_NOT_READY = new Proxy({} as CorpusIndex, {
  get(_target, property) {
    throw new Error(`context.corpus.${String(property)} is only available to rules with meta.scope "corpus"`);
  },
});

/**
 * Work done one item per event-loop turn, so finished parses keep being
 * handed to idle workers between checks instead of waiting behind them.
 */
function backgroundQueue<T>(work: (item: T) => void) {
  const items: T[] = [];
  let running: Promise<void> | null = null;
  const pump = async () => {
    while (items.length > 0) {
      await new Promise((resolve) => setImmediate(resolve));
      work(items.shift()!);
    }
    running = null;
  };
  return {
    push(item: T) {
      items.push(item);
      running ??= pump();
    },
    async idle() {
      while (running) await running;
    },
  };
}

/** Config, reference date, rules and the files to read: everything before parsing. */
export async function startRun(options: LintOptions): Promise<ResolvedRun> {
  const config =
    options.config ??
    (await loadConfig({
      configPath: options.configPath,
      searchFrom: configSearchStart(options.patterns, options.cwd),
      cwd: options.cwd,
    }));
  if (config.now !== undefined && !isIsoDate(config.now)) {
    throw new ConfigError(`${config.filePath ?? 'config'}: now: "${config.now}" is not a real date as YYYY-MM-DD`);
  }
  await attachErrorCodeCatalog(config);
  const now = options.now ?? config.now ?? todayUtc();
  if (!isIsoDate(now)) throw new UsageError(`the reference date "${now}" is not a real date as YYYY-MM-DD`);
  const rules = await loadRules(config);
  const files = await discoverFiles({
    patterns: options.patterns,
    cwd: options.cwd,
    ignore: config.ignore?.map((glob) => toPosix(path.relative(options.cwd, path.resolve(config.baseDir, glob)))),
    source: options.source,
    onSkipped: (skipped) => {
      // Config files and package manifests are never articles: leaving them out needs no notice.
      const named = skipped.filter(({ file }) => !NOT_ARTICLE_JSON.has(path.basename(file)));
      if (named.length > 0) options.notify?.({ kind: 'notice', message: skippedJsonNotice(named, options.cwd) });
    },
  });
  return { ...options, config, now, rules, files };
}

const NOT_ARTICLE_JSON = new Set([...CONFIG_FILE_NAMES.map((name) => path.basename(name)), 'package-lock.json']);

/** One notice for the JSON files a folder scan left out: each named, with why. */
function skippedJsonNotice(skipped: Array<{ file: string; reason: string }>, cwd: string): string {
  const shown = skipped.slice(0, 10).map(({ file, reason }) => `${toPosix(path.relative(cwd, file))}: ${reason.replace(/^it is /, '').replace(/; tried .*/, '')}`);
  const more = skipped.length > shown.length ? `; and ${skipped.length - shown.length} more` : '';
  return `skipped ${skipped.length} JSON file${skipped.length === 1 ? '' : 's'} of the folder scan (name a file outright to see the formats tried): ${shown.join('; ')}${more}`;
}

export interface ResolvedRun extends LintOptions {
  config: ResolvedConfig;
  now: IsoDate;
  rules: ReadonlyMap<string, Rule>;
  /** Absolute paths of the files to read, sorted. */
  files: string[];
}

/** Built-in rules plus any remark-lint package the config names. */
export async function loadRules(config: ResolvedConfig): Promise<Map<string, Rule>> {
  const rules = new Map(builtInRules.map((rule) => [rule.meta.id, rule]));
  // YAML pack rules (`Pack.Rule`): read with the config, run like any rule.
  for (const spec of config.packRules ?? []) rules.set(spec.id, packRule(spec));
  for (const id of configuredRuleIds(config)) {
    if (rules.has(id) || !isRemarkLintId(id)) continue;
    try {
      rules.set(id, await loadRemarkLintRule(id, config.baseDir));
    } catch (error) {
      throw new ConfigError(
        `${config.filePath ?? 'config'}: rules: cannot load the remark-lint rule "${id}": ${(error as Error).message.split('\n')[0]} (is the package installed?)`,
      );
    }
  }
  validateRuleConfig(config, rules);
  return rules;
}

/** Read and parse every file of the run, in worker threads when there are many. Failures become per-file errors. */
export async function loadFiles(run: ResolvedRun, onLoaded?: (file: LoadedFile) => void): Promise<LoadedFile[]> {
  const tasks = run.files.map((absolutePath) => ({
    absolutePath,
    path: toPosix(path.relative(run.cwd, absolutePath)) || path.basename(absolutePath),
    config: run.config,
    source: run.source,
  }));
  return loadAll(tasks, { jobs: run.jobs, parseTimeoutMs: run.parseTimeoutMs, onLoaded });
}

async function lintFiles(loaded: LoadedFile[], run: ResolvedRun, progress: RunProgress): Promise<LintResults> {
  const { config, now, rules } = run;
  const articles = loaded.flatMap((l) => l.articles);
  const corpus = buildCorpusIndex(articles, progress.memo);
  const settings = progress.settings;
  const corpusRules = new Map([...rules].filter(([, rule]) => needsCorpus(rule)));

  const flags = runFlags(run);
  const notify = run.notify ?? (() => {});
  const prepared = new Map<string, unknown>();
  const prepareFailures = new Map<string, string>();
  for (const [id, rule] of corpusRules) {
    if (!rule.prepare) continue;
    const targets = articles
      .map((article) => ({ article, setting: settings.get(article)!.get(id)! }))
      .filter((t) => t.setting.severity !== 'off')
      .map((t) => ({ article: t.article, options: t.setting.options }));
    if (targets.length === 0) continue;
    const context: PrepareContext = { now, config, corpus, targets, run: flags, notify };
    try {
      prepared.set(id, await rule.prepare(context));
    } catch (error) {
      prepareFailures.set(id, (error as Error).message);
    }
  }

  const corpusPass: CheckRun = { now, cwd: run.cwd, config, rules: corpusRules, corpus, prepared, prepareFailures };
  const results: FileResult[] = [];
  for (const file of loaded) {
    if (file.error !== undefined) {
      results.push(readErrorResult(file));
      continue;
    }
    for (const article of file.articles) {
      const found = runRules(article, settings.get(article)!, corpusPass, progress.found.get(article));
      results.push(finishArticle(article, found, (id) => rules.has(id)));
    }
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    version: 1,
    now,
    files: results,
    summary: summarize(results),
    rules: [...rules.values()].map((rule) => ({
      id: rule.meta.id,
      description: rule.meta.description,
      defaultSeverity: rule.meta.defaultSeverity,
      url: docsUrl(rule.meta.id),
    })),
  };
}

