// What the per-file job hands back to the main thread (and what the results
// cache keeps): messages, metrics, the metadata summary and compact facts —
// never the text or the tree.
import type { ArticleSummary, LintMessage, Span } from '../model/types.js';
import type { Directive } from './inline-config.js';

export interface ArticleOutcome {
  summary: ArticleSummary;
  /** Load messages, then the article rules' findings (inline comments not yet applied). */
  messages: LintMessage[];
  metrics?: Record<string, number>;
  /** The article's `kblint-disable` comments, applied once corpus rules have run too. */
  directives: Directive[];
  /** The article facts corpus rules read, by fact id (plain data). */
  facts: Record<string, unknown>;
  /** Facts whose build threw, by id: the rules reading them report a rule-error. */
  factFailures?: Record<string, string>;
}

export interface FileOutcome {
  absolutePath: string;
  /** Relative to the cwd, forward slashes. */
  path: string;
  articles: ArticleOutcome[];
  /** Why the file could not be read or parsed (then `articles` is empty). */
  error?: string;
  errorSpan?: Span;
  /** Findings about a file that was read but holds no articles (an empty export page). */
  fileMessages?: LintMessage[];
  /** An article rule read `context.now`, so these findings hold for this reference date only. */
  readsNow?: boolean;
}
