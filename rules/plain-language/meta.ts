// The rule's description and options, apart from its check (index.ts), so a run
// that leaves the rule off never loads the retext plugin it needs.
import { z } from 'zod';

export const meta = {
  id: 'plain-language',
  category: 'prose',
  description: 'Wordy or complex phrases with a plainer alternative (retext-simplify). Off by default.',
  defaultSeverity: 'off',
  options: z.strictObject({
    /** Words and phrases never flagged, on top of `readability.allow`. */
    allow: z.array(z.string()).default([]),
  }),
} as const;
