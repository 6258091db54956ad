// The `links` section of the config with its defaults applied, in one place so
// every link rule and the checker agree on them.
import path from 'node:path';
import type { ResolvedConfig } from '../config/schema.js';
import { escapeRegExp } from '../util/escape-regexp.js';

export interface LinkOptions {
  external: boolean;
  timeoutMs: number;
  concurrency: number;
  perHostConcurrency: number;
  retries: number;
  /** First backoff step; doubled each retry, with jitter. */
  retryDelayMs: number;
  /** Longest Retry-After kblint waits for; beyond it the link is a warning. */
  maxRetryAfterMs: number;
  /** Budget for every external check of the run together (`links.deadlineMs`); undefined: none. */
  deadlineMs?: number;
  exclude: string[];
  allowStatus: number[];
  allowPrivate: boolean;
  /** Extra headers, each set for the links it matches (sent to the link's own origin only). */
  headers: HeaderRule[];
  /** Most bytes of a body ever read (GET fallbacks). */
  maxBodyBytes: number;
  cache: { path: string; okTtlSeconds: number; failureTtlSeconds: number };
  /**
   * `checkRootRelative`: links starting with `/` point into the site, which
   * only the config can place on disk (`site.root` or `site.baseUrl`); without
   * either they are not checked rather than resolved against a guess.
   */
  site: { baseUrls: string[]; root: string; checkRootRelative: boolean };
}

export const LINK_DEFAULTS = {
  timeoutMs: 10_000,
  concurrency: 16,
  perHostConcurrency: 4,
  retries: 2,
  retryDelayMs: 500,
  maxRetryAfterMs: 30_000,
  maxBodyBytes: 64 * 1024,
  okTtlSeconds: 24 * 60 * 60,
  failureTtlSeconds: 60 * 60,
  cachePath: '.kblint/link-cache.json',
};

export function linkOptions(config: ResolvedConfig): LinkOptions {
  const links = config.links ?? {};
  const baseUrl = links.site?.baseUrl;
  return {
    external: links.external ?? true,
    timeoutMs: links.timeoutMs ?? LINK_DEFAULTS.timeoutMs,
    concurrency: links.concurrency ?? LINK_DEFAULTS.concurrency,
    perHostConcurrency: Math.min(links.perHostConcurrency ?? LINK_DEFAULTS.perHostConcurrency, links.concurrency ?? Infinity),
    retries: links.retries ?? LINK_DEFAULTS.retries,
    retryDelayMs: links.retryDelayMs ?? LINK_DEFAULTS.retryDelayMs,
    maxRetryAfterMs: links.maxRetryAfterMs ?? LINK_DEFAULTS.maxRetryAfterMs,
    ...(links.deadlineMs === undefined ? {} : { deadlineMs: links.deadlineMs }),
    exclude: links.exclude ?? [],
    allowStatus: links.allowStatus ?? [],
    allowPrivate: links.allowPrivate ?? false,
    headers: headerRules(links.headers),
    maxBodyBytes: LINK_DEFAULTS.maxBodyBytes,
    cache: {
      path: path.resolve(config.baseDir, links.cache?.path ?? LINK_DEFAULTS.cachePath),
      okTtlSeconds: links.cache?.okTtlSeconds ?? LINK_DEFAULTS.okTtlSeconds,
      failureTtlSeconds: links.cache?.failureTtlSeconds ?? LINK_DEFAULTS.failureTtlSeconds,
    },
    site: {
      baseUrls: (baseUrl === undefined ? [] : Array.isArray(baseUrl) ? baseUrl : [baseUrl]).map((u) => u.replace(/\/+$/, '')),
      root: path.resolve(config.baseDir, links.site?.root ?? '.'),
      checkRootRelative: links.site?.root !== undefined || baseUrl !== undefined,
    },
  };
}

export interface HeaderRule {
  matches(url: string): boolean;
  headers: Record<string, string>;
}

function headerRules(setting: NonNullable<ResolvedConfig['links']>['headers']): HeaderRule[] {
  if (setting === undefined) return [];
  if (!Array.isArray(setting)) return [{ matches: () => true, headers: setting }];
  return setting.map((rule) => ({ matches: excludeMatcher(rule.urls), headers: rule.headers }));
}

/** The configured headers for a link, names lower-cased; later rules win. */
export function headersFor(rules: readonly HeaderRule[], url: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.matches(url)) continue;
    for (const [name, value] of Object.entries(rule.headers)) headers[name.toLowerCase()] = value;
  }
  return headers;
}

/** URL patterns (`links.exclude`, `links.headers[].urls`): `/regex/`, a pattern with `*` wildcards (whole URL), or a plain prefix. */
export function excludeMatcher(patterns: readonly string[]): (url: string) => boolean {
  const tests = patterns.map((pattern) => {
    const regex = /^\/(.+)\/([a-z]*)$/.exec(pattern);
    if (regex) {
      const re = new RegExp(regex[1]!, regex[2]);
      return (url: string) => re.test(url);
    }
    if (pattern.includes('*')) {
      const re = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`);
      return (url: string) => re.test(url);
    }
    return (url: string) => url.startsWith(pattern);
  });
  return (url) => tests.some((t) => t(url));
}
