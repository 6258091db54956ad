// The error-code analysis must be linear in the code mentions of a section:
// 10,000 "Error 50110 occurs." sentences once took ten minutes. Checked by
// counting the text the analysis looks at, never by timing: doubling the
// input may at most (about) double the work.
import { describe, expect, it } from 'vitest';
import { codeWork } from '../../src/codes/work.js';
import { analyze } from './support.js';

function work(markdown: string): { units: number; chars: number; codes: number } {
  const before = { ...codeWork };
  const result = analyze(markdown);
  return { units: codeWork.unitsJudged - before.unitsJudged, chars: codeWork.contextChars - before.contextChars, codes: result.codes.length };
}

const shapes: [string, (n: number) => string][] = [
  ['one paragraph of n sentences', (n) => `# Errors\n\n${'Error 50110 occurs. '.repeat(n)}\n`],
  ['n paragraphs', (n) => `# Errors\n\n${'Error 50110 occurs.\n\n'.repeat(n)}`],
  ['n paragraphs, two codes alternating', (n) => `# Errors\n\n${Array.from({ length: n }, (_, i) => `Error ${i % 2 ? 50110 : 50111} occurs.\n\n`).join('')}`],
  ['n sections headed by codes', (n) => `# Errors\n\n${Array.from({ length: n }, (_, i) => `## Error ${10000 + i}\n\nError ${10000 + i} occurs.\n\n`).join('')}`],
  ['a table of n rows', (n) => `# Errors\n\n| Code | Note |\n| --- | --- |\n${'| Error 50110 | occurs |\n'.repeat(n)}`],
];

describe('error-code analysis is linear', () => {
  it.each(shapes)('%s', (_, make) => {
    const small = work(make(250));
    const large = work(make(1000));
    expect(large.codes).toBeGreaterThan(0);
    // Four times the input: at most about four times the work (quadratic would be sixteen).
    expect(large.units).toBeLessThanOrEqual(4.5 * Math.max(small.units, 1));
    expect(large.chars).toBeLessThanOrEqual(4.5 * Math.max(small.chars, 1));
    // And in absolute terms: a few units and a sentence of context per mention.
    expect(large.units).toBeLessThanOrEqual(3 * 1000 + 10);
    expect(large.chars).toBeLessThanOrEqual(40 * 1000);
  });
});
