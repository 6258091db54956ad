// The one path data takes: config → files → per-file jobs (workers) → corpus
// facts → corpus rules → inline control → LintResults. The main thread never
// holds a tree: only each article's summary, messages and shipped facts.
// Nothing here prints or exits.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileResult, IsoDate, LintMessage, LintResults, RuleDescription, RunFlags, RunNotice } from '../model/types.js';
import type { ArticleFact, CorpusFact, CorpusFactBuilder } from '../model/facts.js';
import { rulePhase, shippedFacts, type AnyRule } from '../model/rule.js';
import type { ResolvedConfig } from '../config/schema.js';
import { CONFIG_FILE_NAMES, ConfigError, loadConfig } from '../config/load.js';
import { configRelativePath, toPosix } from '../config/policies.js';
import { isIsoDate } from '../metadata/dates.js';
import type { SourceChoice } from '../sources/detect.js';
import { docsUrl, finishArticle, readErrorResult, ruleError, runRule, summarize, type RuleRun } from './check.js';
import { discoverFiles, type Unlintable } from './discover.js';
import { addFingerprints } from './fingerprint.js';
import { CORE_RULES } from './core-rules.js';
import { applyBaseline, resolveBaseline } from './baseline.js';
import { UsageError } from './errors.js';
import { MAX_FILE_BYTES } from './read.js';
import { COLLECTABLE_FACTS } from './fact-registry.js';
import { corpusReader, describeThrown, RunFacts, ShippedFacts, type CorpusValue } from './facts.js';
import type { JobSpec, JobTask } from './file-job.js';
import { runJobs } from './load-pool.js';
import type { ArticleOutcome, FileOutcome } from './outcome.js';
import { DEFAULT_CACHE_LOCATION, ResultsCache } from './results-cache.js';
import { resolveRuleSettings, type RuleSettingResolved } from './rule-settings.js';
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
   * Every discovered file is read (so corpus facts such as translation groups
   * see them all), but only these are reported (`--shard`).
   */
  reportOnly?: (absolutePath: string) => boolean;
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
  const keep = options.filter ?? (() => true);
  return {
    ...options,
    config,
    now,
    flags,
    rules,
    files: discovered.files.filter(keep),
    unlintable: discovered.unlintable.filter((u) => keep(u.absolutePath)),
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

/** Whether any file of the run may have this rule on: its default, or a rules block that sets it. */
function mayRun(id: string, rule: AnyRule, config: ResolvedConfig): boolean {
  if (rule.meta.defaultSeverity !== 'off') return true;
  const blocks = [config.rules ?? {}, ...(config.overrides ?? []).map((o) => o.rules ?? {})] as Record<string, unknown>[];
  return blocks.some((block) => {
    const entry = block[id];
    const severity = Array.isArray(entry) ? entry[0] : entry;
    return severity !== undefined && severity !== 'off';
  });
}

export async function lint(options: LintOptions): Promise<LintResults> {
  const run = await startRun(options);
  const { config, now, rules, runFacts } = run;
  const notify = run.notify ?? (() => {});
  run.collect?.onRun?.(runFacts);
  const corpusRules = [...rules].filter(([id, rule]) => rulePhase(rule) === 'corpus' && mayRun(id, rule, config));
  const corpusFacts = new Map<CorpusFact<unknown>, CorpusFactBuilder<unknown>>();
  for (const [, rule] of corpusRules) {
    for (const fact of rule.meta.uses ?? []) {
      if (fact.scope === 'corpus' && !corpusFacts.has(fact)) corpusFacts.set(fact, fact.start(runFacts.input, runFacts));
    }
  }
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

  // Settings per article for the corpus rules, worked out as each article arrives.
  const settingsOf = (article: ArticleOutcome): Map<string, RuleSettingResolved> => resolveRuleSettings(config, rules, configRelativePath(article.summary, config));
  const corpusSettings = new Map<ArticleOutcome, Map<string, RuleSettingResolved>>();
  const checkedBy = (settings: Map<string, RuleSettingResolved>, fact: CorpusFact<unknown>) =>
    corpusRules.some(([id, rule]) => settings.get(id)?.severity !== 'off' && settings.get(id) !== undefined && (rule.meta.uses ?? []).includes(fact));
  const shippedOf = new Map<ArticleOutcome, ShippedFacts>();
  // A shard reads every file, but checks (external links …) only what it reports.
  const inShare = run.reportOnly ?? (() => true);
  const arrived = (outcome: FileOutcome) => {
    const share = inShare(outcome.absolutePath);
    for (const article of outcome.articles) {
      const settings = settingsOf(article);
      corpusSettings.set(article, settings);
      const facts = new ShippedFacts(runFacts, article.facts, article.factFailures);
      shippedOf.set(article, facts);
      for (const [fact, builder] of corpusFacts) {
        try {
          builder.arrive?.(article.summary, facts, share && checkedBy(settings, fact));
        } catch {
          // Only a head start: `add` and `finish` do the same work in full and report failures.
        }
      }
    }
  };

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
  for (const outcome of ordered) {
    const share = inShare(outcome.absolutePath);
    for (const article of outcome.articles) {
      const settings = corpusSettings.get(article)!;
      for (const [fact, builder] of corpusFacts) builder.add(article.summary, shippedOf.get(article)!, share && checkedBy(settings, fact));
      run.collect?.onArticle(article, shippedOf.get(article)!);
    }
  }
  const corpusValues = new Map<CorpusFact<unknown>, CorpusValue>();
  await Promise.all(
    [...corpusFacts].map(async ([fact, builder]) => {
      try {
        corpusValues.set(fact, { ok: true, value: await builder.finish() });
      } catch (error) {
        corpusValues.set(fact, { ok: false, reason: error instanceof Error ? error.message : describeThrown(error) });
      }
    }),
  );

  const results: FileResult[] = [];
  const isKnownRule = (id: string) => rules.has(id);
  for (const outcome of ordered) {
    if (!inShare(outcome.absolutePath)) continue;
    if (outcome.error !== undefined || outcome.fileMessages) {
      results.push(readErrorResult(outcome));
      continue;
    }
    for (const article of outcome.articles) {
      const settings = corpusSettings.get(article)!;
      const ruleRun: RuleRun = {
        now,
        cwd: run.cwd,
        config,
        get: corpusReader(shippedOf.get(article)!, corpusValues),
        start: article.summary.start,
        messages: [...article.messages],
        metrics: article.metrics,
        readNow: false,
      };
      for (const [id, rule] of corpusRules) {
        const failed = failedFact(rule, corpusValues);
        if (failed !== undefined && settings.get(id)?.severity !== 'off') {
          ruleRun.messages.push(ruleError(id, `could not prepare: ${failed}`) as LintMessage);
          continue;
        }
        runRule(id, rule, settings.get(id), article.summary, ruleRun);
      }
      results.push(finishArticle(article, ruleRun.messages, ruleRun.metrics, isKnownRule));
    }
  }
  if (cache) {
    await cache.save().catch((error: Error) => notify({ kind: 'notice', message: `could not write the results cache ${cache.file}: ${error.message}` }));
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files = addFingerprints(results, run.cwd, config.baseDir);
  const linted: LintResults = { version: 1, now, files, summary: summarize(files), rules: describeRules(rules.values()), baseDir: config.baseDir };
  const baseline = await resolveBaseline({ file: run.baseline }, run.cwd, config.baseDir);
  return baseline ? applyBaseline(linted, baseline) : linted;
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

/** Why a corpus fact the rule reads could not be built, if one could not. */
function failedFact(rule: AnyRule, values: ReadonlyMap<CorpusFact<unknown>, CorpusValue>): string | undefined {
  for (const fact of rule.meta.uses ?? []) {
    if (fact.scope !== 'corpus') continue;
    const value = values.get(fact);
    if (value && !value.ok) return value.reason;
  }
  return undefined;
}
