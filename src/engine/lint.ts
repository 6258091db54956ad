// The one path data takes: config → files → Articles → corpus index → rules →
// inline control → LintResults. Nothing here prints or exits.
import path from 'node:path';
import type { Article, FileResult, IsoDate, LintMessage, LintResults, Severity, Span } from '../model/types.js';
import type { PrepareContext, Report, Rule, RuleContext, RunFlags, RunNotice } from '../model/rule.js';
import { ruleDocsUrl } from '../model/rule.js';
import { lowerSeverity } from '../model/severity.js';
import type { ResolvedConfig } from '../config/schema.js';
import { ConfigError, loadConfig } from '../config/load.js';
import { toPosix } from '../config/policies.js';
import { builtInRules, ruleDocsFolder } from '../../rules/index.js';
import { isRemarkLintId, loadRemarkLintRule } from '../../rules/remark-lint/index.js';
import type { SourceChoice } from '../sources/index.js';
import type { LoadedFile } from './load-file.js';
import { loadAll } from './load-pool.js';
import { buildCorpusIndex } from './corpus.js';
import { discoverFiles } from './discover.js';
import { UsageError } from './errors.js';
import { applyDirectives, readDirectives } from './inline-config.js';
import { configuredRuleIds, resolveRuleSettings, validateRuleConfig, type RuleSettingResolved } from './rule-settings.js';
import { isIsoDate } from '../metadata/dates.js';
import { attachErrorCodeCatalog } from '../codes/catalog.js';

/** Messages kblint itself reports (not rules): documented in the README. */
export const CORE_RULE_IDS = ['read-error', 'inline-config', 'rule-error', 'source-format'] as const;
const CORE_DOCS = 'https://github.com/kblint/kblint#core-messages';

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
  return lintFiles(await loadFiles(run), run);
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
  });
  return { ...options, config, now, rules, files };
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

export type { LoadedFile } from './load-file.js';

/** Read and parse every file of the run, in worker threads when there are many. Failures become per-file errors. */
export async function loadFiles(run: ResolvedRun): Promise<LoadedFile[]> {
  const tasks = run.files.map((absolutePath) => ({
    absolutePath,
    path: toPosix(path.relative(run.cwd, absolutePath)) || path.basename(absolutePath),
    config: run.config,
    source: run.source,
  }));
  return loadAll(tasks, { jobs: run.jobs, parseTimeoutMs: run.parseTimeoutMs });
}

