// The per-sentence judgement must be retext-readability's: run the plugin
// itself over the same cached tree and compare the sentences each one flags.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import retextReadability from 'retext-readability';
import { VFile } from 'vfile';
import type { Root } from 'nlcst';
import { applyDefaults } from '../../src/config/schema.js';
import { markdownArticle } from '../../src/sources/markdown.js';
import { extractProse as getProse } from '../../src/prose/extract.js';
import { judgeSentence } from '../../src/prose/readability.js';
import { readabilitySettings } from '../../src/prose/settings.js';

const root = path.resolve(import.meta.dirname, '../..');
const config = applyDefaults({}, root, null);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.md'))
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

const files = [
  ...markdownFiles(path.join(root, 'fixtures', 'help-center')),
  ...markdownFiles(path.join(root, 'fixtures', 'readability')),
];
const settings = [
  { targetAge: 16, threshold: 4 / 7, minWords: 5 }, // retext-readability's defaults
  { targetAge: 16, threshold: 5 / 7, minWords: 10 }, // kblint's defaults
  { targetAge: 12, threshold: 3 / 7, minWords: 3 },
  { targetAge: 20, threshold: 1 / 7, minWords: 0 },
];

describe('per-sentence verdicts equal retext-readability', () => {
  it.each(settings)('age $targetAge, threshold $threshold, minWords $minWords', (s) => {
    let flagged = 0;
    for (const file of files) {
      const article = markdownArticle({ path: file, absolutePath: file, text: readFileSync(file, 'utf8') }, config);
      const prose = getProse(article);
      const vfile = new VFile({ value: article.source });
      retextReadability({ age: s.targetAge, threshold: s.threshold, minWords: s.minWords })(prose.tree as Root, vfile);
      const theirs = vfile.messages.map((m) => `${m.place && 'start' in m.place ? `${m.place.start.line}:${m.place.start.column}` : '?'}`);
      const ours = prose.sentences
        .filter((sentence) => judgeSentence(sentence, s)?.hard)
        .map((sentence) => `${sentence.position!.start.line}:${sentence.position!.start.column}`);
      expect(ours, path.relative(root, file)).toEqual(theirs);
      flagged += ours.length;
    }
    expect(flagged).toBeGreaterThan(0);
  });
});

describe('messages name the formulas', () => {
  it('gives every formula an age and lists those above the target', () => {
    const text = 'Notwithstanding any provision of these terms to the contrary, the company reserves the right to suspend or terminate access where continued provision would contravene applicable legislation.';
    const article = markdownArticle({ path: 'a.md', absolutePath: path.join(root, 'a.md'), text }, config);
    const verdict = judgeSentence(getProse(article).sentences[0]!, readabilitySettings(article, config))!;
    expect(verdict.hard).toBe(true);
    expect(verdict.ages.map((a) => a.formula)).toEqual([
      'automated readability',
      'Coleman–Liau',
      'Dale–Chall',
      'Flesch',
      'Gunning fog',
      'SMOG',
      'Spache',
    ]);
    expect(verdict.tooHard.every((a) => a.age > 16)).toBe(true);
    expect(verdict.tooHard.length).toBeGreaterThanOrEqual(5);
  });

  it('does not judge sentences shorter than minWords', () => {
    const article = markdownArticle({ path: 'a.md', absolutePath: path.join(root, 'a.md'), text: 'Unauthorized authentication.' }, config);
    expect(judgeSentence(getProse(article).sentences[0]!, { targetAge: 16, threshold: 5 / 7, minWords: 10 })).toBeNull();
  });
});

describe('settings per policy', () => {
  it('applies the last matching policy by glob or category, and says which set maxGrade', () => {
    const custom = applyDefaults(
      {
        readability: {
          maxGrade: 9,
          policies: [
            { files: 'api/**', maxGrade: 12, targetAge: 18 },
            { category: 'Legal', maxGrade: 14 },
          ],
        },
      },
      '/kb',
      null,
    );
    const make = (file: string, category?: string) =>
      markdownArticle(
        { path: file, absolutePath: `/kb/${file}`, text: category ? `---\ncategory: ${category}\n---\n\nText.` : 'Text.' },
        custom,
      );
    expect(readabilitySettings(make('guide.md'), custom)).toMatchObject({ maxGrade: 9, targetAge: 16, threshold: 5 / 7, minWords: 10 });
    expect(readabilitySettings(make('guide.md'), custom).origin.maxGrade).toBe('readability.maxGrade');
    const api = readabilitySettings(make('api/keys.md'), custom);
    expect(api).toMatchObject({ maxGrade: 12, targetAge: 18 });
    expect(api.origin.maxGrade).toBe('the policy for files "api/**"');
    const legal = readabilitySettings(make('api/terms.md', 'legal'), custom);
    expect(legal).toMatchObject({ maxGrade: 14, targetAge: 18 });
    expect(legal.origin.maxGrade).toBe('the policy for category "Legal"');
  });
});
