// What the readability judgement counts: masked tokens, names, sentence splits.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDefaults } from '../../src/config/schema.js';
import { markdownArticle } from '../../src/sources/markdown.js';
import { extractProse } from '../../src/prose/extract.js';
import { maskedRanges, proseWords, Vocabulary } from '../../src/prose/mask.js';
import { toString as nlcstToString } from 'nlcst-to-string';

const root = path.resolve(import.meta.dirname, '../..');
const config = applyDefaults({}, root, null);
const article = (text: string) => markdownArticle({ path: 'a.md', absolutePath: path.join(root, 'a.md'), text }, config);
const counted = (text: string, vocabulary: string[] = []) => {
  const a = article(text);
  const [sentence] = extractProse(a).sentences;
  return proseWords(sentence!, a.source, new Vocabulary(vocabulary)).map((w) => w.value).join(' ');
};
const sentences = (text: string) => extractProse(article(text)).sentences.map((s) => nlcstToString(s).trim());

describe('masked tokens are not counted', () => {
  it.each([
    ['a URL', 'Open https://help.example/a/b?c=1 to start.', 'Open to start'],
    ['a bare host and path', 'Send it to go.example/feedback today.', 'Send it to today'],
    ['a file name', 'Delete setup.exe first.', 'Delete first'],
    ['a namespaced id', 'The app:widget_loader step stops.', 'The step stops'],
    ['snake_case', 'Set retry_interval_seconds now.', 'Set now'],
    ['a ticket id', 'See ticket WID-104233 for it.', 'See ticket for it'],
    ['a hex code', 'It fails with 0x80070005 here.', 'It fails with here'],
    ['numbers and codes', 'Use 86400 as the window on AADSTS50076.', 'Use as the window on'],
    ['a path', 'Open /var/lib/widgets now.', 'Open now'],
    ['a cmdlet', 'Run Get-MailboxStatistics again.', 'Run again'],
    ['a camelCase identifier', 'Set maxRetries to two.', 'Set to two'],
  ])('%s', (_, text, expected) => {
    expect(counted(text)).toBe(expected);
  });

  it('keeps ordinary words with dots and hyphens', () => {
    expect(counted('Sign in, e.g. on the sign-in page.')).toBe('Sign in e.g. on the sign-in page');
    expect(maskedRanges('i.e. the end')).toEqual([]);
  });
});

describe('names are one familiar word', () => {
  it.each([
    ['a capitalised run', 'Open Harbor Light Widget Studio now.', 'Open name now'],
    ['a run across "of"', 'The Bank of Northwind pays.', 'The name pays'],
    ['a capitalised word inside the sentence', 'Open the app in Outlook today.', 'Open the app in name today'],
    ['an inner capital and capitals', 'Open SharePoint and the DNS page.', 'Open name and the name page'],
    ['a link title', 'See [Fix sign-in problems in the app](x.md) first.', 'See name first'],
    ['a quoted message', 'It says "the manifest could not be parsed" twice.', 'It says name twice'],
  ])('%s', (_, text, expected) => {
    expect(counted(text)).toBe(expected);
  });

  it('keeps the capitalised first word, and lower-case link text', () => {
    expect(counted('Rewards arrive daily.')).toBe('Rewards arrive daily');
    expect(counted('You can [use a backup code](x.md) instead.')).toBe('You can use a backup code instead');
  });

  it('reads configured vocabulary entries as names, case-insensitively', () => {
    expect(counted('the blue harbor sync runs nightly.', ['Blue Harbor'])).toBe('the name sync runs nightly');
  });
});

describe('sentences end at lead-in labels and at lines after code', () => {
  it('splits a bold label from what follows', () => {
    expect(sentences('**Posted:** [the status page](s.md) lists incidents.')).toEqual(['Posted:', 'the status page lists incidents.']);
    expect(sentences('**Posted: **the status page lists incidents.')).toEqual(['Posted:', 'the status page lists incidents.']);
    expect(sentences('**Note** Back up first.')).toEqual(['Note', 'Back up first.']);
  });

  it('does not split emphasis that is part of the sentence', () => {
    expect(sentences('**Do not** delete the file.')).toEqual(['Do not delete the file.']);
  });

  it('splits after a line ending in inline code and at a hard break, not at other line breaks', () => {
    expect(sentences('Run `doctor`\nThen send the output.')).toEqual(['Run `doctor`', 'Then send the output.']);
    expect(sentences('First line\\\nsecond line')).toEqual(['First line', 'second line']);
    expect(sentences('One sentence\nover two lines.')).toEqual(['One sentence\nover two lines.']);
  });
});
