// The audit report as a pure function of the lint results, the config, the
// stored history and the catalog coverage. Every writer (HTML, CSV, JSON,
// Markdown) reads only what this returns.
import path from 'node:path';
import type { ResolvedConfig } from '../config/schema.js';
import type { CodeCoverage } from '../codes/coverage.js';
import { normalizeLocale, sourceLocale, folderLocale, isSourceLocale } from '../sources/locale.js';
import type { FileResult, LintResults } from '../model/types.js';
import { builtInRules } from '../../rules/index.js';
import { articleFreshness, quarterOf } from './freshness.js';
import { fingerprintMessages } from '../engine/fingerprint.js';
import {
  AUDIT_REPORT_VERSION,
  type AuditArticle,
  type AuditReport,
  type Comparison,
  type GroupFigures,
  type Headline,
  type TrendPoint,
} from './schema.js';

/** What the history store knows of earlier audits (see history.ts). */
export interface AuditHistory {
  previous: PreviousAudit | null;
  /** Every stored audit, oldest first. */
  past: TrendPoint[];
}

export interface PreviousAudit {
  runId: number;
  createdAt: string;
  now: string;
  figures: TrendPoint;
  /** Article → its status and how many audits in a row it has been stale. */
  articles: Map<string, { status: string; staleStreak: number }>;
  /** Dead links as `article\u0000url`. */
  deadLinks: Set<string>;
}

export const NO_HISTORY: AuditHistory = { previous: null, past: [] };

export interface AuditInput {
  results: LintResults;
  config: ResolvedConfig;
  /** The folder lint paths are relative to. */
  cwd: string;
  /** The report folder, absolute: file links are relative to it. */
  outDir: string;
  /** When set, files link to `repoUrl` + their path from the cwd instead. */
  repoUrl?: string;
  history: AuditHistory;
  coverage: CodeCoverage | null;
  generatedAt: string;
  kblintVersion: string;
  configHash: string;
}

export const SEVERITY_WEIGHT = { error: 3, warning: 2, info: 1 } as const;

export const DEFINITIONS = {
  fresh: 'updated or reviewed (or, never updated, published) no longer ago than the warning tier of its freshness policy (freshness.warnAfterDays)',
  due: 'older than the warning tier (warnAfterDays) but not the error tier (maxAgeDays): review it soon',
  stale: 'older than the error tier of its freshness policy (freshness.maxAgeDays)',
  undated: 'no readable published or updated date',
  priority:
    'severity × overdue × traffic. Severity: 3 with any error, 2 with warnings only, 1 otherwise. ' +
    'Overdue: 1 + (age − warnAfterDays) / 365 when past the warning tier, else 1. ' +
    'Traffic: log10(10 + views), so unknown views count as 1. ' +
    'On the work list: stale articles and those with errors, broken or dead links or unexplained error codes.',
};

const DEAD_LINK = /^Dead link "(.*)": /;
const UNEXPLAINED_RULES = new Set(['error-code-context']);
const METADATA_RULES = new Set(builtInRules.filter((rule) => rule.meta.category === 'metadata').map((rule) => rule.meta.id));

export function buildAuditReport(input: AuditInput): AuditReport {
  const { results, config } = input;
  const articles = results.files.map((file) => auditArticle(file, input)).sort((a, b) => compare(a.path, b.path));
  const headline = headlineOf(articles, results.files);
  const workList = articles
    .filter((a) => a.priority > 0)
    .sort((a, b) => b.priority - a.priority || compare(a.path, b.path))
    .map((a) => a.path);
  const current = trendPointOf(results.now, headline);
  return {
    version: AUDIT_REPORT_VERSION,
    kblintVersion: input.kblintVersion,
    generatedAt: input.generatedAt,
    now: results.now,
    quarter: quarterOf(results.now),
    configHash: input.configHash,
    definitions: DEFINITIONS,
    headline,
    byCategory: groupBy(articles, (a) => a.category ?? '(no category)'),
    byLocale: groupBy(articles, (a) => a.locale),
    ageDistribution: ageDistribution(articles),
    readabilityDistribution: readabilityDistribution(articles),
    translations: translations(articles, config),
    workList,
    codeCoverage: coverageOf(input.coverage),
    deadLinksByHost: deadLinksByHost(articles),
    metadataIssues: articles.filter((a) => a.metadataProblems.length > 0).map((a) => ({ article: a.path, problems: a.metadataProblems })),
    comparison: compareWithPrevious(articles, current, input.history.previous),
    trend: trendByQuarter([...input.history.past, current]),
    articles,
  };
}

