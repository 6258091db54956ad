// dead-link and redirected-link end to end (lint → findings), the cache and
// the run switches, against a server this test starts on 127.0.0.1.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import type { RunNotice } from '../../src/model/types.js';
import { redirect, startServer, status, type TestServer } from './server.js';

let server: TestServer;
const dirs: string[] = [];

beforeAll(async () => {
  server = await startServer({
    '/ok': status(200),
    '/also-ok': status(200),
    '/gone': status(404),
    '/broken': status(500),
    '/moved': redirect(301, '/ok'),
    '/temporary': redirect(302, '/ok'),
    '/busy': status(429, { 'retry-after': '3600' }),
    '/excluded': status(404),
  });
});

afterAll(async () => {
  await server?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function project(articles: Record<string, string>, links: Record<string, unknown> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kblint-links-'));
  dirs.push(dir);
  const config = {
    now: '2026-06-01',
    links: { allowPrivate: true, timeoutMs: 3_000, retries: 1, retryDelayMs: 5, cache: { path: '.kblint/links.json' }, ...links },
  };
  writeFileSync(path.join(dir, 'kblint.config.json'), JSON.stringify(config));
  for (const [name, body] of Object.entries(articles)) {
    writeFileSync(path.join(dir, name), `---\ntitle: ${name}\nupdated: 2026-05-01\n---\n\n# ${name}\n\n${body}\n`);
  }
  return dir;
}

async function run(dir: string, flags: { offline?: boolean; linkCache?: boolean } = {}, notices: RunNotice[] = []) {
  const results = await lint({ patterns: ['.'], cwd: dir, flags, notify: (e) => notices.push(e) });
  return results.files
    .flatMap((f) => f.messages.map((m) => ({ file: f.path, ...m })))
    .filter((m) => m.ruleId === 'dead-link' || m.ruleId === 'redirected-link')
    .map((m) => ({ file: m.file, line: m.line, ruleId: m.ruleId, severity: m.severity, message: m.message, suggestion: m.suggestion }));
}

const u = (p: string) => `${server.origin}${p}`;

describe('dead-link and redirected-link', () => {
  it('reports dead, redirected, rate-limited links with their cause, and checks each URL once per run', async () => {
    const dir = project({
      'a.md': [
        `[fine](${u('/ok')}) [gone](${u('/gone')}) [broken](${u('/broken')})`,
        '',
        `[moved](${u('/moved')}#part) [temporary](${u('/temporary')}) [busy](${u('/busy')})`,
        '',
        `[mail](mailto:help@example.com) [bad port](http://example.com:99999/) [excluded](${u('/excluded')})`,
      ].join('\n'),
      'b.md': `[the same](${u('/ok')}) and [again](${u('/ok')}#top)`,
    }, { exclude: [`${server.origin}/excl*`] });
    const before = server.seen.length;
    const findings = await run(dir);
    expect(findings).toEqual([
      { file: 'a.md', line: 8, ruleId: 'dead-link', severity: 'error', message: `Dead link "${u('/gone')}": 404 Not Found.`, suggestion: expect.any(String) },
      { file: 'a.md', line: 8, ruleId: 'dead-link', severity: 'error', message: `Dead link "${u('/broken')}": 500 Internal Server Error.`, suggestion: expect.any(String) },
      {
        file: 'a.md',
        line: 10,
        ruleId: 'redirected-link',
        severity: 'warning',
        message: `Redirected link "${u('/moved')}#part": 301 Moved Permanently to ${u('/ok')}.`,
        suggestion: `Link to ${u('/ok')}#part instead.`,
      },
      { file: 'a.md', line: 10, ruleId: 'dead-link', severity: 'warning', message: expect.stringMatching(/^Could not check ".*\/busy": rate-limited \(429\)/), suggestion: expect.any(String) },
      { file: 'a.md', line: 12, ruleId: 'dead-link', severity: 'error', message: 'Dead link "http://example.com:99999/": not a valid URL.', suggestion: 'Fix the URL.' },
    ]);
    const requested = server.seen.slice(before).map((s) => s.path);
    expect(requested.filter((p) => p === '/ok')).toHaveLength(3); // once as a link (for a.md and b.md), once at the end of each redirect
    expect(requested.filter((p) => p === '/excluded')).toHaveLength(0);
    expect(requested.filter((p) => p === '/broken')).toHaveLength(2); // one retry
  });

  it('a second run with the cache makes no request at all', async () => {
    const dir = project({ 'a.md': `[fine](${u('/also-ok')}) [gone](${u('/gone')}) [moved](${u('/moved')})` });
    const first = await run(dir);
    const before = server.seen.length;
    const second = await run(dir);
    expect(server.seen.length).toBe(before);
    expect(second).toEqual(first);
    expect(first.map((f) => f.ruleId)).toEqual(['dead-link', 'redirected-link']);
    // --no-link-cache checks again
    await run(dir, { linkCache: false });
    expect(server.seen.length).toBeGreaterThan(before);
  });

  it('never caches 5xx or 429', async () => {
    const dir = project({ 'a.md': `[broken](${u('/broken')}) [busy](${u('/busy')}) [fine](${u('/ok')})` });
    await run(dir);
    const cache = JSON.parse(readFileSync(path.join(dir, '.kblint/links.json'), 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(cache.entries).map((key) => key.split(' ')[0])).toEqual([u('/ok')]);
  });

  it('ignores a corrupt cache with a notice and rewrites it', async () => {
    const dir = project({ 'a.md': `[gone](${u('/gone')})` });
    const file = path.join(dir, '.kblint/links.json');
    await run(dir);
    writeFileSync(file, '{"version":1,"entries":{"http://');
    const notices: RunNotice[] = [];
    const findings = await run(dir, {}, notices);
    expect(findings.map((f) => f.message)).toEqual([`Dead link "${u('/gone')}": 404 Not Found.`]);
    expect(notices.some((n) => n.kind === 'notice' && /corrupt/.test(n.message))).toBe(true);
    expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
  });

  it('reports progress', async () => {
    const dir = project({ 'a.md': `[a](${u('/ok')}) [b](${u('/gone')})` });
    const notices: RunNotice[] = [];
    await run(dir, { linkCache: false }, notices);
    const progress = notices.filter((n) => n.kind === 'progress');
    expect(progress.at(-1)).toEqual({ kind: 'progress', label: 'links', done: 2, total: 2, failures: 1 });
  });

  it('--offline and links.external: false make no request', async () => {
    const dir = project({ 'a.md': `[gone](${u('/gone')})` });
    const before = server.seen.length;
    expect(await run(dir, { offline: true })).toEqual([]);
    const off = project({ 'a.md': `[gone](${u('/gone')})` }, { external: false });
    expect(await run(off)).toEqual([]);
    expect(server.seen.length).toBe(before);
  });

  it('refuses loopback addresses by default and says why, as info', async () => {
    const dir = project({ 'a.md': `[local](${u('/gone')})` }, { allowPrivate: false });
    const before = server.seen.length;
    expect(await run(dir)).toEqual([
      {
        file: 'a.md',
        line: 8,
        ruleId: 'dead-link',
        severity: 'info',
        message: `Not checked "${u('/gone')}": 127.0.0.1 is a loopback address.`,
        suggestion: expect.any(String),
      },
    ]);
    expect(server.seen.length).toBe(before);
  });

  it('sends configured headers only to the links they name', async () => {
    const dir = project({ 'a.md': `[a](${u('/ok')}?h=1) [b](${u('/also-ok')}?h=1)` }, { headers: [{ urls: [`${server.origin}/ok`], headers: { 'X-Token': 'abc' } }] });
    const before = server.seen.length;
    await run(dir, { linkCache: false });
    const seen = server.seen.slice(before);
    expect(seen.find((s) => s.path === '/ok')?.headers['x-token']).toBe('abc');
    expect(seen.find((s) => s.path === '/also-ok')?.headers['x-token']).toBeUndefined();
  });
});
