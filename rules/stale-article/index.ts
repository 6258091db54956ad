import { defineRule, referenceDate } from '../../src/model/rule.js';
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
    uses: [referenceDate],
  },
  check(article, context) {
    const { updated, published } = article.metadata.fields;
    const field = updated?.value ? updated : published?.value ? published : undefined;
    if (!field?.value) return; // missing-dates and date-consistency speak to that
    const which = field === updated ? 'updated' : 'published';
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
    const when = which === 'updated' ? 'Last updated' : 'Published (never updated)';
    context.report({
      span: field.span,
      severity: tier.severity,
      message:
        `${when} on ${field.value}, ${age} days ago: more than the ${tier.limit} days ${allowedBy} allows. ` +
        `Review the article, then set its updated date.`,
      suggestion: `Check the content is still accurate and set the updated date to ${context.now}, or retire the article.`,
    });
  },
});
