import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/reporters/github.js';
import { makeCleanResults, makeResults } from './fixture.js';

describe('escapeData', () => {
  it('escapes %, CR and LF, and nothing else', () => {
    expect(escapeData('%')).toBe('%25');
    expect(escapeData('\r')).toBe('%0D');
    expect(escapeData('\n')).toBe('%0A');
    expect(escapeData('a:b,c')).toBe('a:b,c');
    expect(escapeData('50% of\nlines:\r\nbad, really')).toBe('50%25 of%0Alines:%0D%0Abad, really');
  });

  it('escapes % first, so existing escapes survive a round trip', () => {
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeData('%25\n')).toBe('%2525%0A');
  });
});

describe('escapeProperty', () => {
  it('escapes %, CR, LF, : and ,', () => {
    expect(escapeProperty('%')).toBe('%25');
    expect(escapeProperty('\r')).toBe('%0D');
    expect(escapeProperty('\n')).toBe('%0A');
    expect(escapeProperty(':')).toBe('%3A');
    expect(escapeProperty(',')).toBe('%2C');
    expect(escapeProperty('a,b:c%.md')).toBe('a%2Cb%3Ac%25.md');
    expect(escapeProperty('%3A')).toBe('%253A');
    expect(escapeProperty('x\r\ny')).toBe('x%0D%0Ay');
  });
});

describe('formatGithub', () => {
  const out = formatGithub(makeResults());
  const lines = out.split('\n');

  it('writes one command per message, ending with a newline', () => {
    expect(out.endsWith('\n')).toBe(true);
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(6 + 1);
  });

  it('maps severities to error, warning and notice, with all positions and a title', () => {
    expect(lines[0]).toBe(
      '::error file=docs/getting-started.md,line=1,col=1,endLine=5,endColumn=4,title=kblint(stale-article)::Last updated 273 days ago (limit 180) (stale-article)',
    );
    expect(lines[5]).toBe(
      '::notice file=docs/getting-started.md,line=1,col=1,endLine=1,endColumn=1,title=kblint(reading-level)::Grade level 11.2 (reading-level)',
    );
    expect(lines[4]).toBe(
      '::warning file=guides/only-warning.md,line=4,col=1,endLine=4,endColumn=9,title=kblint(no-passive)::Passive voice (no-passive)',
    );
  });

  it('appends the suggestion after the rule id', () => {
    expect(lines[2]).toBe(
      '::warning file=docs/getting-started.md,line=12,col=15,endLine=12,endColumn=26,title=kblint(no-passive)::"was clicked" may be passive (no-passive) — Use the active voice: "you click"',
    );
  });

  it('escapes every special character in the file property and the message', () => {
    expect(lines[1]).toBe(
      '::error file=faq/a%2Cb%3Ac%25.md,line=3,col=7,endLine=3,endColumn=12,title=kblint(title-required)::50%25 of%0Alines:%0D%0Abad, really (title-required)',
    );
  });

  it('escapes the title property too', () => {
    const results = makeResults();
    results.files = [results.files[2]!];
    results.files[0]!.messages[0]!.ruleId = 'odd:rule,id%\n';
    expect(formatGithub(results)).toBe(
      '::warning file=guides/only-warning.md,line=4,col=1,endLine=4,endColumn=9,title=kblint(odd%3Arule%2Cid%25%0A)::Passive voice (odd:rule,id%25%0A)\n',
    );
  });

  it('lets no message start a second workflow command', () => {
    expect(lines[3]).toBe(
      '::warning file=faq/a%2Cb%3Ac%25.md,line=100,col=2,endLine=101,endColumn=1,title=kblint(not-a-known-rule)::Injected%0A::error::x (not-a-known-rule)',
    );
    expect(out).not.toContain('\r');
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(/^::(error|warning|notice) file=[^:]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]*::/);
    }
    expect(lines.filter((line) => line.startsWith('::error::'))).toEqual([]);
  });

  it('leaves out positions that are not 1-based numbers', () => {
    const results = makeResults();
    results.files = [results.files[2]!];
    Object.assign(results.files[0]!.messages[0]!, { line: 0, column: 0, endLine: 0, endColumn: 0 });
    expect(formatGithub(results)).toBe(
      '::warning file=guides/only-warning.md,title=kblint(no-passive)::Passive voice (no-passive)\n',
    );
  });

  it('returns an empty string when there is nothing to annotate', () => {
    expect(formatGithub(makeCleanResults(3))).toBe('');
  });
});
