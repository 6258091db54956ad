// The external link checker: one URL, HEAD first (GET when HEAD is refused),
// redirects followed by hand (each hop guarded, configured headers dropped on
// a cross-origin hop), retries with backoff and jitter on 5xx, timeouts and
// resets, and 429 honouring Retry-After within a bound. Bodies are never read
// past a byte cap; no cookies, no credentials.
import { Agent, request, type Dispatcher } from 'undici';
import { USER_AGENT } from './user-agent.js';
import { guardedLookupWith, literalHostReason, privateAddressReason, PRIVATE_ADDRESS_CODE, type AddressPolicy } from './guard.js';
import { headersFor, type LinkOptions } from './options.js';
import { HostScheduler, sleep } from './scheduler.js';
import { describeStatus, formatDuration, type CheckResult } from './result.js';

export { formatDuration };

const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const PERMANENT = new Set([301, 308]);
const HEAD_REFUSED = new Set([403, 405, 501]);

type Attempt =
  | { kind: 'response'; status: number; headers: Record<string, string | string[] | undefined> }
  | { kind: 'error'; code: string; message: string; transient: boolean; skipped?: boolean };

export type CheckerOptions = Pick<
  LinkOptions,
  'timeoutMs' | 'retries' | 'retryDelayMs' | 'maxRetryAfterMs' | 'allowStatus' | 'allowPrivate' | 'headers' | 'maxBodyBytes' | 'concurrency' | 'perHostConcurrency'
>;

export class LinkChecker {
  readonly scheduler: HostScheduler;
  private readonly agent: Agent;
  private readonly headMisbehaves = new Set<string>();
  private readonly policy: AddressPolicy;

  /** `policy` replaces the private-address test (tests use it to block one loopback address). */
  constructor(
    private readonly options: CheckerOptions,
    policy?: AddressPolicy,
  ) {
    this.policy = policy ?? privateAddressReason;
    this.scheduler = new HostScheduler(options.concurrency, options.perHostConcurrency);
    this.agent = new Agent({
      connections: options.perHostConcurrency,
      keepAliveTimeout: 4_000,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      connect: {
        timeout: options.timeoutMs,
        ...(options.allowPrivate ? {} : { lookup: guardedLookupWith(this.policy) as never }),
      },
    });
  }

  private stopped = false;

  async close(): Promise<void> {
    await this.agent.close().catch(() => {});
  }

