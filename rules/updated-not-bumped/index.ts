import { toString } from 'mdast-util-to-string';
import { defineRule } from '../../src/model/rule.js';
import { defineRunFact } from '../../src/model/facts.js';
import type { Article, DateField } from '../../src/model/types.js';
import { loadArticles } from '../../src/sources/index.js';

/** Changed-files mode: each changed article's text at the merge base (from `--changed-since`). */
const changedSinceFact = defineRunFact('changed-since', (input) => input.flags.changedSince ?? null);

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

/** The same article (same key) at the merge base, or undefined: new, not changed, or unreadable then. */
function previousVersion(article: Article, text: string | null | undefined, config: Parameters<typeof loadArticles>[1]): Article | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    return loadArticles({ absolutePath: article.absolutePath, path: article.path, text }, config).find((old) => old.key === article.key);
  } catch {
    return undefined; // the old version did not parse as an article: nothing to compare with
  }
}

export default defineRule({
  meta: {
    id: 'updated-not-bumped',
    category: 'freshness',
    description: 'In changed-files mode (--changed-since), an article whose content changed but whose updated (or review) date did not.',
    defaultSeverity: 'warning',
    uses: [changedSinceFact],
  },
  check(article, context) {
    const changed = context.get(changedSinceFact);
    if (!changed) return;
    const old = previousVersion(article, changed.previous[article.absolutePath], context.config);
    if (!old) return;
    const key = context.config.freshness.reviewField;
    const { updated } = article.metadata.fields;
    const review = reviewOf(article, key);
    if (!updated?.value && !review) return; // no date to bump: missing-dates speaks to that
    if (contentOf(article) === contentOf(old)) return; // frontmatter-only or whitespace-only change
    if (article.metadata.updated !== old.metadata.updated || (review?.value ?? null) !== (reviewOf(old, key)?.value ?? null)) return;
    const field = updated ?? review!;
    context.report({
      span: field.span,
      message:
        `The content changed since ${changed.ref} but the updated date (${field.value}) did not: ` +
        `readers and stale-article still see the old date.`,
      suggestion: key
        ? `Set the updated date to ${context.now} for a real change, or the ${key} date if you only checked it.`
        : `Set the updated date to ${context.now}, unless the change was only a typo fix.`,
    });
  },
});
