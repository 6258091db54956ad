import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { UsageError } from '../../src/engine/errors.js';
import { decodeText, readTextFile } from '../../src/engine/read.js';
import { MAX_TREE_DEPTH, treeDepth } from '../../src/engine/load-file.js';
import { ConfigError } from '../../src/config/load.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';
import type { LintResults } from '../../src/model/types.js';

let project: TmpProject | undefined;
afterEach(() => project?.remove());

const fresh = (title: string) => `---\ntitle: ${title}\nupdated: 2026-05-01\n---\n\n# ${title}\n\nSome text.\n`;
const findings = (results: LintResults, path: string) =>
  results.files.find((f) => f.path === path)?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`) ?? null;

async function run(files: Record<string, string | Uint8Array>, patterns: string[] = ['.'], now = '2026-06-01') {
  project = tmpProject(files);
  return lint({ patterns, cwd: project.dir, now });
}

describe('bad input', () => {
  it('reports invalid YAML at its line and still lints the body and other files', async () => {
    const results = await run({
      'broken.md': '---\ntitle: "unclosed\nupdated: 2026-05-01\n---\n\n# Broken\n\n## A\n\n#### B\n',
      'good.md': fresh('Good'),
    });
    const broken = results.files.find((f) => f.path === 'broken.md')!;
    const yamlError = broken.messages.find((m) => m.ruleId === 'invalid-frontmatter')!;
    expect(yamlError.line).toBeGreaterThanOrEqual(2);
    expect(yamlError.line).toBeLessThanOrEqual(4);
    expect(broken.messages.map((m) => m.ruleId)).toContain('remark-lint-heading-increment');
    expect(findings(results, 'good.md')).toEqual([]);
  });

  it('reports binary, non-UTF-8 and UTF-16 files by name and goes on', async () => {
    const results = await run({
      'binary.md': new Uint8Array([0x23, 0x20, 0x00, 0x01, 0x02]),
      'latin1.md': new Uint8Array([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
      'utf16.md': new Uint8Array([0xff, 0xfe, 0x23, 0x00]),
      'good.md': fresh('Good'),
    });
    const reason = (path: string) => results.files.find((f) => f.path === path)!.messages[0]!;
    expect(reason('binary.md')).toMatchObject({ ruleId: 'read-error', severity: 'error' });
    expect(reason('binary.md').message).toMatch(/binary/);
    expect(reason('latin1.md').message).toMatch(/not valid UTF-8 \(first bad byte at offset 5\)/);
    expect(reason('utf16.md').message).toMatch(/UTF-16/);
    expect(findings(results, 'good.md')).toEqual([]);
  });

  it('says why a file cannot be read', async () => {
    // Permissions cannot be tested as root, so read a folder and a vanished file.
    project = tmpProject({ 'dir.md/inner.txt': 'x' });
    expect(await readTextFile(`${project.dir}/dir.md`)).toEqual({ ok: false, reason: 'cannot read the file: it is a directory' });
    expect(await readTextFile(`${project.dir}/gone.md`)).toEqual({ ok: false, reason: 'cannot read the file: the file no longer exists' });
  });

  it('points at the first byte of a bad UTF-8 sequence', () => {
    const at = (bytes: number[]) => (decodeText(new Uint8Array(bytes)) as { reason: string }).reason.match(/offset (\d+)/)?.[1];
    expect(at([0x41, 0xe9, 0x41])).toBe('1'); // unfinished 3-byte sequence
    expect(at([0xc3, 0xa9, 0x80])).toBe('2'); // stray continuation after a complete é
    expect(at([0x41, 0xff])).toBe('1'); // never valid
  });

  it('gives findings, not a crash, for an empty file and a frontmatter-only file', async () => {
    const results = await run({ 'empty.md': '', 'only-frontmatter.md': '---\n---\n' });
    expect(findings(results, 'empty.md')).toEqual(['1:1 missing-dates', '1:1 missing-title']);
    expect(findings(results, 'only-frontmatter.md')).toEqual(['1:1 missing-dates', '1:1 missing-title']);
  });

  it('does not let YAML pollute prototypes or run custom tags', async () => {
    const results = await run({
      'evil.md': '---\n__proto__:\n  polluted: true\ntitle: !!js/function "function () {}"\nupdated: 2026-05-01\n---\n',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(results.files[0]!.metadata.title).toBe('function () {}');
  });

  it('refuses a YAML alias bomb as invalid frontmatter instead of expanding it', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g']]) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const results = await run({ 'bomb.md': `---\n${levels.join('\n')}\ntitle: Bomb\n---\n\n# Bomb\n` });
    const messages = results.files[0]!.messages;
    expect(messages.map((m) => m.ruleId)).toContain('invalid-frontmatter');
    expect(messages.find((m) => m.ruleId === 'invalid-frontmatter')!.message).toMatch(/alias/i);
  });

  it('refuses an article nested thousands of levels deep with a clear reason', async () => {
    const results = await run({ 'deep.md': `${'>'.repeat(3000)} deep\n`, 'good.md': fresh('Good') });
    expect(results.files.find((f) => f.path === 'deep.md')!.messages[0]!.message).toMatch(/nests too deeply to read|nests \d+ levels deep/);
    expect(findings(results, 'good.md')).toEqual([]);
  });

  it('measures tree depth without recursion', () => {
    let node: { children: unknown[] } = { children: [] };
    const root = node;
    for (let i = 0; i < 10_000; i++) {
      const child = { children: [] };
      node.children.push(child);
      node = child;
    }
    expect(treeDepth(root)).toBe(MAX_TREE_DEPTH + 1);
    expect(treeDepth({ children: [{ children: [] }, { children: [{}] }] })).toBe(3);
  });

  it('keeps every message on one line even when it quotes article text', async () => {
    const results = await run({ 'x.md': '---\ntitle: X\nupdated: "2026-05-01\\n::error::injected"\n---\n' });
    for (const message of results.files[0]!.messages) expect(message.message).not.toMatch(/[\r\n]/);
  });
});

