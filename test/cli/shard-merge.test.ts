// `--shard K/N` and `kblint merge`: a CI matrix gives the report one run would.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shardOf } from '../../src/cli/shard.js';
import { runKblint as kblint } from '../support/cli.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Several runs of the sample per test: a generous bound for a loaded machine.
describe('shards', { timeout: 240_000 }, () => {
  it('put each path in one stable shard, spread evenly', () => {
    const paths = Array.from({ length: 3000 }, (_, i) => `hc/section-${i % 17}/article-${i}.md`);
    const counts = [0, 0, 0, 0];
    for (const p of paths) counts[shardOf(p, 4) - 1]!++;
    for (const count of counts) expect(count).toBeGreaterThan(650);
    expect(paths.map((p) => shardOf(p, 4))).toEqual(paths.map((p) => shardOf(p, 4)));
  });

  it('merge the shard reports of the sample into exactly the unsharded report, in any format', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kblint-shards-'));
    const shards = ['1/3', '2/3', '3/3'].map((shard, i) => path.join(dir!, `shard-${i + 1}.json`));
    await Promise.all(shards.map((file, i) => kblint(['fixtures/help-center', '--shard', `${i + 1}/3`, '-f', `json:${file}`])));
    const sizes = shards.map((file) => JSON.parse(readFileSync(file, 'utf8')).files.length);
    expect(sizes.every((n) => n > 0)).toBe(true);
    const whole = await kblint(['fixtures/help-center', '-f', 'json', '-f', `sarif:${path.join(dir, 'whole.sarif')}`, '-f', `markdown:${path.join(dir, 'whole.md')}`]);
    const merged = await kblint(['merge', ...shards, '-f', 'json', '-f', `sarif:${path.join(dir, 'merged.sarif')}`, '-f', `markdown:${path.join(dir, 'merged.md')}`]);
    expect(merged.code).toBe(whole.code);
    expect(merged.stdout).toBe(whole.stdout);
    expect(readFileSync(path.join(dir, 'merged.sarif'), 'utf8')).toBe(readFileSync(path.join(dir, 'whole.sarif'), 'utf8'));
    expect(readFileSync(path.join(dir, 'merged.md'), 'utf8')).toBe(readFileSync(path.join(dir, 'whole.md'), 'utf8'));
    // translation-outdated compares articles that may sit in different shards.
    expect(merged.stdout).toContain('"translation-outdated"');
  });

  it('exit 2 on a bad --shard, overlapping reports, or reports of different days', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kblint-shards-'));
    const bad = await Promise.all(['0/3', '4/3', 'a/b', '1/0'].map((value) => kblint(['fixtures/help-center', '--shard', value])));
    for (const { code, stderr } of bad) {
      expect(code).toBe(2);
      expect(stderr).toMatch(/--shard takes K\/N/);
    }
    const one = path.join(dir, 'one.json');
    await kblint(['fixtures/help-center', '--shard', '1/2', '-f', `json:${one}`]);
    const twice = await kblint(['merge', one, one]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/is in both .*one\.json and .*one\.json/);
    const other = path.join(dir, 'other.json');
    const first = JSON.parse(readFileSync(one, 'utf8'));
    writeFileSync(other, JSON.stringify({ ...first, now: '2026-06-02', files: [], shard: { ...first.shard, index: 2, outcomes: [] } }));
    expect((await kblint(['merge', one, other])).stderr).toMatch(/judged on different dates/);
    writeFileSync(other, '{"not": "a report"}');
    expect((await kblint(['merge', other])).stderr).toMatch(/is not a kblint JSON report/);
  });
});
