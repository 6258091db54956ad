import { defineRule } from '../../src/model/rule.js';
import { unusedDefinitions } from '../../src/links/extract.js';

export default defineRule({
  meta: {
    id: 'unused-definition',
    category: 'links',
    description: 'A link reference definition ([label]: url) that no link or image uses.',
    defaultSeverity: 'warning',
  },
  check(article, context) {
    for (const definition of unusedDefinitions(article.tree)) {
      context.report({
        node: definition,
        message: `The link definition "[${definition.label ?? definition.identifier}]" is never used.`,
        suggestion: `Remove it, or link to it with [text][${definition.label ?? definition.identifier}].`,
      });
    }
  },
});
