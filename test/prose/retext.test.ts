// The opt-in retext rules' plumbing: the flat tree given to retext-equality
// finds what the real paragraphs find, and allow lists.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import retextEquality from 'retext-equality';
import { applyDefaults } from '../../src/config/schema.js';
import { markdownArticle } from '../../src/sources/markdown.js';
import { allowed, runRetext, type Transform } from '../../src/prose/retext.js';
import { extractProse } from '../../src/prose/extract.js';

const root = path.resolve(import.meta.dirname, '../..');
const config = applyDefaults({}, root, null);

describe('retext-equality over one flat paragraph', () => {
  it('finds exactly what it finds paragraph by paragraph (binary off)', () => {
    const dirs = ['fixtures/help-center', 'fixtures/readability', 'fixtures/rules/inclusive-language'].map((d) => path.join(root, d));
    const extra = markdownArticle(
      {
        path: 'x.md',
        absolutePath: path.join(root, 'x.md'),
        text: '# Team\n\nAsk the chairman. He approves it.\n\nShe or he can whitelist it. Do a sanity check.\n\n- The master copy\n- Our manpower',
      },
      config,
    );
    const articles = [
      extra,
      ...dirs.flatMap((dir) =>
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile() && d.name.endsWith('.md'))
          .map((d) => path.join(d.parentPath, d.name))
          .map((file) => markdownArticle({ path: file, absolutePath: file, text: readFileSync(file, 'utf8') }, config)),
      ),
    ];
    let total = 0;
    for (const article of articles) {
      const transform = retextEquality({ binary: false }) as unknown as Transform;
      const key = (m: { id: string; span?: { start: { line: number; column: number } } }) => `${m.span?.start.line}:${m.span?.start.column} ${m.id}`;
      const prose = extractProse(article);
      const flat = runRetext(prose, transform, { flat: true }).map(key).sort();
      const real = runRetext(prose, transform).map(key).sort();
      expect(flat, article.path).toEqual(real);
      total += flat.length;
    }
    expect(total).toBeGreaterThan(3);
  });
});

describe('allow lists', () => {
  it('match phrases and single words, ignoring case and spacing', () => {
    const isAllowed = allowed(['Master', 'in  order to']);
    expect(isAllowed('master key')).toBe(true);
    expect(isAllowed('In order to')).toBe(true);
    expect(isAllowed('whitelist')).toBe(false);
  });
});
