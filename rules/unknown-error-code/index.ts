import { defineRule } from '../../src/model/rule.js';
import { articleCodesFact, catalogFact } from '../../src/codes/facts.js';
import { lookupCode } from '../../src/codes/catalog.js';

export default defineRule({
  meta: {
    id: 'unknown-error-code',
    category: 'content',
    description: 'An error code the catalog does not list, or one it marks as deprecated (only with errorCodes.catalog).',
    defaultSeverity: 'warning',
    uses: [catalogFact, articleCodesFact],
  },
  check(_article, context) {
    const catalog = context.get(catalogFact);
    if (!catalog) return;
    for (const code of context.get(articleCodesFact).codes) {
      const at = code.anchor ?? code.mentions[0]!;
      if (!code.entry) {
        context.report({
          span: at.span,
          message: `Error code ${code.code} is not in the error-code catalog (${catalog.file}): check the code, or ask for it to be added to the catalog.`,
        });
      } else if (code.entry.deprecated) {
        const replacement = code.entry.replacedBy ? lookupCode(catalog, code.entry.replacedBy) : undefined;
        context.report({
          span: at.span,
          message: replacement
            ? `Error code ${code.code} is deprecated in the catalog (${catalog.file}) and replaced by ${replacement.code}: write about ${replacement.code} instead.`
            : `Error code ${code.code} is deprecated in the catalog (${catalog.file}): check whether readers can still see it.`,
          ...(replacement ? { suggestion: `${replacement.code}: ${replacement.message}` } : {}),
        });
      }
    }
  },
});
