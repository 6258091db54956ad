// The one results model: sources produce Articles, rules produce LintMessages,
// the engine collects LintResults, and every reporter reads only LintResults.
import type { Root } from 'mdast';

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

/** 1-based line and column, as unist positions are. */
export interface Point {
  line: number;
  column: number;
}

export interface Span {
  start: Point;
  end: Point;
}

/** A calendar date as `YYYY-MM-DD`. Kept as a string so no time zone can shift it. */
export type IsoDate = string;

/** Where a metadata value was read, so findings about it point at the right line. */
export interface MetadataField {
  /** `frontmatter:<key>`, `body`, `html:<what>`, `listing`, `zendesk:<field>` … */
  origin: string;
  /** The raw text as written. */
  raw: string;
  span: Span;
}

export interface DateField extends MetadataField {
  /**
   * The parsed date, or null when `raw` could not be parsed (see `error`).
   * A month-year or year-only value ("June 2026", "2026") is the last day of
   * that month or year (freshness counts from there), with its `precision`.
   */
  value: IsoDate | null;
  /** Set when the date names only a month or a year. */
  precision?: 'month' | 'year';
  /** For a date read in the body: the field it states. */
  kind?: 'published' | 'updated';
  error?: string;
}

export interface ArticleMetadata {
  title: string | null;
  published: IsoDate | null;
  updated: IsoDate | null;
  views: number | null;
  category: string | null;
  locale: string | null;
  /** The review date (freshness.reviewField), only when the config names that field. */
  reviewed?: IsoDate | null;
  /** Where each value came from; rules locate their findings with these. */
  fields: {
    title?: MetadataField;
    published?: DateField;
    updated?: DateField;
    views?: MetadataField;
    category?: MetadataField;
    locale?: MetadataField;
  };
  /** Every date-like field seen, including ones that failed to parse. */
  dateFields: DateField[];
}

export type SourceKind =
  | 'markdown'
  | 'html'
  | 'listing'
  // Help-center platforms' JSON exports (src/sources/platforms/).
  | 'zendesk'
  | 'helpscout'
  | 'intercom'
  | 'freshdesk'
  | 'document360'
  | 'salesforce'
  | 'confluence';

/**
 * One article, as every rule sees it. Built by a pure function of
 * (source text, config, reference date) so it can be cached or built in a worker.
 */
export interface Article {
  /** Path relative to the working directory, with forward slashes. */
  path: string;
  absolutePath: string;
  kind: SourceKind;
  /**
   * Several articles may come from one file (a listing, a Zendesk export);
   * `key` tells them apart (`path` alone when the file is one article).
   */
  key: string;
  source: string;
  tree: Root;
  /** Parsed YAML frontmatter, or null when there is none or it is invalid. */
  frontmatter: Record<string, unknown> | null;
  /** The frontmatter's YAML error, located in the file, when it did not parse. */
  frontmatterError: { message: string; span: Span } | null;
  metadata: ArticleMetadata;
  /** Problems found while loading (invalid frontmatter, …), reported as messages. */
  loadMessages: LintMessage[];
}

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Link to the rule's docs. */
  url?: string;
  /** A concrete replacement or next step, when the rule knows one. */
  suggestion?: string;
  /**
   * Stable identity of the finding (src/engine/fingerprint.ts): rule, article
   * and normalised message, not the line, so it survives edits elsewhere.
   */
  fingerprint?: string;
  /**
   * The file (or a rule on it) could not be linted: unreadable, unparsable,
   * a crashed rule. Such a file never reads as clean; inline comments cannot hide it.
   */
  fatal?: true;
}

export interface ArticleMetrics {
  [name: string]: number;
}

export interface FileResult {
  /** Relative to the cwd, forward slashes. For multi-article files, `path#key`. */
  path: string;
  /** The file on disk the messages' lines refer to. */
  filePath: string;
  metadata: Pick<ArticleMetadata, 'title' | 'published' | 'updated' | 'views' | 'category' | 'reviewed'> & {
    locale?: string | null;
  };
  messages: LintMessage[];
  /** Findings known from the baseline: not counted as errors or warnings (see `Summary.suppressed`). */
  suppressed?: LintMessage[];
  metrics?: ArticleMetrics;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings the baseline already knows, left out of the counts above. */
  suppressed?: number;
  /** Messages marked `fatal` (always an error too); filled in by the engine. */
  fatalErrors?: number;
}

export interface LintResults {
  version: 1;
  now: IsoDate;
  files: FileResult[];
  summary: Summary;
  /** The rules that ran, for reporters that describe them (SARIF). */
  rules: RuleDescription[];
  /** The config's folder: fingerprints and the baseline name articles relative to it. */
  baseDir?: string;
  /** Set by a `--shard K/N` run: what `kblint merge` needs (src/engine/shard-report.ts). */
  shard?: ShardData;
}

/**
 * The `shard` block of a shard's JSON report: plain data, versioned by
 * `format`. Outcomes and corpus parts are tagged JSON (src/util/tagged-json.ts).
 */
export interface ShardData {
  format: 1;
  /** The kblint version that wrote it; merge with the same version. */
  kblint: string;
  index: number;
  count: number;
  /** The paths the shard was given, so the merge finds the config as lint did. */
  patterns: string[];
  /** `--config` as given, when it was. */
  configPath?: string;
  /** The config file used, relative to the folder kblint ran from (null: none). */
  config: string | null;
  /** A hash of kblint's version, the config and the flags: every shard and the merge must agree. */
  settings: string;
  offline: boolean;
  /** The corpus rules this shard left to the merge. */
  deferred: string[];
  /** Each file's outcome, with its place in the unsharded run's order. */
  outcomes: Array<{ order: number; outcome: unknown }>;
  /** Shardable corpus facts (external link results), by fact id. */
  corpus: Record<string, { ok: true; value: unknown } | { ok: false; reason: string }>;
}

export interface RuleDescription {
  id: string;
  description: string;
  defaultSeverity: RuleSetting;
  url: string;
}

/**
 * An article without its text and tree: what the main thread keeps of each
 * article, and what rules that run over the whole corpus (or against the
 * reference date) are given.
 */
export type ArticleSummary = Pick<Article, 'path' | 'absolutePath' | 'kind' | 'key' | 'frontmatterError'> & {
  metadata: SummaryMetadata;
  /** Where an unlocated finding points: the article's first line (its entry in a listing or export). */
  start: Point;
};

/**
 * An article's metadata as the main thread keeps it: the values, every
 * date-like field, and where the two dates were stated (what corpus rules
 * read and locate). Where the title, views, category and locale were stated
 * stays with the article rules (a tenth of the main thread's memory on a
 * large help center).
 */
export type SummaryMetadata = Omit<ArticleMetadata, 'fields'> & {
  fields: Pick<ArticleMetadata['fields'], 'published' | 'updated'>;
};

/** Run-level switches from the CLI or the API. */
export interface RunFlags {
  offline: boolean;
  /** Use the external-link cache (`--no-link-cache` turns it off). */
  linkCache: boolean;
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