describe('files', () => {
  it('honours .gitignore and .kblintignore, skips node_modules, reads .md and .markdown', async () => {
    const results = await run({
      '.gitignore': 'drafts/\n',
      '.kblintignore': 'archive/**\n',
      'a.md': fresh('A'),
      'b.markdown': fresh('B'),
      'c.txt': 'not an article',
      'drafts/d.md': fresh('D'),
      'archive/e.md': fresh('E'),
      'node_modules/pkg/readme.md': fresh('F'),
    });
    expect(results.files.map((f) => f.path)).toEqual(['a.md', 'b.markdown']);
  });

  it('names every pattern that matched nothing', async () => {
    project = tmpProject({ 'a.md': fresh('A') });
    const attempt = lint({ patterns: ['a.md', 'missing/', 'nope/*.md'], cwd: project.dir });
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(/"missing\/", "nope\/\*\.md"/);
  });

  it('accepts globs and de-duplicates overlapping patterns', async () => {
    const results = await run({ 'docs/a.md': fresh('A'), 'docs/b.md': fresh('B') }, ['docs', 'docs/*.md', 'docs/a.md']);
    expect(results.files.map((f) => f.path)).toEqual(['docs/a.md', 'docs/b.md']);
  });
});

describe('config', () => {
  it.each([
    ['kblint.config.json', JSON.stringify({ freshness: { maxAgeDays: 10 } })],
    ['kblint.config.yaml', 'freshness:\n  maxAgeDays: 10\n'],
    ['kblint.config.yml', 'freshness:\n  maxAgeDays: 10\n'],
    ['kblint.config.mjs', 'export default { freshness: { maxAgeDays: 10 } };\n'],
    ['package.json', JSON.stringify({ name: 'x', kblint: { freshness: { maxAgeDays: 10 } } })],
  ])('is read from %s, found upward from the linted folder', async (name, content) => {
    const results = await run({ [name]: content, 'docs/a.md': fresh('A') }, ['docs']);
    expect(findings(results, 'docs/a.md')).toEqual(['3:1 stale-article']);
  });

  it.each([
    [{ freshnes: {} }, /unknown key "freshnes"/],
    [{ freshness: { maxAgeDays: 'a year' } }, /freshness\.maxAgeDays: .*number/],
    [{ rules: { 'no-such-rule': 'error' } }, /rules: unknown rule "no-such-rule"/],
    [{ rules: { 'stale-article': 'loud' } }, /rules\.stale-article/],
    [{ rules: { 'stale-article': ['error', { x: 1 }] } }, /stale-article: the rule takes no options/],
    [{ now: '2026-13-01' }, /now/],
  ])('rejects %j naming the file and the key', async (config, pattern) => {
    project = tmpProject({ 'kblint.config.json': JSON.stringify(config), 'a.md': fresh('A') });
    const attempt = lint({ patterns: ['.'], cwd: project.dir });
    await expect(attempt).rejects.toThrow(pattern);
    await expect(attempt).rejects.toThrow(/kblint\.config\.json/);
  });

  it('reports invalid JSON and YAML config with the file name', async () => {
    project = tmpProject({ 'kblint.config.json': '{ "now": ', 'a.md': fresh('A') });
    await expect(lint({ patterns: ['.'], cwd: project.dir })).rejects.toThrow(ConfigError);
    project.remove();
    project = tmpProject({ 'kblint.config.yaml': 'now: [unclosed', 'a.md': fresh('A') });
    await expect(lint({ patterns: ['.'], cwd: project.dir })).rejects.toThrow(/kblint\.config\.yaml:\d+:\d+: invalid YAML/);
  });

  it('applies rules, then overrides by glob in order', async () => {
    const results = await run({
      'kblint.config.json': JSON.stringify({
        rules: { 'missing-title': 'warning' },
        overrides: [
          { files: 'legacy/**', rules: { 'missing-title': 'off' } },
          { files: 'legacy/keep/**', rules: { 'missing-title': 'error' } },
        ],
      }),
      'a.md': '---\nupdated: 2026-05-01\n---\n',
      'legacy/b.md': '---\nupdated: 2026-05-01\n---\n',
      'legacy/keep/c.md': '---\nupdated: 2026-05-01\n---\n',
    });
    const severity = (p: string) => results.files.find((f) => f.path === p)!.messages.map((m) => m.severity);
    expect(severity('a.md')).toEqual(['warning']);
    expect(severity('legacy/b.md')).toEqual([]);
    expect(severity('legacy/keep/c.md')).toEqual(['error']);
  });

  it('applies freshness policies by glob and category, the last match winning', async () => {
    const results = await run({
      'kblint.config.json': JSON.stringify({
        freshness: {
          policies: [
            { files: 'security/**', maxAgeDays: 30 },
            { category: 'Announcements', maxAgeDays: 2000, warnAfterDays: 1500 },
          ],
        },
      }),
      'security/a.md': '---\ntitle: A\nupdated: 2026-04-01\n---\n',
      'security/b.md': '---\ntitle: B\nupdated: 2021-01-01\ncategory: announcements\n---\n',
      'c.md': '---\ntitle: C\nupdated: 2025-05-31\n---\n',
      'd.md': '---\ntitle: D\nupdated: 2025-06-01\n---\n',
    });
    const stale = results.files.find((f) => f.path === 'security/a.md')!.messages[0]!;
    expect(stale.message).toMatch(/61 days ago: more than the 30 days the policy for files "security\/\*\*" allows/);
    expect(findings(results, 'security/b.md')).toEqual(['3:1 stale-article']);
    expect(results.files.find((f) => f.path === 'security/b.md')!.messages[0]!.severity).toBe('warning');
    // 366 days is more than 365; 365 is not.
    expect(findings(results, 'c.md')).toEqual(['3:1 stale-article']);
    expect(results.files.find((f) => f.path === 'd.md')!.messages.map((m) => m.severity)).toEqual(['warning']);
  });
});

