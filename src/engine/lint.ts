// The one path data takes: config → files → per-file jobs (workers) → corpus
// facts → corpus rules → inline control → LintResults. The main thread never
// holds a tree: only each article's summary, messages and shipped facts.
// Nothing here prints or exits.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileResult, IsoDate, LintResults, RuleDescription, RunFlags, RunNotice } from '../model/types.js';
import type { ArticleFact } from '../model/facts.js';
import { rulePhase, shippedFacts, type AnyRule } from '../model/rule.js';
import type { ResolvedConfig } from '../config/schema.js';
import { CONFIG_FILE_NAMES, ConfigError, loadConfig } from '../config/load.js';
import { toPosix } from '../config/policies.js';
import { isIsoDate } from '../metadata/dates.js';
import type { SourceChoice } from '../sources/detect.js';
import { docsUrl, summarize } from './check.js';
import { CorpusPhase, corpusRulesOf, runsInShard } from './corpus.js';
import { shardData } from './shard-report.js';
import { discoverFiles, type Unlintable } from './discover.js';
import { addFingerprints } from './fingerprint.js';
import { CORE_RULES } from './core-rules.js';
import { applyBaseline, resolveBaseline } from './baseline.js';
import { UsageError } from './errors.js';
import { MAX_FILE_BYTES } from './read.js';
import { COLLECTABLE_FACTS } from './fact-registry.js';
import { RunFacts, ShippedFacts } from './facts.js';
import type { JobSpec, JobTask } from './file-job.js';
import { runJobs } from './load-pool.js';
import { StringPool } from './string-pool.js';
import type { ArticleOutcome, FileOutcome } from './outcome.js';
import { DEFAULT_CACHE_LOCATION, ResultsCache } from './results-cache.js';
import { loadRules } from './rules.js';

