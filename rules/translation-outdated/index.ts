import path from 'node:path';
import { z } from 'zod';
import { defineRule } from '../../src/model/rule.js';
import type { Article, ArticleSummary, IsoDate } from '../../src/model/types.js';
import { toPosix } from '../../src/config/policies.js';
import { defineArticleFact, defineCorpusFact } from '../../src/model/facts.js';
import type { ResolvedConfig } from '../../src/config/schema.js';
import { isoDaysBetween } from '../../src/metadata/dates.js';
import { isSourceLocale, normalizeLocale, sharedPath, sourceLocale } from '../../src/sources/locale.js';
import { isJsonSource } from '../../src/sources/detect.js';

interface Group {
  source: ArticleSummary | null;
  /** The source locale that applies to the group (a Zendesk `source_locale`, else the config's). */
  sourceLocale: string;
}

/** What each article tells the grouping: its group key and a declared `source_locale`. */
const translationKeyFact = defineArticleFact('translation:key', (article, facts) => ({
  key: groupKey(article, facts.config),
  sourceLocale: typeof article.frontmatter?.source_locale === 'string' ? article.frontmatter.source_locale : null,
}));

/** Which articles are translations of one another: built once per run. */
const translationGroupsFact = defineCorpusFact<Map<ArticleSummary, Group>>('translation:groups', [translationKeyFact], ({ config }) => {
  const byKey = new Map<string, { article: ArticleSummary; sourceLocale: string | null }[]>();
  return {
    add(article, facts) {
      const { key, sourceLocale } = facts.get(translationKeyFact);
      const list = byKey.get(key) ?? [];
      list.push({ article, sourceLocale });
      byKey.set(key, list);
    },
    finish: () => translationGroups(byKey.values(), config),
  };
});

function translationGroups(
  keyed: Iterable<{ article: ArticleSummary; sourceLocale: string | null }[]>,
  config: ResolvedConfig,
): Map<ArticleSummary, Group> {
  const groups = new Map<ArticleSummary, Group>();
  for (const entries of keyed) {
    if (entries.length < 2) continue;
    const members = entries.map((e) => e.article);
    const declared = entries.map((e) => e.sourceLocale).find((l): l is string => l !== null);
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

function lastChange(article: ArticleSummary): { date: IsoDate; which: 'updated' | 'published' } | null {
  const { updated, published } = article.metadata.fields;
  if (updated?.value) return { date: updated.value, which: 'updated' };
  if (published?.value) return { date: published.value, which: 'published' };
  return null;
}

/** The source as seen from the translation: its path relative to the translation's folder (not the working folder, so the message never depends on it). */
function describe(article: ArticleSummary, from: ArticleSummary): string {
  if (article.absolutePath === from.absolutePath && isJsonSource(article.kind)) return `article ${article.key}`;
  const file = toPosix(path.relative(path.dirname(from.absolutePath), article.absolutePath));
  return article.key === article.path ? file : `${file}#${article.key}`;
}

export default defineRule({
  meta: {
    id: 'translation-outdated',
    category: 'freshness',
    description: 'A translation was last updated before its source article, so it may miss the source\'s changes.',
    defaultSeverity: 'warning',
    options: z.strictObject({
      /** Days a translation may trail its source before it is flagged. */
      graceDays: z.number().int().nonnegative().max(36_500, 'at most 36500 days (100 years)').default(0),
    }),
    // Reads the other articles to find each translation's source.
    uses: [translationGroupsFact],
  },
  check(article, context) {
    const locale = article.metadata.locale;
    if (locale === null) return;
    const group = context.get(translationGroupsFact).get(article);
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
