// Settings that vary by file glob and by frontmatter category, as "policies":
// every matching policy applies in order, so the last match wins per setting.
import path from 'node:path';
import picomatch from 'picomatch';
import type { Article } from '../model/types.js';
import type { ResolvedConfig } from './schema.js';

export interface PolicySelector {
  files?: string | string[];
  category?: string | string[];
}

/** The article's path relative to the config file's folder, with forward slashes. */
export function configRelativePath(article: Pick<Article, 'absolutePath'>, config: ResolvedConfig): string {
  return toPosix(path.relative(config.baseDir, article.absolutePath));
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

const matcherCache = new Map<string, (p: string) => boolean>();

export function matchesGlob(globs: string | string[], relativePath: string): boolean {
  const list = Array.isArray(globs) ? globs : [globs];
  return list.some((glob) => {
    let matcher = matcherCache.get(glob);
    if (!matcher) {
      matcher = picomatch(glob, { dot: true });
      matcherCache.set(glob, matcher);
    }
    return matcher(relativePath);
  });
}

export function policyMatches(policy: PolicySelector, article: Pick<Article, 'absolutePath' | 'metadata'>, config: ResolvedConfig): boolean {
  if (policy.files !== undefined && !matchesGlob(policy.files, configRelativePath(article, config))) return false;
  if (policy.category !== undefined) {
    const wanted = (Array.isArray(policy.category) ? policy.category : [policy.category]).map(normalizeCategory);
    const category = article.metadata.category;
    if (category === null || !wanted.includes(normalizeCategory(category))) return false;
  }
  return true;
}

function normalizeCategory(name: string): string {
  return name.trim().toLowerCase();
}

/** Describe a policy for a message: `files "account-security/**"`, `category "announcements"`. */
export function describePolicy(policy: PolicySelector): string {
  const parts: string[] = [];
  const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]).map((s) => `"${s}"`).join(', ');
  if (policy.files !== undefined) parts.push(`files ${list(policy.files)}`);
  if (policy.category !== undefined) parts.push(`category ${list(policy.category)}`);
  return `policy for ${parts.join(' and ')}`;
}

/**
 * Merge the base settings with every matching policy, in order. Returns the
 * settings and, per setting, the policy that set it (null for the base).
 */
export function resolvePolicies<P extends PolicySelector, K extends keyof P>(
  base: Required<Pick<P, K>>,
  policies: readonly P[],
  keys: readonly K[],
  article: Pick<Article, 'absolutePath' | 'metadata'>,
  config: ResolvedConfig,
): { values: Required<Pick<P, K>>; source: { [Key in K]: P | null } } {
  const values = { ...base };
  const source = Object.fromEntries(keys.map((k) => [k, null])) as { [Key in K]: P | null };
  for (const policy of policies) {
    if (!policyMatches(policy, article, config)) continue;
    for (const key of keys) {
      const value = policy[key];
      if (value !== undefined) {
        values[key] = value as Required<Pick<P, K>>[K];
        source[key] = policy;
      }
    }
  }
  return { values, source };
}
