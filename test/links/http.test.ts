// The external checker against servers this test starts on 127.0.0.1.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LinkChecker, parseRetryAfter, formatDuration } from '../../src/links/http.js';
import { guardedLookup, literalHostReason, privateAddressReason } from '../../src/links/guard.js';
import { redirect, startServer, status, type TestServer } from './server.js';

let server: TestServer;
let other: TestServer;

const options = {
  // Generous, so that a loaded machine does not turn a check into a timeout and a retry;
  // the timeout test sets its own.
  timeoutMs: 3_000,
  retries: 2,
  retryDelayMs: 10,
  maxRetryAfterMs: 2_000,
  allowStatus: [] as number[],
  allowPrivate: true,
  headers: [{ matches: () => true, headers: { 'X-Api-Token': 'secret-for-docs-host' } }],
  maxBodyBytes: 1024,
  concurrency: 8,
  perHostConcurrency: 4,
};

beforeAll(async () => {
  other = await startServer({
    '/landing': (req, res) => void res.writeHead(200).end('ok'),
  });
  server = await startServer({
    '/ok': status(200),
    '/404': status(404),
    '/410': status(410),
    '/500': status(500),
    '/301': redirect(301, '/301-second'),
    '/301-second': redirect(308, '/ok'),
    '/302': redirect(302, '/302-second'),
    '/302-second': redirect(307, '/ok'),
    '/301-then-302': redirect(301, '/302'),
    '/301-to-404': redirect(301, '/404'),
    '/loop-a': redirect(302, '/loop-b'),
    '/loop-b': redirect(302, '/loop-a'),
    '/hop1': redirect(302, '/hop2'),
    '/hop2': redirect(302, '/hop3'),
    '/hop3': redirect(302, '/hop4'),
    '/hop4': redirect(302, '/hop5'),
    '/hop5': redirect(302, '/hop6'),
    '/hop6': redirect(302, '/ok'),
    '/slow': (_req, res) => void setTimeout(() => res.writeHead(200).end('late'), 5_000).unref(),
    '/503-once': (_req, res, n) => void (n === 1 ? res.writeHead(503).end() : res.writeHead(200).end()),
    '/429-once': (_req, res, n) => void (n === 1 ? res.writeHead(429, { 'retry-after': '1' }).end() : res.writeHead(200).end()),
    '/429-date-once': (_req, res, n) =>
      void (n === 1 ? res.writeHead(429, { 'retry-after': new Date(Date.now() + 1_000).toUTCString() }).end() : res.writeHead(200).end()),
    '/429-long': status(429, { 'retry-after': '3600' }),
    '/drop': (req) => void req.socket.destroy(),
    '/drop-once': (req, res, n) => void (n === 1 ? req.socket.destroy() : res.writeHead(200).end()),
    '/head-405': (req, res) => void (req.method === 'HEAD' ? res.writeHead(405).end() : res.writeHead(200).end('body')),
    '/big': (req, res) => {
      res.writeHead(req.method === 'HEAD' ? 405 : 200, { 'content-type': 'application/octet-stream' });
      if (req.method === 'HEAD') return void res.end();
      const chunk = Buffer.alloc(64 * 1024, 120);
      let sent = 0;
      const write = () => {
        while (sent < 64 && res.write(chunk)) sent++;
        if (sent < 64) res.once('drain', write);
        else res.end();
      };
      write();
    },
    '/to-other': (_req, res) => void res.writeHead(302, { location: `${other.origin}/landing` }).end(),
    '/to-blocked': (_req, res) => void res.writeHead(302, { location: `http://127.0.0.2:${server.port}/ok` }).end(),
  });
});

afterAll(async () => {
  await Promise.all([server?.close(), other?.close()]);
});

async function check(path: string, extra: Partial<typeof options> = {}) {
  const checker = new LinkChecker({ ...options, ...extra });
  try {
    return await checker.check(`${server.origin}${path}`);
  } finally {
    await checker.close();
  }
}

