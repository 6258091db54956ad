import { defineRule } from '../../src/model/rule.js';
import type { CodeReport } from '../../src/codes/analyze.js';
import { articleCodesFact, catalogFact } from '../../src/codes/facts.js';

export default defineRule({
  meta: {
    id: 'error-code-context',
    category: 'content',
    description: 'An error code is named, but its section does not say what it means or how to resolve it.',
    defaultSeverity: 'error',
    uses: [catalogFact, articleCodesFact],
  },
  check(_article, context) {
    // Rows of a reference table that give each code's meaning but no fix: one warning per table.
    const tables = new Map<number, CodeReport[]>();
    for (const code of context.get(articleCodesFact).codes) {
      if ((code.meaning && code.resolution) || !code.anchor) continue;
      if (code.anchor.where === 'table' && code.meaning) {
        const block = code.anchor.unit.block;
        const table = tables.get(block);
        if (table) table.push(code);
        else tables.set(block, [code]);
        continue;
      }
      context.report({ span: code.anchor.span, message: describeGap(code), ...suggestionFor([code]) });
    }
    for (const codes of tables.values()) {
      const names = listNames(codes.map((c) => c.code));
      context.report({
        span: codes[0]!.anchor!.span,
        severity: 'warning',
        message:
          codes.length === 1
            ? `The table gives the meaning of error code ${names} but not how to resolve it: add a "What to do" column, or link the code to its fix.`
            : `The table gives the meaning of error codes ${names} but not how to resolve them: add a "What to do" column, or link each code to its fix.`,
        ...suggestionFor(codes),
      });
    }
  },
});

function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function describeGap(code: CodeReport): string {
  const name = `Error code ${code.code}`;
  if (!code.meaning && !code.resolution) {
    return `${name} is named without saying what it means or how to resolve it: explain the cause ("this error means …") and give the fix (steps, a link, or contacting support as a last resort).`;
  }
  if (!code.meaning) return `${name} is named without saying what it means: explain the cause ("this error means …", "it occurs when …").`;
  return `${name} is named without saying how to resolve it: give the fix (steps, an instruction, a link to the fix, or contacting support as a last resort).`;
}

/** Quote the catalog's message and resolution for what the article leaves out. */
function suggestionFor(codes: CodeReport[]): { suggestion?: string } {
  const parts: string[] = [];
  for (const code of codes) {
    const entry = code.entry;
    if (!entry) continue;
    const bits: string[] = [];
    if (!code.meaning) bits.push(`means "${entry.message.replace(/\.$/, "")}"`);
    if (!code.resolution && entry.resolution) bits.push(`resolution "${entry.resolution.replace(/\.$/, "")}"`);
    if (!code.resolution && entry.docs) bits.push(`fix documented at ${entry.docs}`);
    if (bits.length === 0) bits.push(`means "${entry.message.replace(/\.$/, "")}"`);
    parts.push(`${entry.code}: ${bits.join('; ')}.`);
  }
  return parts.length > 0 ? { suggestion: `From the catalog: ${parts.join(' ')}` } : {};
}
