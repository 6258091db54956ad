// A pack rule as a kblint rule: same severity settings, inline disable
// comments and reporters as any other. Its level is its default severity.
import { location } from 'vfile-location';
import { defineRule } from '../model/rule.js';
import type { Rule } from '../model/rule.js';
import type { Article, RuleSetting } from '../model/types.js';
import type { PackRuleSpec } from './schema.js';
import { compilePackRule } from './check.js';
import { textUnits, type TextUnit } from './text.js';

/** One article's text units, shared by every pack rule that reads it. */
const unitsByArticle = new WeakMap<Article, TextUnit[]>();

function unitsOf(article: Article): TextUnit[] {
  let units = unitsByArticle.get(article);
  if (!units) {
    units = textUnits(article.tree, article.source);
    unitsByArticle.set(article, units);
  }
  return units;
}

const LEVELS: Record<PackRuleSpec['level'], RuleSetting> = { suggestion: 'info', info: 'info', warning: 'warning', error: 'error' };

export function packRule(spec: PackRuleSpec): Rule {
  const compiled = compilePackRule(spec);
  return defineRule({
    meta: {
      id: spec.id,
      category: 'content',
      description: spec.description ?? `${spec.extends} rule from the pack ${spec.file}`,
      defaultSeverity: LEVELS[spec.level],
    },
    check(article, context) {
      const place = location(article.source);
      for (const finding of compiled.find(unitsOf(article), article.tree, (offset) => place.toPoint(offset))) {
        context.report({ span: finding.span, message: finding.message, ...(finding.suggestion ? { suggestion: finding.suggestion } : {}) });
      }
    },
  }) as Rule;
}
