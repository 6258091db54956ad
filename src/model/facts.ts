// Facts: derived data the engine builds once and rules only read, the way
// ESLint's engine builds `sourceCode` for its rules. A fact is declared once,
// typed, with a scope:
//   run      from the config (the error-code catalog, link options); built once per thread
//   article  from one Article (links, anchors, prose, error-code mentions); built in the
//            worker that parsed it, at most once, and dropped with the article
//   corpus   from every article's article facts (link targets, translation groups,
//            external link results); built in the main thread, which never holds a tree
// Rules read facts with `context.get(fact)`; the engine decides where they run
// from the scopes of the facts they declare in `meta.uses`.
import type { ResolvedConfig } from '../config/schema.js';
import type { Article, ArticleSummary, IsoDate, RunFlags, RunNotice } from './types.js';

export type FactScope = 'run' | 'article' | 'corpus';

/** What a run fact is built from. */
export interface RunFactInput {
  config: ResolvedConfig;
  now: IsoDate;
  cwd: string;
  flags: RunFlags;
  notify(event: RunNotice): void;
}

/** Reads facts of a lower or equal scope while building one. */
export interface FactReader {
  readonly config: ResolvedConfig;
  get<T>(fact: RunFact<T>): T;
}

export interface ArticleFactReader extends FactReader {
  get<T>(fact: RunFact<T> | ArticleFact<T>): T;
}

export interface RunFact<T> {
  readonly scope: 'run';
  readonly id: string;
  /**
   * Synchronous (it is built on first use, in each thread); may read a small
   * file (the catalog). A throw is reported as a config error for the run.
   */
  build(input: RunFactInput, facts: FactReader): T;
}

export interface ArticleFact<T> {
  readonly scope: 'article';
  readonly id: string;
  /**
   * Pure: a function of the article and run facts. When a corpus rule or a
   * corpus fact uses it, its value crosses from the worker by structured clone
   * and is kept in the results cache, so it must be plain data (no tree nodes,
   * no functions, no URL objects).
   */
  build(article: Article, facts: ArticleFactReader): T;
}

/** Collects one corpus fact from every article's facts, then finishes it. */
export interface CorpusFactBuilder<T> {
  /**
   * Optional head start, called as soon as an article's facts reach the main
   * thread (in no fixed order): external link checks begin here.
   */
  arrive?(article: ArticleSummary, facts: ArticleFactReader, checked: boolean): void;
  /**
   * Called once per article, in the run's stable order (sorted paths), after
   * every file is read. `checked`: whether a rule enabled on this article uses
   * the fact (external links are checked only for those; anchors come from all).
   */
  add(article: ArticleSummary, facts: ArticleFactReader, checked: boolean): void;
  /** After every article was added: may do I/O (stat files, check URLs). */
  finish(): T | Promise<T>;
}

export interface CorpusFact<T> {
  readonly scope: 'corpus';
  readonly id: string;
  /** The article facts `add` reads; the workers send these back. */
  readonly uses: readonly ArticleFact<unknown>[];
  start(input: RunFactInput, facts: FactReader): CorpusFactBuilder<T>;
  /**
   * Set for a fact whose part for one article needs only that article's facts
   * (the external link checks): a shard (`--shard K/N`) builds it for its own
   * articles and keeps it in its report as plain data (`save`), and
   * `kblint merge` joins the shards' parts (`combine`) instead of building it
   * again, so the merge needs no network. Other corpus facts are built at the
   * merge from every shard's article facts.
   */
  readonly shardable?: ShardableFact<T>;
}

export interface ShardableFact<T> {
  save(value: T): unknown;
  combine(saved: readonly unknown[], input: RunFactInput, facts: FactReader): T;
}

export type Fact<T = unknown> = RunFact<T> | ArticleFact<T> | CorpusFact<T>;

export function defineRunFact<T>(id: string, build: RunFact<T>['build']): RunFact<T> {
  return { scope: 'run', id, build };
}

export function defineArticleFact<T>(id: string, build: ArticleFact<T>['build']): ArticleFact<T> {
  return { scope: 'article', id, build };
}

export function defineCorpusFact<T>(
  id: string,
  uses: readonly ArticleFact<unknown>[],
  start: CorpusFact<T>['start'],
  shardable?: ShardableFact<T>,
): CorpusFact<T> {
  return { scope: 'corpus', id, uses, start, ...(shardable ? { shardable } : {}) };
}