describe('LinkChecker against a local server', () => {
  it('passes a 200 with one HEAD request and a kblint User-Agent, no cookies', async () => {
    const before = server.count('/ok');
    expect(await check('/ok')).toMatchObject({ kind: 'ok', status: 200 });
    const seen = server.seen.filter((s) => s.path === '/ok').slice(before);
    expect(seen.map((s) => s.method)).toEqual(['HEAD']);
    expect(seen[0]!.headers['user-agent']).toMatch(/^kblint\//);
    expect(seen[0]!.headers.cookie).toBeUndefined();
    expect(seen[0]!.headers.authorization).toBeUndefined();
  });

  it('never sends the credentials a URL carries', async () => {
    const checker = new LinkChecker(options);
    try {
      const before = server.count('/ok');
      expect(await checker.check(`http://someone:secret@127.0.0.1:${server.port}/ok#part`)).toMatchObject({ kind: 'ok' });
      const seen = server.seen.filter((s) => s.path === '/ok').slice(before);
      expect(seen).toHaveLength(1);
      expect(seen[0]!.headers.authorization).toBeUndefined();
    } finally {
      await checker.close();
    }
  });

  it('counts links.allowStatus as working', async () => {
    expect(await check('/404', { allowStatus: [404] })).toMatchObject({ kind: 'ok', status: 404 });
  });

  it('reports 404, 410 and 500 with the status and its text', async () => {
    expect(await check('/404')).toEqual({ kind: 'dead', status: 404, reason: '404 Not Found' });
    expect(await check('/410')).toEqual({ kind: 'dead', status: 410, reason: '410 Gone' });
    const before = server.count('/500');
    expect(await check('/500')).toEqual({ kind: 'dead', status: 500, reason: '500 Internal Server Error' });
    expect(server.count('/500') - before).toBe(3); // first try and two retries
  });

  it('follows a 301/308 chain and names the final URL', async () => {
    expect(await check('/301')).toEqual({
      kind: 'ok',
      status: 200,
      finalUrl: `${server.origin}/ok`,
      permanent: { status: 301, to: `${server.origin}/ok` },
    });
  });

  it('treats 302/307 chains as fine, and a 301 then 302 as permanent only up to the temporary hop', async () => {
    const temporary = await check('/302');
    expect(temporary).toEqual({ kind: 'ok', status: 200, finalUrl: `${server.origin}/ok` });
    expect(await check('/301-then-302')).toMatchObject({ kind: 'ok', permanent: { status: 301, to: `${server.origin}/302` } });
  });

  it('reports the failure at the end of a redirect', async () => {
    expect(await check('/301-to-404')).toMatchObject({ kind: 'dead', status: 404, reason: `404 Not Found (after 1 redirect, at ${server.origin}/404)` });
  });

  it('stops at a redirect loop and after 5 redirects', async () => {
    expect(await check('/loop-a')).toMatchObject({ kind: 'dead', reason: expect.stringMatching(/^redirect loop/) });
    expect(await check('/hop1')).toEqual({ kind: 'dead', reason: 'too many redirects (more than 5)' });
    expect(server.count('/hop6')).toBe(1);
  });

  it('aborts a slow response at the timeout and says so', async () => {
    expect(await check('/slow', { retries: 0, timeoutMs: 300 })).toEqual({ kind: 'dead', reason: 'timed out after 300 ms' });
    expect(await check('/slow', { retries: 0, timeoutMs: 1_000 })).toEqual({ kind: 'dead', reason: 'timed out after 1 s' });
  });

  it('passes a 503 that recovers on retry', async () => {
    expect(await check('/503-once')).toMatchObject({ kind: 'ok', status: 200 });
    expect(server.count('/503-once')).toBe(2);
  });

  it('waits for Retry-After on a 429 (seconds and HTTP date) and then passes', async () => {
    expect(await check('/429-once')).toMatchObject({ kind: 'ok', status: 200 });
    expect(server.count('/429-once')).toBe(2);
    expect(await check('/429-date-once')).toMatchObject({ kind: 'ok', status: 200 });
    expect(server.count('/429-date-once')).toBe(2);
  });

  it('reports a Retry-After beyond the bound as rate-limited, without waiting', async () => {
    const result = await check('/429-long');
    expect(result.kind).toBe('rate-limited');
    expect(result).toMatchObject({ reason: expect.stringContaining('rate-limited (429)') });
    expect(server.count('/429-long')).toBe(1);
  });

  it('reports a dropped connection after retrying, and passes when it recovers', async () => {
    expect(await check('/drop')).toEqual({ kind: 'dead', reason: 'the server closed the connection without a response' });
    expect(server.count('/drop')).toBe(3);
    expect(await check('/drop-once')).toMatchObject({ kind: 'ok' });
  });

  it('says when nothing listens', async () => {
    const gone = await startServer({});
    const url = `${gone.origin}/ok`;
    await gone.close();
    const checker = new LinkChecker(options);
    try {
      expect(await checker.check(url)).toEqual({ kind: 'dead', reason: 'connection refused' });
    } finally {
      await checker.close();
    }
  });

  it('falls back to GET when HEAD gets 405', async () => {
    expect(await check('/head-405')).toMatchObject({ kind: 'ok', status: 200 });
    expect(server.seen.filter((s) => s.path === '/head-405').map((s) => s.method)).toEqual(['HEAD', 'GET']);
  });

  it('does not read a large body past the byte cap', async () => {
    expect(await check('/big')).toMatchObject({ kind: 'ok', status: 200 });
  });

  it('sends configured headers to the link origin only, never after a cross-origin redirect', async () => {
    expect(await check('/to-other')).toMatchObject({ kind: 'ok', finalUrl: `${other.origin}/landing` });
    const first = server.seen.filter((s) => s.path === '/to-other').at(-1)!;
    const landed = other.seen.filter((s) => s.path === '/landing').at(-1)!;
    expect(first.headers['x-api-token']).toBe('secret-for-docs-host');
    expect(landed.headers['x-api-token']).toBeUndefined();
    expect(landed.headers['user-agent']).toMatch(/^kblint\//);
  });

  it('re-checks every redirect hop against the address guard', async () => {
    const checker = new LinkChecker({ ...options, allowPrivate: false }, (address) => (address === '127.0.0.2' ? `${address} is blocked here` : null));
    try {
      const result = await checker.check(`${server.origin}/to-blocked`);
      expect(result).toEqual({ kind: 'skipped', reason: `it redirects to 127.0.0.2:${server.port}: 127.0.0.2 is blocked here` });
    } finally {
      await checker.close();
    }
  });

  it('refuses loopback by default, without a request', async () => {
    const before = server.seen.length;
    const checker = new LinkChecker({ ...options, allowPrivate: false });
    try {
      expect(await checker.check(`${server.origin}/ok`)).toEqual({ kind: 'skipped', reason: '127.0.0.1 is a loopback address' });
      expect(await checker.check(`http://localhost:${server.port}/ok`)).toMatchObject({ kind: 'skipped' });
      expect(await checker.check(`http://[::1]:${server.port}/ok`)).toMatchObject({ kind: 'skipped' });
    } finally {
      await checker.close();
    }
    expect(server.seen.length).toBe(before);
  });

  it('never exceeds the per-host limit', async () => {
    let inFlight = 0;
    let max = 0;
    const busy = await startServer({
      '/wait': (_req, res) => {
        inFlight++;
        max = Math.max(max, inFlight);
        setTimeout(() => {
          inFlight--;
          res.writeHead(200).end();
        }, 20);
      },
    });
    const checker = new LinkChecker({ ...options, concurrency: 16, perHostConcurrency: 3 });
    try {
      const results = await Promise.all(Array.from({ length: 24 }, (_, i) => checker.check(`${busy.origin}/wait?i=${i}`)));
      expect(results.every((r) => r.kind === 'ok')).toBe(true);
      expect(max).toBeLessThanOrEqual(3);
      expect(max).toBeGreaterThan(1);
    } finally {
      await checker.close();
      await busy.close();
    }
  });
});

describe('a server that sends a body in reply to HEAD', () => {
  it('still passes every link: connections are kept alive, and a garbled reply is retried', async () => {
    let requests = 0;
    // The stray body arrives a little after the headers, when the connection may carry the next request.
    const raw = net.createServer((socket) => {
      socket.on('error', () => {});
      socket.on('data', (data) => {
        const count = data.toString('latin1').split('\r\n\r\n').length - 1;
        for (let i = 0; i < count; i++) {
          requests++;
          socket.write('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: keep-alive\r\n\r\n');
          setTimeout(() => socket.writable && socket.write('hello', () => {}), 5);
        }
      });
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    const port = (raw.address() as net.AddressInfo).port;
    const checker = new LinkChecker({ ...options, perHostConcurrency: 1 });
    try {
      for (let i = 0; i < 10; i++) {
        expect(await checker.check(`http://127.0.0.1:${port}/page-${i}`)).toMatchObject({ kind: 'ok', status: 200 });
      }
      expect(requests).toBeLessThanOrEqual(30);
    } finally {
      await checker.close();
      await new Promise((resolve) => raw.close(resolve));
    }
  });
});

describe('the address guard', () => {
  it('knows the blocked ranges, by literal', () => {
    for (const address of ['127.0.0.1', '127.9.9.9', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '::1', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1']) {
      expect(privateAddressReason(address), address).not.toBeNull();
    }
    for (const address of ['8.8.8.8', '172.32.0.1', '2606:4700::1111', '93.184.216.34']) {
      expect(privateAddressReason(address), address).toBeNull();
    }
    expect(literalHostReason('[::1]')).not.toBeNull();
    expect(literalHostReason('example.com')).toBeNull();
  });

  it('refuses a name whose DNS answer is private', async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => guardedLookup('localhost', {}, (e) => resolve(e)));
    expect(error?.code).toBe('EKBLINT_PRIVATE_ADDRESS');
  });
});

describe('helpers', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 01 Jun 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 31 May 2026 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });

  it('states durations for messages', () => {
    expect(formatDuration(10_000)).toBe('10 s');
    expect(formatDuration(250)).toBe('250 ms');
    expect(formatDuration(1_500)).toBe('1.5 s');
  });
});
