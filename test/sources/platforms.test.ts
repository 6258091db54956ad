import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Link, Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { loadArticles, prepareReaders } from '../../src/sources/index.js';
import { detectSource, type SourceChoice } from '../../src/sources/detect.js';
import { PLATFORM_READERS } from '../../src/sources/platforms/index.js';
import { PLATFORM_KINDS } from '../../src/sources/kinds.js';
import { applyDefaults } from '../../src/config/schema.js';
import type { FileResult, LintResults } from '../../src/model/types.js';
import { findings, lintRepo, lintTexts, result, root } from './helpers.js';

const CORE = ['stale-article', 'missing-dates', 'missing-title', 'read-error', 'source-format', 'remark-lint-heading-increment', 'translation-outdated'];
await prepareReaders({ absolutePath: '/kb/export.json' });
const config = applyDefaults({ now: '2026-06-01' }, '/kb', null);
const load = (name: string, text: string, source?: SourceChoice) =>
  loadArticles({ path: name, absolutePath: `/kb/${name}`, text }, config, { source });

/** [key, title, published, updated, locale, views, category] per article of the results. */
function table(results: LintResults) {
  return results.files.map((f) => [f.path.split('#')[1], f.metadata.title, f.metadata.published, f.metadata.updated, f.metadata.locale ?? null, f.metadata.views, f.metadata.category]);
}

/** The file's text from a finding's line and column on. */
function textAt(file: string, finding: FileResult['messages'][number]): string {
  const line = readFileSync(path.join(root, file), 'utf8').split('\n')[finding.line - 1]!;
  return line.slice(finding.column - 1);
}

describe('Help Scout Docs', () => {
  const DIR = 'fixtures/sources/helpscout';
  it('reads a collection list and a single article: name, text, lastPublishedAt, viewCount', async () => {
    const results = await lintRepo([DIR]);
    expect(table(results)).toEqual([
      ['5f1a9c0e2c7d3a0001a1b2c3', 'Print a return label', '2025-11-03', '2026-04-28', null, 1843, '5f1a9b7a2c7d3a0001a0f001'],
      // An unpublished draft moved updatedAt; readers still see the version published on 2024-03-01.
      ['5f1a9c0e2c7d3a0001a1b2c4', 'Change a delivery address', '2023-02-14', '2024-03-01', null, 96, '5f1a9b7a2c7d3a0001a0f001'],
      // ISO dates keep the date part as written, whatever the offset.
      ['5f1a9c0e2c7d3a0001a1b2d9', 'Track a parcel without an account', '2026-01-20', '2026-02-02', null, 12044, '5f1a9b7a2c7d3a0001a0f002'],
    ]);
    const label = result(results, `${DIR}/collection-articles.json#5f1a9c0e2c7d3a0001a1b2c3`);
    expect(findings(label, CORE)).toEqual(['remark-lint-heading-increment@14']);
    expect(textAt(`${DIR}/collection-articles.json`, label.messages[0]!)).toMatch(/^<h4>Label sizes/);
    expect(findings(result(results, `${DIR}/collection-articles.json#5f1a9c0e2c7d3a0001a1b2c4`), CORE)).toEqual(['stale-article@37']);
  });

  it('is no longer read as Zendesk (the old misread gave every article missing-title and missing-dates)', () => {
    const text = readFileSync(path.join(root, DIR, 'collection-articles.json'), 'utf8');
    expect(detectSource('x.json', text)).toEqual({ ok: true, kind: 'helpscout' });
    expect(detectSource('x.json', readFileSync(path.join(root, DIR, 'single-article.json'), 'utf8'))).toEqual({ ok: true, kind: 'helpscout' });
  });
});