  /** The run's deadline passed: drop open connections and start nothing new. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.agent.destroy().catch(() => {});
  }

  async check(url: string): Promise<CheckResult> {
    const start = new URL(url);
    start.hash = '';
    start.username = ''; // never send credentials, even when a URL carries them
    start.password = '';
    let current = start;
    const seen = new Set([current.href]);
    let permanent: { status: number; to: string } | undefined;
    let onlyPermanentSoFar = true;
    for (let hop = 0; ; hop++) {
      if (this.stopped) return { kind: 'skipped', reason: 'the run\'s link-check deadline passed' };
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        return { kind: 'dead', reason: `redirects to a ${current.protocol} URL, which is not checked` };
      }
      if (!this.options.allowPrivate) {
        const reason = literalHostReason(current.hostname, this.policy);
        if (reason) return { kind: 'skipped', reason: hop === 0 ? reason : `it redirects to ${current.host}: ${reason}` };
      }
      // Configured headers go to the link's own origin only, never after a cross-origin redirect.
      const extra = current.origin === start.origin ? headersFor(this.options.headers, start.href) : {};
      const attempt = await this.fetchWithRetries(current, extra);
      if (attempt.kind === 'error') {
        if (attempt.skipped) return { kind: 'skipped', reason: hop === 0 ? attempt.message : `it redirects to ${current.host}: ${attempt.message}` };
        return { kind: 'dead', reason: afterRedirects(attempt.message, hop, current) };
      }
      if (attempt.status === 429) {
        return { kind: 'rate-limited', reason: afterRedirects(attempt.message ?? 'rate-limited (429)', hop, current) };
      }
      const location = headerValue(attempt.headers.location);
      if (REDIRECTS.has(attempt.status) && location) {
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          return { kind: 'dead', reason: `${describeStatus(attempt.status)} to an invalid Location "${location}"` };
        }
        next.hash = '';
        next.username = '';
        next.password = '';
        if (seen.has(next.href)) return { kind: 'dead', reason: `redirect loop (${current.href} → ${next.href})` };
        if (hop + 1 > MAX_REDIRECTS) return { kind: 'dead', reason: `too many redirects (more than ${MAX_REDIRECTS})` };
        if (onlyPermanentSoFar && PERMANENT.has(attempt.status)) {
          permanent = { status: permanent?.status ?? attempt.status, to: next.href };
        } else {
          onlyPermanentSoFar = false;
        }
        seen.add(next.href);
        current = next;
        continue;
      }
      if ((attempt.status >= 200 && attempt.status < 300) || this.options.allowStatus.includes(attempt.status)) {
        return { kind: 'ok', status: attempt.status, finalUrl: current.href, ...(permanent ? { permanent } : {}) };
      }
      return { kind: 'dead', status: attempt.status, reason: afterRedirects(describeStatus(attempt.status), hop, current) };
    }
  }

  /** One hop: HEAD (or GET), retried on transient failures; 429 waits for Retry-After within the bound. */
  private async fetchWithRetries(url: URL, extra: Record<string, string>): Promise<(Attempt & { message?: string }) | { kind: 'response'; status: 429; headers: Record<string, string | string[] | undefined>; message: string }> {
    const host = url.hostname;
    let method: 'HEAD' | 'GET' = this.headMisbehaves.has(host) ? 'GET' : 'HEAD';
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: '*/*', ...extra };
    for (let attempt = 0; ; attempt++) {
      let result = await this.scheduler.run(host, () => this.once(method, url, headers));
      if (result.kind === 'response' && method === 'HEAD' && HEAD_REFUSED.has(result.status)) {
        method = 'GET';
        this.headMisbehaves.add(host);
        result = await this.scheduler.run(host, () => this.once(method, url, headers));
      }
      const last = attempt >= this.options.retries;
      if (result.kind === 'response' && result.status === 429) {
        const retryAfter = parseRetryAfter(result.headers['retry-after']);
        if (retryAfter !== null && retryAfter > this.options.maxRetryAfterMs) {
          return { ...result, status: 429, message: `rate-limited (429): the server asks to wait ${formatDuration(retryAfter)}, more than links.maxRetryAfterMs (${formatDuration(this.options.maxRetryAfterMs)})` };
        }
        if (last) return { ...result, status: 429, message: `rate-limited (429), still after ${attempt + 1} attempts` };
        const wait = retryAfter ?? this.backoff(attempt);
        this.scheduler.pause(host, Date.now() + wait);
        await sleep(wait);
        continue;
      }
      if (result.kind === 'response' && result.status >= 500 && !last) {
        const retryAfter = result.status === 503 ? parseRetryAfter(result.headers['retry-after']) : null;
        await sleep(retryAfter !== null && retryAfter <= this.options.maxRetryAfterMs ? retryAfter : this.backoff(attempt));
        continue;
      }
      if (result.kind === 'error' && result.transient && !last) {
        await sleep(this.backoff(attempt));
        continue;
      }
      return result;
    }
  }

  private backoff(attempt: number): number {
    const base = this.options.retryDelayMs * 2 ** attempt;
    return Math.round(base / 2 + Math.random() * (base / 2));
  }

  private async once(method: 'HEAD' | 'GET', url: URL, headers: Record<string, string>): Promise<Attempt> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    try {
      const response: Dispatcher.ResponseData = await request(url, {
        method,
        headers,
        dispatcher: this.agent,
        signal: controller.signal,
        // undici closes the connection after every HEAD by default (for servers that
        // wrongly send a body); keep it, or each check pays a new TCP/TLS handshake.
        // Such a server's next response fails to parse, which is retried below.
        ...(method === 'HEAD' ? { reset: false } : {}),
      });
      // Only the status matters: read (and drop) at most maxBodyBytes, then close.
      await response.body.dump({ limit: this.options.maxBodyBytes, signal: controller.signal }).catch(() => {});
      return { kind: 'response', status: response.statusCode, headers: response.headers };
    } catch (error) {
      if (controller.signal.aborted) {
        return { kind: 'error', code: 'TIMEOUT', message: `timed out after ${formatDuration(this.options.timeoutMs)}`, transient: true };
      }
      return describeError(error, this.options.timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  }
}

function afterRedirects(reason: string, hops: number, url: URL): string {
  return hops === 0 ? reason : `${reason} (after ${hops} redirect${hops === 1 ? '' : 's'}, at ${url.href})`;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Retry-After as milliseconds to wait: delay-seconds or an HTTP date. Null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | null {
  const raw = headerValue(value)?.trim();
  if (!raw) return null;
  if (/^\d+$/.test(raw)) return Number(raw) * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function errorCode(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const { code, name } = current as { code?: unknown; name?: unknown };
    if (typeof code === 'string' && code !== 'UND_ERR_CONNECT') return code;
    if (name === 'HTTPParserError') return 'HPE_INVALID';
    current = (current as { cause?: unknown }).cause;
  }
  return 'UNKNOWN';
}

function innermostMessage(error: unknown): string {
  let current = error as { message?: string; cause?: unknown } | undefined;
  let message = current?.message ?? String(error);
  while (current?.cause && typeof current.cause === 'object') {
    current = current.cause as { message?: string; cause?: unknown };
    if (current.message) message = current.message;
  }
  return message;
}

function describeError(error: unknown, timeoutMs: number): Attempt {
  const code = errorCode(error);
  const message = innermostMessage(error);
  switch (code) {
    case PRIVATE_ADDRESS_CODE:
      return { kind: 'error', code, message, transient: false, skipped: true };
    case 'ENOTFOUND':
      return { kind: 'error', code, message: 'DNS lookup failed (no such host)', transient: false };
    case 'EAI_AGAIN':
      return { kind: 'error', code, message: 'DNS lookup failed (temporary failure)', transient: true };
    case 'ECONNREFUSED':
      return { kind: 'error', code, message: 'connection refused', transient: false };
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return { kind: 'error', code, message: 'the server closed the connection without a response', transient: true };
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return { kind: 'error', code, message: `timed out after ${formatDuration(timeoutMs)}`, transient: true };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return { kind: 'error', code, message: 'host unreachable', transient: true };
    default:
      if (code.startsWith('HPE_')) {
        return { kind: 'error', code, message: `invalid HTTP response (${code})`, transient: true };
      }
      if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) {
        return { kind: 'error', code, message: `TLS certificate error (${code})`, transient: false };
      }
      return { kind: 'error', code, message: `request failed: ${message}`, transient: false };
  }
}
