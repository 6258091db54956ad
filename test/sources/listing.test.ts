import { describe, expect, it } from 'vitest';
import { listingArticles } from '../../src/sources/listing.js';
import { applyDefaults } from '../../src/config/schema.js';
import { findings, lintRepo, lintTexts, result } from './helpers.js';

const CORE = ['stale-article', 'missing-dates', 'date-consistency', 'missing-title', 'read-error', 'source-format'];
const config = applyDefaults({ now: '2026-06-01' }, '/kb', null);
const read = (text: string) => listingArticles({ path: 'list.txt', absolutePath: '/kb/list.txt', text }, config);
const FILE = 'fixtures/sources/listing/search-withdrawals.txt';

describe('listing exports', () => {
  it('splits glued entries: title, snippet, dates, views, next title', async () => {
    const results = await lintRepo([FILE]);
    const entries = results.files.filter((f) => f.filePath === FILE);
    expect(entries.map((e) => [e.metadata.title, e.metadata.published, e.metadata.updated, e.metadata.views])).toEqual([
      ['How do I change my withdrawal address?', '2024-04-03', '2026-03-18', 4210],
      ['Why was my card payment declined?', '2025-07-09', '2026-05-02', 87],
      ['What does error 60018 mean?', '2024-01-14', '2025-02-02', 312],
      // No view count: the next title follows the year directly.
      ['How long do bank transfers take?', '2025-12-01', '2026-01-06', null],
      ['Can I cancel a pending withdrawal?', '2022-09-30', '2026-04-28', 101438],
    ]);
    expect(entries.map((e) => e.path)).toEqual([
      `${FILE}#1-how-do-i-change-my-withdrawal-address`,
      `${FILE}#2-why-was-my-card-payment-declined`,
      `${FILE}#3-what-does-error-60018-mean`,
      `${FILE}#4-how-long-do-bank-transfers-take`,
      `${FILE}#5-can-i-cancel-a-pending-withdrawal`,
    ]);
  });

  it('does not judge the readability of snippets, which are cut and glued by the export', async () => {
    const hard =
      'Notwithstanding the aforementioned considerations, institutional counterparties necessitating comprehensive verification documentation should communicate expeditiously with administrative representatives.';
    const listing = [
      'How do I verify an institutional account?',
      `${hard}Published on Jan 5, 2026Updated on Apr 2, 2026120How do I add a sub-account?`,
      `${hard}Published on Feb 5, 2026Updated on Apr 9, 202633`,
      '',
    ].join('\n');
    const results = await lintTexts({ 'list.txt': listing });
    expect(results.files.map((f) => f.metadata.title)).toEqual(['How do I verify an institutional account?', 'How do I add a sub-account?']);
    expect(results.files.flatMap((f) => f.messages.filter((m) => m.ruleId === 'readability'))).toEqual([]);
    // The same sentence in a Markdown article is judged.
    const markdown = await lintTexts({ 'a.md': `---\ntitle: A\nupdated: 2026-05-01\n---\n\n${hard}\n` });
    expect(markdown.files[0]!.messages.some((m) => m.ruleId === 'readability')).toBe(true);
  });

  it('runs the freshness rules per entry, located at the entry\'s date in the listing', async () => {
    const results = await lintRepo([FILE]);
    const stale = result(results, `${FILE}#3-`);
    expect(findings(stale, CORE)).toEqual(['stale-article@7']);
    const m = stale.messages.find((x) => x.ruleId === 'stale-article')!;
    // "Updated on Feb 2, 2025" on line 7 (the entry's snippet line), at the date.
    expect(m.column).toBe(130);
    expect(m.message).toContain('2025-02-02');
    expect(results.files.filter((f) => f.filePath === FILE).flatMap((f) => findings(f, CORE))).toEqual(['stale-article@7']);
  });

  it('checks the "Showing a-b of n articles" count', async () => {
    const results = await lintRepo(['fixtures/sources/listing/count-mismatch.txt']);
    const all = results.files.flatMap((f) => findings(f, ['source-format']));
    expect(all).toEqual(['source-format@5']);
    const message = results.files.flatMap((f) => f.messages).find((m) => m.ruleId === 'source-format')!;
    expect(message.message).toContain('promises 3 articles, but kblint found 2');
  });

  it('gives an entry with no dates a located message and a missing-dates finding at its title', async () => {
    const results = await lintRepo(['fixtures/sources/listing/no-dates-entry.txt']);
    const undated = result(results, 'fixtures/sources/listing/no-dates-entry.txt#2-why-is-my-sub-account-frozen');
    expect(findings(undated, CORE)).toEqual(['missing-dates@3', 'source-format@4']);
    const next = result(results, 'fixtures/sources/listing/no-dates-entry.txt#3-');
    expect(next.metadata.title).toBe('Where can I find my UID?');
    expect(next.metadata.updated).toBe('2026-05-01');
  });

  it('reads the one-field-per-line form', async () => {
    const results = await lintRepo(['fixtures/sources/listing/separated.txt']);
    const [a, b] = results.files;
    expect(a!.metadata).toMatchObject({ title: 'How daily limits reset', published: '2026-01-03', updated: '2026-03-15', views: 1052 });
    expect(b!.metadata).toMatchObject({ title: 'Raise your withdrawal limit', updated: '2025-04-02', views: 87 });
    expect(findings(b!, CORE)).toEqual(['stale-article@12']);
  });

  it('reads view counts with separators and ignores lowercase labels inside snippets', () => {
    const articles = read(
      [
        'Tabs',
        'First title',
        'The page was updated on Jan 1, 2020 by the team.Published on Mar 1, 2026Updated on Mar 2, 20261,000,200Second title',
        'Short snippet.Updated on Apr 4, 20267',
      ].join('\n'),
    );
    expect(articles.map((a) => [a.metadata.title, a.metadata.updated, a.metadata.views])).toEqual([
      ['First title', '2026-03-02', 1000200],
      ['Second title', '2026-04-04', 7],
    ]);
    expect(articles[0]!.metadata.dateFields.map((d) => d.raw)).toEqual(['Mar 1, 2026', 'Mar 2, 2026']);
    // The entry's tree: the title as a heading, the snippet as a paragraph, both on the file's lines.
    expect(articles[0]!.tree.children.map((n) => [n.type, n.position?.start.line])).toEqual([['heading', 2], ['paragraph', 3]]);
  });

  it('reads listings without snippets, with dates on their own line, and ignores page chrome after the last entry', () => {
    const summary = (text: string) =>
      read(text).map((a) => [a.metadata.title, a.metadata.updated, a.tree.children.filter((n) => n.type === 'paragraph').length, a.loadMessages.length]);
    expect(summary('FAQ\nTitle A\nPublished on Jan 1, 2026Updated on Feb 1, 202612Title B\nUpdated on Feb 2, 20263\n')).toEqual([
      ['Title A', '2026-02-01', 0, 0],
      ['Title B', '2026-02-02', 0, 0],
    ]);
    expect(summary('Tabs\nTitle A\nSnippet A.\nUpdated on Feb 1, 202612Title B\nSnippet B.\nUpdated on Feb 2, 20263\nLoad more\n')).toEqual([
      ['Title A', '2026-02-01', 1, 0],
      ['Title B', '2026-02-02', 1, 0],
    ]);
    expect(summary('T\nSnip.Updated on Feb 1, 20261.2KNext\nSnip two.Updated on Feb 3, 2026\nPrivacy\nTerms\n')).toEqual([
      ['T', '2026-02-01', 1, 0],
      ['Next', '2026-02-03', 1, 0],
    ]);
    expect(read('T\nSnip.Updated on Feb 1, 20261.2KNext\nSnip two.Updated on Feb 3, 2026\n')[0]!.metadata.views).toBe(1200);
  });

  it('finds the count line glued to the last entry', () => {
    const articles = read('T1\nS1.Updated on Feb 1, 20265T2\nS2.Updated on Feb 2, 20261,319Showing 1-3 of 3 articles\n');
    expect(articles.map((a) => [a.metadata.title, a.metadata.views])).toEqual([['T1', 5], ['T2', 1319]]);
    const note = articles[1]!.loadMessages.map((m) => [m.line, m.column, m.message.slice(0, 36)]);
    expect(note).toEqual([[3, 31, '"Showing 1-3 of 3 articles" promises']]);
  });

  it('reads labels written with non-breaking spaces', () => {
    const [article] = read('Title\nSnippet.Published\u00a0on May 1, 2026Updated\u00a0on May 3, 20269\n');
    expect(article!.metadata).toMatchObject({ published: '2026-05-01', updated: '2026-05-03', views: 9 });
  });

  it('reports a bad date in an entry where it is written', () => {
    const [article] = read('Title\nSnippet.Published on Feb 30, 2026Updated on Mar 3, 20262\n');
    const published = article!.metadata.fields.published!;
    expect(published.value).toBeNull();
    expect(published.span.start).toMatchObject({ line: 2, column: 22 });
  });

  it('is picked up in a directory scan only when the text is a listing', async () => {
    const listing = 'Title one\nSnippet one.Published on May 1, 2026Updated on May 2, 20263Title two\nSnippet two.Published on May 3, 2026\n';
    const results = await lintTexts({ 'docs/search.txt': listing, 'docs/notes.txt': 'Just some notes.\n', 'docs/data.json': '{"a": 1}\n' });
    expect(results.files.map((f) => f.path)).toEqual(['docs/search.txt#1-title-one', 'docs/search.txt#2-title-two']);
  });

  it('reads a named file as a listing with --source listing, and names a file that is not one', async () => {
    const listing = 'Title\nSnippet.Updated on May 2, 2026\n';
    const forced = await lintTexts({ 'export.dat': listing }, { patterns: ['export.dat'], source: 'listing' });
    expect(forced.files.map((f) => f.metadata.updated)).toEqual(['2026-05-02']);
    const notOne = await lintTexts({ 'notes.txt': 'Nothing here.\n', 'a.md': '# A\n\nUpdated on May 2, 2026\n' }, { patterns: ['notes.txt', 'a.md'] });
    const notes = result(notOne, 'notes.txt');
    expect(findings(notes)).toEqual(['read-error@1']);
    expect(notes.messages[0]!.message).toContain('Cannot lint notes.txt');
    expect(notes.messages[0]!.message).toContain('not a help-center listing');
    expect(findings(result(notOne, 'a.md'), CORE)).toEqual([]);
  });
});
