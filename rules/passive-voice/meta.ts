// The rule's description and options, apart from its check (index.ts), so a run
// that leaves the rule off never loads the retext plugin it needs.
import { z } from 'zod';

export const meta = {
  id: 'passive-voice',
  category: 'prose',
  description: 'Passive voice ("is credited", "was sent"), which hides who does what (retext-passive). Off by default.',
  defaultSeverity: 'off',
  options: z.strictObject({
    /** Words never flagged, on top of `readability.allow`. */
    allow: z.array(z.string()).default([]),
    /** Also flag regular "-ed" participles ("is credited"), not only retext-passive's irregular ones. */
    regular: z.boolean().default(true),
  }),
} as const;
