// Prose extraction: what counts as prose, sentence splitting, and locations
// that point back into the Markdown source.
import { describe, expect, it } from 'vitest';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import type { Sentence } from 'nlcst';
import { applyDefaults } from '../../src/config/schema.js';
import { markdownArticle } from '../../src/sources/markdown.js';
import { extractProse, sentencesOf, wordsOf, wordText } from '../../src/prose/extract.js';
import { ProseParser, sentenceFixApplied } from '../../src/prose/parser.js';

const config = applyDefaults({}, '/kb', null);
const article = (text: string) => markdownArticle({ path: 'a.md', absolutePath: '/kb/a.md', text }, config);
const sentences = (text: string) => extractProse(article(text)).sentences.map((s) => toString(s).trim());
const words = (text: string) => extractProse(article(text)).sentences.flatMap(wordsOf).map(wordText);

/** The source text a node's position covers. */
function located(source: string, sentence: Sentence): string {
  const { start, end } = sentence.position!;
  return source.slice(start.offset!, end.offset!);
}

describe('sentence splitting', () => {
  it.each([
    ['Open the app and sign in. Then tap Settings.', ['Open the app and sign in.', 'Then tap Settings.']],
    ['You must log in. After that, choose Wallet.', ['You must log in.', 'After that, choose Wallet.']],
    ['Tap Opt in. Emails start next week.', ['Tap Opt in.', 'Emails start next week.']],
    ['Go to step 2. Tap Next.', ['Go to step 2.', 'Tap Next.']],
    ['Upgrade to Pro. It costs less. Wait 5 min. Then retry.', ['Upgrade to Pro.', 'It costs less.', 'Wait 5 min.', 'Then retry.']],
    ['Enter your user id. Then save.', ['Enter your user id.', 'Then save.']],
    ['Fees, limits, etc. All are listed below.', ['Fees, limits, etc.', 'All are listed below.']],
  ])('ends a sentence at "%s"', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    ['The coin is 5 in. wide and thin.'],
    ['Mr. Smith signs the form.'],
    ['Dr. Lee approved it.'],
    ['It closes on Jan. 5 at noon.'],
    ['Use a browser, e.g. Firefox or Chrome.'],
    ['Ask J. Smith for help.'],
  ])('keeps an abbreviation inside the sentence: "%s"', (text) => {
    expect(sentences(text)).toHaveLength(1);
  });

  it('shows the bug it fixes in the stock parser', () => {
    expect(sentenceFixApplied).toBe(true);
    const stock = new ParseEnglish().parse('Open the app and sign in. Then tap Settings.');
    const fixed = new ProseParser().parse('Open the app and sign in. Then tap Settings.');
    const count = (root: typeof stock) => root.children.flatMap((p): { type: string }[] => ('children' in p ? p.children : [])).filter((c) => c.type === 'SentenceNode').length;
    expect(count(stock)).toBe(1);
    expect(count(fixed)).toBe(2);
  });
});

describe('what is prose', () => {
  it('skips frontmatter, code, inline code, HTML, images and URLs', () => {
    const text = [
      '---',
      'title: Reset your password',
      '---',
      '',
      '# Reset your password',
      '',
      'Run `kblint --fix` now. Visit https://example.com/reset or <https://example.com/help> today.',
      '',
      '```sh',
      'echo not prose here',
      '```',
      '',
      '<div class="note">Hidden words</div>',
      '',
      '![A screenshot of settings](shot.png) Look closely.',
      '',
      'Read [the guide](https://example.com/guide). <!-- expect nothing -->',
    ].join('\n');
    expect(words(text)).toEqual(['Reset', 'your', 'password', 'Run', 'now', 'Visit', 'or', 'today', 'Look', 'closely', 'Read', 'the', 'guide']);
  });

  it('keeps headings and list items as sentences of their own', () => {
    expect(sentences('## Before you start\n\n- Open the app\n- Tap Wallet\n\nThen deposit.')).toEqual([
      'Before you start',
      'Open the app',
      'Tap Wallet',
      'Then deposit.',
    ]);
  });

  it('reads table cells of text, not cells of codes, numbers or terms', () => {
    const text = [
      '| Code | HTTP status | Meaning |',
      '| --- | --- | --- |',
      '| `50011` | 429 | Too many requests on this endpoint |',
      '| 50113 | 401 | Invalid signature |',
    ].join('\n');
    expect(sentences(text)).toEqual(['Too many requests on this endpoint']);
  });

  it('skips the exported "Published on … Updated on …" line and docfx directives', () => {
    const text = 'Published on Mar 3, 2026 · Updated on Apr 28, 2026\n\n:::image type="content" source="a.png" alt-text="A shot.":::\n\nHello there.';
    expect(sentences(text)).toEqual(['Hello there.']);
  });

  it('drops alert labels', () => {
    expect(sentences('> [!NOTE]\n> Withdrawals pause during maintenance.')).toEqual(['Withdrawals pause during maintenance.']);
    expect(sentences('> [!TIP] Save your codes.')).toEqual(['Save your codes.']);
  });
});

describe('locations', () => {
  it('points each sentence at its text in the source, in block quotes and indented list items', () => {
    const source = [
      '# Title',
      '',
      '> First line of a quote that goes on',
      '> to a second line. Second sentence',
      '> starts here and ends here.',
      '',
      '1. An item that wraps over',
      '   two lines. And then **another',
      '   sentence** on the next.',
      '',
      'Plain `code` and [a link](x.md). Last one.',
    ].join('\n');
    const prose = extractProse(article(source));
    for (const sentence of prose.sentences) {
      const text = toString(sentence);
      const inSource = located(source, sentence).replace(/\n[ >]*/g, ' ');
      const plain = (t: string) => t.replace(/[*`[\]]|\(x\.md\)/g, '').replace(/\n/g, ' ');
      expect(plain(inSource)).toBe(plain(text));
    }
    const starts = prose.sentences.map((s) => [s.position!.start.line, s.position!.start.column]);
    expect(starts).toEqual([
      [1, 3],
      [3, 3],
      [4, 21],
      [7, 4],
      [8, 15],
      [11, 1],
      [11, 34],
    ]);
  });

  it('splits a paragraph into its sentences', () => {
    const a = article('One sentence here. Another one there.');
    expect(sentencesOf(extractProse(a).tree.children[0] as never)).toHaveLength(2);
  });
});
