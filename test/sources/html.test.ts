import { describe, expect, it } from 'vitest';
import { alignText, htmlArticle } from '../../src/sources/html.js';
import { applyDefaults } from '../../src/config/schema.js';
import { findings, lintRepo, lintTexts, result } from './helpers.js';

const CORE = ['stale-article', 'missing-dates', 'date-consistency', 'missing-title', 'read-error', 'source-format',
  'remark-lint-heading-increment', 'remark-lint-no-empty-url', 'remark-lint-no-multiple-toplevel-headings'];
const config = applyDefaults({ now: '2026-06-01' }, '/kb', null);
const page = (text: string, path = 'page.html') => htmlArticle({ path, absolutePath: `/kb/${path}`, text }, config);

describe('HTML articles', () => {
  it('reads title, dates, category and locale from the page', async () => {
    const results = await lintRepo(['fixtures/sources/html']);
    const fee = result(results, 'fixtures/sources/html/fee-schedule.html');
    expect(fee.metadata).toMatchObject({
      title: 'Fee schedule',
      published: '2024-03-04',
      // "2025-01-20T23:30:00-05:00": the calendar date as written, not shifted to UTC.
      updated: '2025-01-20',
      category: 'Fees',
      locale: 'en-us',
    });
    const delays = result(results, 'fixtures/sources/html/deposit-delays.html');
    expect(delays.metadata).toMatchObject({ title: 'Why is my deposit delayed?', published: '2025-11-02', updated: '2026-04-30' });
    const times = result(results, 'fixtures/sources/html/time-elements.html');
    expect(times.metadata).toMatchObject({ published: '2026-01-12', updated: '2026-04-02', locale: 'fr' });
  });

  it('runs the Markdown rules on the content, located at lines of the HTML file', async () => {
    const results = await lintRepo(['fixtures/sources/html']);
    const fee = result(results, 'fixtures/sources/html/fee-schedule.html');
    // stale: the JSON-LD dateModified (line 14); the h3 after the h1 (24); the empty href (25).
    expect(findings(fee, CORE)).toEqual(['remark-lint-heading-increment@24', 'remark-lint-no-empty-url@25', 'stale-article@14']);
    const message = fee.messages.find((m) => m.ruleId === 'stale-article')!;
    expect(message.column).toBe(22);
    expect(findings(result(results, 'fixtures/sources/html/deposit-delays.html'), CORE)).toEqual([]);
  });

  it('gives a page without body content a located message, and goes on with the rest', async () => {
    const results = await lintRepo(['fixtures/sources/html']);
    const empty = result(results, 'fixtures/sources/html/no-body.html');
    expect(findings(empty)).toEqual(['read-error@6']);
    // The file's name only (main: messages never depend on the working folder).
    expect(empty.messages[0]!.message).toContain('Cannot lint no-body.html:');
    expect(empty.messages[0]!.message).toContain('no article content');
    expect(results.files.length).toBe(4);
  });

  it('locates "Updated on" text on its own line across collapsed whitespace and entities', () => {
    const article = page(
      ['<main><h1>Limits &amp; fees</h1>', '<p>Published on Jan 5, 2026', '   &middot; Updated on', '   Feb 30, 2026</p></main>'].join('\n'),
    );
    expect(article.metadata.published).toBe('2026-01-05');
    expect(article.metadata.fields.published?.span.start).toEqual({ line: 2, column: 17, offset: expect.any(Number) });
    const updated = article.metadata.fields.updated!;
    expect(updated.value).toBeNull();
    expect(updated.span.start.line).toBe(4);
    expect(updated.span.start.column).toBe(4);
  });

  it('maps collapsed text back to the source', () => {
    const source = '<p>a  b\n  c &amp; <b>d</b></p>';
    // The text node "a b c & " starts after <p>.
    expect(alignText('a b c & ', source, 3, 17)).toEqual([3, 4, 6, 7, 10, 11, 12, 17]);
  });

  it('takes a configured selector, and says so when it matches nothing', async () => {
    const html = [
      '<html><body>',
      '<div class="sidebar"><h1>Related</h1></div>',
      '<div class="kb-body"><h1>Reset your PIN</h1><p>Updated on May 2, 2026</p></div>',
      '</body></html>',
    ].join('\n');
    const chosen = await lintTexts({ 'pin.html': html }, { configExtra: { sources: { html: { selector: '.kb-body' } } } });
    const pin = result(chosen, 'pin.html');
    expect(pin.metadata.title).toBe('Reset your PIN');
    expect(findings(pin, CORE)).toEqual([]);
    const missed = await lintTexts({ 'pin.html': html }, { configExtra: { sources: { html: { selector: '#article' } } } });
    const fallback = result(missed, 'pin.html');
    expect(findings(fallback, ['source-format'])).toEqual(['source-format@1']);
    expect(fallback.messages.find((m) => m.ruleId === 'source-format')!.message).toContain('#article');
    // The whole body was linted: two H1s.
    expect(findings(fallback, ['remark-lint-no-multiple-toplevel-headings'])).toEqual(['remark-lint-no-multiple-toplevel-headings@3']);
  });

  it('skips an empty <article> placeholder for the page text', () => {
    const article = page('<body>\n<article></article>\n<div><h1>Fees</h1><p>Updated on May 2, 2026</p></div>\n</body>');
    expect(article.metadata.title).toBe('Fees');
    expect(article.metadata.updated).toBe('2026-05-02');
    expect(article.tree.children[0]?.position?.start.line).toBe(3);
  });

  it('prefers dates in the content to dates elsewhere on the page', () => {
    const article = page(
      '<body>\n<aside><p>Related: Old guide. Updated on Jan 3, 2021</p></aside>\n<article><h1>New</h1><p>Updated on May 2, 2026</p></article>\n</body>',
    );
    expect(article.metadata.updated).toBe('2026-05-02');
    expect(article.metadata.dateFields.map((d) => d.value)).toEqual(['2026-05-02']);
    const header = page('<body>\n<header><p>Published on Jan 3, 2026</p></header>\n<article><h1>New</h1><p>Text.</p></article>\n</body>');
    expect(header.metadata.published).toBe('2026-01-03');
  });

  it('honours kblint-disable comments in the page', async () => {
    const html = '<article>\n<h1>Old page</h1>\n<!-- kblint-disable stale-article -->\n<p>Updated on Jan 2, 2020</p>\n</article>\n';
    const results = await lintTexts({ 'old.html': html });
    expect(findings(result(results, 'old.html'), CORE)).toEqual([]);
  });

  it('falls back to <title> and reports missing dates at the content', async () => {
    const html = '<html><head><title>Contact us</title></head>\n<body>\n<p>Write to support from the app.</p>\n</body></html>\n';
    const results = await lintTexts({ 'contact.htm': html });
    const contact = result(results, 'contact.htm');
    expect(contact.metadata.title).toBe('Contact us');
    expect(findings(contact, CORE)).toEqual(['missing-dates@2']);
  });
});
