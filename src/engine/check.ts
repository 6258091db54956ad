// Running rules on one article, applying inline control comments, and
// turning findings into one-line, located messages. Article rules run here in
// the worker (on the Article); corpus rules in the main thread (on the
// summary and the facts). Both go through `runRule`.
import path from 'node:path';
import type { FileResult, LintMessage, LintResults, Point, Severity, Span } from '../model/types.js';
import type { AnyRule, Report, RuleContext } from '../model/rule.js';
import { ruleDocsUrl } from '../model/rule.js';
import { KBLINT_REPOSITORY } from '../model/version.js';
import type { Fact } from '../model/facts.js';
import { articleName } from '../model/article.js';
import { lowerSeverity } from '../model/severity.js';
import type { ResolvedConfig } from '../config/schema.js';
import { CORE_DOCS, SOURCE_FORMAT_ID } from '../sources/common.js';
import { ruleDocsFolder } from '../../rules/index.js';
import { isRemarkLintId } from '../../rules/remark-lint/index.js';
import { describeThrown } from './facts.js';
import { applyDirectives } from './inline-config.js';
import type { ArticleOutcome, FileOutcome } from './outcome.js';
import type { RuleSettingResolved } from './rule-settings.js';
import { redactSecrets } from '../util/redact.js';

/** Messages kblint itself reports (not rules): documented in the README. */
export const CORE_RULE_IDS = ['read-error', 'inline-config', 'rule-error', SOURCE_FORMAT_ID] as const;

export function docsUrl(id: string): string {
  if (isRemarkLintId(id)) return `https://github.com/remarkjs/remark-lint/tree/main/packages/${id}`;
  // A YAML pack rule (`Pack.Rule`): its pack is its documentation; the format is in the README.
  if (id.includes('.')) return `${KBLINT_REPOSITORY}#rule-packs`;
  return ruleDocsUrl(ruleDocsFolder(id));
}

/** A file without articles: why it could not be read, or what was found about it (an empty export page). */
export function readErrorResult(file: Pick<FileOutcome, 'path' | 'error' | 'errorSpan' | 'fileMessages'>): FileResult {
  if (file.error === undefined) {
    return {
      path: file.path,
      filePath: file.path,
      metadata: { title: null, published: null, updated: null, views: null, category: null },
      messages: (file.fileMessages ?? []).map(sanitize),
    };
  }
  const message: LintMessage = {
    ruleId: 'read-error',
    severity: 'error',
    // The file's name only: the finding is on that file already, and a path from the working folder would change its fingerprint with the folder.
    message: `Cannot lint ${path.posix.basename(file.path) || file.path}: ${file.error}.`,
    line: file.errorSpan?.start.line ?? 1,
    column: file.errorSpan?.start.column ?? 1,
    endLine: file.errorSpan?.end.line ?? 1,
    endColumn: file.errorSpan?.end.column ?? 1,
    url: CORE_DOCS,
    fatal: true,
  };
  return {
    path: file.path,
    filePath: file.path,
    metadata: { title: null, published: null, updated: null, views: null, category: null },
    messages: [sanitize(message)],
  };
}

/** What every rule on an article shares. */
export interface RuleRun {
  now: string;
  cwd: string;
  config: ResolvedConfig;
  get<T>(fact: Fact<T>): T;
  /** Where an unlocated finding points. */
  start: Point | undefined;
  messages: LintMessage[];
  metrics: Record<string, number> | undefined;
  /** Set when a rule read `context.now` (its findings then depend on the date). */
  readNow: boolean;
}

/** Run one rule on one article; a throw of any kind becomes a `rule-error` finding. */
export function runRule(id: string, rule: AnyRule, setting: RuleSettingResolved | undefined, article: unknown, run: RuleRun): void {
  if (!setting || setting.severity === 'off') return;
  const configured = setting.severity;
  const url = docsUrl(id);
  const home: Span | undefined = run.start ? { start: run.start, end: run.start } : undefined;
  const context: RuleContext = {
    get now() {
      run.readNow = true;
      return run.now;
    },
    cwd: run.cwd,
    config: run.config,
    options: setting.options,
    get: run.get,
    report: (finding: Report) => run.messages.push(toMessage(finding, id, configured, url, home)),
    recordMetrics: (values) => {
      run.metrics = { ...run.metrics, ...values };
    },
  };
  try {
    rule.check(article as Parameters<AnyRule['check']>[0], context);
  } catch (error) {
    run.messages.push(ruleError(id, describeThrown(error)));
  }
}

/** Apply the article's inline control comments and build its result. */
export function finishArticle(article: ArticleOutcome, messages: LintMessage[], metrics: Record<string, number> | undefined, isKnownRule: (id: string) => boolean): FileResult {
  const known = (id: string) => isKnownRule(id) || (CORE_RULE_IDS as readonly string[]).includes(id);
  // A crashed rule is not a finding an inline comment may hide: the file was not fully linted.
  const fatal = messages.filter((m) => m.fatal);
  const { messages: kept, problems } = applyDirectives(messages.filter((m) => !m.fatal), article.directives, known, CORE_DOCS);
  const all = [...fatal, ...kept, ...problems].map(sanitize).sort(byPosition);
  const { summary } = article;
  const { metadata } = summary;
  return {
    path: articleName(summary),
    filePath: summary.path,
    metadata: {
      title: metadata.title,
      published: metadata.published,
      updated: metadata.updated,
      views: metadata.views,
      category: metadata.category,
      ...(metadata.locale ? { locale: metadata.locale } : {}),
      ...(metadata.reviewed !== undefined ? { reviewed: metadata.reviewed } : {}),
    },
    messages: all,
    ...(metrics ? { metrics } : {}),
  };
}

export function ruleError(id: string, detail: string): LintMessage {
  return {
    ruleId: 'rule-error',
    severity: 'error',
    message: `Rule "${id}" failed on this file: ${detail}. This is a kblint bug; please report it with the file.`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    url: CORE_DOCS,
    fatal: true,
  };
}

function toMessage(finding: Report, ruleId: string, configured: Severity, url: string, home?: Span): LintMessage {
  const span = finding.span ?? finding.node?.position ?? home ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return {
    ruleId,
    severity: finding.severity ? lowerSeverity(configured, finding.severity) : configured,
    message: String(finding.message),
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    url,
    ...(finding.suggestion ? { suggestion: String(finding.suggestion) } : {}),
  };
}

/**
 * A message that quotes article text must stay on one line, so no article can
 * smuggle a workflow command (or a fake finding) into a CI log in any format.
 */
export function sanitize(message: LintMessage): LintMessage {
  // Also redacts URL credentials and token-like query values, in every format.
  const oneLine = (s: string) => redactSecrets(s.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' '));
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
  let fatalErrors = 0;
  for (const file of files) {
    for (const m of file.messages) {
      if (m.fatal) fatalErrors++;
      if (m.severity === 'error') errors++;
      else if (m.severity === 'warning') warnings++;
      else infos++;
    }
  }
  return { files: files.length, errors, warnings, infos, fatalErrors };
}
