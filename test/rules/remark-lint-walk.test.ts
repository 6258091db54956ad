// The default remark-lint rules run on kblint's one tree walk; here each is
// compared with the real package, run through unified's plugin interface on
// the same trees: every fixture of the repository, hand-picked edge cases and
// generated documents must give the same findings (reason and place, in order).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_REMARK_LINT, type LintPlugin } from '../../rules/remark-lint/index.js';
import { applyDefaults } from '../../src/config/schema.js';
import { lintText } from '../../src/index.js';
import { loadArticles, prepareReaders, SourceFormatError } from '../../src/sources/index.js';
import { parseMarkdown } from '../../src/sources/markdown.js';
import { walkTree } from '../../src/sources/walk.js';
import { fuzzRuns } from '../support/fuzz.js';

const root = path.resolve(import.meta.dirname, '../..');
const plugins = new Map<string, LintPlugin>();
for (const { id, load } of BUILT_IN_REMARK_LINT) plugins.set(id, (await load()).default as LintPlugin);

type Found = { reason: string; start?: string; end?: string };
const at = (p: { line: number; column: number } | undefined) => (p ? `${p.line}:${p.column}` : undefined);

function byPackage(id: string, tree: Root): Found[] {
  const file = new VFile({ value: '' });
  plugins.get(id)!([1, undefined])!(tree, file, (error) => {
    if (error) throw error;
  });
  return file.messages.map((m) => {
    const place = m.place && 'start' in m.place ? m.place : undefined;
    return { reason: m.reason, start: at(place?.start), end: at(place?.end) };
  });
}

function byWalk(id: string, tree: Root): Found[] {
  const { check } = BUILT_IN_REMARK_LINT.find((entry) => entry.id === id)!;
  return check(walkTree(tree)).map((f) => ({ reason: f.reason, start: at(f.place?.start), end: at(f.place?.end) }));
}

function expectSame(tree: Root, name: string): number {
  let count = 0;
  for (const { id } of BUILT_IN_REMARK_LINT) {
    const expected = byPackage(id, tree);
    expect(byWalk(id, tree), `${id} on ${name}`).toEqual(expected);
    count += expected.length;
  }
  return count;
}

function files(dir: string, extensions: string[]): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && extensions.some((ext) => e.name.endsWith(ext)))
    .map((e) => path.join(e.parentPath, e.name));
}

const EDGE_CASES = [
  '# A\n\n### Skipped\n\n### Again\n\n## Back\n\n##### Deep\n',
  '## Starts low\n\n#### Skip\n\n# Top\n\n# Second top\n\n### Skip from top\n',
  'Title\n=====\n\nSub\n---\n\n#### Setext then ATX\n',
  '# T\n\n<h3>HTML heading</h3>\n\n<div><h1>nested html</h1></div>\n\nText with inline <h4>html</h4> heading.\n',
  '<h1>First</h1>\n\n# Second\n\n> # Quoted top\n>\n> ### quoted skip\n\n- # In a list\n  #### deeper in a list\n',
  '[a]: https://a.example\n[A]: https://b.example\n[b]: <>\n[c]: #\n\n> [a]: https://quoted.example\n\n- [b]: ?\n',
  'Text[^1] and[^note].\n\n[^1]: One.\n[^1]: Again.\n[^note]: x\n\n[^note]: y\n',
  '[empty]() [hash](#) [query](?) ![img]() ![ok](a.png) [ok](https://x.example) <https://auto.example>\n\n| a | b |\n| - | - |\n| [t]() | ![i](#) |\n',
  '[ref][a] [^x]\n\n[a]: #\n',
  '# Only one\n\nNo problems here.\n',
  '',
];

