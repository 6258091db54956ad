import { describe, expect, it } from 'vitest';
import { zendeskArticles } from '../../src/sources/zendesk.js';
import { parseJson, JsonSyntaxError, decodeJsonString } from '../../src/sources/json-positions.js';
import { applyDefaults } from '../../src/config/schema.js';
import { findings, lintRepo, lintTexts, result } from './helpers.js';

const CORE = ['stale-article', 'missing-dates', 'date-consistency', 'missing-title', 'read-error', 'source-format',
  'remark-lint-heading-increment', 'remark-lint-no-empty-url'];
const config = applyDefaults({ now: '2026-06-01' }, '/kb', null);
const read = (text: string) => zendeskArticles({ path: 'export.json', absolutePath: '/kb/export.json', text }, config);
const FILE = 'fixtures/sources/zendesk/articles-page-1.json';

describe('Zendesk Guide exports', () => {
  it('turns each article into one, keyed by id, with edited_at as the updated date', async () => {
    const results = await lintRepo([FILE]);
    expect(results.files.map((f) => [f.path, f.metadata.title, f.metadata.published, f.metadata.updated, f.metadata.locale])).toEqual([
      [`${FILE}#360012000101`, 'Set up a withdrawal allow list', '2025-09-02', '2026-03-11', 'en-us'],
      // updated_at moved on 2026-05-29 (a vote, a label): the content was last edited on 2024-11-18.
      [`${FILE}#360012000102`, 'Transfer limits for new accounts', '2024-02-10', '2024-11-18', 'en-us'],
      // edited_at null: updated_at is used.
      [`${FILE}#360012000103`, null, '2026-01-05', '2026-01-05', 'en-us'],
    ]);
    expect(results.files.every((f) => f.filePath === FILE)).toBe(true);
  });

  it('locates findings at the article\'s lines in the JSON file, body included', async () => {
    const results = await lintRepo([FILE]);
    const limits = result(results, `${FILE}#360012000102`);
    // edited_at on line 38; the <h4> and the empty href inside the body string on line 43.
    expect(findings(limits, CORE)).toEqual(['remark-lint-heading-increment@43', 'remark-lint-no-empty-url@43', 'stale-article@38']);
    const heading = limits.messages.find((m) => m.ruleId === 'remark-lint-heading-increment')!;
    expect(heading.column).toBe(73);
    // No title: reported at the start of the article object.
    expect(findings(result(results, `${FILE}#360012000103`), CORE)).toEqual(['missing-title@45']);
    expect(findings(result(results, `${FILE}#360012000101`), CORE)).toEqual([]);
  });

  it('gives a truncated export a located message and lints the other files', async () => {
    const results = await lintRepo(['fixtures/sources/zendesk']);
    const cut = result(results, 'fixtures/sources/zendesk/truncated.json');
    expect(findings(cut)).toEqual(['read-error@26']);
    expect(cut.messages[0]!.message).toMatch(/cut off at line 26 .*starts at line 3/);
    // A directory scan skips JSON that is not an export; the good page is still linted.
    expect(results.files.map((f) => f.path)).not.toContain('fixtures/sources/zendesk/not-an-export.json');
    expect(results.files.filter((f) => f.filePath === FILE).length).toBe(3);
  });

  it('names a JSON file that is not an export when it is given explicitly', async () => {
    const results = await lintRepo(['fixtures/sources/zendesk/not-an-export.json', FILE]);
    const other = result(results, 'fixtures/sources/zendesk/not-an-export.json');
    expect(findings(other)).toEqual(['read-error@1']);
    expect(other.messages[0]!.message).toContain('Cannot lint not-an-export.json: it is JSON but no help-center export kblint reads; tried Intercom');
    expect(results.files.length).toBe(4);
  });

  it('maps escaped body text to the right columns', () => {
    const text = '{"articles": [{"id": 7, "title": "T", "created_at": "2026-01-01",\n "body": "<p>\\u003cem\\u003eand\\u003c/em\\u003e \\"quotes\\"</p>\\n<h3>Deep</h3>"}]}';
    const [article] = read(text);
    const h3 = article!.tree.children.find((n) => n.type === 'heading' && n.depth === 3)!;
    expect(h3.position!.start.line).toBe(2);
    expect(text.split('\n')[1]!.slice(h3.position!.start.column - 1).startsWith('<h3>')).toBe(true);
  });

  it('reads a single-article response and keeps the record as front matter', () => {
    const [article] = read('{"article": {"id": 9, "locale": "fr", "source_locale": "en-us", "title": "Bonjour", "edited_at": "2026-03-01T23:59:59-08:00", "body": ""}}');
    expect(article!.key).toBe('9');
    expect(article!.metadata).toMatchObject({ title: 'Bonjour', updated: '2026-03-01', locale: 'fr' });
    expect(article!.frontmatter).toMatchObject({ id: 9, source_locale: 'en-us' });
  });

  it('keeps long ids as written', () => {
    const [article] = read('{"articles": [{"id": 12345678901234567890, "section_id": 98765432109876543210, "title": "A"}]}');
    expect(article!.key).toBe('12345678901234567890');
    expect(article!.metadata.category).toBe('98765432109876543210');
  });

  it('keeps keys unique when an id repeats in several locales', () => {
    const articles = read('{"articles": [{"id": 1, "locale": "en-us", "title": "A"}, {"id": 1, "locale": "fr", "title": "B"}]}');
    expect(articles.map((a) => a.key)).toEqual(['1', '1-fr']);
  });

  it('says where invalid JSON goes wrong', async () => {
    const results = await lintTexts({ 'bad.json': '{\n  "articles": [\n    {"id": 1,, "title": "x"}\n  ]\n}\n' });
    const bad = result(results, 'bad.json');
    expect(findings(bad)).toEqual(['read-error@3']);
    expect(bad.messages[0]!.message).toContain('invalid JSON at line 3, column 14');
  });
});

describe('the positional JSON parser', () => {
  it('parses values with their offsets', () => {
    const root = parseJson(' {"a": [1, "x", true, null]} ');
    expect(root).toMatchObject({ type: 'object', start: 1, end: 28 });
  });

  it('reports truncation with the open containers', () => {
    let error: unknown;
    try {
      parseJson('{"articles": [{"id": 1, "title": "Cut');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonSyntaxError);
    expect((error as JsonSyntaxError).truncated).toBe(true);
    expect((error as JsonSyntaxError).open).toEqual([0, 13, 14]);
  });

  it('decodes strings with a map back to the source', () => {
    const { value, offsets } = decodeJsonString('"a\\nb\\u00e9"', 0);
    expect(value).toBe('a\nbé');
    expect(offsets).toEqual([1, 2, 4, 5, 11]);
  });
});
