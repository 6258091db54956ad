// A site's redirects as a lookup: which path an old path ends at. The map
// files are read by redirects.ts, loaded only when links.redirects names some.
export interface Redirect {
  from: string;
  to: string;
  status: number;
  /** The map file it came from, relative to the config file. */
  source: string;
}

export interface RedirectHit {
  /** The path the chain ends at. */
  to: string;
  status: number;
  source: string;
  hops: number;
}

export class RedirectMap {
  private readonly exact = new Map<string, Redirect>();
  private readonly prefixes: Redirect[] = [];

  constructor(redirects: Redirect[] = []) {
    for (const r of redirects) {
      if (r.from.endsWith('/*')) this.prefixes.push({ ...r, from: normalise(r.from.slice(0, -2)) });
      else if (!this.exact.has(normalise(r.from))) this.exact.set(normalise(r.from), r);
    }
    this.prefixes.sort((a, b) => b.from.length - a.from.length);
  }

  get size(): number {
    return this.exact.size + this.prefixes.length;
  }

  /** Where the site sends `sitePath` (following a chain of up to 10 redirects), or null when no rule matches it. */
  lookup(sitePath: string): RedirectHit | null {
    let current = normalise(sitePath);
    let first: Redirect | null = null;
    let hops = 0;
    const seen = new Set<string>();
    while (hops < 10 && !seen.has(current)) {
      seen.add(current);
      const step = this.step(current);
      if (!step) break;
      first ??= step.rule;
      current = step.to;
      hops++;
      if (/^[a-z][a-z0-9+.-]*:/i.test(current)) break; // to another site
    }
    return first ? { to: current, status: first.status, source: first.source, hops } : null;
  }

  private step(current: string): { rule: Redirect; to: string } | null {
    const rule = this.exact.get(current);
    if (rule) return { rule, to: isAbsoluteUrl(rule.to) ? rule.to : normalise(rule.to) };
    for (const prefix of this.prefixes) {
      if (current === prefix.from || current.startsWith(`${prefix.from}/`)) {
        const splat = current.slice(prefix.from.length).replace(/^\//, '');
        const to = prefix.to.replace(':splat', splat);
        return { rule: prefix, to: isAbsoluteUrl(to) ? to : normalise(to) };
      }
    }
    return null;
  }
}

const isAbsoluteUrl = (value: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value);

/** A path as rules compare it: decoded, no query or fragment, no trailing slash (but "/"), a leading slash. */
function normalise(value: string): string {
  let p = value.trim().replace(/[?#].*$/, '');
  try {
    p = decodeURI(p);
  } catch {
    // keep it as written
  }
  if (!p.startsWith('/')) p = `/${p}`;
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}
