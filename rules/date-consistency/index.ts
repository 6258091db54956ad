import type { DateField } from '../../src/model/types.js';
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
    const { fields } = article.metadata;
    for (const field of article.metadata.dateFields) {
      const where = fieldName(field.origin);
      const prose = !field.origin.startsWith('frontmatter:');
      if (field.value === null) {
        // A date in the text that kblint cannot read, while the frontmatter
        // gives that field: the frontmatter date stands, so only a warning.
        const stated = field.kind ? fields[field.kind] : undefined;
        const covered = prose && stated !== undefined && stated !== field && stated.value !== null && stated.origin.startsWith('frontmatter:');
        context.report({
          span: field.span,
          ...(covered ? { severity: 'warning' as const } : {}),
          message:
            `Cannot read the date in ${where}: ${field.error ?? `"${field.raw}" is not a date`}.` +
            (covered ? ` The frontmatter date ${stated.value} (${fieldName(stated.origin)}) is used.` : ''),
          suggestion: prose
            ? 'Write the date with the month as a word, such as "February 7, 2023", or remove it.'
            : 'Write dates as YYYY-MM-DD.',
        });
      } else if (startOf(field) > context.now) {
        context.report({
          span: field.span,
          message: `The date ${shown(field)} in ${where} is after the reference date ${context.now}.`,
          suggestion: 'Correct the date, or pass --now if the reference date is wrong.',
        });
      }
    }
    const { published, updated } = fields;
    // Compared at the coarser precision of the two: "June 2026" is not before "2026-06-10".
    if (published?.value && updated?.value && endOf(updated) < startOf(published)) {
      context.report({
        span: updated.span,
        message: `Updated on ${shown(updated)}, before it was published on ${shown(published)}.`,
        suggestion: 'Swap or correct the two dates.',
      });
    }
  },
});

/** The first day a date may mean: for "June 2026", 2026-06-01. */
function startOf(field: DateField): string {
  const value = field.value!;
  if (field.precision === 'year') return `${value.slice(0, 4)}-01-01`;
  if (field.precision === 'month') return `${value.slice(0, 7)}-01`;
  return value;
}

function endOf(field: DateField): string {
  return field.value!;
}

/** The date at the precision it was written. */
function shown(field: DateField): string {
  if (field.precision === 'year') return field.value!.slice(0, 4);
  if (field.precision === 'month') return field.value!.slice(0, 7);
  return field.value!;
}

function fieldName(origin: string): string {
  if (origin.startsWith('frontmatter:')) return `frontmatter "${origin.slice('frontmatter:'.length)}"`;
  if (origin === 'body') return 'the article text';
  return origin;
}
