// The rule API. A rule is metadata plus a check; it reads an Article and
// reports located findings through its context. Rules never print, exit or do I/O
// of their own: cross-article facts come from the corpus index.
import type { Node } from 'unist';
import type { z } from 'zod';
import type { Article, IsoDate, LintMessage, RuleSetting, Span } from './types.js';
import type { ResolvedConfig } from '../config/schema.js';
import type { CorpusIndex } from '../engine/corpus.js';

export const DOCS_BASE_URL = 'https://github.com/kblint/kblint/blob/main/rules';

export type RuleCategory = 'freshness' | 'metadata' | 'structure' | 'content' | 'links' | 'prose';

export interface RuleMeta<Options = unknown> {
  id: string;
  category: RuleCategory;
  /** One line, shown by `kblint rules`. */
  description: string;
  defaultSeverity: RuleSetting;
  /** Validates `rules: { id: [severity, options] }`. Omit when the rule takes none. */
  options?: z.ZodType<Options>;
}

/** What a rule hands to `report`: a message and where it is. */
export interface Report {
  message: string;
  /** Locate at a node, a span, or a field; with none, the start of the file. */
  node?: Node;
  span?: Span;
  /** Overrides the configured severity for this finding only. */
  severity?: LintMessage['severity'];
  suggestion?: string;
}

export interface RuleContext<Options = unknown> {
  now: IsoDate;
  config: ResolvedConfig;
  /** Options from `rules: { id: [severity, options] }`, already validated. */
  options: Options | undefined;
  corpus: CorpusIndex;
  report(finding: Report): void;
}

export interface Rule<Options = unknown> {
  meta: RuleMeta<Options>;
  check(article: Article, context: RuleContext<Options>): void;
}

export function defineRule<Options = unknown>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE_URL}/${id}/README.md`;
}
