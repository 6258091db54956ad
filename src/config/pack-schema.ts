// The YAML rule packs' rule format, Vale-style: one rule per file (`extends:
// substitution`, `message`, `level`, `swap`, …), or several under `rules:`.
// Plain data: a pack is read at config load and crosses to rules as specs.
import { z } from 'zod';

/** Where a rule looks: prose text, headings, link text, table cells, code (off unless named). */
export const PACK_SCOPES = ['text', 'heading', 'link', 'table', 'code'] as const;
export type PackScope = (typeof PACK_SCOPES)[number];
export const DEFAULT_SCOPE: PackScope[] = ['text', 'heading', 'table'];

const pattern = z.string().min(1).refine((source) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}, 'expected a valid regular expression');

const examples = z
  .strictObject({
    /** Texts (Markdown) the rule must flag at least once. */
    invalid: z.array(z.string()).optional(),
    /** Texts it must not flag. */
    valid: z.array(z.string()).optional(),
  })
  .optional();

const common = {
  /** One line; `%s` is replaced by the matched text (substitution: the suggestion, then the match). */
  message: z.string().min(1),
  /** Vale's `suggestion` is kblint's `info`. */
  level: z.enum(['suggestion', 'info', 'warning', 'error']).default('warning'),
  scope: z.union([z.enum(PACK_SCOPES), z.array(z.enum(PACK_SCOPES)).min(1)]).optional(),
  ignorecase: z.boolean().default(true),
  /** A one-line description for `kblint rules`. */
  description: z.string().optional(),
  examples,
};

export const packRuleSchema = z.discriminatedUnion('extends', [
  z.strictObject({ extends: z.literal('existence'), ...common, tokens: z.array(z.string().min(1)).optional(), raw: z.array(pattern).optional(), nonword: z.boolean().default(false) }).refine(
    (r) => (r.tokens?.length ?? 0) + (r.raw?.length ?? 0) > 0,
    'an existence rule needs "tokens" or "raw"',
  ),
  z.strictObject({ extends: z.literal('substitution'), ...common, swap: z.record(pattern, z.string()).refine((s) => Object.keys(s).length > 0, 'give at least one pattern to swap') }),
  z.strictObject({
    extends: z.literal('occurrence'),
    ...common,
    token: pattern,
    max: z.number().int().nonnegative().max(100_000).optional(),
    min: z.number().int().nonnegative().max(100_000).optional(),
    /** Count per article (default) or per section (the text under each heading). */
    per: z.enum(['article', 'section']).default('article'),
  }).refine((r) => r.max !== undefined || r.min !== undefined, 'an occurrence rule needs "max" or "min"'),
  z.strictObject({
    extends: z.literal('capitalization'),
    ...common,
    match: z.enum(['$sentence', '$title']),
    exceptions: z.array(z.string().min(1)).default([]),
  }),
  z.strictObject({
    extends: z.literal('conditional'),
    ...common,
    /** The use: its first group is the term (default: acronyms of 2–6 capitals). */
    first: pattern.default('\\b([A-Z]{2,6})\\b'),
    /** The definition: its first group is the term it defines (default: `Words (ABC)`). */
    second: pattern.default('(?:\\b[A-Z][a-z]+\\s+)+\\(([A-Z]{2,6})\\)'),
    exceptions: z.array(z.string().min(1)).default([]),
  }),
  z.strictObject({
    extends: z.literal('metric'),
    ...common,
    /** Arithmetic over words, sentences, paragraphs, headings, links, lists, characters: `words / sentences`. */
    formula: z.string().min(1),
    /** A comparison the result must not meet: `> 25`. */
    condition: z.string().regex(/^\s*(?:<=|>=|==|!=|<|>)\s*-?\d+(?:\.\d+)?\s*$/, 'expected a comparison like "> 25"'),
  }),
]);

export type PackRuleInput = z.input<typeof packRuleSchema>;
export type PackRuleBody = z.output<typeof packRuleSchema>;

/** A pack rule as the engine gets it: its id, its file, and its settings. */
export type PackRuleSpec = PackRuleBody & { id: string; file: string };