export interface LintOptions {
  patterns: string[];
  cwd: string;
  configPath?: string;
  /** A config already loaded (tests, the API); skips the search. */
  config?: ResolvedConfig;
  now?: IsoDate;
  flags?: Partial<RunFlags>;
  notify?: (event: RunNotice) => void;
  /** Worker threads for the per-file jobs (`--jobs`); 0 runs them in this thread. */
  jobs?: number;
  /** A file whose job runs longer than this (in a worker) is stopped and reported; given, even a small run uses a worker. */
  parseTimeoutMs?: number;
  /** Read every file as this format instead of detecting it (`--source`). */
  source?: SourceChoice;
  /** `--no-ignore`: lint what .gitignore, .kblintignore and the config's `ignore` exclude. */
  noIgnore?: boolean;
  /** The results cache (`--cache`): a folder, relative to `cwd`. Off when absent. */
  cache?: { location?: string };
  /** Texts to lint instead of files (`lintText`): no discovery, nothing read from disk. */
  texts?: { path: string; text: string }[];
  /** Only these of the discovered files are linted (changed files); the others still count as link targets. */
  filter?: (absolutePath: string) => boolean;
  /**
   * `--shard K/N`: only the files of this share are read. Corpus rules that
   * need other articles (links between articles, translations) do not run;
   * the results carry `shard`, what `kblint merge` needs to run them.
   */
  shard?: { index: number; count: number; includes: (absolutePath: string) => boolean };
  /** A baseline file (`--baseline`), or false for none; default: `.kblint/baseline.json` beside the config, when it exists. */
  baseline?: string | false;
  /** Article facts to hand to `onArticle`, article by article in the run's order (`kblint codes`). */
  collect?: {
    facts: readonly ArticleFact<unknown>[];
    /** Run no rule at all: the collected facts are all the run is for (only read errors are reported). */
    only?: boolean;
    onRun?(facts: RunFacts): void;
    onArticle(article: ArticleOutcome, facts: ShippedFacts): void;
  };
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

export interface ResolvedRun extends LintOptions {
  config: ResolvedConfig;
  now: IsoDate;
  flags: RunFlags;
  rules: ReadonlyMap<string, AnyRule>;
  /** Absolute paths of the files to read, sorted. */
  files: string[];
  /** Paths found but not readable as files (an unreadable folder, a FIFO, a link loop): one finding each. */
  unlintable: Unlintable[];
  /** Every path discovery found, files then unlintable paths, by its place in that order (before any filter). */
  order: ReadonlyMap<string, number>;
  runFacts: RunFacts;
}

/** Config, reference date, rules, run facts and the files to read: everything before the jobs. */
export async function startRun(options: LintOptions): Promise<ResolvedRun> {
  const config =
    options.config ??
    (await loadConfig({
      configPath: options.configPath,
      searchFrom: configSearchStart(options.texts ? options.texts.map((t) => t.path) : options.patterns, options.cwd),
      cwd: options.cwd,
    }));
  if (config.now !== undefined && !isIsoDate(config.now)) {
    throw new ConfigError(`${config.filePath ?? 'config'}: now: "${config.now}" is not a real date as YYYY-MM-DD`);
  }
  const now = options.now ?? config.now ?? todayUtc();
  if (!isIsoDate(now)) throw new UsageError(`the reference date "${now}" is not a real date as YYYY-MM-DD`);
  const rules: ReadonlyMap<string, AnyRule> = options.collect?.only ? new Map() : await loadRules(config);
  const flags: RunFlags = {
    offline: options.flags?.offline ?? false,
    linkCache: options.flags?.linkCache ?? true,
    ...(options.flags?.changedSince ? { changedSince: options.flags.changedSince } : {}),
  };
  const notify = options.notify ?? (() => {});
  const runFacts = new RunFacts({ config, cwd: options.cwd, now, flags, notify });
  // Run facts that can fail on the config (a missing catalog) are built now, so that is exit 2, not a finding per file.
  for (const rule of rules.values()) for (const fact of rule.meta.uses ?? []) if (fact.scope === 'run') runFacts.get(fact);
  const discovered = options.texts
    ? { files: options.texts.map((t) => path.resolve(options.cwd, t.path)), unlintable: [], notices: [] }
    : await discoverFiles({
        patterns: options.patterns,
        cwd: options.cwd,
        ignore: config.ignore?.map((glob) => toPosix(path.relative(options.cwd, path.resolve(config.baseDir, glob)))),
        source: options.source,
        noIgnore: options.noIgnore,
        onSkipped: (skipped) => {
          // Config files and package manifests are never articles: leaving them out needs no notice.
          const named = skipped.filter(({ file }) => !NOT_ARTICLE_JSON.has(path.basename(file)));
          if (named.length > 0) notify({ kind: 'notice', message: skippedJsonNotice(named, options.cwd) });
        },
      });
  for (const message of discovered.notices) notify({ kind: 'notice', message });
  const keep = (file: string) => (options.filter?.(file) ?? true) && (options.shard?.includes(file) ?? true);
  return {
    ...options,
    config,
    now,
    flags,
    rules,
    files: discovered.files.filter(keep),
    unlintable: discovered.unlintable.filter((u) => keep(u.absolutePath)),
    order: new Map([...discovered.files, ...discovered.unlintable.map((u) => u.absolutePath)].map((file, i) => [file, i])),
    runFacts,
  };
}

const NOT_ARTICLE_JSON = new Set([...CONFIG_FILE_NAMES.map((name) => path.basename(name)), 'package-lock.json']);

/** One notice for the JSON files a folder scan left out: each named, with why. */
function skippedJsonNotice(skipped: Array<{ file: string; reason: string }>, cwd: string): string {
  const shown = skipped.slice(0, 10).map(({ file, reason }) => `${toPosix(path.relative(cwd, file))}: ${reason.replace(/^it is /, '').replace(/; tried .*/, '')}`);
  const more = skipped.length > shown.length ? `; and ${skipped.length - shown.length} more` : '';
  return `skipped ${skipped.length} JSON file${skipped.length === 1 ? '' : 's'} of the folder scan (name a file outright to see the formats tried): ${shown.join('; ')}${more}`;
}

export async function lint(options: LintOptions): Promise<LintResults> {
  const run = await startRun(options);
  const { config, now, rules, runFacts } = run;
  const notify = run.notify ?? (() => {});
  run.collect?.onRun?.(runFacts);
  const corpusRules = corpusRulesOf(rules, config);
  // A shard builds only the corpus facts its own articles give whole (external
  // checks) and runs only the rules that need no more; `kblint merge` does the rest.
  const phase = new CorpusPhase(run, corpusRules, run.shard ? { build: (fact) => fact.shardable !== undefined } : {});
  const shipped = new Set<string>([...corpusRules.flatMap(([, rule]) => shippedFacts(rule).map((f) => f.id)), ...(run.collect?.facts ?? []).map((f) => f.id)]);
  for (const fact of run.collect?.facts ?? []) {
    if (!COLLECTABLE_FACTS.includes(fact)) throw new Error(`the fact "${fact.id}" cannot be collected (not in COLLECTABLE_FACTS)`);
  }
  const spec: JobSpec = {
    config,
    cwd: run.cwd,
    now,
    flags: run.flags,
    ...(run.source ? { source: run.source } : {}),
    shipped: [...shipped].sort(),
    ...(run.collect?.only ? { noRules: true } : {}),
  };
  const strings = new StringPool();
  const arrived = (outcome: FileOutcome) => phase.arrive(strings.intern(outcome));

  // The reference date is left out of the key: outcomes that depend on it say so (`readsNow`).
  const { now: _date, ...keyed } = spec;
  const cache = run.cache
    ? await ResultsCache.open(path.resolve(run.cwd, run.cache.location ?? DEFAULT_CACHE_LOCATION), keyed, (message) => notify({ kind: 'notice', message }))
    : null;
  const tasks: JobTask[] = [];
  const keys = new Map<string, string>();
  const outcomes = new Map<string, FileOutcome>();
  const texts = new Map((run.texts ?? []).map((t) => [path.resolve(run.cwd, t.path), t.text]));
  for (const absolutePath of run.files) {
    const relative = toPosix(path.relative(run.cwd, absolutePath)) || path.basename(absolutePath);
    const text = texts.get(absolutePath);
    if (cache) {
      // Only files under the size cap are read whole for the key; a larger one is refused by the job from its size.
      const small = text !== undefined || (await stat(absolutePath).then((s) => s.size <= MAX_FILE_BYTES, () => false));
      const bytes = text !== undefined ? Buffer.from(text) : small ? await readFile(absolutePath).catch(() => null) : null;
      if (bytes) {
        const key = cache.key(relative, bytes);
        keys.set(absolutePath, key);
        const hit = cache.get(key, now);
        if (hit) {
          outcomes.set(absolutePath, hit);
          arrived(hit);
          continue;
        }
      }
    }
    tasks.push({ absolutePath, path: relative, ...(text !== undefined ? { text } : {}) });
  }
  const articleRuleIds = [...rules].filter(([, rule]) => rulePhase(rule) === 'article').map(([id]) => id);
  // The readers and parsers are loaded only if a job runs in this thread.
  const computed = await runJobs(tasks, spec, async () => (await import('./file-job.js')).createJobSetup(spec, rules, runFacts), {
    jobs: run.jobs,
    parseTimeoutMs: run.parseTimeoutMs,
    articleRuleIds,
    onDone: arrived,
  });
  for (const outcome of computed) {
    outcomes.set(outcome.absolutePath, outcome);
    const key = keys.get(outcome.absolutePath);
    if (cache && key) cache.set(key, outcome, now);
  }

  // Corpus facts from every article, in the run's order, then the corpus rules.
  const unlintable: FileOutcome[] = run.unlintable.map(({ absolutePath, reason }) => ({
    absolutePath,
    path: toPosix(path.relative(run.cwd, absolutePath)) || '.',
    articles: [],
    error: reason,
  }));
  const ordered = [...run.files.map((file) => outcomes.get(file)!), ...unlintable];
  const values = await phase.finish(ordered, run.collect ? (article, facts) => run.collect!.onArticle(article, facts) : undefined);
  const results = phase.results(ordered, run.shard ? corpusRules.filter(([, rule]) => runsInShard(rule)) : corpusRules);
  if (cache) {
    await cache.save().catch((error: Error) => notify({ kind: 'notice', message: `could not write the results cache ${cache.file}: ${error.message}` }));
  }
  const linted = finishResults(results, run);
  const baseline = await resolveBaseline({ file: run.baseline }, run.cwd, config.baseDir);
  const reported = baseline ? applyBaseline(linted, baseline) : linted;
  if (!run.shard) return reported;
  return {
    ...reported,
    shard: shardData({
      shard: run.shard,
      cwd: run.cwd,
      config,
      patterns: run.patterns,
      ...(run.configPath === undefined ? {} : { configPath: run.configPath }),
      flags: run.flags,
      order: run.order,
      outcomes: ordered,
      corpus: values,
      deferred: corpusRules.filter(([, rule]) => !runsInShard(rule)).map(([id]) => id),
    }),
  };
}

/** Sorted results as the reporters take them, with fingerprints. */
export function finishResults(results: FileResult[], run: Pick<ResolvedRun, 'cwd' | 'now' | 'config' | 'rules'>): LintResults {
  const files = addFingerprints(results, run.cwd, run.config.baseDir);
  return { version: 1, now: run.now, files, summary: summarize(files), rules: describeRules(run.rules.values()), baseDir: run.config.baseDir };
}

/** The rules of a run, then kblint's own message ids, as reporters describe them. */
export function describeRules(rules: Iterable<AnyRule>): RuleDescription[] {
  const described = [...rules].map((rule) => ({
    id: rule.meta.id,
    description: rule.meta.description,
    defaultSeverity: rule.meta.defaultSeverity,
    url: docsUrl(rule.meta.id),
  }));
  return [...described, ...CORE_RULES];
}
