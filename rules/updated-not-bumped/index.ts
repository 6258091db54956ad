import { toString } from 'mdast-util-to-string';
import { defineRule } from '../../src/model/rule.js';
import type { Article, DateField } from '../../src/model/types.js';
import { loadArticles } from '../../src/sources/index.js';

/** An article as it was at the merge base, reduced to what this rule compares. */
interface Before {
  body: string;
  updated: string | null;
  reviewed: string | null;
}

/** The article's content without its frontmatter, whitespace collapsed: a change only to spacing is no change. */
export function contentOf(article: Article): string {
  const children = article.tree.children.filter((node) => node.type !== 'yaml');
  const start = children[0]?.position?.start.offset;
  const end = children.at(-1)?.position?.end.offset;
  // Sources whose tree has no offsets into the file (converted HTML) compare their text instead.
  const text = start === undefined || end === undefined ? children.map((node) => toString(node)).join(' ') : article.source.slice(start, end);
  return text.replace(/\s+/gu, ' ').trim();
}

function reviewOf(article: Article, key: string | undefined): DateField | undefined {
  return key === undefined ? undefined : article.metadata.dateFields.find((d) => d.origin === `frontmatter:${key}` && d.value);
}

export default defineRule({
  meta: {
    id: 'updated-not-bumped',
    category: 'freshness',
    description: 'In changed-files mode (--changed-since), an article whose content changed but whose updated (or review) date did not.',
    defaultSeverity: 'warning',
    scope: 'corpus',
  },
  // Only in changed-files mode: the articles as they were at the merge base, parsed once.
  async prepare({ run, config, targets }) {
    const before = new Map<string, Map<string, Before>>();
    const previous = run.changedSince?.previous ?? {};
    for (const { article } of targets) {
      const text = previous[article.absolutePath];
      if (typeof text !== 'string' || before.has(article.absolutePath)) continue;
      const entries = new Map<string, Before>();
      try {
        for (const old of loadArticles({ absolutePath: article.absolutePath, path: article.path, text }, config)) {
          entries.set(old.key, { body: contentOf(old), updated: old.metadata.updated, reviewed: reviewOf(old, config.freshness.reviewField)?.value ?? null });
        }
      } catch {
        // The old version did not parse as an article: nothing to compare with.
      }
      before.set(article.absolutePath, entries);
    }
    return { ref: run.changedSince?.ref, before };
  },
  check(article, context) {
    const prepared = context.prepared as { ref?: string; before: Map<string, Map<string, Before>> } | undefined;
    const old = prepared?.before.get(article.absolutePath)?.get(article.key);
    if (!old || !prepared) return;
    const { updated } = article.metadata.fields;
    const review = reviewOf(article, context.config.freshness.reviewField);
    if (!updated?.value && !review) return; // no date to bump: missing-dates speaks to that
    if (contentOf(article) === old.body) return; // frontmatter-only or whitespace-only change
    if (article.metadata.updated !== old.updated || (review?.value ?? null) !== old.reviewed) return;
    const key = context.config.freshness.reviewField;
    const field = updated ?? review!;
    context.report({
      span: field.span,
      message:
        `The content changed since ${prepared.ref ?? 'the base'} but the updated date (${field.value}) did not: ` +
        `readers and stale-article still see the old date.`,
      suggestion: key
        ? `Set the updated date to ${context.now} for a real change, or the ${key} date if you only checked it.`
        : `Set the updated date to ${context.now}, unless the change was only a typo fix.`,
    });
  },
});