describe('remark-lint packages by name', () => {
  it('runs an installed remark-lint rule named in config, with its options', async () => {
    const results = await run({
      'kblint.config.json': JSON.stringify({ rules: { 'remark-lint-no-undefined-references': ['warning', { allow: ['ok'] }] } }),
      'a.md': '---\ntitle: A\nupdated: 2026-05-01\n---\n\nSee [the fees][fees] and [ok][].\n',
    });
    expect(results.files[0]!.messages.map((m) => `${m.line} ${m.ruleId} ${m.severity}`)).toEqual([
      '6 remark-lint-no-undefined-references warning',
    ]);
  });

  it('stops with a config error naming a package that is not installed', async () => {
    project = tmpProject({ 'kblint.config.json': JSON.stringify({ rules: { 'remark-lint-not-a-real-rule': 'error' } }), 'a.md': fresh('A') });
    await expect(lint({ patterns: ['.'], cwd: project.dir })).rejects.toThrow(
      /kblint\.config\.json: rules: cannot load the remark-lint rule "remark-lint-not-a-real-rule"/,
    );
  });
});

describe('inline control comments', () => {
  it('disables and enables rules by range, next line and file, and warns on unknown ids', async () => {
    const results = await run({
      'a.md': [
        '---',
        'updated: 2020-01-01',
        '---',
        '<!-- kblint-disable-file stale-article -->',
        '# One',
        '<!-- kblint-disable remark-lint-no-multiple-toplevel-headings -->',
        '# Two',
        '<!-- kblint-enable remark-lint-no-multiple-toplevel-headings -->',
        '# Three',
        '<!-- kblint-disable-next-line remark-lint-no-multiple-toplevel-headings -->',
        '# Four',
        '<!-- kblint-disable not-a-rule -->',
        '',
      ].join('\n'),
    });
    expect(findings(results, 'a.md')).toEqual(['9:1 remark-lint-no-multiple-toplevel-headings', '12:1 inline-config']);
  });
});

