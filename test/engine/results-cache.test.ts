// The results cache: a warm run reports exactly what a cold one does, skips
// the per-file jobs of unchanged files, and re-judges freshness against
// another reference date.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { ResultsCache } from '../../src/engine/results-cache.js';
import { KBLINT_VERSION } from '../../src/model/version.js';
import type { FileOutcome } from '../../src/engine/outcome.js';
import { proseParseCount } from '../../src/prose/extract.js';
import type { RunNotice } from '../../src/model/types.js';
import { REPO_ROOT } from '../support/cli.js';
import { tmpProject } from '../support/tmp-project.js';

const project = tmpProject();
cpSync(path.join(REPO_ROOT, 'fixtures/help-center'), path.join(project.dir, 'help-center'), { recursive: true });
afterAll(() => project.remove());

const cache = { location: '.cache/kblint' };
const base = { patterns: ['help-center'], cwd: project.dir, flags: { offline: true }, jobs: 0 };

describe('the results cache', () => {
  it('gives a warm run the cold run’s findings, without parsing again', async () => {
    const uncached = await lint({ ...base, now: '2026-06-01' });
    const cold = await lint({ ...base, now: '2026-06-01', cache });
    const before = proseParseCount();
    const warm = await lint({ ...base, now: '2026-06-01', cache });
    expect(proseParseCount() - before).toBe(0);
    expect(cold).toEqual(uncached);
    expect(warm).toEqual(cold);
    expect(warm.summary.errors + warm.summary.warnings).toBeGreaterThan(10);
  });

  it('judges freshness against the new date on a warm run', async () => {
    const later = await lint({ ...base, now: '2028-01-01' });
    const before = proseParseCount();
    const warmLater = await lint({ ...base, now: '2028-01-01', cache });
    expect(proseParseCount() - before).toBe(0);
    expect(warmLater).toEqual(later);
    const stale = (r: typeof later) => r.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'stale-article').length;
    const earlier = await lint({ ...base, now: '2026-06-01', cache });
    expect(stale(warmLater)).toBeGreaterThan(stale(earlier));
  });

  it('lints a changed file again and only that one', async () => {
    const file = path.join(project.dir, 'help-center/api/rate-limits.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, `${original}\nThis sentence is new, and it is here to be read by the prose pass again.\n`);
    try {
      const before = proseParseCount();
      const warm = await lint({ ...base, now: '2026-06-01', cache });
      expect(proseParseCount() - before).toBe(1);
      expect(warm).toEqual(await lint({ ...base, now: '2026-06-01' }));
    } finally {
      writeFileSync(file, original);
    }
  });

  it('ignores a corrupt cache with a notice, then rewrites it', async () => {
    const location = path.join(project.dir, cache.location, 'results-v1.bin');
    writeFileSync(location, 'not a cache at all');
    const notices: RunNotice[] = [];
    const results = await lint({ ...base, now: '2026-06-01', cache, notify: (e) => notices.push(e) });
    expect(notices).toContainEqual({ kind: 'notice', message: expect.stringMatching(/ignoring the results cache .*results-v1\.bin: it is not a kblint/) });
    expect(results).toEqual(await lint({ ...base, now: '2026-06-01' }));
    const before = proseParseCount();
    await lint({ ...base, now: '2026-06-01', cache });
    expect(proseParseCount() - before).toBe(0);
  });

  it('keeps an outcome that read the date for that date only, and never caches a file it could not read', async () => {
    const dir = tmpProject();
    try {
      const opened = await ResultsCache.open(dir.dir, { any: 'settings' }, () => {});
      const key = opened.key('a.md', Buffer.from('# A'));
      const outcome: FileOutcome = { absolutePath: '/a.md', path: 'a.md', articles: [], readsNow: true };
      opened.set(key, outcome, '2026-06-01');
      expect(opened.get(key, '2026-06-01')).toEqual(outcome);
      expect(opened.get(key, '2026-06-02')).toBeUndefined();
      const failed = opened.key('b.md', Buffer.from('x'));
      opened.set(failed, { absolutePath: '/b.md', path: 'b.md', articles: [], error: 'cannot read the file: EACCES' }, '2026-06-01');
      expect(opened.get(failed, '2026-06-01')).toBeUndefined();
      // Another config is another key.
      const other = await ResultsCache.open(dir.dir, { any: 'other settings' }, () => {});
      expect(other.key('a.md', Buffer.from('# A'))).not.toBe(key);
    } finally {
      dir.remove();
    }
  });

  it('replaces a cache in the earlier layout without a notice, treats a damaged entry as a miss and a cut-off file as corrupt', async () => {
    const dir = tmpProject();
    try {
      const file = path.join(dir.dir, 'results-v1.bin');
      const notices: string[] = [];
      // Format 1 was one node:v8 value holding the outcomes as objects.
      writeFileSync(file, serialize({ kind: 'kblint-results-cache', format: 1, version: KBLINT_VERSION, entries: [['k', { outcome: { absolutePath: '/a.md', path: 'a.md', articles: [] }, used: 1 }]] }));
      const earlier = await ResultsCache.open(dir.dir, { any: 'settings' }, (message) => notices.push(message));
      expect([earlier.size, notices]).toEqual([0, []]);
      // A well-framed file whose one batch of outcomes is damaged: a miss, and the entry is dropped.
      const frame = (bytes: Uint8Array) => Buffer.concat([Buffer.from(Uint32Array.of(bytes.length).buffer), bytes]);
      const header = serialize({ kind: 'kblint-results-cache', format: 2, version: KBLINT_VERSION });
      const framed = Buffer.concat([Buffer.from('kblint results cache\n'), frame(header), frame(serialize([['k', null, Date.now()]])), frame(Buffer.from([0xff, 0x0f, 0x6f]))]);
      writeFileSync(file, framed);
      const damaged = await ResultsCache.open(dir.dir, { any: 'settings' }, (message) => notices.push(message));
      expect(damaged.size).toBe(1);
      expect(damaged.get('k', '2026-06-01')).toBeUndefined();
      expect([damaged.size, notices]).toEqual([0, []]);
      // Cut off inside a frame: corrupt, with the notice.
      writeFileSync(file, framed.subarray(0, framed.length - 2));
      const cut = await ResultsCache.open(dir.dir, { any: 'settings' }, (message) => notices.push(message));
      expect(cut.size).toBe(0);
      expect(notices).toEqual([expect.stringMatching(/^ignoring the results cache .*: it is not a kblint 2 results cache/)]);
    } finally {
      dir.remove();
    }
  });

  it('writes many entries in batches and reads them back, also after saving what it read', async () => {
    const dir = tmpProject();
    try {
      const opened = await ResultsCache.open(dir.dir, { any: 'settings' }, () => {});
      const outcome = (i: number): FileOutcome => ({ absolutePath: `/a${i}.md`, path: `a${i}.md`, articles: [] });
      // Enough entries for several gathered writes.
      for (let i = 0; i < 30_000; i++) opened.set(`k${i}`, outcome(i), '2026-06-01');
      await opened.save();
      expect(readFileSync(path.join(dir.dir, 'results-v1.bin')).subarray(0, 21).toString()).toBe('kblint results cache\n');
      const reopened = await ResultsCache.open(dir.dir, { any: 'settings' }, () => {});
      expect(reopened.size).toBe(30_000);
      expect(reopened.get('k29999', '2026-06-01')).toEqual(outcome(29999));
      expect(reopened.get('k7', '2026-06-01')).toEqual(outcome(7));
      // Saved again from the batches it read, pruned to the two it used and 10,000 others.
      await reopened.save();
      const again = await ResultsCache.open(dir.dir, { any: 'settings' }, () => {});
      expect([again.size, again.get('k7', '2026-06-01'), again.get('k29999', '2026-06-01')]).toEqual([10_002, outcome(7), outcome(29999)]);
    } finally {
      dir.remove();
    }
  });
});
