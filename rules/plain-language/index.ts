import retextSimplify from 'retext-simplify';
import { defineRule } from '../../src/model/rule.js';
import { meta } from './meta.js';
import { proseFindings, quote } from '../../src/prose/retext.js';

export default defineRule({
  meta,
  check(article, context) {
    const findings = proseFindings(article, context, retextSimplify, { byId: true });
    for (const message of findings?.messages ?? []) {
      const omit = /remove it/.test(message.reason);
      const instead = message.expected.length > 0 ? `use ${message.expected.map(quote).join(' or ')}` : '';
      const advice = omit ? (instead ? `remove it or ${instead}` : 'remove it') : instead;
      context.report({
        span: message.span,
        message: `Plain language: ${quote(message.actual)} has a simpler alternative: ${advice}.`,
        ...(message.expected.length > 0 ? { suggestion: message.expected[0] } : {}),
      });
    }
  },
});
