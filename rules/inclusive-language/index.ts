import retextEquality from 'retext-equality';
import { defineRule } from '../../src/model/rule.js';
import { meta } from './meta.js';
import { proseFindings, quote } from '../../src/prose/retext.js';

export default defineRule({
  meta,
  check(article, context) {
    const { binary } = context.options!;
    const findings = proseFindings(article, context, retextEquality, { extra: { binary }, flat: !binary });
    for (const message of findings?.messages ?? []) {
      const alternatives = message.expected.map(quote).join(', ');
      context.report({
        span: message.span,
        message:
          `Inclusive language: ${quote(message.actual)} may exclude or offend readers` +
          (alternatives ? `; consider ${alternatives}.` : '.'),
        ...(message.expected.length > 0 ? { suggestion: message.expected[0] } : {}),
      });
    }
  },
});
