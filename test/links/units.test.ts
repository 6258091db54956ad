// The pure parts of the link rules: classification, exclusion, anchors, the cache file.
import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyLink } from '../../src/links/classify.js';
import { excludeMatcher } from '../../src/links/options.js';
import { collectAnchors, collectLinks, unusedDefinitions } from '../../src/links/extract.js';
import { LinkCache } from '../../src/links/cache.js';
import { parseMarkdown } from '../../src/sources/markdown.js';

const context = {
  articleDir: '/kb/trading',
  articlePath: '/kb/trading/spot.md',
  site: { baseUrls: ['https://help.example.com', 'https://docs.example.com/kb'], root: '/kb', checkRootRelative: true },
};

describe('classifyLink', () => {
  it('tells relative files, site URLs, external URLs and skipped schemes apart', () => {
    expect(classifyLink('fees.md#maker?', context)).toEqual({ type: 'file', path: '/kb/trading/fees.md', fragment: 'maker?', site: false });
    expect(classifyLink('../api/keys?tab=1#create', context)).toEqual({ type: 'file', path: '/kb/api/keys', fragment: 'create', site: false });
    expect(classifyLink('#steps', context)).toEqual({ type: 'file', path: '/kb/trading/spot.md', fragment: 'steps', site: false });
    expect(classifyLink('/api/my%20keys.md', context)).toEqual({ type: 'file', path: '/kb/api/my keys.md', fragment: null, site: false });
    expect(classifyLink('../../../etc/passwd', context)).toMatchObject({ type: 'file', path: '/etc/passwd' });
    expect(classifyLink('https://help.example.com/api/keys#x', context)).toEqual({ type: 'file', path: '/kb/api/keys', fragment: 'x', site: true });
    expect(classifyLink('https://docs.example.com/kb/api/keys', context)).toMatchObject({ type: 'file', path: '/kb/api/keys' });
    expect(classifyLink('http://help.example.com/api/keys', context)).toMatchObject({ type: 'file', path: '/kb/api/keys', site: true });
    expect(classifyLink('https://docs.example.com/other', context)).toEqual({ type: 'external', url: 'https://docs.example.com/other' });
    expect(classifyLink('https://help.example.com/hc/en-us/articles/360001-Reset-Password#steps', context)).toMatchObject({
      type: 'article-id',
      id: '360001',
      slug: 'Reset-Password',
      fragment: 'steps',
    });
    expect(classifyLink('https://help.example.com/hc/en-us/sections/12', context)).toEqual({ type: 'site-page' });
    expect(classifyLink('https://user:pw@Example.COM/a#frag', context)).toEqual({ type: 'external', url: 'https://example.com/a' });
    expect(classifyLink('//cdn.example.com/x.png', context)).toEqual({ type: 'external', url: 'https://cdn.example.com/x.png' });
    expect(classifyLink('mailto:help@example.com', context)).toMatchObject({ type: 'skip' });
    expect(classifyLink('tel:+15555550100', context)).toMatchObject({ type: 'skip' });
    expect(classifyLink('https://example.com:99999/', context)).toMatchObject({ type: 'invalid' });
    expect(classifyLink('100%zz.md', context)).toMatchObject({ type: 'invalid' });
  });
});

describe('root-relative links without a configured site', () => {
  it('are not checked, since nothing says where the site root is on disk', () => {
    const unplaced = { ...context, site: { baseUrls: [], root: '/kb', checkRootRelative: false } };
    expect(classifyLink('/powershell/exchange/connect', unplaced)).toEqual({ type: 'site-page' });
    expect(classifyLink('../api/keys.md', unplaced)).toMatchObject({ type: 'file', path: '/kb/api/keys.md' });
  });
});

describe('excludeMatcher', () => {
  it('matches prefixes, wildcards and /regex/', () => {
    const excluded = excludeMatcher(['https://a.example/', 'https://*.b.example/*', '/\\.pdf$/i']);
    expect(excluded('https://a.example/x')).toBe(true);
    expect(excluded('https://x.b.example/y')).toBe(true);
    expect(excluded('https://c.example/file.PDF')).toBe(true);
    expect(excluded('https://c.example/file.html')).toBe(false);
  });
});

describe('anchors and links', () => {
  it('slugs headings per document like GitHub, with custom and HTML ids', () => {
    const tree = parseMarkdown('# Fees & limits\n\n## Fees & limits\n\n## Step 1: *sign in* {#login}\n\n<a name="old"></a>\n\n## Café ünïcode\n');
    expect([...collectAnchors(tree)].sort()).toEqual(['café-ünïcode', 'fees--limits', 'fees--limits-1', 'login', 'old', 'step-1-sign-in'].sort());
    // a new document starts counting again
    expect(collectAnchors(parseMarkdown('# Fees & limits\n'))).toEqual(new Set(['fees--limits']));
  });

  it('collects inline, reference, image and HTML links, and unused definitions', () => {
    const tree = parseMarkdown('[a](x.md) ![b](y.png) [c][ref] <a href="z.md#q">z</a>\n\n[ref]: r.md\n[Spare Label]: s.md\n');
    expect(collectLinks(tree).map((l) => [l.kind, l.url])).toEqual([
      ['link', 'x.md'],
      ['image', 'y.png'],
      ['html', 'z.md#q'],
      ['definition', 'r.md'],
      ['definition', 's.md'],
    ]);
    const html = collectLinks(tree).find((l) => l.kind === 'html')!;
    expect(html.span).toEqual({ start: { line: 1, column: 41 }, end: { line: 1, column: 47 } }); // the value inside the quotes
    expect(unusedDefinitions(tree).map((d) => d.label)).toEqual(['Spare Label']);
  });
});

