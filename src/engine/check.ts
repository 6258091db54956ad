// Checking one article: run each enabled rule, apply inline control
// comments, and turn findings into one-line, located messages.
import { KBLINT_REPOSITORY } from '../model/version.js';
import type { Article, FileResult, LintMessage, LintResults, Severity, Span } from '../model/types.js';
import type { Report, Rule, RuleContext } from '../model/rule.js';
import { ruleDocsUrl } from '../model/rule.js';
import { articleName } from '../model/article.js';
import { lowerSeverity } from '../model/severity.js';
import type { ResolvedConfig } from '../config/schema.js';
import { CORE_DOCS, SOURCE_FORMAT_ID } from '../sources/common.js';
import { ruleDocsFolder } from '../../rules/index.js';
import { isRemarkLintId } from '../../rules/remark-lint/index.js';
import type { CorpusIndex } from './corpus.js';
import { applyDirectives, readDirectives } from './inline-config.js';
import type { LoadedFile } from './load-file.js';
import type { RuleSettingResolved } from './rule-settings.js';

/** Messages kblint itself reports (not rules): documented in the README. */
export const CORE_RULE_IDS = ['read-error', 'inline-config', 'rule-error', SOURCE_FORMAT_ID] as const;

export function docsUrl(id: string): string {
  if (isRemarkLintId(id)) return `https://github.com/remarkjs/remark-lint/tree/main/packages/${id}`;
  // A YAML pack rule (`Pack.Rule`): its pack is its documentation; the format is in the README.
  if (id.includes('.')) return `${KBLINT_REPOSITORY}#rule-packs`;
  return ruleDocsUrl(ruleDocsFolder(id));
}

export function readErrorResult(file: LoadedFile): FileResult {
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

export interface CheckRun {
  now: string;
  cwd: string;
  config: ResolvedConfig;
  /** The rules to run in this pass (article-scoped while parsing, corpus-scoped after). */
  rules: ReadonlyMap<string, Rule>;
  corpus: CorpusIndex;
  prepared: Map<string, unknown>;
  prepareFailures: Map<string, string>;
}

/** Findings and metrics gathered for one article, possibly over several passes. */
export interface ArticleFindings {
  messages: LintMessage[];
  metrics?: Record<string, number>;
}

/** Run `run.rules` on one article, adding to what earlier passes found. */
export function runRules(
  article: Article,
  settings: Map<string, RuleSettingResolved>,
  run: CheckRun,
  found: ArticleFindings = { messages: [...article.loadMessages] },
): ArticleFindings {
  const { messages } = found;
  // An unlocated finding points at the article's start: line 1 for a file, its entry in a listing or export.
  const start = article.tree.position?.start;
  const home: Span | undefined = start ? { start: { line: start.line, column: start.column }, end: { line: start.line, column: start.column } } : undefined;
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
      cwd: run.cwd,
      config: run.config,
      options: setting.options,
      corpus: run.corpus,
      prepared: run.prepared.get(id),
      report,
      recordMetrics: (values) => {
        found.metrics = { ...found.metrics, ...values };
      },
    };
    try {
      rule.check(article, context);
    } catch (error) {
      messages.push(ruleError(id, (error as Error).stack?.split('\n').slice(0, 2).join(' ') ?? String(error)));
    }
  }
  return found;
}

/** Apply the article's inline control comments and build its result. */
export function finishArticle(article: Article, found: ArticleFindings, isKnownRule: (id: string) => boolean): FileResult {
  const directives = readDirectives(article.tree);
  const known = (id: string) => isKnownRule(id) || (CORE_RULE_IDS as readonly string[]).includes(id);
  const { messages: kept, problems } = applyDirectives(found.messages, directives, known, CORE_DOCS);
  const all = [...kept, ...problems].map(sanitize).sort(byPosition);
  const { metadata } = article;
  return {
    path: articleName(article),
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
    ...(found.metrics ? { metrics: found.metrics } : {}),
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
