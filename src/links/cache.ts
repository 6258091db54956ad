// The on-disk link cache: results keyed by URL with a time to live (a day for
// reachable links, an hour for definitive failures such as 404 and 410;
// rate limits, 5xx and timeouts are never cached). Written atomically (a temp
// file renamed over the old one); a corrupt or partly written file is ignored
// with a notice, never fatal.
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import { redactSecrets } from '../util/redact.js';
import type { CheckResult } from './result.js';

/** 2: keys carry a hash of the verdict-changing options, secrets redacted. */
const VERSION = 2;
const DEFINITIVE_FAILURES = new Set([404, 410]);
/** A clock a little ahead of ours is tolerated; an entry from further in the future is not trusted. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const LOCK_WAIT_MS = 3_000;
const LOCK_STALE_MS = 30_000;

interface Entry {
  checkedAt: number;
  expiresAt: number;
  result: CheckResult;
}

export interface CacheTtl {
  okTtlSeconds: number;
  failureTtlSeconds: number;
}

/** The options that change a verdict: a result cached under other ones is not reused. */
export interface CacheScope {
  allowPrivate?: boolean;
  allowStatus?: readonly number[];
  headers?: unknown;
}

export class LinkCache {
  private entries = new Map<string, Entry>();
  /** Keys set by this run (the ones a save merges into what is on disk). */
  private readonly changed = new Set<string>();
  private dirty = false;
  private readonly scope: string;

  constructor(
    readonly file: string,
    private readonly ttl: CacheTtl,
    scope: CacheScope = {},
  ) {
    this.scope = JSON.stringify([scope.allowPrivate ?? false, [...(scope.allowStatus ?? [])].sort(), scope.headers ?? null]);
  }

  /**
   * The stored key: the URL with its secrets redacted (readable), plus a hash
   * of the full URL and the scope (so URLs differing only in a token, or
   * checked under other options, stay apart without storing the secret).
   */
  keyFor(url: string): string {
    const hash = createHash('sha256').update(`${this.scope}\n${url}`).digest('hex').slice(0, 20);
    return `${redactSecrets(url)} ${hash}`;
  }

  /** Read the file; returns a notice when it was unreadable and ignored. */
  async load(now = Date.now()): Promise<string | null> {
    const read = await this.readEntries(now);
    if (read.notice) this.dirty = read.rewrite;
    this.entries = read.entries;
    return read.notice;
  }

  get(url: string, now = Date.now()): CheckResult | undefined {
    const entry = this.entries.get(this.keyFor(url));
    return entry && entry.expiresAt > now ? entry.result : undefined;
  }

  /** Keep a result if it is worth keeping: reachable, or a definitive failure. */
  set(url: string, result: CheckResult, now = Date.now()): void {
    const ttl = ttlSeconds(result, this.ttl);
    if (ttl === null || ttl <= 0) return;
    const key = this.keyFor(url);
    this.entries.set(key, { checkedAt: now, expiresAt: now + ttl * 1000, result: redactResult(result) });
    this.changed.add(key);
    this.dirty = true;
  }

  /**
   * Write back, merged with what other runs wrote meanwhile (re-read under a
   * lock file; the newer check of a URL wins), atomically.
   */
  async save(now = Date.now()): Promise<void> {
    if (!this.dirty) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    const unlock = await lock(`${this.file}.lock`);
    try {
      const onDisk = (await this.readEntries(now)).entries;
      for (const key of this.changed) {
        const mine = this.entries.get(key);
        const theirs = onDisk.get(key);
        if (mine && (!theirs || theirs.checkedAt <= mine.checkedAt)) onDisk.set(key, mine);
      }
      const entries: Record<string, Entry> = {};
      for (const [key, entry] of onDisk) if (entry.expiresAt > now) entries[key] = entry;
      await writeFileAtomic(this.file, `${JSON.stringify({ version: VERSION, entries })}\n`);
      this.entries = onDisk;
      this.changed.clear();
      this.dirty = false;
    } finally {
      await unlock();
    }
  }

