// Global and per-host concurrency: a request first takes a slot of its host,
// then a global slot, so waiting for a busy host never holds a global slot and
// a host never sees more requests in flight than its limit. A host can be
// paused (429 Retry-After) without blocking the others.
import pLimit, { type LimitFunction } from 'p-limit';

export class HostScheduler {
  private readonly global: LimitFunction;
  private readonly hosts = new Map<string, LimitFunction>();
  private readonly pausedUntil = new Map<string, number>();

  constructor(
    globalConcurrency: number,
    private readonly perHost: number,
  ) {
    this.global = pLimit(globalConcurrency);
  }

  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    let limit = this.hosts.get(host);
    if (!limit) {
      limit = pLimit(this.perHost);
      this.hosts.set(host, limit);
    }
    return limit(async () => {
      const wait = (this.pausedUntil.get(host) ?? 0) - Date.now();
      if (wait > 0) await sleep(wait);
      return this.global(task);
    });
  }

  /** Hold new requests to `host` until `until` (epoch ms). */
  pause(host: string, until: number): void {
    if (until > (this.pausedUntil.get(host) ?? 0)) this.pausedUntil.set(host, until);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