async function lintFiles(loaded: LoadedFile[], run: ResolvedRun): Promise<LintResults> {
  const { config, now, rules } = run;
  const articles = loaded.flatMap((l) => l.articles);
  const corpus = buildCorpusIndex(articles);
  const settings = new Map<Article, Map<string, RuleSettingResolved>>();
  for (const article of articles) {
    settings.set(article, resolveRuleSettings(config, rules, toPosix(path.relative(config.baseDir, article.absolutePath))));
  }

  const flags: RunFlags = { offline: run.flags?.offline ?? false, cache: run.flags?.cache ?? true };
  const notify = run.notify ?? (() => {});
  const prepared = new Map<string, unknown>();
  const prepareFailures = new Map<string, string>();
  for (const [id, rule] of rules) {
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

  const results: FileResult[] = [];
  for (const file of loaded) {
    if (file.error !== undefined) {
      results.push(readErrorResult(file));
      continue;
    }
    for (const article of file.articles) {
      results.push(checkArticle(article, settings.get(article)!, { ...run, corpus, prepared, prepareFailures }));
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

export function docsUrl(id: string): string {
  if (isRemarkLintId(id)) return `https://github.com/remarkjs/remark-lint/tree/main/packages/${id}`;
  return ruleDocsUrl(ruleDocsFolder(id));
}

function readErrorResult(file: LoadedFile): FileResult {
  const message: LintMessage = {
    ruleId: 'read-error',
    severity: 'error',
    message: `Cannot lint ${file.path}: ${file.error}.`,
    line: file.errorSpan?.start.line ?? 1,
    column: file.errorSpan?.start.column ?? 1,
    endLine: file.errorSpan?.end.line ?? 1,
    endColumn: file.errorSpan?.end.column ?? 1,
    url: CORE_DOCS,
  };
  return {
    path: file.path,
    filePath: file.path,
    metadata: { title: null, published: null, updated: null, views: null, category: null },
    messages: [sanitize(message)],
  };
}

interface CheckRun extends ResolvedRun {
  corpus: ReturnType<typeof buildCorpusIndex>;
  prepared: Map<string, unknown>;
  prepareFailures: Map<string, string>;
}

function checkArticle(article: Article, settings: Map<string, RuleSettingResolved>, run: CheckRun): FileResult {
  const messages: LintMessage[] = [...article.loadMessages];
  // An unlocated finding points at the article's start: line 1 for a file, its entry in a listing or export.
  const start = article.tree.position?.start;
  const home: Span | undefined = start ? { start: { line: start.line, column: start.column }, end: { line: start.line, column: start.column } } : undefined;
  let metrics: Record<string, number> | undefined;
  for (const [id, rule] of run.rules) {
    const setting = settings.get(id);
    if (!setting || setting.severity === 'off') continue;
    const configured = setting.severity;
    const url = docsUrl(id);
    const report = (finding: Report) => messages.push(toMessage(finding, id, configured, url, home));
    const failure = run.prepareFailures.get(id);
    if (failure !== undefined) {
      messages.push(ruleError(id, `could not prepare: ${failure}`));
      continue;
    }
    const context: RuleContext = {
      now: run.now,
      config: run.config,
      options: setting.options,
      corpus: run.corpus,
      prepared: run.prepared.get(id),
      report,
      recordMetrics: (values) => {
        metrics = { ...metrics, ...values };
      },
    };
    try {
      rule.check(article, context);
    } catch (error) {
      messages.push(ruleError(id, (error as Error).stack?.split('\n').slice(0, 2).join(' ') ?? String(error)));
    }
  }
  const directives = readDirectives(article.tree);
  const known = (id: string) => run.rules.has(id) || (CORE_RULE_IDS as readonly string[]).includes(id);
  const { messages: kept, problems } = applyDirectives(messages, directives, known, CORE_DOCS);
  const all = [...kept, ...problems].map(sanitize).sort(byPosition);
  const { metadata } = article;
  const sameFile = article.key === article.path;
  return {
    path: sameFile ? article.path : `${article.path}#${article.key}`,
    filePath: article.path,
    metadata: {
      title: metadata.title,
      published: metadata.published,
      updated: metadata.updated,
      views: metadata.views,
      category: metadata.category,
      ...(metadata.locale ? { locale: metadata.locale } : {}),
    },
    messages: all,
    ...(metrics ? { metrics } : {}),
  };
}

function ruleError(id: string, detail: string): LintMessage {
  return {
    ruleId: 'rule-error',
    severity: 'error',
    message: `Rule "${id}" failed on this file: ${detail}. This is a kblint bug; please report it with the file.`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    url: CORE_DOCS,
  };
}

function toMessage(finding: Report, ruleId: string, configured: Severity, url: string, home?: Span): LintMessage {
  const span = finding.span ?? finding.node?.position ?? home ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return {
    ruleId,
    severity: finding.severity ? lowerSeverity(configured, finding.severity) : configured,
    message: finding.message,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    url,
    ...(finding.suggestion ? { suggestion: finding.suggestion } : {}),
  };
}

/**
 * A message that quotes article text must stay on one line, so no article can
 * smuggle a workflow command (or a fake finding) into a CI log in any format.
 */
export function sanitize(message: LintMessage): LintMessage {
  const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ');
  return {
    ...message,
    message: oneLine(message.message),
    ...(message.suggestion !== undefined ? { suggestion: oneLine(message.suggestion) } : {}),
  };
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

export function summarize(files: FileResult[]): LintResults['summary'] {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const file of files) {
    for (const m of file.messages) {
      if (m.severity === 'error') errors++;
      else if (m.severity === 'warning') warnings++;
      else infos++;
    }
  }
  return { files: files.length, errors, warnings, infos };
}