describe('Intercom', () => {
  const FILE = 'fixtures/sources/intercom/articles.json';
  it('reads Unix seconds as UTC dates, statistics.views, and each translated_content locale as an article', async () => {
    const results = await lintRepo([FILE]);
    expect(table(results)).toEqual([
      // 1777593599 is 2026-04-30T23:59:59Z: a UTC date, whatever the machine's time zone.
      ['7301001', 'Schedule a pickup', '2025-01-01', '2026-04-30', 'en', 2210, '55120'],
      // The French translation; "de" (null) and "es" (empty) were never translated and are not articles.
      ['7301001-fr', 'Planifier un enlèvement', '2025-01-01', '2025-03-01', 'fr', null, '55120'],
      ['7301002', 'Insurance for fragile items', '2023-01-01', '2023-07-01', 'en', 0, null],
    ]);
    const fr = result(results, `${FILE}#7301001-fr`);
    // Its updated_at on line 36; older than its English source, so translation-outdated groups them.
    expect(findings(fr, CORE)).toEqual(['stale-article@36', 'translation-outdated@36']);
    expect(fr.messages.find((m) => m.ruleId === 'translation-outdated')!.message).toContain('article 7301001');
    const pickup = result(results, `${FILE}#7301001`);
    expect(findings(pickup, ['remark-lint-heading-increment'])).toEqual(['remark-lint-heading-increment@17']);
    expect(textAt(FILE, pickup.messages.find((m) => m.ruleId === 'remark-lint-heading-increment')!)).toMatch(/^<h4>Weekend/);
  });

  it('reads the search response and a single article', () => {
    const search = load('s.json', '{"type": "list", "data": {"articles": [{"type": "article", "id": "9", "title": "A", "body": "<p>x</p>", "created_at": 0, "updated_at": 1700000000}]}}');
    expect(search.map((a) => [a.key, a.metadata.title, a.metadata.updated])).toEqual([['9', 'A', '2023-11-14']]);
    // created_at 0 is no date.
    expect(search[0]!.metadata.dateFields[0]).toMatchObject({ raw: '0', value: null });
    const single = load('one.json', '{"type": "article", "id": "10", "title": "B", "updated_at": 1700000000000}');
    // Milliseconds are told from seconds by size.
    expect(single[0]!.metadata.updated).toBe('2023-11-14');
  });
});

describe('Freshdesk', () => {
  const FILE = 'fixtures/sources/freshdesk/folder-articles.json';
  it('reads a top-level array: description, hits, status, the folder named by hierarchy', async () => {
    const results = await lintRepo([FILE]);
    expect(table(results)).toEqual([
      ['48000123401', 'Who pays import duties', '2025-06-10', '2026-03-18', null, 5230, 'Customs and duties'],
      ['48000123402', 'Customs forms for gifts', '2024-01-08', '2024-02-01', null, 17, '48000020001'],
    ]);
    const [published, draft] = load('f.json', readFileSync(path.join(root, FILE), 'utf8'));
    expect([published!.frontmatter!.status, draft!.frontmatter!.status]).toEqual(['published', 'draft']);
    expect(published!.frontmatter).not.toHaveProperty('description');
    const duties = result(results, `${FILE}#48000123401`);
    expect(findings(duties, CORE)).toEqual(['remark-lint-heading-increment@36']);
    expect(textAt(FILE, duties.messages[0]!)).toMatch(/^<h4>Within the EU/);
    expect(findings(result(results, `${FILE}#48000123402`), CORE)).toEqual(['stale-article@57']);
  });
});

