// The on-disk link cache: results keyed by URL with a time to live (a day for
// reachable links, an hour for definitive failures such as 404 and 410;
// rate limits, 5xx and timeouts are never cached). Written atomically (a temp
// file renamed over the old one); a corrupt or partly written file is ignored
// with a notice, never fatal.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckResult } from './result.js';

const VERSION = 1;
const DEFINITIVE_FAILURES = new Set([404, 410]);

interface Entry {
  checkedAt: number;
  expiresAt: number;
  result: CheckResult;
}

export interface CacheTtl {
  okTtlSeconds: number;
  failureTtlSeconds: number;
}

export class LinkCache {
  private entries = new Map<string, Entry>();
  private dirty = false;

  constructor(
    readonly file: string,
    private readonly ttl: CacheTtl,
  ) {}

  /** Read the file; returns a notice when it was unreadable and ignored. */
  async load(now = Date.now()): Promise<string | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      return `link cache ${this.file} could not be read (${(error as Error).message}); checking every link again`;
    }
    try {
      const data = JSON.parse(text) as { version?: unknown; entries?: unknown };
      if (data.version !== VERSION || typeof data.entries !== 'object' || data.entries === null) throw new Error('unknown format');
      for (const [url, entry] of Object.entries(data.entries as Record<string, unknown>)) {
        if (isEntry(entry) && entry.expiresAt > now) this.entries.set(url, entry);
      }
      return null;
    } catch (error) {
      this.dirty = true; // rewrite it
      return `link cache ${this.file} is corrupt (${(error as Error).message}); ignoring it and checking every link again`;
    }
  }

  get(url: string, now = Date.now()): CheckResult | undefined {
    const entry = this.entries.get(url);
    return entry && entry.expiresAt > now ? entry.result : undefined;
  }

  /** Keep a result if it is worth keeping: reachable, or a definitive failure. */
  set(url: string, result: CheckResult, now = Date.now()): void {
    const ttl = ttlSeconds(result, this.ttl);
    if (ttl === null || ttl <= 0) return;
    this.entries.set(url, { checkedAt: now, expiresAt: now + ttl * 1000, result });
    this.dirty = true;
  }

  async save(now = Date.now()): Promise<void> {
    if (!this.dirty) return;
    const entries: Record<string, Entry> = {};
    for (const [url, entry] of this.entries) if (entry.expiresAt > now) entries[url] = entry;
    await mkdir(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await writeFile(temp, `${JSON.stringify({ version: VERSION, entries })}\n`);
      await rename(temp, this.file);
      this.dirty = false;
    } finally {
      await rm(temp, { force: true });
    }
  }
}

export function ttlSeconds(result: CheckResult, ttl: CacheTtl): number | null {
  if (result.kind === 'ok') return ttl.okTtlSeconds;
  if (result.kind === 'dead' && result.status !== undefined && DEFINITIVE_FAILURES.has(result.status)) return ttl.failureTtlSeconds;
  return null;
}

function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<Entry>;
  const result = entry.result as { kind?: unknown } | undefined;
  return (
    typeof entry.checkedAt === 'number' &&
    typeof entry.expiresAt === 'number' &&
    typeof result === 'object' &&
    result !== null &&
    (result.kind === 'ok' || result.kind === 'dead')
  );
}
