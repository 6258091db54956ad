import { defineRule } from '../../src/model/rule.js';
import { unusedOf } from '../../src/links/extract.js';
import { treeWalkFact } from '../../src/sources/walk.js';

export default defineRule({
  meta: {
    id: 'unused-definition',
    category: 'links',
    description: 'A link reference definition ([label]: url) that no link or image uses.',
    defaultSeverity: 'warning',
    uses: [treeWalkFact],
  },
  check(_article, context) {
    for (const definition of unusedOf(context.get(treeWalkFact))) {
      context.report({
        node: definition,
        message: `The link definition "[${definition.label ?? definition.identifier}]" is never used.`,
        suggestion: `Remove it, or link to it with [text][${definition.label ?? definition.identifier}].`,
      });
    }
  },
});
