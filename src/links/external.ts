// One external-link session per run, shared by dead-link and redirected-link:
// every URL is checked once (de-duplicated across the whole run), from the
// cache when it is fresh, and the cache is written back atomically.
import type { RunFlags, RunNotice } from '../model/types.js';
import { LinkCache } from './cache.js';
import type { CheckResult } from './result.js';
import type { ClassifiedLink } from './internal.js';
import { excludeMatcher, type LinkOptions } from './options.js';
import { formatDuration } from './result.js';

const DEADLINE = Symbol('links.deadlineMs passed');

export interface ExternalResults {
  /** False when the run is offline (`--offline` or `links.external: false`): nothing was checked. */
  online: boolean;
  results: ReadonlyMap<string, CheckResult>;
  isExcluded(url: string, written: string): boolean;
}

export class ExternalSession implements ExternalResults {
  readonly results = new Map<string, CheckResult>();
  readonly online: boolean;
  readonly options: LinkOptions;
  private readonly excluded: (url: string) => boolean;
  private cacheLoaded: Promise<LinkCache | null> | null = null;

  constructor(
    options: LinkOptions,
    private readonly run: RunFlags,
  ) {
    this.options = options;
    this.online = !run.offline && this.options.external;
    this.excluded = excludeMatcher(this.options.exclude);
  }

  isExcluded(url: string, written: string): boolean {
    return this.excluded(url) || this.excluded(written);
  }

  private cache(notify: (event: RunNotice) => void): Promise<LinkCache | null> {
    if (!this.cacheLoaded) {
      this.cacheLoaded = (async () => {
        if (!this.run.linkCache) return null;
        const { allowPrivate, allowStatus, headers } = this.options;
        const cache = new LinkCache(this.options.cache.path, this.options.cache, { allowPrivate, allowStatus, headers });
        const notice = await cache.load();
        if (notice) notify({ kind: 'notice', message: notice });
        return cache;
      })();
    }
    return this.cacheLoaded;
  }

  private checker: Promise<import('./http.js').LinkChecker> | null = null;
  private readonly requested = new Set<string>();
  private readonly pending: Promise<void>[] = [];
  private total = 0;
  private done = 0;
  private failures = 0;
  private lastNotice = 0;
  private unsaved = false;
  /** Resolves when `links.deadlineMs` has passed since the first check started. */
  private deadline: Promise<typeof DEADLINE> | null = null;
  private deadlinePassed = false;
  private unfinished = 0;

  private startDeadline(): Promise<typeof DEADLINE> | null {
    const ms = this.options.deadlineMs;
    if (ms === undefined) return null;
    this.deadline ??= new Promise((resolve) => {
      setTimeout(() => {
        this.deadlinePassed = true;
        resolve(DEADLINE);
      }, ms).unref();
    });
    return this.deadline;
  }

  /**
   * Start checking these URLs without waiting: articles hand over their links
   * as they are parsed, so the network work overlaps with the rest of the run.
   * One checker (one scheduler) serves every call, so the concurrency limits
   * hold across them.
   */
  start(urls: Iterable<string>, notify: (event: RunNotice) => void): void {
    if (!this.online) return;
    const fresh = [...urls].filter((url) => !this.requested.has(url));
    if (fresh.length === 0) return;
    for (const url of fresh) this.requested.add(url);
    this.pending.push(this.checkNow(fresh, notify));
  }

