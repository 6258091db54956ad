// `kblint review`: one field set, every other byte kept, written atomically.
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyReview, planReview, setFrontmatterDate } from '../../src/engine/review.js';
import { lint } from '../../src/engine/lint.js';
import { runKblint as kblint } from '../support/cli.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let project: TmpProject | undefined;
afterEach(() => project?.remove());

describe('setFrontmatterDate', () => {
  it('changes only the value, keeping quotes, comments, order and line endings', () => {
    const text = '---\r\ntitle: "Fees: 2026"   # keep me\r\nlast_reviewed: \'2025-01-02\' # old\r\ntags: [a, b]\r\n---\r\n\r\n# Fees\r\n';
    expect(setFrontmatterDate(text, 'last_reviewed', '2026-06-01', 'a.md')).toBe(text.replace("'2025-01-02'", "'2026-06-01'"));
    const plain = '---\ntitle: A\nupdated: 2024-01-05\n---\nBody\n';
    expect(setFrontmatterDate(plain, 'updated', '2026-06-01', 'a.md')).toBe('---\ntitle: A\nupdated: 2026-06-01\n---\nBody\n');
  });

  it('adds the field when absent, and frontmatter when there is none', () => {
    expect(setFrontmatterDate('---\ntitle: A\n---\nBody\n', 'last_reviewed', '2026-06-01', 'a.md')).toBe('---\ntitle: A\nlast_reviewed: 2026-06-01\n---\nBody\n');
    expect(setFrontmatterDate('---\r\ntitle: A\r\n---\r\n', 'reviewed', '2026-06-01', 'a.md')).toBe('---\r\ntitle: A\r\nreviewed: 2026-06-01\r\n---\r\n');
    expect(setFrontmatterDate('---\nupdated:\n---\n', 'updated', '2026-06-01', 'a.md')).toBe('---\nupdated: 2026-06-01\n---\n');
    expect(setFrontmatterDate('# A\n\nText.\n', 'updated', '2026-06-01', 'a.md')).toBe('---\nupdated: 2026-06-01\n---\n# A\n\nText.\n');
  });

  it('refuses frontmatter that does not parse or is not a mapping', () => {
    expect(() => setFrontmatterDate('---\ntitle: "open\n---\n', 'updated', '2026-06-01', 'a.md')).toThrow(/a\.md: the frontmatter does not parse/);
    expect(() => setFrontmatterDate('---\n- a\n- b\n---\n', 'updated', '2026-06-01', 'a.md')).toThrow(/not a list of "key: value" fields/);
    expect(() => setFrontmatterDate('---\nupdated:\n  a: 1\n---\n', 'updated', '2026-06-01', 'a.md')).toThrow(/holds a mapping/);
  });
});

describe('atomic writes', () => {
  it('leaves the original intact when the write fails half-way, and no temporary file behind', async () => {
    const original = '---\ntitle: A\nupdated: 2024-01-05\n---\n\n# A\n';
    project = tmpProject({ 'a.md': original });
    const file = path.join(project.dir, 'a.md');
    const plan = await planReview(file, 'a.md', 'updated', '2026-06-01');
    const crash = async (handle: import('node:fs/promises').FileHandle, content: string) => {
      await handle.writeFile(content.slice(0, 10));
      throw new Error('simulated crash mid-write');
    };
    await expect(applyReview(plan, { write: crash })).rejects.toThrow(/simulated crash/);
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(readdirSync(project.dir)).toEqual(['a.md']);
    chmodSync(file, 0o640);
    await applyReview(plan);
    expect(readFileSync(file, 'utf8')).toBe(original.replace('2024-01-05', '2026-06-01'));
    expect((await import('node:fs')).statSync(file).mode & 0o777).toBe(0o640);
  });
});

describe('kblint review', { timeout: 240_000 }, () => {
  it('sets freshness.reviewField, and stale-article then counts from the review and says so', async () => {
    project = tmpProject({
      'kblint.config.json': '{ "now": "2026-06-01", "freshness": { "reviewField": "last_reviewed" } }',
      'a.md': '---\ntitle: A\nupdated: 2024-01-05 # the last real edit\n---\n\n# A\n\nText.\n',
    });
    const before = await lint({ patterns: ['a.md'], cwd: project.dir, jobs: 0 });
    expect(before.files[0]!.messages.map((m) => m.message)).toEqual([expect.stringMatching(/^Last updated on 2024-01-05/)]);
    const { code } = await kblint(['review', 'a.md', '--date', '2026-05-30'], { cwd: project.dir });
    expect(code).toBe(0);
    expect(readFileSync(path.join(project.dir, 'a.md'), 'utf8')).toBe('---\ntitle: A\nupdated: 2024-01-05 # the last real edit\nlast_reviewed: 2026-05-30\n---\n\n# A\n\nText.\n');
    const after = await lint({ patterns: ['a.md'], cwd: project.dir, jobs: 0 });
    expect(after.files[0]!.messages.filter((m) => m.ruleId === 'stale-article')).toEqual([]);
    const later = await lint({ patterns: ['a.md'], cwd: project.dir, jobs: 0, now: '2027-06-01' });
    expect(later.files[0]!.messages.find((m) => m.ruleId === 'stale-article')!.message).toMatch(/^Last reviewed \(last_reviewed\) on 2026-05-30, 367 days ago/);
  });

  it('exits 2 and changes nothing for HTML, exports, unparsable frontmatter, or a bad date', async () => {
    project = tmpProject({
      'ok.md': '---\ntitle: A\nupdated: 2024-01-05\n---\n',
      'page.html': '<html><body><h1>A</h1></body></html>',
      'broken.md': '---\ntitle: "open\n---\n',
      'export.json': '{"articles": []}',
    });
    const cases: Array<[string[], RegExp]> = [
      [['page.html'], /page\.html: kblint review writes only Markdown frontmatter, and this is a html source/],
      [['export.json'], /export\.json: kblint review writes only Markdown frontmatter/],
      [['ok.md', 'broken.md'], /broken\.md: the frontmatter does not parse/],
      [['ok.md', '--date', '2026-02-30'], /--date takes a real date/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await kblint(['review', ...args], { cwd: project.dir });
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
    }
    expect(readFileSync(path.join(project.dir, 'ok.md'), 'utf8')).toBe('---\ntitle: A\nupdated: 2024-01-05\n---\n');
    expect(readFileSync(path.join(project.dir, 'broken.md'), 'utf8')).toBe('---\ntitle: "open\n---\n');
  });
});
