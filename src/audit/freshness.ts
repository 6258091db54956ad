// Fresh / due / stale, from the same freshness policies stale-article applies:
// older than the warning tier (warnAfterDays) is "due", older than the error
// tier (maxAgeDays) is "stale". Computed from the limits, not from the rule's
// findings, so a config that turns stale-article off or down still audits.
import path from 'node:path';
import { resolvePolicies } from '../config/policies.js';
import type { FreshnessPolicy, ResolvedConfig } from '../config/schema.js';
import { isoDaysBetween } from '../metadata/dates.js';
import type { Article, FileResult, IsoDate } from '../model/types.js';
import type { FreshnessStatus } from './schema.js';

export interface ArticleFreshness {
  status: FreshnessStatus;
  ageDays: number | null;
  dueAfterDays: number;
  staleAfterDays: number;
}

export function articleFreshness(file: FileResult, config: ResolvedConfig, cwd: string, now: IsoDate): ArticleFreshness {
  // Policies match on the file's path and the category only; that is all of an Article they read.
  const policyView = {
    absolutePath: path.resolve(cwd, file.filePath),
    metadata: { category: file.metadata.category },
  } as unknown as Article;
  const { freshness } = config;
  const { values } = resolvePolicies<FreshnessPolicy, 'maxAgeDays' | 'warnAfterDays'>(
    { maxAgeDays: freshness.maxAgeDays, warnAfterDays: freshness.warnAfterDays },
    freshness.policies,
    ['maxAgeDays', 'warnAfterDays'],
    policyView,
    config,
  );
  // As stale-article judges it: a review (freshness.reviewField) counts as much as an edit.
  const edited = file.metadata.updated ?? file.metadata.published;
  const reviewed = file.metadata.reviewed ?? null;
  const date = reviewed !== null && (edited === null || reviewed > edited) ? reviewed : edited;
  const limits = { dueAfterDays: values.warnAfterDays, staleAfterDays: values.maxAgeDays };
  if (!date) return { status: 'undated', ageDays: null, ...limits };
  const ageDays = isoDaysBetween(date, now);
  const status: FreshnessStatus = ageDays > values.maxAgeDays ? 'stale' : ageDays > values.warnAfterDays ? 'due' : 'fresh';
  return { status, ageDays, ...limits };
}

/** `2026-Q4` for a date in October to December 2026. */
export function quarterOf(date: IsoDate): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}