describe('Document360', () => {
  const FILE = 'fixtures/sources/document360/articles.json';
  it('reads content as Markdown, html_content for WYSIWYG articles, modified_at, language_code', async () => {
    const results = await lintRepo([FILE]);
    expect(table(results)).toEqual([
      ['9a3e2f10-5b7c-4e21-9d0a-1c2b3d4e5f60', 'Connect your online store', '2025-08-01', '2026-05-10', 'en', null, 'c0ffee00-0000-4000-8000-000000000001'],
      ['9a3e2f10-5b7c-4e21-9d0a-1c2b3d4e5f61', 'Bulk upload shipments', '2023-05-01', '2024-04-15', null, null, 'c0ffee00-0000-4000-8000-000000000001'],
    ]);
    const store = result(results, `${FILE}#9a3e2f10-5b7c-4e21-9d0a-1c2b3d4e5f60`);
    // `#### Self-hosted shops` inside the Markdown string, located in the JSON line.
    expect(findings(store, CORE)).toEqual(['remark-lint-heading-increment@6']);
    expect(textAt(FILE, store.messages[0]!)).toMatch(/^#### Self-hosted/);
    expect(findings(result(results, `${FILE}#9a3e2f10-5b7c-4e21-9d0a-1c2b3d4e5f61`), CORE)).toEqual(['stale-article@31']);
  });

  it('takes the language from sources.document360.language when the record has none', () => {
    const withLanguage = applyDefaults({ sources: { document360: { language: 'de' } } }, '/kb', null);
    const [article] = loadArticles({ path: 'd.json', absolutePath: '/kb/d.json', text: '{"data": {"id": "1", "title": "T", "html_content": "<p>x</p>", "modified_at": "2026-01-01T00:00:00Z"}}' }, withLanguage);
    expect(article!.metadata.locale).toBe('de');
  });
});

describe('Salesforce Knowledge', () => {
  const DIR = 'fixtures/sources/salesforce';
  it('reads Knowledge__kav records (configured body fields) and the Knowledge API list', async () => {
    const results = await lintRepo([DIR]);
    expect(table(results)).toEqual([
      ['kA05g000000XyZbCAK', 'Lost parcel claims', null, '2022-09-30', null, 3321, null],
      ['ka05g000000AbCdAAK', 'Reschedule a missed delivery', '2025-10-01', '2026-04-02', 'en-us', 734, null],
      ['ka05g000000AbCeAAK', 'Reprogrammer une livraison manquée', null, '2025-12-01', 'fr', 51, null],
    ]);
    const english = result(results, `${DIR}/knowledge-kav.json#ka05g000000AbCdAAK`);
    expect(findings(english, CORE)).toEqual(['remark-lint-heading-increment@21']);
    expect(textAt(`${DIR}/knowledge-kav.json`, english.messages[0]!)).toMatch(/^<h4>Pickup points/);
    // The French version keeps its body in a field the config does not name: said, not skipped silently.
    const french = result(results, `${DIR}/knowledge-kav.json#ka05g000000AbCeAAK`);
    expect(findings(french, ['source-format'])).toEqual(['source-format@23']);
    expect(french.messages.find((m) => m.ruleId === 'source-format')!.message).toContain('rich text in Resolution__c: name them in sources.salesforce.bodyFields');
  });

  it('reads the body from the fields sources.salesforce.bodyFields names', async () => {
    const text = readFileSync(path.join(root, DIR, 'knowledge-kav.json'), 'utf8');
    const results = await lintTexts({ 'kav.json': text }, { configExtra: { sources: { salesforce: { bodyFields: ['Resolution__c'] } } } });
    const french = result(results, 'kav.json#ka05g000000AbCeAAK');
    expect(findings(french, ['source-format'])).toEqual([]);
    expect(findings(result(results, 'kav.json#ka05g000000AbCdAAK'), ['source-format'])).toEqual(['source-format@5']);
  });

  it('is no longer read as Zendesk: a Knowledge "articles" list has urlName and articleNumber', () => {
    const text = readFileSync(path.join(root, DIR, 'knowledge-articles.json'), 'utf8');
    expect(detectSource('x.json', text)).toEqual({ ok: true, kind: 'salesforce' });
    const [article] = load('x.json', text);
    expect(article!.metadata.title).toBe('Lost parcel claims');
  });
});

describe('Confluence Cloud', () => {
  const DIR = 'fixtures/sources/confluence';
  it('reads v2 pages and v1 content with body.storage, version dates and the space', async () => {
    const results = await lintRepo([DIR]);
    expect(table(results)).toEqual([
      ['884737002', 'Courier holidays', '2023-12-01', '2024-01-15', null, null, 'Shipping Help'],
      ['884736001', 'Packaging guidelines', '2025-07-01', '2026-05-05', null, null, '557060'],
    ]);
    const guide = result(results, `${DIR}/pages-v2.json#884736001`);
    expect(findings(guide, CORE)).toEqual(['remark-lint-heading-increment@22']);
    expect(textAt(`${DIR}/pages-v2.json`, guide.messages[0]!)).toMatch(/^<h4>Where to stick/);
  });

  it('reduces storage macros to text and links: URL links, page links as text, code, panels', () => {
    const [page] = load('p.json', readFileSync(path.join(root, DIR, 'pages-v2.json'), 'utf8'));
    const links: string[] = [];
    const code: string[] = [];
    visit(page!.tree, 'link', (node: Link) => void links.push(node.url));
    visit(page!.tree, 'code', (node: Code) => void code.push(node.value));
    expect(links).toEqual(['https://carrier.example/sizes']);
    expect(code).toEqual(['TOP SIDE ONLY']);
    const text = JSON.stringify(page!.tree);
    expect(text).toContain('restricted items');
    expect(text).toContain('Tape every seam.');
    // Macro parameters are settings, not text.
    expect(text).not.toContain('"Tip"');
    expect(text).not.toContain('CDATA');
  });
});

describe('Zendesk Guide translations and names', () => {
  const DIR = 'fixtures/sources/zendesk';
  it('reads the translations endpoint under the article id and locale, grouped with the source', async () => {
    const results = await lintRepo([`${DIR}/articles-page-1.json`, `${DIR}/translations.json`]);
    const fr = result(results, `${DIR}/translations.json#360012000101-fr`);
    expect([fr.metadata.title, fr.metadata.locale, fr.metadata.updated]).toEqual(["Configurer une liste d'adresses autorisées", 'fr', '2025-10-01']);
    expect(findings(fr, ['translation-outdated'])).toEqual(['translation-outdated@16']);
    expect(findings(result(results, `${DIR}/translations.json#360012000101-de`), ['translation-outdated'])).toEqual([]);
    const [article] = load('t.json', readFileSync(path.join(root, DIR, 'translations.json'), 'utf8'));
    expect(article!.frontmatter).toMatchObject({ source_id: 360012000101, outdated: true, id: 1500002000101 });
  });

  it('names sections and categories from sideloaded lists or the files sources.zendesk.sections names', async () => {
    const sideloaded = load('s.json', '{"articles": [{"id": 1, "title": "A", "body": "", "section_id": 7}], "sections": [{"id": 7, "name": "Billing", "category_id": 3}], "categories": [{"id": 3, "name": "Accounts"}]}');
    expect(sideloaded[0]!.metadata.category).toBe('Billing');
    expect(sideloaded[0]!.frontmatter).toMatchObject({ section: 'Billing', category: 'Accounts' });
    const page = readFileSync(path.join(root, DIR, 'articles-page-1.json'), 'utf8');
    const sections = readFileSync(path.join(root, DIR, 'sections.json'), 'utf8');
    const results = await lintTexts({ 'page.json': page, 'names/sections.json': sections }, { patterns: ['page.json'], configExtra: { sources: { zendesk: { sections: 'names/sections.json' } } } });
    expect(results.files.map((f) => f.metadata.category)).toEqual(['Account security', '360004100012', '360004100012']);
  });

  it('refuses a sections file without names, naming the config key', async () => {
    await expect(lintTexts({ 'a.md': '# A\n' }, { configExtra: { sources: { zendesk: { sections: 'missing.json' } } } })).rejects.toThrow(/sources\.zendesk\.sections: cannot read "missing\.json"/);
  });
});

describe('detection', () => {
  it('lists the platforms for --source in the order they are tried', () => {
    expect(PLATFORM_READERS.map((r) => r.kind)).toEqual([...PLATFORM_KINDS]);
  });

  it('claims each fixture export for exactly one platform, its own', () => {
    const fixtures: Array<[string, string]> = [
      ['zendesk', 'zendesk/articles-page-1.json'],
      ['zendesk', 'zendesk/translations.json'],
      ['helpscout', 'helpscout/collection-articles.json'],
      ['helpscout', 'helpscout/single-article.json'],
      ['intercom', 'intercom/articles.json'],
      ['freshdesk', 'freshdesk/folder-articles.json'],
      ['document360', 'document360/articles.json'],
      ['salesforce', 'salesforce/knowledge-kav.json'],
      ['salesforce', 'salesforce/knowledge-articles.json'],
      ['confluence', 'confluence/pages-v2.json'],
      ['confluence', 'confluence/content-v1.json'],
    ];
    for (const [kind, file] of fixtures) {
      const value = JSON.parse(readFileSync(path.join(root, 'fixtures/sources', file), 'utf8')) as unknown;
      expect([file, PLATFORM_READERS.filter((r) => r.detect(value)).map((r) => r.kind)]).toEqual([file, [kind]]);
    }
  });
});

describe('JSON that is no known export', () => {
  it('is skipped in a folder scan with a notice naming it; config files need none', async () => {
    const notices: string[] = [];
    const results = await lintTexts(
      { 'a.md': '---\ntitle: A\nupdated: 2026-05-01\n---\n# A\n', 'data/stats.json': '{"visits": [1, 2]}', 'package.json': '{"name": "kb"}' },
      { notify: (event) => void (event.kind === 'notice' && notices.push(event.message)) },
    );
    expect(results.files.map((f) => f.path)).toEqual(['a.md']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^skipped 1 JSON file of the folder scan .*: data\/stats\.json: JSON but no help-center export kblint reads$/);
  });

  it('named outright, gets a read-error listing the formats tried', async () => {
    const results = await lintTexts({ 'stats.json': '{"visits": [1, 2]}' }, { patterns: ['stats.json'] });
    const message = result(results, 'stats.json').messages[0]!;
    expect(message.ruleId).toBe('read-error');
    for (const label of ['Zendesk Guide', 'Help Scout Docs', 'Intercom', 'Freshdesk', 'Document360', 'Salesforce Knowledge', 'Confluence Cloud']) {
      expect(message.message).toContain(label);
    }
  });

  it('--source NAME reads a file as that platform, and says when it is not one', async () => {
    const text = '{"data": [{"id": "1", "title": "Forced", "html_content": "<p>x</p>"}]}';
    expect(load('x.json', text, 'document360')[0]!.metadata.title).toBe('Forced');
    expect(() => load('x.json', text, 'confluence')).toThrow(/not a Confluence export/);
    for (const [source, body] of [
      ['helpscout', '{"article": {"id": 1, "name": "N"}}'],
      ['intercom', '{"type": "article", "id": "1", "title": "N"}'],
      ['freshdesk', '[{"id": 1, "title": "N"}]'],
      ['salesforce', '{"records": [{"Id": "1", "Title": "N"}]}'],
      ['confluence', '{"results": [{"id": "1", "title": "N"}]}'],
      ['zendesk', '{"articles": [{"id": 1, "title": "N"}]}'],
    ] as const) {
      expect(load('x.json', body, source).map((a) => [a.kind, a.metadata.title])).toEqual([[source, 'N']]);
    }
  });
});
