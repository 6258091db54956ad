// Run-level limits of the link checker: the per-address concurrency limit and
// the links.deadlineMs budget (unfinished links are "not checked", never dead).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import type { RunNotice } from '../../src/model/types.js';
import { HostScheduler } from '../../src/links/scheduler.js';
import { startServer, status, type TestServer } from './server.js';

describe('HostScheduler', () => {
  async function maxInFlight(addresses: Record<string, string>, perHost: number): Promise<number> {
    const scheduler = new HostScheduler(16, perHost, async (host) => addresses[host] ?? null);
    let now = 0;
    let max = 0;
    const task = async () => {
      now++;
      max = Math.max(max, now);
      await new Promise((resolve) => setTimeout(resolve, 20));
      now--;
    };
    await Promise.all(Object.keys(addresses).flatMap((host) => Array.from({ length: 4 }, () => scheduler.run(host, task))));
    return max;
  }

  it('limits requests per resolved address as well as per name', async () => {
    expect(await maxInFlight({ 'a.test': '192.0.2.1', 'b.test': '192.0.2.1', 'c.test': '192.0.2.1' }, 2)).toBe(2);
    expect(await maxInFlight({ 'a.test': '192.0.2.1', 'b.test': '192.0.2.2' }, 2)).toBe(4);
  });
});

describe('links.deadlineMs', () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    server = await startServer({
      '/ok': status(200),
      '/slow': (_req, res) => {
        setTimeout(() => res.writeHead(200).end(), 5_000).unref();
      },
    });
    dir = mkdtempSync(path.join(tmpdir(), 'kblint-deadline-'));
    const links = { allowPrivate: true, timeoutMs: 20_000, retries: 0, deadlineMs: 800, cache: { path: '.kblint/links.json' } };
    writeFileSync(path.join(dir, 'kblint.config.json'), JSON.stringify({ now: '2026-06-01', links }));
    writeFileSync(path.join(dir, 'a.md'), `---\ntitle: A\nupdated: 2026-05-01\n---\n\n# A\n\n[fast](${server.origin}/ok) and [slow](${server.origin}/slow).\n`);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports links unfinished at the deadline as not checked (info), never dead, and says so once', async () => {
    const notices: RunNotice[] = [];
    const started = Date.now();
    const results = await lint({ patterns: ['.'], cwd: dir, notify: (e) => notices.push(e) });
    expect(Date.now() - started).toBeLessThan(4_500); // the slow server answers only after 5 s
    const links = results.files[0]!.messages.filter((m) => m.ruleId === 'dead-link');
    expect(links).toMatchObject([
      {
        severity: 'info',
        message: `Not checked "${server.origin}/slow": the run's links.deadlineMs (800 ms) ran out first.`,
        suggestion: 'Raise links.deadlineMs, or run again: links already checked are cached.',
      },
    ]);
    expect(notices.filter((n) => n.kind === 'notice').map((n) => (n as { message: string }).message)).toContain(
      '1 external link was not checked before links.deadlineMs (800 ms) ran out; they are reported as not checked, not as dead',
    );
  });
});