function auditArticle(file: FileResult, input: AuditInput): AuditArticle {
  const { config, cwd, results } = input;
  const freshness = articleFreshness(file, config, cwd, results.now);
  const count = (test: (m: FileResult['messages'][number]) => boolean) => file.messages.filter(test).length;
  const errors = count((m) => m.severity === 'error');
  const warnings = count((m) => m.severity === 'warning');
  const infos = count((m) => m.severity === 'info');
  const brokenLinks = count((m) => m.ruleId === 'broken-link');
  const deadLinks = count((m) => m.ruleId === 'dead-link' && DEAD_LINK.test(m.message));
  const unexplainedCodes = count((m) => UNEXPLAINED_RULES.has(m.ruleId));
  const grade = file.metrics?.fleschKincaidGrade ?? null;
  const views = file.metadata.views;

  const reasons: string[] = [];
  if (freshness.status === 'stale') reasons.push(`stale: ${freshness.ageDays} days old, limit ${freshness.staleAfterDays}`);
  if (brokenLinks > 0) reasons.push(plural(brokenLinks, 'broken link'));
  if (deadLinks > 0) reasons.push(plural(deadLinks, 'dead link'));
  if (unexplainedCodes > 0) reasons.push(plural(unexplainedCodes, 'unexplained error code finding'));
  const otherErrors = file.messages.filter((m) => m.severity === 'error' && !['stale-article', 'broken-link', 'dead-link'].includes(m.ruleId) && !UNEXPLAINED_RULES.has(m.ruleId));
  const otherRules = [...new Set(otherErrors.map((m) => m.ruleId))];
  if (otherErrors.length > 0) reasons.push(`${plural(otherErrors.length, 'other error')} (${otherRules.join(', ')})`);

  const onWorkList = freshness.status === 'stale' || errors > 0 || brokenLinks > 0 || deadLinks > 0 || unexplainedCodes > 0;
  const severity = errors > 0 ? SEVERITY_WEIGHT.error : warnings > 0 ? SEVERITY_WEIGHT.warning : SEVERITY_WEIGHT.info;
  const overdue =
    freshness.ageDays !== null && freshness.ageDays > freshness.dueAfterDays ? 1 + (freshness.ageDays - freshness.dueAfterDays) / 365 : 1;
  const traffic = Math.log10(10 + Math.max(0, views ?? 0));
  const priority = onWorkList ? round(severity * overdue * traffic, 2) : 0;
  if (onWorkList && views !== null) reasons.push(`${views.toLocaleString('en-US')} views`);

  return {
    path: file.path,
    href: fileHref(file, input),
    title: file.metadata.title,
    category: file.metadata.category,
    locale: localeOf(file, input),
    published: file.metadata.published,
    updated: file.metadata.updated,
    reviewed: file.metadata.reviewed ?? null,
    ageDays: freshness.ageDays,
    views,
    status: freshness.status,
    dueAfterDays: freshness.dueAfterDays,
    staleAfterDays: freshness.staleAfterDays,
    errors,
    warnings,
    infos,
    grade: grade === null ? null : round(grade, 1),
    brokenLinks,
    deadLinks,
    unexplainedCodes,
    priority,
    reasons: onWorkList ? reasons : [],
    metadataProblems: metadataProblems(file),
    findings: findingsOf(file),
  };
}

