// kblint's Markdown parser leaves out GFM constructs that cannot match in a
// text (tables without `|`, email autolinks without `@`) and runs GFM's
// literal-autolink transform only on the blocks that may hold one. Here its
// trees are compared with remark-parse + remark-frontmatter + remark-gfm as
// they come: every fixture, each also without its `|` and `@` and with `@`
// written as a character reference, hand-picked cases and generated documents.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { blockwise } from '../../src/sources/autolink-literals.js';
import { blockwiseAutolinkLiterals, parseMarkdownTree, UNSUPPORTED_FRONTMATTER } from '../../src/sources/markdown-parser.js';
import { fuzzRuns } from '../support/fuzz.js';

const root = path.resolve(import.meta.dirname, '../..');
const reference = unified()
  .use(remarkParse)
  // The same frontmatter kinds: what differs is only how GFM is run.
  .use(remarkFrontmatter, ['yaml', ...UNSUPPORTED_FRONTMATTER])
  .use(remarkGfm)
  .freeze();

const expectSame = (text: string, name: string) => expect(parseMarkdownTree(text), name).toEqual(reference.parse(text));

const CASES = [
  '| a | b |\n| - | - |\n| 1 | 2 |\n',
  'a | b\n--- | ---\n1 | 2\n',
  '| one column |\n| --- |\n| cell |\n',
  'Not a table: a | b without a delimiter row.\n',
  'Mail support@example.com or write to <help@example.com>, mailto:ops@example.com and xmpp:chat@example.com/room.\n',
  'An entity &#64; is not a literal @ for the parser, and user&#64;example.com is text.\n',
  'Visit www.example.com, WWW.EXAMPLE.COM or HTTPS://example.com/path?q=1 (and http://example.com/a_(b)).\n',
  '[https://inside.example.com](https://x.example) and [ref www.ref.example][r]\n\n[r]: https://r.example\n',
  '# Heading with https://heading.example\n\n> quote with a@b.co\n>\n> - list www.nested.example\n',
  '---\ntitle: "a | b @ c"\n---\n\nBody without either.\n',
  '```\ncode | with a@b.co and https://code.example\n```\n\n`inline a@b.co`\n',
  'Footnote[^1] with a@b.co.\n\n[^1]: Note at https://note.example\n',
  '- [ ] task www.task.example\n- [x] done\n',
  '~~struck https://struck.example~~ and *emphasis a@b.co*\n',
];

function files(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|markdown)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('the Markdown parser', () => {
  it('runs the literal-autolink transform blockwise (the optimisation is in effect)', () => {
    parseMarkdownTree('a@b.co | c');
    parseMarkdownTree('plain');
    expect(blockwiseAutolinkLiterals()).toBe(true);
  });

  it('gives remark-gfm\'s trees on every fixture, also without | and @ and with @ as an entity', () => {
    const paths = files('fixtures');
    expect(paths.length).toBeGreaterThan(100);
    for (const file of paths) {
      const text = readFileSync(file, 'utf8');
      const name = path.relative(root, file);
      expectSame(text, name);
      expectSame(text.replaceAll('|', '').replaceAll('@', ''), `${name} without | and @`);
      expectSame(text.replaceAll('@', '&#64;'), `${name} with &#64;`);
    }
  });

  it('gives remark-gfm\'s trees on hand-picked cases', () => {
    for (const [index, text] of CASES.entries()) {
      expectSame(text, `case ${index}`);
      expectSame(text.replaceAll('|', ''), `case ${index} without |`);
      expectSame(text.replaceAll('@', ' '), `case ${index} without @`);
    }
    // The cases do make tables and links, so the comparison is not of empty trees.
    const tree = JSON.stringify(CASES.map((text) => parseMarkdownTree(text)));
    expect(tree).toContain('"type":"table"');
    expect(tree).toContain('"url":"mailto:support@example.com"');
    expect(tree).toContain('"url":"http://www.example.com"');
  });

  it('gives remark-gfm\'s trees on generated documents', () => {
    const pieces = fc.constantFrom(
      '| h | i |\n| - | - |\n| a@b.co | www.x.example |',
      'x | y\n-|-\n1|2',
      'a | b',
      'mail a.b+c@d.example.org now',
      'not@mail',
      '@@ at signs @',
      'www.example.com/path',
      'https://example.com/a?b=c#d.',
      'HTTP://UPPER.EXAMPLE',
      '[link https://l.example](#) <https://auto.example>',
      '> quoted www.q.example',
      '- item a@b.co\n  - nested https://n.example',
      '# Title https://t.example',
      '```\nfence | a@b.co\n```',
      'Text with &#64; and &#124; entities.',
      'Plain prose.',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), fc.constantFrom('\n\n', '\n', ' '), (chosen, joint) => {
        expectSame(chosen.join(joint), chosen.join(' ¶ '));
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('runs the transform on the whole tree when a text stands directly under the root', () => {
    const seen: string[] = [];
    const transform = (tree: { children: Array<{ type: string }> }) => {
      seen.push(tree.children.map((child) => child.type).join(','));
    };
    const run = blockwise(transform as never);
    run({ type: 'root', children: [{ type: 'text', value: 'a@b.co' }, { type: 'paragraph', children: [] }] } as never);
    run({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'no link here' }] }, { type: 'paragraph', children: [{ type: 'text', value: 'see www.x.example' }] }] } as never);
    // Whole tree for the first; only the block that may link for the second.
    expect(seen).toEqual(['text,paragraph', 'paragraph']);
  });
});