describe('the default remark-lint rules on the tree walk', () => {
  it('give the packages\' findings on every Markdown fixture', () => {
    let findings = 0;
    const paths = files('fixtures', ['.md', '.markdown']);
    expect(paths.length).toBeGreaterThan(100);
    for (const file of paths) findings += expectSame(parseMarkdown(readFileSync(file, 'utf8')), path.relative(root, file));
    // The fixtures do exercise the rules.
    expect(findings).toBeGreaterThan(10);
  });

  it('give the packages\' findings on trees read from HTML', async () => {
    await prepareReaders({ absolutePath: 'page.html' });
    const config = applyDefaults({}, root, null);
    const paths = files('fixtures', ['.html', '.htm']);
    expect(paths.length).toBeGreaterThan(0);
    const html = '<html><head><title>T</title></head><body><h1>T</h1><h3>skip</h3><h1>again</h1><a href="">empty</a><img src="#"></body></html>';
    const trees = [
      ...paths.map((file) => ({ name: path.relative(root, file), text: readFileSync(file, 'utf8'), file })),
      { name: 'inline.html', text: html, file: path.join(root, 'inline.html') },
    ].flatMap(({ name, text, file }) => {
      try {
        return loadArticles({ path: name, absolutePath: file, text }, config, { source: 'html' }).map((article) => ({ name, tree: article.tree }));
      } catch (error) {
        // Fixtures of unreadable pages (no article content) have no tree to compare.
        if (error instanceof SourceFormatError) return [];
        throw error;
      }
    });
    let findings = 0;
    for (const { name, tree } of trees) findings += expectSame(tree, name);
    expect(findings).toBeGreaterThan(0);
  });

  it('give the packages\' findings on edge cases', () => {
    let findings = 0;
    for (const [index, text] of EDGE_CASES.entries()) findings += expectSame(parseMarkdown(text), `edge case ${index}`);
    expect(findings).toBeGreaterThan(15);
  });

  it('give the packages\' findings on generated documents', () => {
    const pieces = fc.constantFrom(
      '# Top',
      '## Two',
      '### Three',
      '#### Four',
      '###### Six',
      'Setext\n===',
      'Setext\n---',
      '<h2>html</h2>',
      '<h5 class="x">html</h5>',
      'Inline <h3>html</h3> here.',
      '> # quoted',
      '> ### quoted',
      '- # listed',
      '- item\n\n  #### nested',
      '[a]: https://a.example',
      '[A]: #',
      '[b]: <>',
      '[^1]: note',
      '[^1]: again',
      'See [a] and [x][b] and [^1].',
      '[link]() and ![img](?) and [ok](https://ok.example)',
      '| h |\n| - |\n| [c](#) |',
      'Plain text.',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (chosen) => {
        expectSame(parseMarkdown(chosen.join('\n\n')), chosen.join(' ¶ '));
      }),
      { numRuns: fuzzRuns(200) },
    );
  });
});

describe('options go to the package itself', () => {
  it('reads the rank option of no-multiple-toplevel-headings through the package', async () => {
    const text = '# One\n\n## Two\n\n## Again two\n';
    const config = { now: '2026-06-01', rules: { 'remark-lint-no-multiple-toplevel-headings': ['warning', 2] } };
    const results = await lintText(text, { filePath: 'a.md', cwd: root, config: config as never, offline: true });
    const found = results.files[0]!.messages.filter((m) => m.ruleId === 'remark-lint-no-multiple-toplevel-headings');
    expect(found.map((m) => [m.line, m.message])).toEqual([[5, 'Unexpected duplicate toplevel heading, exected a single heading with rank `2`']]);
  });

  it('reports the same findings with options (the package) as without (the walk)', async () => {
    const text = '# One\n\n### Skip\n\n### Flat\n\n# Again\n\n[a]: #\n[a]: https://b.example\n\n[e]()\n';
    const lint = async (rules: Record<string, unknown>) => {
      const results = await lintText(text, { filePath: 'a.md', cwd: root, config: { now: '2026-06-01', rules } as never, offline: true });
      return results.files[0]!.messages.filter((m) => m.ruleId.startsWith('remark-lint-'));
    };
    const walked = await lint({});
    const packaged = await lint({
      'remark-lint-heading-increment': ['warning', {}],
      'remark-lint-no-duplicate-definitions': ['error', {}],
      'remark-lint-no-empty-url': ['warning', {}],
      'remark-lint-no-multiple-toplevel-headings': ['warning', 1],
    });
    expect(new Set(walked.map((m) => m.ruleId)).size).toBe(4);
    expect(packaged).toEqual(walked);
  });
});
