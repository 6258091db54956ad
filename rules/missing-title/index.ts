import { defineRule } from '../../src/model/rule.js';
import { kindSkips } from '../../src/metadata/kind.js';

export default defineRule({
  meta: {
    id: 'missing-title',
    category: 'metadata',
    description: 'The article has no title: neither a frontmatter title nor a top-level heading.',
    defaultSeverity: 'error',
  },
  check(article, context) {
    // Changelogs, release notes and index stubs skip what `pages.skip` says (README.md#page-kinds).
    if (kindSkips(article, context.config, 'missing-title')) return;
    // Broken frontmatter may well hold the title: invalid-frontmatter says so.
    if (article.metadata.title || article.frontmatterError) return;
    const keys = context.config.metadata.fields.title.join('/');
    context.report({
      message: `No title: add a frontmatter "${keys}" or a top-level heading (# Title).`,
      suggestion: 'Start the article with a heading that says what the reader will learn, e.g. "# How to reset your password".',
    });
  },
});
