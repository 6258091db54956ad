// External checks start while files are still being parsed (as each article's link facts arrive); the
// limits must hold across those early starts and every URL is checked once.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { tmpProject, type TmpProject } from '../support/tmp-project.js';

let server: Server;
let origin = '';
let inFlight = 0;
let maxInFlight = 0;
const seen = new Map<string, number>();
let project: TmpProject | undefined;

beforeAll(async () => {
  server = createServer((request, response) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const key = `${request.method} ${request.url}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    setTimeout(() => {
      inFlight--;
      response.writeHead(request.url?.startsWith('/missing') ? 404 : 200).end();
    }, 20);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  project?.remove();
  await new Promise((resolve) => server.close(resolve));
});

describe('checking links while parsing', () => {
  it('keeps the per-host limit across articles and checks each URL once', async () => {
    const files: Record<string, string> = {
      'kblint.config.json': JSON.stringify({ now: '2026-06-01', links: { allowPrivate: true, perHostConcurrency: 2, concurrency: 8, retries: 0 } }),
    };
    for (let i = 0; i < 30; i++) {
      // Every article links to two URLs of its own and one shared by all.
      files[`a${i}.md`] = `---\ntitle: A${i}\nupdated: 2026-05-01\n---\n\n[x](${origin}/ok/${i}) [y](${origin}/missing/${i}) [z](${origin}/shared)\n`;
    }
    project = tmpProject(files);
    const results = await lint({ patterns: ['.'], cwd: project.dir, flags: { linkCache: false } });
    const dead = results.files.flatMap((f) => f.messages.filter((m) => m.ruleId === 'dead-link'));
    expect(dead).toHaveLength(30);
    expect(maxInFlight).toBeLessThanOrEqual(2);
    expect(seen.get('HEAD /shared')).toBe(1);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
    expect(seen.size).toBe(61);
  });
});