/**
 * The lint run's own fingerprints (the ones the baseline and SARIF use), so a
 * finding is the same finding in every report and across audits. Results made
 * without them (by hand, in tests) get them from the same function.
 */
function findingsOf(file: FileResult): AuditArticle['findings'] {
  const computed = file.messages.every((m) => m.fingerprint !== undefined) ? null : fingerprintMessages(file.path, file.messages);
  return file.messages.map((m, index) => ({
    ruleId: m.ruleId,
    severity: m.severity,
    line: m.line,
    message: m.message,
    fingerprint: m.fingerprint ?? computed![index]!,
  }));
}

function metadataProblems(file: FileResult): string[] {
  const problems = file.messages.filter((m) => METADATA_RULES.has(m.ruleId) || m.ruleId === 'read-error').map((m) => `${m.ruleId}: ${m.message}`);
  if (file.metadata.category === null) problems.push('no category');
  return problems;
}

function localeOf(file: FileResult, input: AuditInput): string {
  if (file.metadata.locale) return normalizeLocale(file.metadata.locale);
  const fromFolder = folderLocale(path.resolve(input.cwd, file.filePath), input.config);
  return fromFolder?.locale ?? sourceLocale(input.config);
}

/** A link to the article's file: under the repository URL, or relative to the report folder. */
export function fileHref(file: Pick<FileResult, 'filePath'>, input: Pick<AuditInput, 'cwd' | 'outDir' | 'repoUrl'>): string {
  const absolute = path.resolve(input.cwd, file.filePath);
  const relative = input.repoUrl ? path.relative(input.cwd, absolute) : path.relative(input.outDir, absolute);
  const encoded = relative.split(path.sep).map((segment) => encodeURIComponent(segment)).join('/');
  return input.repoUrl ? `${input.repoUrl.replace(/\/+$/, '')}/${encoded}` : encoded;
}

function headlineOf(articles: AuditArticle[], files: FileResult[]): Headline {
  const status = statusCounts(articles);
  const byRule = new Map<string, number>();
  for (const file of files) for (const m of file.messages) if (m.severity === 'error') byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
  return {
    articles: articles.length,
    ...status,
    freshPercent: percentOf(status.fresh, articles.length),
    duePercent: percentOf(status.due, articles.length),
    stalePercent: percentOf(status.stale, articles.length),
    errors: sum(articles, (a) => a.errors),
    warnings: sum(articles, (a) => a.warnings),
    errorsByRule: [...byRule].map(([ruleId, count]) => ({ ruleId, count })).sort((a, b) => b.count - a.count || compare(a.ruleId, b.ruleId)),
    deadLinks: sum(articles, (a) => a.deadLinks),
    brokenLinks: sum(articles, (a) => a.brokenLinks),
    unexplainedCodes: sum(articles, (a) => a.unexplainedCodes),
    medianGrade: median(articles.map((a) => a.grade)),
  };
}

function statusCounts(articles: AuditArticle[]) {
  const counts = { fresh: 0, due: 0, stale: 0, undated: 0 };
  for (const a of articles) counts[a.status]++;
  return counts;
}

function groupBy(articles: AuditArticle[], key: (a: AuditArticle) => string): GroupFigures[] {
  const groups = new Map<string, AuditArticle[]>();
  for (const a of articles) {
    const name = key(a);
    const members = groups.get(name);
    if (members) members.push(a);
    else groups.set(name, [a]);
  }
  return [...groups]
    .map(([name, members]) => {
      const status = statusCounts(members);
      return {
        name,
        articles: members.length,
        ...status,
        stalePercent: percentOf(status.stale, members.length),
        errors: sum(members, (a) => a.errors),
        deadLinks: sum(members, (a) => a.deadLinks),
        unexplainedCodes: sum(members, (a) => a.unexplainedCodes),
        medianGrade: median(members.map((a) => a.grade)),
      };
    })
    .sort((a, b) => compare(a.name, b.name));
}

