// The formats CI reads: the github annotation budget, the markdown summary
// (and its size limit), JUnit and GitLab code quality.
import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/reporters/github.js';
import { formatMarkdown } from '../../src/reporters/markdown.js';
import { formatJunit } from '../../src/reporters/junit.js';
import { formatCodeQuality } from '../../src/reporters/codequality.js';
import type { FileResult, LintMessage, LintResults, Severity } from '../../src/model/types.js';
import { summarize } from '../../src/engine/check.js';
import { makeResults } from './fixture.js';

function finding(severity: Severity, line: number, ruleId = 'stale-article'): LintMessage {
  return { ruleId, severity, message: `Finding at ${line} <b>[x](y)</b>`, line, column: 1, endLine: line, endColumn: 5, fingerprint: `fp${line}` };
}

/** `counts` files, each with the given messages. */
function run(files: Array<[string, LintMessage[]]>): LintResults {
  const results: FileResult[] = files.map(([path, messages]) => ({
    path,
    filePath: path,
    metadata: { title: null, published: null, updated: null, views: null, category: null },
    messages,
  }));
  return { version: 1, now: '2026-06-01', files: results, summary: summarize(results), rules: [] };
}

describe('github annotation budget', () => {
  const many = run([
    ['b.md', [...Array.from({ length: 8 }, (_, i) => finding('warning', i + 1)), ...Array.from({ length: 8 }, (_, i) => finding('error', i + 20))]],
    ['a.md', [...Array.from({ length: 7 }, (_, i) => finding('error', i + 1)), finding('info', 40)]],
  ]);

  it('annotates errors first, then warnings, at most N of each, and ends with one notice counting the rest', () => {
    const lines = formatGithub(many).trimEnd().split('\n');
    const kinds = lines.map((l) => l.slice(2, l.indexOf(' ')));
    expect(kinds.filter((k) => k === 'error')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'warning')).toHaveLength(8);
    expect(kinds.slice(0, 10).every((k) => k === 'error')).toBe(true);
    // The errors of a.md (first by path) come before b.md's.
    expect(lines.slice(0, 7).every((l) => l.includes('file=a.md'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^::notice title=kblint%3A more findings::kblint: 5 more findings not annotated \(5 errors\)/);
    expect(lines.filter((l) => l.startsWith('::notice'))).toHaveLength(2);
  });

  it('takes another budget, and 0 for none', () => {
    const two = formatGithub(many, { perSeverity: 2 }).trimEnd().split('\n');
    expect(two.filter((l) => l.startsWith('::error'))).toHaveLength(2);
    expect(two.filter((l) => l.startsWith('::warning'))).toHaveLength(2);
    // One notice slot is kept for the closing notice: the one info finding and the notice.
    expect(two.filter((l) => l.startsWith('::notice'))).toHaveLength(2);
    expect(two.at(-1)).toMatch(/19 more findings not annotated \(13 errors, 6 warnings\)/);
    const one = formatGithub(many, { perSeverity: 1 }).trimEnd().split('\n');
    expect(one.filter((l) => l.startsWith('::notice'))).toHaveLength(1);
    expect(one.at(-1)).toMatch(/22 more findings not annotated \(14 errors, 7 warnings, 1 info\)/);
    const all = formatGithub(many, { perSeverity: 0 }).trimEnd().split('\n');
    expect(all).toHaveLength(24);
    expect(formatGithub(makeResults())).not.toMatch(/more findings/);
  });
});

describe('markdown', () => {
  const results = run([
    ['faq/a.md', [finding('warning', 3), finding('error', 9, 'broken-link')]],
    ['faq/clean.md', []],
    ['faq/b (old).md', [finding('info', 1)]],
  ]);

  it('counts by rule and severity and lists findings by file, linked to their lines', () => {
    const md = formatMarkdown(results, { linkBase: 'https://github.com/o/r/blob/abc/', pathPrefix: 'docs/' });
    expect(md).toMatch(/^## kblint: 1 error, 1 warning, 1 info$/m);
    expect(md).toMatch(/^\| `broken-link` \| 1 \| 0 \| 0 \|$/m);
    expect(md).toMatch(/^\| `stale-article` \| 0 \| 1 \| 1 \|$/m);
    expect(md).toContain('### faq/a.md');
    expect(md).not.toContain('faq/clean.md');
    expect(md).toContain('(https://github.com/o/r/blob/abc/docs/faq/a.md#L9)');
    expect(md).toContain('(https://github.com/o/r/blob/abc/docs/faq/b%20%28old%29.md#L1)');
    // Errors before warnings within a file; article text cannot become HTML or links.
    expect(md.indexOf('#L9')).toBeLessThan(md.indexOf('#L3'));
    expect(md).not.toContain('<b>');
    expect(md).toContain('\\<b\\>\\[x\\]\\(y\\)');
  });

  it('stays within the size limit and says how much was left out', () => {
    const big = run(Array.from({ length: 200 }, (_, i): [string, LintMessage[]] => [`f${String(i).padStart(3, '0')}.md`, [finding('error', 1), finding('warning', 2)]]));
    const md = formatMarkdown(big, { maxBytes: 8_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(8_000 + 300);
    const shown = (md.match(/^- \[line/gm) ?? []).length;
    const left = Number(/\*\*(\d+) more findings in (\d+) more files left out\*\*/.exec(md)?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown + left).toBe(400);
    expect(formatMarkdown(big)).not.toMatch(/left out/);
  });
});

describe('junit and codequality', () => {
  const results = run([
    ['a.md', [finding('error', 2), finding('info', 4)]],
    ['b.md', []],
  ]);

  it('junit: a failure per error or warning, a passing case per clean file, escaped XML', () => {
    const xml = formatJunit(results);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="kblint" tests="3" failures="1" errors="0">/);
    expect(xml).toContain('<failure type="error" message="Finding at 2 &lt;b&gt;[x](y)&lt;/b&gt;">');
    expect(xml).toContain('<testcase classname="b.md" name="b.md"/>');
    expect(xml).not.toMatch(/<b>/);
    expect(formatJunit(run([['c\u0001.md', [finding('error', 1)]]]))).toContain('c\ufffd.md');
  });

  it('codequality: GitLab issues with kblint fingerprints and repository paths', () => {
    const issues = JSON.parse(formatCodeQuality(results, { pathPrefix: 'docs/' }));
    expect(issues).toEqual([
      expect.objectContaining({ check_name: 'stale-article', fingerprint: 'fp2', severity: 'major', location: { path: 'docs/a.md', lines: { begin: 2, end: 2 } } }),
      expect.objectContaining({ fingerprint: 'fp4', severity: 'info' }),
    ]);
  });
});
