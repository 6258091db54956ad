import { defineRule, referenceDate } from '../../src/model/rule.js';
import { kindSkipsRule, pageKindFact } from '../../src/metadata/kind.js';
import { describePolicy, resolvePolicies } from '../../src/config/policies.js';
import type { FreshnessPolicy } from '../../src/config/schema.js';
import { isoDaysBetween } from '../../src/metadata/dates.js';

export default defineRule({
  meta: {
    id: 'stale-article',
    category: 'freshness',
    description: 'The article was last updated (or published) longer ago than its freshness policy allows.',
    defaultSeverity: 'error',
    // Judged against the reference date, so never cached with the file.
    uses: [referenceDate, pageKindFact],
  },
  check(article, context) {
    // Changelogs, release notes and index stubs skip what `pages.skip` says (README.md#page-kinds).
    if (kindSkipsRule(context.get(pageKindFact), context.config, 'stale-article')) return;
    const { updated, published } = article.metadata.fields;
    const reviewKey = context.config.freshness.reviewField;
    const reviewed = reviewKey === undefined ? undefined : article.metadata.dateFields.find((d) => d.origin === `frontmatter:${reviewKey}` && d.value);
    const edited = updated?.value ? updated : published?.value ? published : undefined;
    // A review without an edit counts as much as an edit: the later of the two is the article's age.
    const field = reviewed?.value && (!edited?.value || reviewed.value > edited.value) ? reviewed : edited;
    if (!field?.value) return; // missing-dates and date-consistency speak to that
    const which = field === reviewed ? 'reviewed' : field === updated ? 'updated' : 'published';
    const age = isoDaysBetween(field.value, context.now);
    const { freshness } = context.config;
    const { values, source } = resolvePolicies<FreshnessPolicy, 'maxAgeDays' | 'warnAfterDays'>(
      { maxAgeDays: freshness.maxAgeDays, warnAfterDays: freshness.warnAfterDays },
      freshness.policies,
      ['maxAgeDays', 'warnAfterDays'],
      article,
      context.config,
    );
    const tier =
      age > values.maxAgeDays
        ? { limit: values.maxAgeDays, policy: source.maxAgeDays, key: 'maxAgeDays', severity: undefined }
        : age > values.warnAfterDays
          ? { limit: values.warnAfterDays, policy: source.warnAfterDays, key: 'warnAfterDays', severity: 'warning' as const }
          : null;
    if (!tier) return;
    const allowedBy = tier.policy ? `the ${describePolicy(tier.policy)}` : `freshness.${tier.key}`;
    const when = which === 'reviewed' ? `Last reviewed (${reviewKey})` : which === 'updated' ? 'Last updated' : 'Published (never updated)';
    const then = which === 'reviewed' ? `set its ${reviewKey} date (kblint review)` : 'set its updated date';
    context.report({
      span: field.span,
      severity: tier.severity,
      message:
        `${when} on ${field.value}, ${age} days ago: more than the ${tier.limit} days ${allowedBy} allows. ` +
        `Review the article, then ${then}.`,
      suggestion: `Check the content is still accurate and set the updated date to ${context.now}, or retire the article.`,
    });
  },
});
