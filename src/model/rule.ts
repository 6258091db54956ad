// The rule API. A rule is metadata plus a check; it reads an Article and
// reports located findings through its context. Rules never print, exit or do I/O
// of their own: cross-article facts come from the corpus index.
import type { Node } from 'unist';
import type { z } from 'zod';
import type { Article, IsoDate, LintMessage, RuleSetting, Span } from './types.js';
import type { ResolvedConfig } from '../config/schema.js';
import type { CorpusIndex } from '../engine/corpus.js';
import { KBLINT_REPOSITORY } from './version.js';

export const DOCS_BASE_URL = `${KBLINT_REPOSITORY}/blob/main/rules`;

export type RuleCategory = 'freshness' | 'metadata' | 'structure' | 'content' | 'links' | 'prose';

export interface RuleMeta<Options = unknown> {
  id: string;
  category: RuleCategory;
  /** One line, shown by `kblint rules`. */
  description: string;
  defaultSeverity: RuleSetting;
  /** Validates `rules: { id: [severity, options] }`. Omit when the rule takes none. */
  options?: z.ZodType<Options>;
  /**
   * `article` (the default): `check` reads only the article, so it runs while
   * other files are still being parsed. `corpus`: `check` reads other articles
   * through `context.corpus`, so it runs once every file is loaded. A rule with
   * `prepare` is always `corpus`.
   */
  scope?: 'article' | 'corpus';
}

/** What a rule hands to `report`: a message and where it is. */
export interface Report {
  message: string;
  /** Locate at a node, a span, or a field; with none, the start of the file. */
  node?: Node;
  span?: Span;
  /** A milder level for this finding only (never raises the configured one). */
  severity?: LintMessage['severity'];
  suggestion?: string;
}

export interface RuleContext<Options = unknown> {
  now: IsoDate;
  /** The working directory report paths are relative to (for messages that name files). */
  cwd: string;
  config: ResolvedConfig;
  /** Options from `rules: { id: [severity, options] }`, already validated. */
  options: Options | undefined;
  corpus: CorpusIndex;
  /** What this rule's `prepare` returned for this run, if it has one. */
  prepared: unknown;
  report(finding: Report): void;
  /** Record per-article numbers (readability metrics …) for the JSON report. */
  recordMetrics(metrics: Record<string, number>): void;
}

export interface PrepareContext<Options = unknown> {
  now: IsoDate;
  config: ResolvedConfig;
  corpus: CorpusIndex;
  /** The articles this rule is enabled for, each with its options. */
  targets: ReadonlyArray<{ article: Article; options: Options | undefined }>;
  /** Run-level switches from the CLI (e.g. `offline`). */
  run: RunFlags;
  /** Progress and notices for a human (stderr); rules never print themselves. */
  notify(event: RunNotice): void;
}

/**
 * What `preload` gets: the run's settings and a corpus whose only usable part
 * is `memo` (the other articles may not be parsed yet).
 */
export interface PreloadContext<Options = unknown> {
  config: ResolvedConfig;
  options: Options | undefined;
  corpus: CorpusIndex;
  run: RunFlags;
  notify(event: RunNotice): void;
}

export interface RunFlags {
  offline: boolean;
  cache: boolean;
  /**
   * Changed-files mode (`--changed-since REF`): each changed article's text at
   * the merge base, by absolute path (null: the file is new). Plain data, read
   * by rules that compare an article with what it was (updated-not-bumped).
   */
  changedSince?: { ref: string; previous: Record<string, string | null> };
}

export type RunNotice =
  | { kind: 'progress'; label: string; done: number; total: number; failures: number }
  | { kind: 'notice'; message: string };

export interface Rule<Options = unknown> {
  meta: RuleMeta<Options>;
  /**
   * Optional once-per-run work before any check (the only place a rule may do
   * I/O, such as checking external links). Its result reaches every check as
   * `context.prepared`.
   */
  prepare?(context: PrepareContext<Options>): Promise<unknown>;
  /**
   * Optional, for corpus rules with slow I/O: called with each article as soon
   * as it is parsed (for the articles the rule is enabled on), to start work
   * that `prepare` then awaits. Must not report; must not throw.
   */
  preload?(article: Article, context: PreloadContext<Options>): void;
  check(article: Article, context: RuleContext<Options>): void;
}

export function defineRule<Options = unknown>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE_URL}/${id}/README.md`;
}

/** Whether the rule needs every article loaded before it can check one. */
export function needsCorpus(rule: Rule): boolean {
  return rule.meta.scope === 'corpus' || rule.prepare !== undefined;
}