describe('metadata in results', () => {
  it('reads title, dates, views and category from frontmatter and body', async () => {
    const results = await run({
      'fm.md': '---\ntitle: Fees\npublished: Feb 5, 2025\nms.date: 02/05/2026\nviews: "18,279"\ncategory: FAQ\n---\n',
      'body.md': '# Withdrawals\n\nPublished on May 30, 2025Updated on Feb 5, 202612\n\nText.\n',
    });
    expect(results.files.find((f) => f.path === 'fm.md')!.metadata).toEqual({
      title: 'Fees',
      published: '2025-02-05',
      updated: '2026-02-05',
      views: 18279,
      category: 'FAQ',
    });
    expect(results.files.find((f) => f.path === 'body.md')!.metadata).toEqual({
      title: 'Withdrawals',
      published: '2025-05-30',
      updated: '2026-02-05',
      views: 12,
      category: null,
    });
  });

  it('reads day-first slash dates when configured', async () => {
    const results = await run({
      'kblint.config.json': JSON.stringify({ metadata: { dateOrder: 'day-first' } }),
      'a.md': '---\ntitle: A\nupdated: 02/05/2026\n---\n',
    });
    expect(results.files[0]!.metadata.updated).toBe('2026-05-02');
  });

  it('does not read dates from code blocks or inline code', async () => {
    const results = await run({ 'a.md': '# A\n\n```\nUpdated on Feb 5, 2026\n```\n\n`Published on Feb 5, 2026`\n' });
    expect(findings(results, 'a.md')).toEqual(['1:1 missing-dates']);
  });
});

describe('a run that only collects facts (kblint codes)', () => {
  it('runs no rule, in-process or in workers, yet collects every article\'s facts and still reports unreadable files', async () => {
    const { codeCoverageFact } = await import('../../src/codes/facts.js');
    project = tmpProject({
      'old.md': '---\ntitle: Old\nupdated: 2019-01-01\n---\n\n# Old\n\n## A\n\n#### Skipped level. Error 50110 occurs.\n',
      'bad.md': new Uint8Array([0xff, 0xfe, 0x23, 0x00]),
    });
    for (const jobs of [0, 1]) {
      const collected: string[] = [];
      const results = await lint({
        patterns: ['.'],
        cwd: project.dir,
        now: '2026-06-01',
        jobs,
        collect: { facts: [codeCoverageFact], only: true, onArticle: (article) => collected.push(article.summary.path) },
      });
      expect(collected).toEqual(['old.md']);
      expect(results.rules).toEqual(expect.not.arrayContaining([expect.objectContaining({ id: 'stale-article' })]));
      expect(findings(results, 'old.md')).toEqual([]);
      expect(results.files.find((f) => f.path === 'bad.md')!.messages.map((m) => m.ruleId)).toEqual(['read-error']);
    }
  });
});
