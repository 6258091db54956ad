// Heading ids as sites make them, and redirect maps as sites write them.
import { describe, expect, it } from 'vitest';
import { createSlugger, type SluggerConfig } from '../../src/links/slugger.js';
import { parseRedirects, RedirectMap } from '../../src/links/redirects.js';
import { collectAnchors } from '../../src/links/extract.js';
import { parseMarkdown } from '../../src/sources/markdown.js';
import { lint } from '../../src/engine/lint.js';
import { tmpProject } from '../support/tmp-project.js';
import { applyDefaults } from '../../src/config/schema.js';

const ids = (style: SluggerConfig, ...headings: string[]) => {
  const slugger = createSlugger(style);
  return headings.map((h) => slugger.slugs(h));
};

describe('links.slugger', () => {
  it.each<[SluggerConfig, string, string[]]>([
    ['github', 'Step 2: Pair the reader', ['step-2-pair-the-reader']],
    ['docusaurus', 'Fees & limits', ['fees--limits']],
    ['hugo', 'Fees & limits (2026)', ['fees--limits-2026']],
    ['zendesk', '\u00a0Step 2: pair, test; ship/done_now\u00a0', ['step-2--pair--test--ship-done-now', 'step-2-pair-test-ship-done-now']],
    ['mkdocs', 'Café — Fees & limits', ['cafe-fees-limits']],
    ['jekyll', '2. Fees & limits', ['fees--limits']],
    ['kramdown', '!!!', ['section']],
    [{ custom: { ' ': '_', '&': 'and' } }, 'Fees & Limits', ['fees_and_limits']],
    [{ custom: { ' ': '-' }, lowercase: false }, 'Fees Limits', ['Fees-Limits']],
  ])('%j: %j → %j', (style, heading, expected) => {
    expect(ids(style, heading)[0]).toEqual(expected);
  });

  it('numbers repeated headings the way each site does', () => {
    expect(ids('github', 'Setup', 'Setup').flat()).toEqual(['setup', 'setup-1']);
    expect(ids('mkdocs', 'Setup', 'Setup').flat()).toEqual(['setup', 'setup_1']);
    expect(ids('jekyll', 'Setup', 'Setup', 'Setup').flat()).toEqual(['setup', 'setup-1', 'setup-2']);
  });

  it('feeds the anchors links are checked against', () => {
    const tree = parseMarkdown('# Title\n\n## Step 2: pair, then test\n');
    expect(collectAnchors(tree).has('step-2-pair-then-test')).toBe(true);
    expect(collectAnchors(tree, 'zendesk').has('step-2--pair--then-test')).toBe(true);
    expect(collectAnchors(tree, 'github').has('step-2--pair--then-test')).toBe(false);
  });
});

describe('redirect maps', () => {
  it('reads netlify.toml, keeping only redirects (3xx)', () => {
    const rules = parseRedirects('[[redirects]]\nfrom = "/a"\nto = "/b"\n\n[[redirects]]\nfrom = "/c"\nto = "/d"\nstatus = 200\n', 'netlify.toml');
    expect(rules).toEqual([{ from: '/a', to: '/b', status: 301, source: 'netlify.toml' }]);
  });

  it('reads _redirects lines with comments, query conditions and forced statuses', () => {
    const rules = parseRedirects('# moved\n/a  /b\n/c id=:id  /d  302!\n/e /f 404\n', '_redirects');
    expect(rules.map((r) => [r.from, r.to, r.status])).toEqual([
      ['/a', '/b', 301],
      ['/c', '/d', 302],
    ]);
  });

  it('reads JSON maps, rule lists and Zendesk redirect rules exports', () => {
    expect(parseRedirects('{"/a": "/b"}', 'map.json').map((r) => r.to)).toEqual(['/b']);
    expect(parseRedirects('[{"from": "/a", "to": "/b", "status": 308}]', 'map.json')[0]).toMatchObject({ status: 308 });
    const zendesk = '{"redirect_rules":[{"redirect_from":"/hc/en-us/articles/1","redirect_to":"/hc/en-us/articles/2","redirect_status":301}]}';
    expect(parseRedirects(zendesk, 'rules.json')[0]).toMatchObject({ from: '/hc/en-us/articles/1', to: '/hc/en-us/articles/2' });
  });

  it('reads CSV with or without a header row', () => {
    expect(parseRedirects('old,new\n/a,/b\n', 'm.csv').map((r) => r.from)).toEqual(['/a']);
    expect(parseRedirects('/a,/b,302\n', 'm.csv')[0]).toMatchObject({ from: '/a', to: '/b', status: 302 });
  });

  it('follows chains and splats, and stops at loops', () => {
    const map = new RedirectMap([
      { from: '/a', to: '/b', status: 301, source: 'x' },
      { from: '/b/', to: '/c', status: 301, source: 'x' },
      { from: '/old/*', to: '/new/:splat', status: 301, source: 'x' },
      { from: '/loop1', to: '/loop2', status: 301, source: 'x' },
      { from: '/loop2', to: '/loop1', status: 301, source: 'x' },
    ]);
    expect(map.lookup('/a')).toMatchObject({ to: '/c', hops: 2 });
    expect(map.lookup('/old/x/y?q=1')).toMatchObject({ to: '/new/x/y' });
    expect(map.lookup('/loop1')?.hops).toBe(2);
    expect(map.lookup('/elsewhere')).toBeNull();
  });
});

describe('metadata.fields.id', () => {
  it('resolves links by an id taken from a URL-valued field such as link:', async () => {
    const project = tmpProject({
      'kblint.config.json': JSON.stringify({ now: '2026-06-01', links: { external: false, site: { baseUrl: 'https://help.example.com' } } }),
      'archive/pairing.md': '---\ntitle: Pairing\nupdated: 2026-05-01\nlink: https://help.example.com/hc/en-us/articles/360000123456-Pair-a-reader\n---\n\n# Pairing\n',
      'archive/other.md': '---\ntitle: Other\nupdated: 2026-05-01\nsource_url: https://help.example.com/hc/en-us/articles/360000777777-Other\n---\n\n# Other\n\nSee [pairing](https://help.example.com/hc/en-us/articles/360000123456-Pair-a-reader) and [other](https://help.example.com/hc/en-us/articles/360000777777).\n',
    });
    try {
      const results = await lint({ patterns: ['.'], cwd: project.dir, flags: { offline: true } });
      const broken = results.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'broken-link');
      // `link:` is an id field by default; `source_url` is not, until configured.
      expect(broken.map((m) => m.message)).toEqual([expect.stringContaining('360000777777')]);
      const configured = await lint({
        patterns: ['.'],
        cwd: project.dir,
        flags: { offline: true },
        config: applyDefaults(
          { now: '2026-06-01', links: { external: false, site: { baseUrl: 'https://help.example.com' } }, metadata: { fields: { id: ['source_url', 'link'] } } },
          project.dir,
          null,
        ),
      });
      expect(configured.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'broken-link')).toEqual([]);
    } finally {
      project.remove();
    }
  });
});
