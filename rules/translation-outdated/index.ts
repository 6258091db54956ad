import path from 'node:path';
import { z } from 'zod';
import { defineRule } from '../../src/model/rule.js';
import type { Article, IsoDate } from '../../src/model/types.js';
import { articleName } from '../../src/model/article.js';
import type { ResolvedConfig } from '../../src/config/schema.js';
import { memoize } from '../../src/engine/corpus.js';
import { isoDaysBetween } from '../../src/metadata/dates.js';
import { isSourceLocale, normalizeLocale, sharedPath, sourceLocale } from '../../src/sources/locale.js';
import { isJsonSource } from '../../src/sources/detect.js';

interface Group {
  source: Article | null;
  /** The source locale that applies to the group (a Zendesk `source_locale`, else the config's). */
  sourceLocale: string;
}

/** Which articles are translations of one another: built once per run. */
function translationGroups(articles: readonly Article[], config: ResolvedConfig): Map<Article, Group> {
  const byKey = new Map<string, Article[]>();
  for (const article of articles) {
    const key = groupKey(article, config);
    const list = byKey.get(key) ?? [];
    list.push(article);
    byKey.set(key, list);
  }
  const groups = new Map<Article, Group>();
  for (const members of byKey.values()) {
    if (members.length < 2) continue;
    const declared = members.map((a) => a.frontmatter?.source_locale).find((l): l is string => typeof l === 'string');
    const wanted = declared ? normalizeLocale(declared) : sourceLocale(config);
    const exact = members.find((a) => a.metadata.locale !== null && normalizeLocale(a.metadata.locale) === wanted);
    const close = members.find((a) => a.metadata.locale !== null && isSourceLocale(a.metadata.locale, wanted));
    const unmarked = members.filter((a) => a.metadata.locale === null);
    const source = exact ?? close ?? (unmarked.length === 1 ? unmarked[0]! : null);
    for (const member of members) groups.set(member, { source, sourceLocale: wanted });
  }
  return groups;
}

/** Articles sharing a key are one text in several locales. */
function groupKey(article: Article, config: ResolvedConfig): string {
  const fm = article.frontmatter ?? {};
  if (isJsonSource(article.kind)) {
    // A platform export: translations name their source article's id.
    const id = fm.source_id ?? fm.id;
    if (typeof id === 'number' || typeof id === 'string') return `${article.kind}:${id}`;
  }
  const declared = fm.source;
  if (typeof declared === 'number' || (typeof declared === 'string' && /^\d+$/.test(declared.trim()))) {
    return `zendesk:${String(declared).trim()}`;
  }
  if (typeof declared === 'string' && declared.trim() !== '') {
    const value = declared.trim();
    const target = /^\.\.?\//.test(value)
      ? path.resolve(path.dirname(article.absolutePath), value)
      : path.resolve(config.baseDir, value.replace(/^\//, ''));
    return `path:${sharedPath(target, config)}`;
  }
  const shared = sharedPath(article.absolutePath, config);
  return article.key === article.path ? `path:${shared}` : `path:${shared}#${article.key}`;
}

function lastChange(article: Article): { date: IsoDate; which: 'updated' | 'published' } | null {
  const { updated, published } = article.metadata.fields;
  if (updated?.value) return { date: updated.value, which: 'updated' };
  if (published?.value) return { date: published.value, which: 'published' };
  return null;
}

function describe(article: Article, from: Article): string {
  if (article.absolutePath === from.absolutePath && isJsonSource(article.kind)) return `article ${article.key}`;
  return articleName(article);
}

export default defineRule({
  meta: {
    id: 'translation-outdated',
    // Reads the other articles to find each translation's source.
    scope: 'corpus',
    category: 'freshness',
    description: 'A translation was last updated before its source article, so it may miss the source\'s changes.',
    defaultSeverity: 'warning',
    options: z.strictObject({
      /** Days a translation may trail its source before it is flagged. */
      graceDays: z.number().int().nonnegative().max(36_500, 'at most 36500 days (100 years)').default(0),
    }),
  },
  check(article, context) {
    const locale = article.metadata.locale;
    if (locale === null) return;
    const groups = memoize(context.corpus, 'translation-outdated:groups', () => translationGroups(context.corpus.articles, context.config));
    const group = groups.get(article);
    if (!group?.source || group.source === article) return;
    if (isSourceLocale(locale, group.sourceLocale)) return;
    const mine = lastChange(article);
    const theirs = lastChange(group.source);
    if (!mine || !theirs) return; // missing-dates speaks to that
    const lag = isoDaysBetween(mine.date, theirs.date);
    const grace = context.options?.graceDays ?? 0;
    if (lag <= grace) return;
    const field = article.metadata.fields[mine.which];
    const sourceLocaleName = group.source.metadata.locale ?? group.sourceLocale;
    context.recordMetrics({ translationLagDays: lag });
    context.report({
      ...(field ? { span: field.span } : {}),
      message:
        `This ${normalizeLocale(locale)} translation was ${mine.which} on ${mine.date}, ${lag} day${lag === 1 ? '' : 's'} before its ` +
        `${sourceLocaleName} source (${describe(group.source, article)}) was ${theirs.which} on ${theirs.date}.`,
      suggestion: `Compare it with the source's changes since ${mine.date}, update the translation, then set its updated date.`,
    });
  },
});