  /** Wait for every check started so far, then release the connections and save the cache. */
  async finish(notify: (event: RunNotice) => void): Promise<void> {
    while (this.pending.length > 0) await Promise.all(this.pending.splice(0));
    if (this.checker) {
      const checker = await this.checker;
      this.checker = null;
      await (this.deadlinePassed ? checker.stop() : checker.close());
    }
    if (this.unfinished > 0) {
      const limit = formatDuration(this.options.deadlineMs ?? 0);
      notify({ kind: 'notice', message: `${this.unfinished} external link${this.unfinished === 1 ? ' was' : 's were'} not checked before links.deadlineMs (${limit}) ran out; they are reported as not checked, not as dead` });
      this.unfinished = 0;
    }
    const cache = this.run.linkCache && this.online ? await this.cache(notify) : null;
    if (cache && this.unsaved) {
      this.unsaved = false;
      await cache.save().catch((error: Error) => notify({ kind: 'notice', message: `could not write the link cache: ${error.message}` }));
    }
  }

  async checkAll(urls: Iterable<string>, notify: (event: RunNotice) => void): Promise<void> {
    this.start(urls, notify);
    await this.finish(notify);
  }

  private progress(notify: (event: RunNotice) => void, force: boolean): void {
    const now = Date.now();
    if (!force && now - this.lastNotice < 100) return;
    this.lastNotice = now;
    notify({ kind: 'progress', label: 'links', done: this.done, total: this.total, failures: this.failures });
  }

  private async checkNow(urls: string[], notify: (event: RunNotice) => void): Promise<void> {
    const cache = await this.cache(notify);
    const todo: string[] = [];
    for (const url of urls) {
      const cached = cache?.get(url);
      if (cached) this.results.set(url, cached);
      else todo.push(url);
    }
    if (todo.length === 0) return;
    this.total += todo.length;
    // The HTTP client is loaded only when something is to be fetched.
    this.checker ??= import('./http.js').then(({ LinkChecker }) => new LinkChecker(this.options));
    const checker = await this.checker;
    const deadline = this.startDeadline();
    this.progress(notify, false);
    await Promise.all(
      todo.map(async (url) => {
        let result: CheckResult;
        try {
          const checked = checker.check(url);
          const first = deadline ? await Promise.race([checked, deadline]) : await checked;
          if (first === DEADLINE) {
            checked.catch(() => {});
            this.unfinished++;
            result = {
              kind: 'skipped',
              reason: `the run's links.deadlineMs (${formatDuration(this.options.deadlineMs ?? 0)}) ran out first`,
              suggestion: 'Raise links.deadlineMs, or run again: links already checked are cached.',
            };
          } else {
            result = first;
          }
        } catch (error) {
          result = { kind: 'dead', reason: `could not be checked: ${(error as Error).message}` };
        }
        this.results.set(url, result);
        cache?.set(url, result);
        this.unsaved = true;
        this.done++;
        if (result.kind === 'dead' || result.kind === 'rate-limited') this.failures++;
        this.progress(notify, this.done === this.total);
      }),
    );
  }
}

/** What a shard keeps of its external checks: each URL's result, for `kblint merge`. */
export interface SavedExternalResults {
  online: boolean;
  results: Array<[string, CheckResult]>;
}

export function saveExternalResults(value: ExternalResults): SavedExternalResults {
  return { online: value.online, results: [...value.results] };
}

/**
 * The shards' checks as one run's: a URL linked from several shards was
 * checked by each; the first shard's result (in shard order) is kept.
 */
export function combineExternalResults(saved: readonly unknown[], options: LinkOptions): ExternalResults {
  const results = new Map<string, CheckResult>();
  let online = false;
  for (const part of saved as SavedExternalResults[]) {
    online ||= part.online;
    for (const [url, result] of part.results) if (!results.has(url)) results.set(url, result);
  }
  const excluded = excludeMatcher(options.exclude);
  return { online, results, isExcluded: (url, written) => excluded(url) || excluded(written) };
}

/** The external URLs of these links (de-duplicated, without fragments), minus `links.exclude`. */
export function externalUrls(links: Iterable<ClassifiedLink>, results: ExternalResults): Set<string> {
  const urls = new Set<string>();
  for (const link of links) {
    if (link.target.type === 'external' && !results.isExcluded(link.target.url, link.url)) urls.add(link.target.url);
  }
  return urls;
}
