import { z } from 'zod';
import retextEquality from 'retext-equality';
import { defineRule } from '../../src/model/rule.js';
import { allowList } from '../../src/prose/settings.js';
import { allowed, isEnglish, quote, runRetext, type Transform } from '../../src/prose/retext.js';

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
    if (!isEnglish(article)) return;
    const list = allowList(context.config, context.options);
    const isAllowed = allowed(list);
    const binary = context.options?.binary ?? false;
    const transform = retextEquality({ ignore: list, binary }) as unknown as Transform;
    for (const message of runRetext(article, transform, { flat: !binary })) {
      if (isAllowed(message.actual)) continue;
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
