import { defineRule } from '../../src/model/rule.js';

export default defineRule({
  meta: {
    id: 'invalid-frontmatter',
    category: 'metadata',
    description: 'The YAML frontmatter does not parse, so none of its metadata can be read.',
    defaultSeverity: 'error',
  },
  check(article, context) {
    const error = article.frontmatterError;
    if (!error) return;
    context.report({
      span: error.span,
      message: `Invalid YAML frontmatter: ${error.message}. Its title, dates and category are ignored until it is fixed.`,
    });
  },
});
