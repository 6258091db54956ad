// What kind of page an article is: an article editors keep fresh, or a
// changelog, release notes or an index stub that nobody "refreshes". The kind
// comes from frontmatter (`kind: changelog`), else from the first matching
// `pages.kinds` glob, else an `index.md` with frontmatter and no body is an
// index stub; everything else is an article. `pages.skip` says which rules
// each kind skips (defaults below).
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Article } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import { configRelativePath, matchesGlob } from '../config/policies.js';
import { defineArticleFact } from '../model/facts.js';

export const PAGE_KINDS = ['article', 'changelog', 'release-notes', 'index'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Frontmatter fields read for the kind, in order, unless `pages.kindField` says otherwise. */
export const DEFAULT_KIND_FIELDS = ['kind', 'page_kind', 'pageKind', 'type', 'layout'];

/** Used when `pages.kinds` is not set: the usual names of changelogs and release notes. */
export const DEFAULT_KIND_GLOBS: { files: string[]; kind: PageKind }[] = [
  {
    files: [
      '**/{changelog,CHANGELOG,Changelog}{,-*,_*}.{md,markdown,mdx,html}',
      // "changes-to-the-fee-schedule.md" is an article: only a version or year may follow "changes".
      '**/{changes,CHANGES}{,-[0-9]*,_[0-9]*,-v[0-9]*,_v[0-9]*}.{md,markdown,mdx,html}',
    ],
    kind: 'changelog',
  },
  { files: ['**/{release-notes,release_notes,releasenotes,Release-Notes,RELEASE-NOTES,RELEASE_NOTES}/**', '**/{release-notes,release_notes,RELEASE-NOTES,RELEASE_NOTES}{,-*,_*}.{md,markdown,mdx,html}'], kind: 'release-notes' },
];

const HEADING_RULES = ['remark-lint-heading-increment', 'remark-lint-no-multiple-toplevel-headings'];

/** The rules each kind skips unless `pages.skip` sets that kind's list. */
export const DEFAULT_SKIPS: Record<PageKind, string[]> = {
  article: [],
  // One "#" per version and years of history: not stale, and not one document outline.
  changelog: ['stale-article', ...HEADING_RULES],
  'release-notes': ['stale-article', ...HEADING_RULES],
  // A category landing page with frontmatter only: nothing to date or to title.
  index: ['stale-article', 'missing-dates', 'missing-title'],
};

/** The words a frontmatter value may use for each kind. */
const ALIASES: Record<string, PageKind> = {
  article: 'article',
  changelog: 'changelog',
  'change-log': 'changelog',
  changes: 'changelog',
  'release-notes': 'release-notes',
  release_notes: 'release-notes',
  releasenotes: 'release-notes',
  'release notes': 'release-notes',
  release: 'release-notes',
  index: 'index',
  stub: 'index',
  section: 'index',
  category: 'index',
  landing: 'index',
};

const cache = new WeakMap<Article, { config: ResolvedConfig; kind: PageKind }>();

export function pageKind(article: Pick<Article, 'frontmatter' | 'absolutePath' | 'tree'> & object, config: ResolvedConfig): PageKind {
  const cached = cache.get(article as Article);
  if (cached?.config === config) return cached.kind;
  const kind = findKind(article, config);
  cache.set(article as Article, { config, kind });
  return kind;
}

function findKind(article: Pick<Article, 'frontmatter' | 'absolutePath' | 'tree'>, config: ResolvedConfig): PageKind {
  const pages = config.pages ?? {};
  for (const field of pages.kindField ?? DEFAULT_KIND_FIELDS) {
    const value = article.frontmatter?.[field];
    if (typeof value !== 'string') continue;
    const kind = ALIASES[value.trim().toLowerCase()];
    if (kind) return kind;
  }
  const relative = configRelativePath(article, config);
  for (const rule of pages.kinds ?? DEFAULT_KIND_GLOBS) if (matchesGlob(rule.files, relative)) return rule.kind;
  if (versionSections(article.tree)) return 'changelog';
  if (/^_?index\.(?:md|markdown|mdx)$/i.test(relative.split('/').pop() ?? '') && article.frontmatter && !hasBody(article.tree)) return 'index';
  return 'article';
}

const VERSION_HEADING = /^\s*(?:(?:version|release|v)\s*)?\[?\d+(?:\.\d+)+|^\s*\[?\d{4}-\d{2}-\d{2}|^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:\d{1,2},? )?\d{4}\s*$/i;

/** Three top-level headings or more, nearly all a version or a date ("# 2.4.0", "# 2026-05-01", "# May 2026"): a changelog's sections. */
function versionSections(tree: Root): boolean {
  const titles = tree.children.filter((n) => n.type === 'heading' && n.depth === 1).map((n) => toString(n));
  if (titles.length < 3) return false;
  return titles.filter((t) => VERSION_HEADING.test(t)).length >= titles.length - 1;
}

/** Anything but frontmatter and HTML comments. */
function hasBody(tree: Root): boolean {
  return tree.children.some((node) => node.type !== 'yaml' && !(node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value)));
}

/** The article's page kind, as a fact: corpus rules (which see no tree) read it from here. */
export const pageKindFact = defineArticleFact<PageKind>('metadata:page-kind', (article, facts) => pageKind(article, facts.config));

/** Does a page of this kind skip this rule? */
export function kindSkipsRule(kind: PageKind, config: ResolvedConfig, ruleId: string): boolean {
  const skips = config.pages?.skip?.[kind] ?? DEFAULT_SKIPS[kind];
  return skips.includes(ruleId);
}

/** Does the article's kind skip this rule? (For rules that have the whole article.) */
export function kindSkips(article: Pick<Article, 'frontmatter' | 'absolutePath' | 'tree'> & object, config: ResolvedConfig, ruleId: string): boolean {
  return kindSkipsRule(pageKind(article, config), config, ruleId);
}
