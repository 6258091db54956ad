// The rule's description and options, apart from its check (index.ts), so a run
// that leaves the rule off never loads the retext plugin it needs.
import { z } from 'zod';

export const meta = {
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
} as const;