const AGE_BUCKETS: [string, number][] = [
  ['0–90 days', 90],
  ['91–180 days', 180],
  ['181–365 days', 365],
  ['1–2 years', 730],
  ['over 2 years', Infinity],
];

function ageDistribution(articles: AuditArticle[]) {
  const rows = AGE_BUCKETS.map(([bucket]) => ({ bucket, articles: 0 }));
  let undated = 0;
  for (const a of articles) {
    if (a.ageDays === null) {
      undated++;
      continue;
    }
    rows[AGE_BUCKETS.findIndex(([, max]) => a.ageDays! <= max)]!.articles++;
  }
  return [...rows, { bucket: 'undated', articles: undated }];
}

const GRADE_BUCKETS: [string, number][] = [
  ['below 6', 6],
  ['6–8', 8],
  ['8–10', 10],
  ['10–12', 12],
  ['12–14', 14],
  ['14 and above', Infinity],
];

function readabilityDistribution(articles: AuditArticle[]) {
  const rows = GRADE_BUCKETS.map(([bucket]) => ({ bucket, articles: 0 }));
  let none = 0;
  for (const a of articles) {
    if (a.grade === null) {
      none++;
      continue;
    }
    rows[GRADE_BUCKETS.findIndex(([, below]) => a.grade! < below)]!.articles++;
  }
  return [...rows, { bucket: 'no grade', articles: none }];
}

function translations(articles: AuditArticle[], config: ResolvedConfig) {
  const source = sourceLocale(config);
  const outdated = new Set(articles.filter((a) => a.findings.some((f) => f.ruleId === 'translation-outdated')).map((a) => a.path));
  return groupBy(articles, (a) => a.locale).map((group) => {
    const members = articles.filter((a) => a.locale === group.name);
    const stale = members.filter((a) => outdated.has(a.path)).length;
    return { locale: group.name, source: isSourceLocale(group.name, source), articles: members.length, upToDate: members.length - stale, outdated: stale };
  });
}

function coverageOf(coverage: CodeCoverage | null): AuditReport['codeCoverage'] {
  if (!coverage) return null;
  const names = (mentions: { article: string }[]) => [...new Set(mentions.map((m) => m.article))];
  return {
    catalog: coverage.catalog,
    summary: coverage.summary,
    codes: coverage.codes.map((c) => ({
      code: c.code,
      message: c.message,
      status: c.status,
      deprecated: c.deprecated === true,
      explainedIn: names(c.explainedIn),
      mentionedIn: names(c.mentionedIn),
    })),
    unlisted: coverage.unlisted.map((u) => ({ code: u.code, articles: names(u.mentions) })),
  };
}

/** The URL a dead-link finding names (the rule quotes it first). */
export function deadLinkUrl(message: string): string | null {
  return DEAD_LINK.exec(message)?.[1] ?? null;
}

function hostOf(url: string): string {
  try {
    const { host, protocol } = new URL(url);
    return host || protocol;
  } catch {
    return '(not a valid URL)';
  }
}

function deadLinksByHost(articles: AuditArticle[]): AuditReport['deadLinksByHost'] {
  const hosts = new Map<string, AuditReport['deadLinksByHost'][number]['links']>();
  for (const a of articles) {
    for (const f of a.findings) {
      const url = f.ruleId === 'dead-link' ? deadLinkUrl(f.message) : null;
      if (url === null) continue;
      const host = hostOf(url);
      const links = hosts.get(host) ?? [];
      links.push({ url, article: a.path, href: a.href, line: f.line, message: f.message });
      hosts.set(host, links);
    }
  }
  return [...hosts]
    .map(([host, links]) => ({ host, links }))
    .sort((a, b) => b.links.length - a.links.length || compare(a.host, b.host));
}

