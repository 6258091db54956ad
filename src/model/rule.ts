// The rule API. A rule is metadata plus a check: it reads an article and the
// facts it declares (`context.get(fact)`), and reports located findings through
// its context. Rules never print, exit or do I/O: facts do the deriving, the
// engine does the I/O.
//
// Where a rule runs follows from the facts it declares in `meta.uses`:
// - none, or only run and article facts: an *article rule*. It runs in the
//   worker that parsed the article, on the whole Article (tree included), and
//   its findings may be cached with the file.
// - a corpus fact, or `referenceDate`: a *corpus rule*. It runs in the main
//   thread once every article is read, on the ArticleSummary (no text, no
//   tree), and reads the article facts it declared, sent back by the workers.
//   Verdicts against the reference date are never cached for that reason.
import type { Node } from 'unist';
import type { z } from 'zod';
import type { ResolvedConfig } from '../config/schema.js';
import type { Article, ArticleSummary, IsoDate, LintMessage, RuleSetting, Span } from './types.js';
import type { ArticleFact, CorpusFact, Fact, RunFact } from './facts.js';
import { KBLINT_REPOSITORY } from './version.js';

export const DOCS_BASE_URL = `${KBLINT_REPOSITORY}/blob/main/rules`;

export type RuleCategory = 'freshness' | 'metadata' | 'structure' | 'content' | 'links' | 'prose';

/** The reference date (`--now`) as a fact: declaring it makes a rule a corpus rule, never cached. */
export interface DateFact extends RunFact<IsoDate> {
  readonly referenceDate: true;
}

export const referenceDate: DateFact = {
  scope: 'run',
  id: 'reference-date',
  referenceDate: true,
  build() {
    throw new Error('the reference date is set by the engine');
  },
};

export interface RuleMeta<Options = unknown, Uses extends readonly Fact[] = readonly Fact[]> {
  id: string;
  category: RuleCategory;
  /** One line, shown by `kblint rules`. */
  description: string;
  defaultSeverity: RuleSetting;
  /** Validates `rules: { id: [severity, options] }`. Omit when the rule takes none. */
  options?: z.ZodType<Options>;
  /** The facts `check` reads; they decide where the rule runs (see the top of this file). */
  uses?: Uses;
}

/** What a rule hands to `report`: a message and where it is. */
export interface Report {
  message: string;
  /** Locate at a node, a span, or a field; with none, the start of the article. */
  node?: Node;
  span?: Span;
  /** A milder level for this finding only (never raises the configured one). */
  severity?: LintMessage['severity'];
  suggestion?: string;
}

export interface RuleContext<Options = unknown> {
  /**
   * The reference date. An article rule that reads it has its findings cached
   * per date; declare `referenceDate` instead, which makes it a corpus rule.
   */
  readonly now: IsoDate;
  /** The working directory report paths are relative to (for messages that name files). */
  cwd: string;
  config: ResolvedConfig;
  /** Options from `rules: { id: [severity, options] }`, already validated. */
  options: Options | undefined;
  /** A fact's value, built once by the engine. A corpus rule reads only the article facts it declares. */
  get<T>(fact: Fact<T>): T;
  report(finding: Report): void;
  /** Record per-article numbers (readability metrics …) for the JSON report. */
  recordMetrics(metrics: Record<string, number>): void;
}

/** Whether these facts make a rule a corpus rule. */
type NeedsCorpus<Uses extends readonly Fact[]> = Extract<Uses[number], CorpusFact<any> | DateFact> extends never ? false : true;

/** What `check` is given: the whole article in an article rule, its summary in a corpus rule. */
export type CheckedArticle<Uses extends readonly Fact[]> = NeedsCorpus<Uses> extends true ? ArticleSummary : Article;

export interface Rule<Options = unknown, Uses extends readonly Fact[] = readonly Fact[]> {
  meta: RuleMeta<Options, Uses>;
  check(article: CheckedArticle<Uses>, context: RuleContext<Options>): void;
}

/** Any rule, as the engine holds them. */
export interface AnyRule {
  meta: RuleMeta<unknown, readonly Fact[]>;
  check(article: Article & ArticleSummary, context: RuleContext<unknown>): void;
}

export function defineRule<Options = unknown, const Uses extends readonly Fact[] = readonly []>(rule: Rule<Options, Uses>): AnyRule {
  return rule as unknown as AnyRule;
}

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE_URL}/${id}/README.md`;
}

/** Article rules run in the worker on the tree; corpus rules in the main thread on summaries and facts. */
export function rulePhase(rule: AnyRule): 'article' | 'corpus' {
  return (rule.meta.uses ?? []).some((fact) => fact.scope === 'corpus' || fact === referenceDate) ? 'corpus' : 'article';
}

/** The article facts a corpus rule reads, which the workers must send back. */
export function shippedFacts(rule: AnyRule): ArticleFact<unknown>[] {
  const facts: ArticleFact<unknown>[] = [];
  for (const fact of rule.meta.uses ?? []) {
    if (fact.scope === 'article') facts.push(fact);
    else if (fact.scope === 'corpus') facts.push(...fact.uses);
  }
  return facts;
}
