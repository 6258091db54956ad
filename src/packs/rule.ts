// A pack rule as a kblint rule: same severity settings, inline disable
// comments and reporters as any other. Its level is its default severity. An
// article rule: it reads the article's text units (one fact, shared by every
// pack rule), in the worker that parsed the article.
import { location } from 'vfile-location';
import { defineRule, type AnyRule } from '../model/rule.js';
import { defineArticleFact } from '../model/facts.js';
import type { RuleSetting } from '../model/types.js';
import type { PackRuleSpec } from '../config/pack-schema.js';
import { compilePackRule } from './check.js';
import { textUnits } from './text.js';

/** An article's text by scope, with a map from file offsets to points. Holds tree nodes: read by article rules only. */
export const packTextFact = defineArticleFact('pack-text-units', (article) => {
  const place = location(article.source);
  return { units: textUnits(article.tree, article.source), toPoint: (offset: number) => place.toPoint(offset) };
});

const LEVELS: Record<PackRuleSpec['level'], RuleSetting> = { suggestion: 'info', info: 'info', warning: 'warning', error: 'error' };

export function packRule(spec: PackRuleSpec): AnyRule {
  const compiled = compilePackRule(spec);
  return defineRule({
    meta: {
      id: spec.id,
      category: 'content',
      description: spec.description ?? `${spec.extends} rule from the pack ${spec.file}`,
      defaultSeverity: LEVELS[spec.level],
      uses: [packTextFact],
    },
    check(article, context) {
      const { units, toPoint } = context.get(packTextFact);
      for (const finding of compiled.find(units, article.tree, toPoint)) {
        context.report({ span: finding.span, message: finding.message, ...(finding.suggestion ? { suggestion: finding.suggestion } : {}) });
      }
    },
  });
}