describe('LinkCache', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kblint-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ttl = { okTtlSeconds: 100, failureTtlSeconds: 10 };

  it('keeps OK for its TTL, 404/410 for the shorter one, and never 5xx, timeouts or 429', async () => {
    const file = path.join(dir, 'sub', 'cache.json');
    const cache = new LinkCache(file, ttl);
    const t0 = 1_000_000;
    cache.set('https://a/ok', { kind: 'ok', status: 200, finalUrl: 'https://a/ok' }, t0);
    cache.set('https://a/404', { kind: 'dead', status: 404, reason: '404 Not Found' }, t0);
    cache.set('https://a/500', { kind: 'dead', status: 500, reason: '500 Internal Server Error' }, t0);
    cache.set('https://a/slow', { kind: 'dead', reason: 'timed out after 10 s' }, t0);
    cache.set('https://a/429', { kind: 'rate-limited', reason: 'rate-limited (429)' }, t0);
    await cache.save(t0);
    expect(readdirSync(path.dirname(file))).toEqual(['cache.json']); // no temp file left behind

    const later = new LinkCache(file, ttl);
    expect(await later.load(t0 + 5_000)).toBeNull();
    expect(later.get('https://a/ok', t0 + 5_000)).toMatchObject({ kind: 'ok' });
    expect(later.get('https://a/404', t0 + 5_000)).toMatchObject({ kind: 'dead', status: 404 });
    expect(later.get('https://a/500', t0 + 5_000)).toBeUndefined();
    expect(later.get('https://a/slow', t0 + 5_000)).toBeUndefined();
    expect(later.get('https://a/429', t0 + 5_000)).toBeUndefined();
    expect(later.get('https://a/404', t0 + 11_000)).toBeUndefined();
    expect(later.get('https://a/ok', t0 + 101_000)).toBeUndefined();
  });

  it('ignores a corrupt or foreign file with a notice', async () => {
    const file = path.join(dir, 'bad.json');
    for (const text of ['{"version":1,"entr', '[]', '{"version":99,"entries":{}}']) {
      writeFileSync(file, text);
      const cache = new LinkCache(file, ttl);
      expect(await cache.load()).toMatch(/corrupt|from another kblint version/);
      expect(cache.get('https://a/ok')).toBeUndefined();
    }
  });

  it('trusts no expiry beyond the configured TTL of its check, and keeps known fields only', async () => {
    const file = path.join(dir, 'edited.json');
    const cache = new LinkCache(file, ttl);
    const t0 = 2_000_000;
    const key404 = cache.keyFor('https://a/404');
    const keyOk = cache.keyFor('https://a/ok');
    writeFileSync(
      file,
      JSON.stringify({
        version: 2,
        entries: {
          // Hand-edited: a 404 turned "ok" with an expiry years away.
          [key404]: { checkedAt: t0, expiresAt: t0 + 1e12, result: { kind: 'ok', status: 200, finalUrl: 'https://a/404' } },
          [keyOk]: { checkedAt: t0, expiresAt: t0 + 50_000, result: { kind: 'ok', status: 200, finalUrl: 'https://a/ok', extra: 'dropped' }, note: 'x' },
        },
      }),
    );
    expect(await cache.load(t0 + 1_000)).toBeNull();
    expect(cache.get('https://a/404', t0 + 1_000)).toBeUndefined();
    expect(cache.get('https://a/ok', t0 + 1_000)).toEqual({ kind: 'ok', status: 200, finalUrl: 'https://a/ok' });
  });

  it('keys results by the options that change a verdict, and stores no secrets', async () => {
    const file = path.join(dir, 'scoped.json');
    const url = 'https://user:hunter2@a.example/page?access_token=s3cr3t&lang=en';
    const strict = new LinkCache(file, ttl, { allowPrivate: false, allowStatus: [] });
    strict.set(url, { kind: 'ok', status: 200, finalUrl: 'https://a.example/page?access_token=s3cr3t&lang=en' });
    await strict.save();
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('s3cr3t');
    expect(text).toContain('https://REDACTED@a.example/page?access_token=REDACTED&lang=en');
    const same = new LinkCache(file, ttl, { allowPrivate: false, allowStatus: [] });
    await same.load();
    expect(same.get(url)).toMatchObject({ kind: 'ok' });
    const lenient = new LinkCache(file, ttl, { allowPrivate: false, allowStatus: [403] });
    await lenient.load();
    expect(lenient.get(url)).toBeUndefined();
    // A URL that differs only in its token is another entry.
    expect(same.get(url.replace('s3cr3t', 'other'))).toBeUndefined();
  });

  it('merges what concurrent runs write instead of losing either', async () => {
    const file = path.join(dir, 'shared.json');
    const runs = Array.from({ length: 6 }, () => new LinkCache(file, ttl));
    await Promise.all(runs.map((cache) => cache.load()));
    runs.forEach((cache, i) => cache.set(`https://a/${i}`, { kind: 'ok', status: 200, finalUrl: `https://a/${i}` }));
    await Promise.all(runs.map((cache) => cache.save()));
    const after = new LinkCache(file, ttl);
    await after.load();
    for (let i = 0; i < 6; i++) expect(after.get(`https://a/${i}`)).toMatchObject({ kind: 'ok' });
    expect(readdirSync(dir).filter((name) => name.startsWith('shared.json'))).toEqual(['shared.json']); // lock and temp files gone
  });
});

