import { defineRule, referenceDate } from '../../src/model/rule.js';

export default defineRule({
  meta: {
    id: 'missing-dates',
    category: 'metadata',
    description: 'The article states neither a published nor an updated date, so its freshness cannot be judged.',
    defaultSeverity: 'error',
    // Judged against the reference date, so never cached with the file.
    uses: [referenceDate],
  },
  check(article, context) {
    // A date that is present but unreadable is date-consistency's finding, and
    // dates inside broken frontmatter are invalid-frontmatter's.
    if (article.metadata.dateFields.length > 0 || article.frontmatterError) return;
    const { updated, published } = context.config.metadata.fields;
    context.report({
      message:
        `No published or updated date found (looked for frontmatter ${updated.slice(0, 3).join(', ')}, ` +
        `${published.slice(0, 3).join(', ')}, … and "Updated on …" lines).`,
      suggestion: `Add \`updated: ${context.now}\` to the frontmatter once the article has been reviewed.`,
    });
  },
});
