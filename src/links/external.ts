// One external-link session per run, shared by dead-link and redirected-link:
// every URL is checked once (de-duplicated across the whole run), from the
// cache when it is fresh, and the cache is written back atomically.
import type { CorpusIndex } from '../engine/corpus.js';
import { memoize } from '../engine/corpus.js';
import type { ResolvedConfig } from '../config/schema.js';
import type { PrepareContext, RunFlags, RunNotice } from '../model/rule.js';
import type { Article } from '../model/types.js';
import { LinkCache } from './cache.js';
import type { CheckResult } from './result.js';
import { linksOf } from './internal.js';
import { excludeMatcher, linkOptions, type LinkOptions } from './options.js';

export interface ExternalResults {
  /** False when the run is offline (`--offline` or `links.external: false`): nothing was checked. */
  online: boolean;
  results: ReadonlyMap<string, CheckResult>;
  isExcluded(url: string, written: string): boolean;
  /** Requests the checker started this run (cache hits do not count). */
  checked: number;
}

class Session implements ExternalResults {
  readonly results = new Map<string, CheckResult>();
  readonly online: boolean;
  readonly options: LinkOptions;
  checked = 0;
  private readonly excluded: (url: string) => boolean;
  private cacheLoaded: Promise<LinkCache | null> | null = null;

  constructor(
    config: ResolvedConfig,
    private readonly run: RunFlags,
  ) {
    this.options = linkOptions(config);
    this.online = !run.offline && this.options.external;
    this.excluded = excludeMatcher(this.options.exclude);
  }

  isExcluded(url: string, written: string): boolean {
    return this.excluded(url) || this.excluded(written);
  }

  private cache(notify: (event: RunNotice) => void): Promise<LinkCache | null> {
    if (!this.cacheLoaded) {
      this.cacheLoaded = (async () => {
        if (!this.run.cache) return null;
        const cache = new LinkCache(this.options.cache.path, this.options.cache);
        const notice = await cache.load();
        if (notice) notify({ kind: 'notice', message: notice });
        return cache;
      })();
    }
    return this.cacheLoaded;
  }

  async checkAll(urls: Iterable<string>, notify: (event: RunNotice) => void): Promise<void> {
    if (!this.online) return;
    const cache = await this.cache(notify);
    const todo: string[] = [];
    for (const url of new Set(urls)) {
      if (this.results.has(url)) continue;
      const cached = cache?.get(url);
      if (cached) this.results.set(url, cached);
      else todo.push(url);
    }
    if (todo.length === 0) return;
    // The HTTP client is loaded only when something is to be fetched.
    const { LinkChecker } = await import('./http.js');
    const checker = new LinkChecker(this.options);
    let done = 0;
    let failures = 0;
    let lastNotice = 0;
    const progress = (force: boolean) => {
      const now = Date.now();
      if (!force && now - lastNotice < 100) return;
      lastNotice = now;
      notify({ kind: 'progress', label: 'links', done, total: todo.length, failures });
    };
    progress(true);
    try {
      await Promise.all(
        todo.map(async (url) => {
          this.checked++;
          let result: CheckResult;
          try {
            result = await checker.check(url);
          } catch (error) {
            result = { kind: 'dead', reason: `could not be checked: ${(error as Error).message}` };
          }
          this.results.set(url, result);
          cache?.set(url, result);
          done++;
          if (result.kind === 'dead' || result.kind === 'rate-limited') failures++;
          progress(done === todo.length);
        }),
      );
    } finally {
      await checker.close();
    }
    if (cache) {
      await cache.save().catch((error: Error) => notify({ kind: 'notice', message: `could not write the link cache: ${error.message}` }));
    }
  }
}

function session(corpus: CorpusIndex, config: ResolvedConfig, run: RunFlags): Session {
  return memoize(corpus, 'links:external', () => new Session(config, run));
}

/** The external URLs of these articles (de-duplicated, without fragments), minus `links.exclude`. */
export function externalUrls(articles: Iterable<Article>, corpus: CorpusIndex, config: ResolvedConfig, results: ExternalResults): Set<string> {
  const urls = new Set<string>();
  for (const article of articles) {
    for (const link of linksOf(article, corpus, config)) {
      if (link.target.type === 'external' && !results.isExcluded(link.target.url, link.url)) urls.add(link.target.url);
    }
  }
  return urls;
}

/** `prepare` of the external-link rules: check what these targets link to (once per run). */
export async function prepareExternal(context: PrepareContext<unknown>): Promise<ExternalResults> {
  const shared = session(context.corpus, context.config, context.run);
  const urls = externalUrls(
    context.targets.map((t) => t.article),
    context.corpus,
    context.config,
    shared,
  );
  await shared.checkAll(urls, context.notify);
  return shared;
}
