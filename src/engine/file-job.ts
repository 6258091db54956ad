// The whole per-file job, in a worker (or in-process for small runs): read,
// parse once, then per article its settings, every article rule and the
// article facts the corpus rules need. What leaves is a FileOutcome.
import type { ResolvedConfig } from '../config/schema.js';
import { configRelativePath } from '../config/policies.js';
import type { ArticleFact } from '../model/facts.js';
import { rulePhase, type AnyRule } from '../model/rule.js';
import type { Article, ArticleMetadata, ArticleSummary, IsoDate, RunFlags, SummaryMetadata } from '../model/types.js';
import type { SourceChoice } from '../sources/index.js';
import { runRule, type RuleRun } from './check.js';
import { ArticleFacts, RunFacts } from './facts.js';
import { factsById } from './fact-registry.js';
import { directivesOf } from './inline-config.js';
import { loadFile, tooDeep } from './load-file.js';
import { MAX_TREE_DEPTH, treeWalkFact } from '../sources/walk.js';
import type { ArticleOutcome, FileOutcome } from './outcome.js';
import { resolveRuleSettings } from './rule-settings.js';
import { loadRules } from './rules.js';

/** Everything a thread needs to run file jobs: plain data, sent to each worker once. */
export interface JobSpec {
  config: ResolvedConfig;
  cwd: string;
  now: IsoDate;
  flags: RunFlags;
  source?: SourceChoice;
  /** Ids of the article facts to send back (those corpus rules and corpus facts read). */
  shipped: string[];
  /** No rule runs (a run that only collects facts, `kblint codes`): workers load none. */
  noRules?: boolean;
}

export interface JobTask {
  absolutePath: string;
  /** Relative to the cwd, forward slashes. */
  path: string;
  /** The text itself, for `lintText` (no file is read). */
  text?: string;
}

/** A thread's prepared run: the rules, run facts and shipped facts, set up once. */
export interface JobSetup {
  spec: JobSpec;
  rules: ReadonlyMap<string, AnyRule>;
  articleRules: ReadonlyArray<[string, AnyRule]>;
  runFacts: RunFacts;
  shipped: ArticleFact<unknown>[];
}

export async function createJobSetup(spec: JobSpec, rules?: ReadonlyMap<string, AnyRule>, runFacts?: RunFacts): Promise<JobSetup> {
  const loaded = rules ?? (spec.noRules ? new Map<string, AnyRule>() : await loadRules(spec.config));
  const byId = factsById(loaded.values());
  const shipped = spec.shipped.map((id) => {
    const fact = byId.get(id);
    if (!fact || fact.scope !== 'article') throw new Error(`unknown article fact "${id}"`);
    return fact;
  });
  return {
    spec,
    rules: loaded,
    articleRules: [...loaded].filter(([, rule]) => rulePhase(rule) === 'article'),
    runFacts: runFacts ?? new RunFacts({ config: spec.config, cwd: spec.cwd, now: spec.now, flags: spec.flags, notify: () => {} }),
    shipped,
  };
}

/** `onStage(i)`: the job starts article rule i (i = the number of rules: the facts). */
export async function runFileJob(task: JobTask, setup: JobSetup, onStage?: (ruleIndex: number) => void): Promise<FileOutcome> {
  const loaded = await loadFile({ ...task, config: setup.spec.config, source: setup.spec.source });
  const { absolutePath, path } = task;
  if (loaded.error !== undefined) {
    return { absolutePath, path, articles: [], error: loaded.error, ...(loaded.errorSpan ? { errorSpan: loaded.errorSpan } : {}) };
  }
  if (loaded.fileMessages) return { absolutePath, path, articles: [], fileMessages: loaded.fileMessages };
  // The one tree walk per article is the depth guard too: a file with a tree too deep is refused before any rule.
  const facts = loaded.articles.map((article) => new ArticleFacts(article, setup.runFacts));
  for (const articleFacts of facts) {
    const { depth } = articleFacts.get(treeWalkFact);
    if (depth > MAX_TREE_DEPTH) return { absolutePath, path, articles: [], error: tooDeep(depth) };
  }
  let readsNow = false;
  const articles = loaded.articles.map((article, index) => {
    const { outcome, readNow } = checkArticle(article, facts[index]!, setup, onStage);
    readsNow ||= readNow;
    return outcome;
  });
  return { absolutePath, path, articles, ...(readsNow ? { readsNow } : {}) };
}

/** Article rules and shipped facts for one article; the Article is dropped afterwards. */
function checkArticle(article: Article, facts: ArticleFacts, setup: JobSetup, onStage?: (ruleIndex: number) => void): { outcome: ArticleOutcome; readNow: boolean } {
  const { spec } = setup;
  const settings = resolveRuleSettings(spec.config, setup.rules, configRelativePath(article, spec.config));
  const start = article.tree.position?.start;
  const run: RuleRun = {
    now: spec.now,
    cwd: spec.cwd,
    config: spec.config,
    get: (fact) => {
      if (fact.scope === 'corpus') throw new Error(`the corpus fact "${fact.id}" is only for rules that declare it in meta.uses`);
      return facts.get(fact);
    },
    start: start ? { line: start.line, column: start.column } : undefined,
    messages: [...article.loadMessages],
    metrics: undefined,
    readNow: false,
  };
  setup.articleRules.forEach(([id, rule], index) => {
    onStage?.(index);
    runRule(id, rule, settings.get(id), article, run);
  });
  onStage?.(setup.articleRules.length);
  const shipped = facts.export(setup.shipped);
  const summary: ArticleSummary = {
    path: article.path,
    absolutePath: article.absolutePath,
    kind: article.kind,
    key: article.key,
    metadata: summaryMetadata(article.metadata),
    frontmatterError: article.frontmatterError,
    start: run.start ?? { line: 1, column: 1 },
  };
  return {
    outcome: {
      summary,
      messages: run.messages,
      ...(run.metrics ? { metrics: run.metrics } : {}),
      directives: directivesOf(facts.get(treeWalkFact).headingsAndHtml),
      facts: shipped.values,
      ...(Object.keys(shipped.failures).length > 0 ? { factFailures: shipped.failures } : {}),
    },
    readNow: run.readNow,
  };
}

/** The metadata a summary keeps (see SummaryMetadata). */
export function summaryMetadata(metadata: ArticleMetadata): SummaryMetadata {
  const { published, updated } = metadata.fields;
  return { ...metadata, fields: { ...(published ? { published } : {}), ...(updated ? { updated } : {}) } };
}
