// The audit report model (audit.json, version 1): one zod schema is the
// source of both the TypeScript types and schemas/audit.schema.json, so the
// published schema cannot drift from what the writers produce. Keys are only
// ever added, never renamed, within a version.
import { z } from 'zod';

export const AUDIT_REPORT_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().nonnegative();
const percent = z.number().min(0).max(100);

export const freshnessStatus = z
  .enum(['fresh', 'due', 'stale', 'undated'])
  .describe('fresh: within the warning tier of its freshness policy; due: past warnAfterDays; stale: past maxAgeDays; undated: no readable date');

const ruleCount = z.strictObject({ ruleId: z.string(), count });

const headline = z.strictObject({
  articles: count,
  fresh: count,
  due: count,
  stale: count,
  undated: count,
  freshPercent: percent,
  duePercent: percent,
  stalePercent: percent,
  errors: count,
  warnings: count,
  errorsByRule: z.array(ruleCount),
  deadLinks: count,
  brokenLinks: count,
  unexplainedCodes: count,
  medianGrade: z.number().nullable().describe('Median Flesch–Kincaid grade of the articles that have one'),
});

const groupFigures = z.strictObject({
  name: z.string(),
  articles: count,
  fresh: count,
  due: count,
  stale: count,
  undated: count,
  stalePercent: percent,
  errors: count,
  deadLinks: count,
  unexplainedCodes: count,
  medianGrade: z.number().nullable(),
});

const auditArticle = z.strictObject({
  path: z.string().describe('The article as lint results name it: its path, or path#key for one of several in a file'),
  href: z.string().describe('Link to the file: relative to the report folder, or under --repo-url'),
  title: z.string().nullable(),
  category: z.string().nullable(),
  locale: z.string(),
  published: isoDate.nullable(),
  updated: isoDate.nullable(),
  reviewed: isoDate.nullable().describe('The review date (freshness.reviewField); null when the config names none or the article has none'),
  ageDays: z.number().int().nullable(),
  views: z.number().nullable(),
  status: freshnessStatus,
  /** The freshness limits that apply to it (policies included). */
  dueAfterDays: count,
  staleAfterDays: count,
  errors: count,
  warnings: count,
  infos: count,
  grade: z.number().nullable(),
  brokenLinks: count,
  deadLinks: count,
  unexplainedCodes: count,
  priority: z.number().nonnegative().describe('severity × overdue × log10(10 + views); 0 when the article is not on the work list'),
  reasons: z.array(z.string()),
  metadataProblems: z.array(z.string()),
  /** Messages, one per finding, with a fingerprint stable across audits. */
  findings: z.array(
    z.strictObject({
      ruleId: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      line: z.number().int(),
      message: z.string(),
      fingerprint: z.string(),
    }),
  ),
});

const bucket = z.strictObject({ bucket: z.string(), articles: count });

const translationStatus = z.strictObject({
  locale: z.string(),
  source: z.boolean(),
  articles: count,
  upToDate: count,
  outdated: count,
});

const codeCoverage = z.strictObject({
  catalog: z.string().nullable(),
  summary: z.strictObject({ catalogCodes: count, explained: count, mentioned: count, none: count, unlisted: count }),
  codes: z.array(
    z.strictObject({
      code: z.string(),
      message: z.string(),
      status: z.enum(['explained', 'mentioned', 'none']),
      deprecated: z.boolean(),
      explainedIn: z.array(z.string()),
      mentionedIn: z.array(z.string()),
    }),
  ),
  unlisted: z.array(z.strictObject({ code: z.string(), articles: z.array(z.string()) })),
});

const deadLinkHost = z.strictObject({
  host: z.string(),
  links: z.array(z.strictObject({ url: z.string(), article: z.string(), href: z.string(), line: z.number().int(), message: z.string() })),
});

const trendPoint = z.strictObject({
  quarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/)
    .describe("Calendar quarter of the audit's reference date, like 2026-Q4"),
  now: isoDate,
  articles: count,
  freshPercent: percent,
  duePercent: percent,
  stalePercent: percent,
  errors: count,
  deadLinks: count,
  unexplainedCodes: count,
  medianGrade: z.number().nullable(),
});

const linkRef = z.strictObject({ article: z.string(), url: z.string() });

const comparison = z.strictObject({
  /** The audit compared with: the latest one stored before this one. */
  previous: z.strictObject({ runId: z.number().int(), createdAt: z.string(), now: isoDate, quarter: z.string() }).nullable(),
  newlyStale: z.array(z.string()),
  /** Stale in the previous audit, not stale now. */
  fixed: z.array(z.string()),
  stillStale: z
    .array(z.strictObject({ article: z.string(), audits: z.number().int().positive() }))
    .describe('Stale in this and the previous audit; audits: how many audits in a row, this one included'),
  newDeadLinks: z.array(linkRef),
  fixedDeadLinks: z.array(linkRef),
  /** Each headline figure now minus in the previous audit (null without one). */
  change: z
    .strictObject({
      articles: z.number(),
      freshPercent: z.number(),
      stalePercent: z.number(),
      errors: z.number(),
      deadLinks: z.number(),
      unexplainedCodes: z.number(),
      medianGrade: z.number().nullable(),
    })
    .nullable(),
});

export const auditReportSchema = z.strictObject({
  version: z.literal(AUDIT_REPORT_VERSION),
  kblintVersion: z.string(),
  generatedAt: z.string(),
  now: isoDate,
  quarter: z.string(),
  configHash: z.string(),
  /** What the statuses and the priority mean, in words, as the page shows them. */
  definitions: z.strictObject({ fresh: z.string(), due: z.string(), stale: z.string(), undated: z.string(), priority: z.string() }),
  headline,
  byCategory: z.array(groupFigures),
  byLocale: z.array(groupFigures),
  ageDistribution: z.array(bucket),
  readabilityDistribution: z.array(bucket),
  translations: z.array(translationStatus),
  workList: z.array(z.string()).describe('Article paths on the work list, highest priority first (details in articles)'),
  codeCoverage: codeCoverage.nullable(),
  deadLinksByHost: z.array(deadLinkHost),
  metadataIssues: z.array(z.strictObject({ article: z.string(), problems: z.array(z.string()) })),
  comparison,
  trend: z.array(trendPoint).describe('One point per quarter with an audit (the last audit of each), this one last'),
  articles: z.array(auditArticle).describe('Every article, sorted by path'),
});

export type AuditReport = z.infer<typeof auditReportSchema>;
export type AuditArticle = z.infer<typeof auditArticle>;
export type FreshnessStatus = z.infer<typeof freshnessStatus>;
export type Headline = z.infer<typeof headline>;
export type GroupFigures = z.infer<typeof groupFigures>;
export type TrendPoint = z.infer<typeof trendPoint>;
export type Comparison = z.infer<typeof comparison>;

/** The JSON Schema published as schemas/audit.schema.json. */
export function auditJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(auditReportSchema, { target: 'draft-2020-12' }),
    $id: 'https://github.com/kblint/kblint/schemas/audit.schema.json',
    title: 'kblint audit report (audit.json)',
  };
}
