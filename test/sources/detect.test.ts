import { describe, expect, it } from 'vitest';
import { detectSource, looksLikeListing, looksLikeZendesk } from '../../src/sources/detect.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/common.js';
import { root } from './helpers.js';

describe('source detection', () => {
  it('goes by extension for Markdown and HTML', () => {
    expect(detectSource('a/b.md', 'Published on May 1, 2026Updated on May 2, 2026')).toEqual({ ok: true, kind: 'markdown' });
    expect(detectSource('a/b.HTM', '')).toEqual({ ok: true, kind: 'html' });
  });

  it('reads .json and .txt files by content', () => {
    expect(detectSource('x.json', '{ "articles": [] }')).toEqual({ ok: true, kind: 'zendesk' });
    expect(detectSource('x.json', '{\n  "article": {"id": 1}\n}')).toEqual({ ok: true, kind: 'zendesk' });
    const notExport = detectSource('x.json', '{"name": "tools"}');
    expect(notExport.ok).toBe(false);
    expect(!notExport.ok && notExport.reason).toContain('not a Zendesk Guide export');
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
    expect(detectSource('export', '{"articles": [{"id": 1}]}')).toEqual({ ok: true, kind: 'zendesk' });
    expect(detectSource('list', 'A\nB.Updated on May 2, 2026\nShowing 1-1 of 1 articles\n')).toEqual({ ok: true, kind: 'listing' });
    expect(detectSource('README', 'hello').ok).toBe(false);
  });

  it('is conservative with .txt and .json in a directory scan', () => {
    expect(looksLikeListing('One line that was Updated on May 2, 2026 in prose.')).toBe(false);
    expect(looksLikeListing('{"articles": []}')).toBe(false);
    expect(looksLikeZendesk('{"$schema": "x", "articles": []}')).toBe(false);
    expect(looksLikeZendesk('{"compilerOptions": {}}')).toBe(false);
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
