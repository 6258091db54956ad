// Links in other sources: a Zendesk export links between its articles with
// /hc/ paths, resolved by id; the current slug comes from each record's html_url.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kblint-links-zendesk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = (id: number, slug: string, title: string, body: string) => ({
  id,
  html_url: `https://acme.zendesk.com/hc/en-us/articles/${id}-${slug}`,
  created_at: '2026-04-01T10:00:00Z',
  updated_at: '2026-05-01T10:00:00Z',
  locale: 'en-us',
  source_locale: 'en-us',
  title,
  body,
});

describe('links in a Zendesk export', () => {
  it('resolves /hc/ article paths by id, checks their anchors and flags old slugs', async () => {
    const body = [
      '<p>See <a href="/hc/en-us/articles/360000000002-Close-a-sub-account#open-orders">closing</a>.</p>',
      '<p>Also <a href="/hc/en-us/articles/360000000002-Old-title">the old link</a>.</p>',
      '<p>And <a href="/hc/en-us/articles/360000000999">a deleted one</a>.</p>',
      '<p>And <a href="/hc/en-us/articles/360000000002#no-such-part">a bad anchor</a>.</p>',
    ].join('\n');
    writeFileSync(
      path.join(dir, 'export.json'),
      JSON.stringify(
        {
          articles: [
            record(360000000001, 'Change-your-email', 'Change your email', body),
            record(360000000002, 'Close-a-sub-account', 'Close a sub-account', '<h2>Open orders</h2>\n<p>Cancel them first.</p>'),
          ],
        },
        null,
        2,
      ),
    );
    writeFileSync(path.join(dir, 'kblint.config.json'), JSON.stringify({ now: '2026-06-01', links: { external: false } }));
    const results = await lint({ patterns: ['export.json'], cwd: dir });
    const findings = results.files
      .flatMap((f) => f.messages)
      .filter((m) => ['broken-link', 'redirected-link', 'dead-link'].includes(m.ruleId))
      .map((m) => `${m.ruleId}: ${m.message}`);
    expect(findings.sort()).toEqual(
      [
        'broken-link: Broken anchor "/hc/en-us/articles/360000000002#no-such-part": export.json has no heading or anchor "#no-such-part".',
        'broken-link: Broken link "/hc/en-us/articles/360000000999": no article has the help-center id 360000000999 (looked in file names and the frontmatter fields id, article_id, html_url, link, url (metadata.fields.id) under .).',
        'redirected-link: Redirected link "/hc/en-us/articles/360000000002-Old-title": article 360000000002 is now at the slug "Close-a-sub-account", so the help center redirects this URL.',
      ].sort(),
    );
  });
});
