import { z } from 'zod';
import retextEquality from 'retext-equality';
import { defineRule } from '../../src/model/rule.js';
import { proseFindings, quote } from '../../src/prose/retext.js';

export default defineRule({
  meta: {
    id: 'inclusive-language',
    category: 'prose',
    description: 'Gendered, ableist or otherwise insensitive wording with a neutral alternative (retext-equality). Off by default.',
    defaultSeverity: 'off',
    options: z.strictObject({
      /** Words and phrases never flagged, on top of `readability.allow`. */
      allow: z.array(z.string()).default([]),
      /** Also flag "he or she" style binary pairs (retext-equality `binary`). */
      binary: z.boolean().default(false),
    }),
  },
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
