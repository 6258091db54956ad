// `kblint codes` coverage: computed from articles, formatted by a pure function.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleCoverage, computeCoverage, formatCoverage, type CodeCoverage } from '../../src/codes/coverage.js';
import { analyzeArticle } from '../../src/codes/analyze.js';
import { createCodeSettings } from '../../src/codes/detect.js';
import { parseCatalog } from '../../src/codes/catalog.js';
import { applyDefaults } from '../../src/config/schema.js';
import { markdownArticle } from '../../src/sources/markdown.js';

const catalogText = ['"50110": IP not allowed', '"50111": Key deleted', '"50120": Key frozen', '"50001":', '  message: Busy', '  deprecated: true', '  replacedBy: "50110"'].join('\n');

function coverage(articles: Record<string, string>, withCatalog = true): CodeCoverage {
  const config = applyDefaults({}, '/kb', null);
  const catalog = withCatalog ? parseCatalog(catalogText, 'codes.yaml') : null;
  const settings = { ...createCodeSettings(), catalog };
  const list = Object.entries(articles).map(([name, text]) => {
    const article = markdownArticle({ path: name, absolutePath: path.join('/kb', name), text }, config);
    return { name, codes: articleCoverage(analyzeArticle(article, settings)) };
  });
  return computeCoverage(list, catalog);
}

const articles = {
  'explains.md': '# IP\n\nError 50110 means your IP is not allowed. Add it to the list.\n',
  'names.md': '# Keys\n\nSome tools report error 50110 and error 50111.\n',
  'unknown.md': '# Gateway\n\nError 59001 means the gateway restarted; retry.\n',
};

describe('computeCoverage', () => {
  it('sorts catalog codes into explained, mentioned without context, and in no article', () => {
    const result = coverage(articles);
    const byCode = Object.fromEntries(result.codes.map((c) => [c.code, c]));
    expect(byCode['50110']!.status).toBe('explained');
    expect(byCode['50110']!.explainedIn.map((m) => m.article)).toEqual(['explains.md']);
    expect(byCode['50110']!.mentionedIn).toEqual([{ article: 'names.md', line: 3, column: 25, missing: ['meaning', 'resolution'] }]);
    expect(byCode['50111']!.status).toBe('mentioned');
    expect(byCode['50120']!.status).toBe('none');
    expect(byCode['50001']).toMatchObject({ status: 'none', deprecated: true, replacedBy: '50110' });
    expect(result.unlisted).toEqual([{ code: '59001', mentions: [{ article: 'unknown.md', line: 3, column: 7, missing: [] }] }]);
    expect(result.summary).toEqual({ catalogCodes: 4, explained: 1, mentioned: 1, none: 2, unlisted: 1 });
    expect(result.codes.map((c) => c.code)).toEqual(['50001', '50110', '50111', '50120']);
  });

  it('lists every code found when there is no catalog', () => {
    const result = coverage(articles, false);
    expect(result.catalog).toBeNull();
    expect(result.codes).toEqual([]);
    expect(result.unlisted.map((c) => c.code)).toEqual(['50110', '50111', '59001']);
  });
});

describe('formatCoverage', () => {
  it('prints the groups as text', () => {
    const text = formatCoverage(coverage(articles), 'text');
    expect(text).toContain('Error-code coverage of codes.yaml (4 codes) in 3 articles');
    expect(text).toMatch(/^Explained \(1\)\n {2}50110 {2}IP not allowed\n {9}explained in: explains\.md:3\n {9}without context: names\.md:3 \(says neither what it means nor how to resolve it\)$/m);
    expect(text).toMatch(/^Mentioned without context only \(1\)\n {2}50111 {2}Key deleted$/m);
    expect(text).toMatch(/^In no article \(2\)\n {2}50001 {2}Busy \[deprecated, use 50110\]\n {2}50120 {2}Key frozen$/m);
    expect(text).toMatch(/^Not in the catalog \(1\)\n {2}59001 {2}unknown\.md:3$/m);
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 explained, 1 mentioned without context only, 2 in no article; 1 not in the catalog.');
  });

  it('prints JSON that round-trips', () => {
    const result = coverage(articles);
    expect(JSON.parse(formatCoverage(result, 'json'))).toEqual(result);
  });

  it('says when there is no catalog', () => {
    const text = formatCoverage(coverage(articles, false), 'text');
    expect(text).toMatch(/^Error codes in 3 articles \(no errorCodes\.catalog configured/);
    expect(text).toMatch(/^Codes found \(3\)$/m);
    expect(text).toMatch(/^3 codes found\.$/m);
  });
});
