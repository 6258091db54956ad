import { describe, expect, it } from 'vitest';
import { detectSource, looksLikeListing, sniffJson } from '../../src/sources/detect.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/common.js';
import { root } from './helpers.js';

describe('source detection', () => {
  it('goes by extension for Markdown and HTML', () => {
    expect(detectSource('a/b.md', 'Published on May 1, 2026Updated on May 2, 2026')).toEqual({ ok: true, kind: 'markdown' });
    expect(detectSource('a/b.HTM', '')).toEqual({ ok: true, kind: 'html' });
  });

  it('reads .json and .txt files by content', () => {
    expect(detectSource('x.json', '{ "articles": [], "next_page": null, "page_count": 1 }')).toEqual({ ok: true, kind: 'zendesk' });
    expect(detectSource('x.json', '{\n  "article": {"id": 1, "title": "A", "html_url": "https://x"}\n}')).toEqual({ ok: true, kind: 'zendesk' });
    // One shared key decides nothing: an "articles" list or an "article" object alone is no export.
    for (const text of ['{ "articles": [] }', '{"article": {"id": 1}}', '{"name": "tools"}']) {
      const notExport = detectSource('x.json', text);
      expect(notExport.ok).toBe(false);
      expect(!notExport.ok && notExport.reason).toMatch(/no help-center export kblint reads; tried Intercom .*Zendesk Guide/);
    }
    expect(detectSource('x.txt', 'T\nSnippet.Published on May 1, 2026Updated on May 2, 20263\n')).toEqual({ ok: true, kind: 'listing' });
    // Named outright, one entry is enough.
    expect(detectSource('one.txt', 'Title\nSnippet\nUpdated on Feb 5, 2026\n')).toEqual({ ok: true, kind: 'listing' });
    expect(looksLikeListing('Title\nSnippet\nUpdated on Feb 5, 2026\n')).toBe(false);
    const plain = detectSource('x.txt', 'A note that was updated on May 2, 2026.');
    expect(plain.ok).toBe(false);
    expect(!plain.ok && plain.reason).toContain('--source');
  });

  it('reads files without a known extension by content', () => {
    expect(detectSource('page', '<!DOCTYPE html><html><body><p>x</p></body></html>')).toEqual({ ok: true, kind: 'html' });
    expect(detectSource('export', '{"articles": [{"id": 1, "title": "A", "body": "<p>x</p>"}]}')).toEqual({ ok: true, kind: 'zendesk' });
    expect(detectSource('list', 'A\nB.Updated on May 2, 2026\nShowing 1-1 of 1 articles\n')).toEqual({ ok: true, kind: 'listing' });
    expect(detectSource('README', 'hello').ok).toBe(false);
  });

  it('is conservative with .txt and .json in a directory scan', () => {
    expect(looksLikeListing('One line that was Updated on May 2, 2026 in prose.')).toBe(false);
    expect(looksLikeListing('{"articles": []}')).toBe(false);
    expect(sniffJson('{"$schema": "x", "articles": []}').keep).toBe(false);
    expect(sniffJson('{"compilerOptions": {}}').keep).toBe(false);
    expect(sniffJson('{"name": "x", "version": "1.0.0"}').keep).toBe(false);
    // Broken JSON that opens like an export is kept, so its located read-error is reported.
    expect(sniffJson('{"articles": [{"id": 1, "title": "A"').keep).toBe(true);
    expect(sniffJson('{"compilerOptions": {').keep).toBe(false);
  });
});

describe('kblint --source', () => {
  const io = (): CliIO & { out: string; err: string } => {
    const state = {
      out: '',
      err: '',
      cwd: root,
      env: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
      columns: 100,
      stdout: (t: string) => void (state.out += t),
      stderr: (t: string) => void (state.err += t),
    };
    return state;
  };

  it('forces a reader, and rejects an unknown one', async () => {
    const forced = io();
    const code = await main(['fixtures/sources/listing/separated.txt', '--source', 'listing', '--format', 'json', '--now', '2026-06-01'], forced);
    expect(code).toBe(1);
    const report = JSON.parse(forced.out) as { files: Array<{ path: string }> };
    expect(report.files.map((f) => f.path)).toEqual([
      'fixtures/sources/listing/separated.txt#1-how-daily-limits-reset',
      'fixtures/sources/listing/separated.txt#2-raise-your-withdrawal-limit',
    ]);
    const wrong = io();
    expect(await main(['--source', 'pdf', 'fixtures/sources/listing'], wrong)).toBe(2);
    expect(wrong.err).toMatch(/source.*pdf/s);
  });
});