function compareWithPrevious(articles: AuditArticle[], current: TrendPoint, previous: PreviousAudit | null): Comparison {
  const empty: Comparison = { previous: null, newlyStale: [], fixed: [], stillStale: [], newDeadLinks: [], fixedDeadLinks: [], change: null };
  if (!previous) return empty;
  const now = new Map(articles.map((a) => [a.path, a]));
  const newlyStale: string[] = [];
  const stillStale: Comparison['stillStale'] = [];
  for (const a of articles) {
    if (a.status !== 'stale') continue;
    const before = previous.articles.get(a.path);
    if (before?.status === 'stale') stillStale.push({ article: a.path, audits: before.staleStreak + 1 });
    else newlyStale.push(a.path);
  }
  const fixed = [...previous.articles]
    .filter(([name, before]) => before.status === 'stale' && now.has(name) && now.get(name)!.status !== 'stale')
    .map(([name]) => name)
    .sort(compare);
  const currentDead = new Set(deadLinkKeys(articles));
  const newDeadLinks = [...currentDead].filter((k) => !previous.deadLinks.has(k)).map(splitKey);
  const fixedDeadLinks = [...previous.deadLinks].filter((k) => !currentDead.has(k) && now.has(k.split('\u0000')[0]!)).map(splitKey);
  const p = previous.figures;
  return {
    previous: { runId: previous.runId, createdAt: previous.createdAt, now: previous.now, quarter: quarterOf(previous.now) },
    newlyStale,
    fixed,
    stillStale: stillStale.sort((a, b) => b.audits - a.audits || compare(a.article, b.article)),
    newDeadLinks,
    fixedDeadLinks,
    change: {
      articles: current.articles - p.articles,
      freshPercent: round(current.freshPercent - p.freshPercent, 1),
      stalePercent: round(current.stalePercent - p.stalePercent, 1),
      errors: current.errors - p.errors,
      deadLinks: current.deadLinks - p.deadLinks,
      unexplainedCodes: current.unexplainedCodes - p.unexplainedCodes,
      medianGrade: current.medianGrade !== null && p.medianGrade !== null ? round(current.medianGrade - p.medianGrade, 1) : null,
    },
  };
}

export function deadLinkKeys(articles: readonly Pick<AuditArticle, 'path' | 'findings'>[]): string[] {
  const keys: string[] = [];
  for (const a of articles) {
    for (const f of a.findings) {
      const url = f.ruleId === 'dead-link' ? deadLinkUrl(f.message) : null;
      if (url !== null) keys.push(`${a.path}\u0000${url}`);
    }
  }
  return keys;
}

function splitKey(key: string) {
  const [article, url] = key.split('\u0000') as [string, string];
  return { article, url };
}

export function trendPointOf(now: string, headline: Headline): TrendPoint {
  return {
    quarter: quarterOf(now),
    now,
    articles: headline.articles,
    freshPercent: headline.freshPercent,
    duePercent: headline.duePercent,
    stalePercent: headline.stalePercent,
    errors: headline.errors,
    deadLinks: headline.deadLinks,
    unexplainedCodes: headline.unexplainedCodes,
    medianGrade: headline.medianGrade,
  };
}

/** The last audit of each quarter (by reference date), quarters in order; the current audit wins its quarter. */
function trendByQuarter(points: TrendPoint[]): TrendPoint[] {
  const byQuarter = new Map<string, TrendPoint>();
  for (const point of points) {
    const kept = byQuarter.get(point.quarter);
    if (!kept || point.now >= kept.now) byQuarter.set(point.quarter, point);
  }
  const current = points[points.length - 1];
  if (current) byQuarter.set(current.quarter, current);
  return [...byQuarter.values()].sort((a, b) => compare(a.quarter, b.quarter));
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : round((100 * part) / whole, 1);
}

function sum<T>(items: T[], value: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += value(item);
  return total;
}

export function median(values: (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return round(sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2, 1);
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
