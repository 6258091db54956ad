import retextPassive from 'retext-passive';
import { defineRule } from '../../src/model/rule.js';
import { meta } from './meta.js';
import type { Span } from '../../src/model/types.js';
import { wordText } from '../../src/prose/extract.js';
import { proseFact } from '../../src/prose/facts.js';
import { proseFindings, quote, toSpan } from '../../src/prose/retext.js';

// retext-passive's own forms of "to be"; it knows only irregular participles
// ("was sent", "is broken"), so regular "-ed" participles are checked here.
const BE = new Set(['am', 'are', 'were', 'being', 'is', 'been', 'was', 'be']);
const REGULAR_PARTICIPLE = /^[a-z]{2,}ed$/;
// "-ed" words that are almost always adjectives after "to be".
const ADJECTIVES = new Set([
  'advanced', 'alarmed', 'ashamed', 'bored', 'complicated', 'concerned', 'confused', 'dedicated', 'detailed',
  'disappointed', 'excited', 'experienced', 'frustrated', 'interested', 'limited', 'pleased', 'prepared',
  'qualified', 'related', 'satisfied', 'scared', 'sophisticated', 'supposed', 'surprised', 'tired', 'worried',
]);

export default defineRule({
  meta,
  check(article, context) {
    const findings = proseFindings(article, context, retextPassive);
    if (!findings) return;
    const { isAllowed } = findings;
    const found: { actual: string; span: Span | undefined }[] = findings.messages.map(({ actual, span }) => ({ actual, span }));
    // One pass over the prose: the regular "-ed" participles, and each word's
    // phrase with the word before it (to quote the verb with its "to be").
    const { regular } = context.options!;
    const phrases = new Map<string, string>();
    for (const sentence of context.get(proseFact).sentences) {
      let before: string | undefined;
      // Only whitespace since the word before: "is credited", not "is, credited".
      let adjacent = false;
      for (const node of sentence.children) {
        if (node.type !== 'WordNode') {
          if (node.type !== 'WhiteSpaceNode') adjacent = false;
          continue;
        }
        const value = wordText(node);
        const p = node.position;
        if (before !== undefined) {
          if (p) phrases.set(`${p.start.line}:${p.start.column}`, `${before} ${value}`);
          const lower = value.toLowerCase();
          if (regular && adjacent && BE.has(before.toLowerCase()) && REGULAR_PARTICIPLE.test(lower) && !ADJECTIVES.has(lower) && !isAllowed(lower)) {
            found.push({ actual: value, span: p ? toSpan(p) : undefined });
          }
        }
        before = value;
        adjacent = true;
      }
    }
    const seen = new Set<string>();
    const unique = found.filter(({ span }) => {
      const key = span ? `${span.start.line}:${span.start.column}` : '';
      if (key && seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    unique.sort((a, b) => (a.span?.start.line ?? 0) - (b.span?.start.line ?? 0) || (a.span?.start.column ?? 0) - (b.span?.start.column ?? 0));
    for (const { actual, span } of unique) {
      const phrase = (span && phrases.get(`${span.start.line}:${span.start.column}`)) || actual;
      context.report({
        span,
        message: `Passive voice: ${quote(phrase)} hides who does it; say who acts ("we …", "you …") where that helps the reader.`,
      });
    }
  },
});
