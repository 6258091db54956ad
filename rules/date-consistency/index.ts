import { defineRule, referenceDate } from '../../src/model/rule.js';

export default defineRule({
  meta: {
    id: 'date-consistency',
    category: 'metadata',
    description: 'Dates must be readable, not in the future, and the update must not precede publication.',
    defaultSeverity: 'error',
    // Judged against the reference date, so never cached with the file.
    uses: [referenceDate],
  },
  check(article, context) {
    for (const field of article.metadata.dateFields) {
      const where = fieldName(field.origin);
      if (field.value === null) {
        context.report({
          span: field.span,
          message: `Cannot read the date in ${where}: ${field.error ?? `"${field.raw}" is not a date`}.`,
          suggestion: 'Write dates as YYYY-MM-DD.',
        });
      } else if (field.value > context.now) {
        context.report({
          span: field.span,
          message: `The date ${field.value} in ${where} is after the reference date ${context.now}.`,
          suggestion: 'Correct the date, or pass --now if the reference date is wrong.',
        });
      }
    }
    const { published, updated } = article.metadata.fields;
    if (published?.value && updated?.value && updated.value < published.value) {
      context.report({
        span: updated.span,
        message: `Updated on ${updated.value}, before it was published on ${published.value}.`,
        suggestion: 'Swap or correct the two dates.',
      });
    }
  },
});

function fieldName(origin: string): string {
  if (origin.startsWith('frontmatter:')) return `frontmatter "${origin.slice('frontmatter:'.length)}"`;
  if (origin === 'body') return 'the article text';
  return origin;
}
