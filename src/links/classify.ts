// What a link target is: another file of the help center (relative, root-relative
// or one of the site's own absolute URLs), an external http(s) URL to check over
// the network, or something kblint does not check (mailto:, tel:, …).
import path from 'node:path';

export type LinkTarget =
  | { type: 'skip'; reason: string }
  /** `external`: written as an outside URL (dead-link reports it), else an internal one (broken-link). */
  | { type: 'invalid'; reason: string; external: boolean }
  | { type: 'external'; url: string }
  | { type: 'file'; path: string; fragment: string | null; site: boolean }
  /** `url`: the link as an absolute URL (its href; root-relative ones on RELATIVE_BASE). */
  | { type: 'article-id'; id: string; slug: string | null; fragment: string | null; url: string }
  | { type: 'site-page' };

export interface ClassifyContext {
  /** The folder of the article the link is in (absolute). */
  articleDir: string;
  /** The article's own file (absolute): `#fragment` alone points here. */
  articlePath: string;
  site: { baseUrls: readonly string[]; root: string; checkRootRelative: boolean };
}

/** Base for root-relative help-center paths: only their path is ever shown. */
export const RELATIVE_BASE = 'http://relative.invalid';
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const HC_ARTICLE = /\/hc\/(?:[^/]+\/)?articles\/(\d+)(?:-([^/]*))?\/?$/;

export function classifyLink(raw: string, context: ClassifyContext): LinkTarget {
  const url = raw.trim();
  if (url === '') return { type: 'skip', reason: 'empty link' };
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined && !url.startsWith('//')) return relativeTarget(url, context);
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return { type: 'skip', reason: `${scheme}: link` };
  let parsed: URL;
  try {
    parsed = new URL(url.startsWith('//') ? `https:${url}` : url);
  } catch {
    return { type: 'invalid', reason: 'not a valid URL', external: true };
  }
  if (!parsed.hostname) return { type: 'invalid', reason: 'the URL has no host', external: true };
  const site = siteTarget(parsed, context);
  if (site) return site;
  return { type: 'external', url: externalKey(parsed) };
}

/** The URL a checker requests (and the cache key): no fragment, no credentials. */
export function externalKey(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  copy.username = '';
  copy.password = '';
  return copy.href;
}

function relativeTarget(url: string, context: ClassifyContext): LinkTarget {
  const hashAt = url.indexOf('#');
  const fragment = hashAt >= 0 ? url.slice(hashAt + 1) : null;
  let pathPart = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = pathPart.indexOf('?');
  if (queryAt >= 0) pathPart = pathPart.slice(0, queryAt);
  if (pathPart === '') return { type: 'file', path: context.articlePath, fragment, site: false };
  const decoded = decode(pathPart);
  if (decoded === null) return { type: 'invalid', reason: 'malformed percent-encoding', external: false };
  if (decoded.startsWith('/hc/')) {
    // A help-center path as Zendesk writes it in article bodies: resolved by id like the absolute form.
    const article = HC_ARTICLE.exec(decoded);
    if (!article) return { type: 'site-page' };
    return { type: 'article-id', id: article[1]!, slug: article[2] ?? null, fragment, url: new URL(url, RELATIVE_BASE).href };
  }
  if (decoded.startsWith('/') && !context.site.checkRootRelative) return { type: 'site-page' };
  const base = decoded.startsWith('/') ? context.site.root : context.articleDir;
  return { type: 'file', path: path.resolve(base, `.${path.sep}${decoded}`), fragment, site: false };
}

function siteTarget(url: URL, context: ClassifyContext): LinkTarget | null {
  for (const baseUrl of context.site.baseUrls) {
    let base: URL;
    try {
      base = new URL(baseUrl);
    } catch {
      continue;
    }
    // http and https of the same host are the same site.
    if (base.host !== url.host || (url.protocol !== 'http:' && url.protocol !== 'https:')) continue;
    const basePath = base.pathname.replace(/\/+$/, '');
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) continue;
    const fragment = url.hash ? url.hash.slice(1) : null;
    const article = HC_ARTICLE.exec(url.pathname);
    if (article) return { type: 'article-id', id: article[1]!, slug: article[2] ? decode(article[2]) : null, fragment, url: url.href };
    if (url.pathname.includes('/hc/')) return { type: 'site-page' };
    const rest = decode(url.pathname.slice(basePath.length).replace(/^\/+/, ''));
    if (rest === null) return { type: 'invalid', reason: 'malformed percent-encoding', external: false };
    if (rest === '') return { type: 'site-page' };
    return { type: 'file', path: path.resolve(context.site.root, `.${path.sep}${rest}`), fragment, site: true };
  }
  return null;
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
