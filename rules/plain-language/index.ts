import { z } from 'zod';
import retextSimplify from 'retext-simplify';
import { defineRule } from '../../src/model/rule.js';
import { proseFindings, quote } from '../../src/prose/retext.js';

export default defineRule({
  meta: {
    id: 'plain-language',
    category: 'prose',
    description: 'Wordy or complex phrases with a plainer alternative (retext-simplify). Off by default.',
    defaultSeverity: 'off',
    options: z.strictObject({
      /** Words and phrases never flagged, on top of `readability.allow`. */
      allow: z.array(z.string()).default([]),
    }),
  },
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
