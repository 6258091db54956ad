// Global and per-host concurrency: a request first takes a slot of its host
// name, then of the host's address (many names often point at one server,
// which should not see their sum), then a global slot, so waiting for a busy
// host never holds a global slot and a server never sees more requests in
// flight than its limit. A host can be paused (429 Retry-After) without
// blocking the others.
import dns from 'node:dns/promises';
import { isIP } from 'node:net';
import pLimit, { type LimitFunction } from 'p-limit';

/** A host name's address for the per-address limit; null when it cannot be resolved (the request will say why). */
export type AddressResolver = (host: string) => Promise<string | null>;

const systemResolver: AddressResolver = async (host) => {
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return bare;
  try {
    return (await dns.lookup(bare)).address;
  } catch {
    return null;
  }
};

export class HostScheduler {
  private readonly global: LimitFunction;
  private readonly hosts = new Map<string, LimitFunction>();
  private readonly addressLimits = new Map<string, LimitFunction>();
  private readonly addresses = new Map<string, Promise<string | null>>();
  private readonly pausedUntil = new Map<string, number>();

  constructor(
    globalConcurrency: number,
    private readonly perHost: number,
    private readonly resolve: AddressResolver = systemResolver,
  ) {
    this.global = pLimit(globalConcurrency);
  }

  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    return this.limitOf(this.hosts, host)(async () => {
      const wait = (this.pausedUntil.get(host) ?? 0) - Date.now();
      if (wait > 0) await sleep(wait);
      let address = this.addresses.get(host);
      if (!address) {
        address = this.resolve(host);
        this.addresses.set(host, address);
      }
      const resolved = await address;
      if (resolved === null) return this.global(task);
      return this.limitOf(this.addressLimits, resolved)(() => this.global(task));
    });
  }

  private limitOf(limits: Map<string, LimitFunction>, key: string): LimitFunction {
    let limit = limits.get(key);
    if (!limit) {
      limit = pLimit(this.perHost);
      limits.set(key, limit);
    }
    return limit;
  }

  /** Hold new requests to `host` until `until` (epoch ms). */
  pause(host: string, until: number): void {
    if (until > (this.pausedUntil.get(host) ?? 0)) this.pausedUntil.set(host, until);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