  private async readEntries(now: number): Promise<{ entries: Map<string, Entry>; notice: string | null; rewrite: boolean }> {
    const entries = new Map<string, Entry>();
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries, notice: null, rewrite: false };
      return { entries, notice: `link cache ${this.file} could not be read (${(error as Error).message}); checking every link again`, rewrite: false };
    }
    try {
      const data = JSON.parse(text) as { version?: unknown; entries?: unknown };
      if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('unknown format');
      if (data.version !== VERSION) {
        if (typeof data.version === 'number') return { entries, notice: `link cache ${this.file} is from another kblint version; checking every link again`, rewrite: true };
        throw new Error('unknown format');
      }
      if (typeof data.entries !== 'object' || data.entries === null) throw new Error('unknown format');
      for (const [key, value] of Object.entries(data.entries as Record<string, unknown>)) {
        const entry = validEntry(value, this.ttl, now);
        if (entry) entries.set(key, entry);
      }
      return { entries, notice: null, rewrite: false };
    } catch (error) {
      return { entries, notice: `link cache ${this.file} is corrupt (${(error as Error).message}); ignoring it and checking every link again`, rewrite: true };
    }
  }
}

/** Take a lock file (waiting a little for another run; a stale one is broken). Returns the release. */
async function lock(file: string): Promise<() => Promise<void>> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return async () => {};
      const age = await stat(file).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > LOCK_STALE_MS) await rm(file, { force: true });
      else if (Date.now() > deadline) return async () => {}; // merge without it rather than not save
      else await new Promise((resolve) => setTimeout(resolve, 25 + Math.random() * 50));
    }
  }
}

export function ttlSeconds(result: CheckResult, ttl: CacheTtl): number | null {
  if (result.kind === 'ok') return ttl.okTtlSeconds;
  if (result.kind === 'dead' && result.status !== undefined && DEFINITIVE_FAILURES.has(result.status)) return ttl.failureTtlSeconds;
  return null;
}

function redactResult(result: CheckResult): CheckResult {
  if (result.kind === 'ok') {
    return {
      kind: 'ok',
      status: result.status,
      finalUrl: redactSecrets(result.finalUrl),
      ...(result.permanent ? { permanent: { status: result.permanent.status, to: redactSecrets(result.permanent.to) } } : {}),
    };
  }
  if (result.kind === 'dead') return { kind: 'dead', reason: redactSecrets(result.reason), ...(result.status === undefined ? {} : { status: result.status }) };
  return result;
}

const isStatus = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 100 && (value as number) <= 999;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 8192;

/**
 * An entry as written by kblint, or null: known fields only (rebuilt, so
 * nothing else is kept), a result kind that is cached, and an expiry no
 * further from its check than the configured TTL (a hand-edited entry cannot
 * keep a 404 "ok" for ever).
 */
function validEntry(value: unknown, ttl: CacheTtl, now: number): Entry | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as { checkedAt?: unknown; expiresAt?: unknown; result?: unknown };
  const { checkedAt, expiresAt } = raw;
  if (typeof checkedAt !== 'number' || typeof expiresAt !== 'number' || !Number.isFinite(checkedAt) || !Number.isFinite(expiresAt)) return null;
  if (checkedAt > now + CLOCK_SKEW_MS || expiresAt <= checkedAt) return null;
  const r = raw.result as Record<string, unknown> | null | undefined;
  if (typeof r !== 'object' || r === null) return null;
  let result: CheckResult;
  if (r['kind'] === 'ok' && isStatus(r['status']) && isText(r['finalUrl'])) {
    const permanent = r['permanent'] as { status?: unknown; to?: unknown } | undefined;
    if (permanent !== undefined && !(typeof permanent === 'object' && permanent !== null && isStatus(permanent.status) && isText(permanent.to))) return null;
    result = { kind: 'ok', status: r['status'], finalUrl: r['finalUrl'], ...(permanent ? { permanent: { status: permanent.status as number, to: permanent.to as string } } : {}) };
  } else if (r['kind'] === 'dead' && isText(r['reason']) && isStatus(r['status'])) {
    result = { kind: 'dead', status: r['status'], reason: r['reason'] };
  } else {
    return null;
  }
  const allowed = ttlSeconds(result, ttl);
  if (allowed === null || expiresAt - checkedAt > allowed * 1000) return null;
  return { checkedAt, expiresAt, result };
}
