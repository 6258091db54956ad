// Facts about the help center's own files that internal links need: which
// paths exist, the anchors of each Markdown file, and which file holds a
// help-center article id. Linted articles give theirs as article facts (see
// facts.ts); other files on disk are read once when the corpus fact finishes
// (the only I/O), so the link rules' checks stay pure.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { LinkTarget } from './classify.js';
import { collectAnchors, type LinkOccurrence } from './extract.js';
import type { SluggerConfig } from './slugger.js';
import { RedirectMap, type RedirectHit } from './redirect-map.js';
import type { ResolvedConfig } from '../config/schema.js';
import { parseYaml } from '../util/yaml.js';

export interface FileFact {
  kind: 'file' | 'dir';
  /** For Markdown files: the anchors a fragment may name. */
  anchors?: ReadonlySet<string>;
}

export interface HelpCenterArticle {
  path: string;
  slug: string | null;
  /** For an article being linted: its key (files such as Zendesk exports hold several) and its own anchors. */
  key?: string;
  anchors?: ReadonlySet<string>;
}

export interface InternalFacts {
  /** Absolute path → what is there (null: nothing). Only paths links need. */
  files: ReadonlyMap<string, FileFact | null>;
  /** Help-center article id → its file. */
  articleIds: ReadonlyMap<string, HelpCenterArticle>;
  /** The configured redirect maps (`links.redirects`), empty without any. */
  redirects?: RedirectMap;
}

export interface ClassifiedLink extends LinkOccurrence {
  target: LinkTarget;
}

const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd']);


/** What one linted article tells the internal-link facts. */
export interface LintedArticleLinks {
  absolutePath: string;
  key: string;
  links: readonly ClassifiedLink[];
  anchors: ReadonlySet<string>;
  id: { id: string; slug: string | null } | null;
}

/** The internal-link facts of a whole run: the linted files' anchors, plus what was read from disk. */
export interface InternalTargets extends InternalFacts {
  /** Linted file → the anchors of every article in it. */
  anchorsByFile: ReadonlyMap<string, ReadonlySet<string>>;
  /** Where help-center ids of files that are not linted are looked for. */
  siteRoot: string;
}

/** Gathers the linted articles' link facts (in the run's order), then reads what links need from disk. */
export class InternalTargetsCollector {
  private readonly anchors = new Map<string, Set<string>>();
  private readonly articles: LintedArticleLinks[] = [];

  private readonly siteRoot: string;
  constructor(
    options: { siteRoot: string; slugger?: SluggerConfig; idFields?: readonly string[] },
    /** For `links.redirects` (read in finish). */
    private readonly config?: ResolvedConfig,
  ) {
    this.siteRoot = options.siteRoot;
    this.slugger = options.slugger;
    this.idFields = options.idFields ?? DEFAULT_ID_FIELDS;
  }
  private readonly slugger: SluggerConfig | undefined;
  private readonly idFields: readonly string[];

  add(article: LintedArticleLinks): void {
    this.articles.push(article);
    const anchors = this.anchors.get(article.absolutePath) ?? new Set<string>();
    for (const anchor of article.anchors) anchors.add(anchor);
    this.anchors.set(article.absolutePath, anchors);
  }

  async finish(): Promise<InternalTargets> {
    const anchors = this.anchors;
    const wanted = new Map<string, boolean>(); // path → need its anchors
    const ids = new Set<string>();
    for (const article of this.articles) {
      for (const link of article.links) {
        const target = link.target;
        if (target.type === 'file' && !anchors.has(target.path)) {
          for (const candidate of candidates(target.path)) {
            wanted.set(candidate, (wanted.get(candidate) ?? false) || target.fragment !== null);
          }
        } else if (target.type === 'article-id') {
          ids.add(target.id);
        }
      }
    }

    const files = new Map<string, FileFact | null>();
    const limit = pLimit(32);
    await Promise.all(
      [...wanted].map(([file, needAnchors]) =>
        limit(async () => {
          const info = await stat(file).catch(() => null);
          if (!info) return void files.set(file, null);
          if (info.isDirectory()) return void files.set(file, { kind: 'dir' });
          if (!info.isFile()) return void files.set(file, null);
          if (!needAnchors || !MARKDOWN.has(path.extname(file).toLowerCase())) return void files.set(file, { kind: 'file' });
          const text = await readFile(file, 'utf8').catch(() => null);
          const anchors = text === null ? undefined : await markdownAnchors(text, this.slugger, this.config);
          files.set(file, { kind: 'file', ...(anchors ? { anchors } : {}) });
        }),
      ),
    );

    const articleIds = new Map<string, HelpCenterArticle>();
    for (const article of this.articles) {
      const found = article.id;
      if (found && !articleIds.has(found.id)) {
        articleIds.set(found.id, { path: article.absolutePath, slug: found.slug, key: article.key, anchors: article.anchors });
      }
    }
    const missing = [...ids].filter((id) => !articleIds.has(id));
    if (missing.length > 0) await scanSiteIds(this.siteRoot, articleIds, files, ids, anchors, this.idFields, this.slugger, this.config);
    // The map readers (TOML, CSV) load only when maps are configured.
    const redirects = this.config?.links?.redirects !== undefined ? await (await import('./redirects.js')).loadRedirects(this.config) : new RedirectMap();
    return { files, articleIds, anchorsByFile: anchors, siteRoot: this.siteRoot, redirects };
  }
}

/** The paths an internal link may mean: as written, then with `.md` when it has no extension (or the `.html` a site generator makes of it). */
export function candidates(file: string): string[] {
  const extension = path.extname(file);
  if (extension === '') return [file, `${file}.md`];
  if (extension === '.html' || extension === '.htm') return [file, `${file.slice(0, -extension.length)}.md`];
  return [file];
}

export type Resolved = { path: string; fact: FileFact } | null;

/** Which file a link reaches, from the run's internal-link facts (pure). */
export function resolveFile(file: string, facts: InternalTargets): Resolved {
  const factOf = (p: string): FileFact | null => {
    const fromCorpus = facts.anchorsByFile.get(p);
    return fromCorpus ? { kind: 'file', anchors: fromCorpus } : (facts.files.get(p) ?? null);
  };
  const [exact, markdown] = candidates(file) as [string, string | undefined];
  const asWritten = factOf(exact);
  if (asWritten?.kind === 'file') return { path: exact, fact: asWritten };
  const withExtension = markdown ? factOf(markdown) : null;
  if (markdown && withExtension?.kind === 'file') return { path: markdown, fact: withExtension };
  if (asWritten?.kind === 'dir') return { path: exact, fact: asWritten };
  return null;
}

const ARTICLE_URL = /\/articles\/(\d+)(?:-([^/?#]+))?/;

/** The frontmatter fields read for an article's id when metadata.fields.id is not set. */
export const DEFAULT_ID_FIELDS: readonly string[] = ['id', 'article_id', 'html_url', 'link', 'url'];

/** An id field's value: a number, digits, or a URL with `/articles/<id>-<slug>` in it. */
function idValue(raw: unknown): { id: string; slug: string | null } | null {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0) return { id: String(raw), slug: null };
  if (typeof raw !== 'string') return null;
  if (/^\d+$/.test(raw.trim())) return { id: raw.trim(), slug: null };
  const url = ARTICLE_URL.exec(raw);
  return url ? { id: url[1]!, slug: url[2] ? decodeURIComponentSafe(url[2]) : null } : null;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const FILENAME_ID = /^(\d+)(?:-(.+?))?\.(?:md|markdown|mdown|mkd)$/i;

/**
 * An article's help-center id: from the first `metadata.fields.id` field that
 * holds one (a number, or a URL such as Zendesk's `html_url` or an archive's
 * `link:`), else from a file name like `360001234-reset-password.md`. The slug
 * comes from `slug:`, the URL, or the file name, when it names the same id.
 */
export function idOf(
  file: string,
  frontmatter: Record<string, unknown> | null,
  fields: readonly string[] = DEFAULT_ID_FIELDS,
): { id: string; slug: string | null } | null {
  const fromName = FILENAME_ID.exec(path.basename(file));
  let found: { id: string; slug: string | null } | null = null;
  const slugs: string[] = [];
  for (const field of fields) {
    const value = idValue(frontmatter?.[field]);
    if (!value) continue;
    found ??= value;
    if (value.id === found.id && value.slug) slugs.push(value.slug);
  }
  const fmSlug = typeof frontmatter?.slug === 'string' ? frontmatter.slug : (slugs[0] ?? null);
  if (found) return { id: found.id, slug: fmSlug ?? (fromName?.[1] === found.id ? (fromName[2] ?? null) : null) };
  if (fromName) return { id: fromName[1]!, slug: fmSlug ?? fromName[2] ?? null };
  return null;
}

/** The YAML frontmatter of a file that is not being linted, read as linted files' is (core schema), or null. */
function frontmatterOf(text: string): Record<string, unknown> | null {
  const head = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (head === undefined) return null;
  const { value: data, error } = parseYaml(head);
  if (error) return null;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}

/** Files under the site root that were not linted: their ids from the file name or the frontmatter. */
/**
 * The anchors of a Markdown file that is not linted itself, or undefined
 * (unknown, never none) when a table over the config's limits keeps it from
 * being parsed, as it would a linted file. The parser loads only when a link
 * needs this (the main thread has none otherwise).
 */
async function markdownAnchors(text: string, slugger: SluggerConfig | undefined, config: ResolvedConfig | undefined): Promise<ReadonlySet<string> | undefined> {
  const { parseMarkdown, tableLimits, OversizedTableError } = await import('../sources/markdown.js');
  try {
    return collectAnchors(parseMarkdown(text, tableLimits(config)), slugger);
  } catch (error) {
    if (error instanceof OversizedTableError) return undefined;
    throw error;
  }
}

async function scanSiteIds(
  root: string,
  articleIds: Map<string, HelpCenterArticle>,
  files: Map<string, FileFact | null>,
  wantedIds: Set<string>,
  linted: ReadonlyMap<string, unknown>,
  idFields: readonly string[],
  slugger: SluggerConfig | undefined,
  config: ResolvedConfig | undefined,
): Promise<void> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const limit = pLimit(32);
  const markdown = entries
    .filter((e) => e.isFile() && MARKDOWN.has(path.extname(e.name).toLowerCase()))
    .map((e) => path.join(e.parentPath, e.name))
    // Linted files already gave their ids from their parsed frontmatter.
    .filter((p) => !linted.has(p))
    .filter((p) => !path.relative(root, p).split(path.sep).some((part) => part === 'node_modules' || part.startsWith('.')))
    .slice(0, 50_000);
  await Promise.all(
    markdown.map((file) =>
      limit(async () => {
        const text = await readFile(file, 'utf8').catch(() => null);
        if (text === null) return;
        const found = idOf(file, frontmatterOf(text), idFields);
        if (!found || articleIds.has(found.id) || !wantedIds.has(found.id)) return;
        articleIds.set(found.id, { path: file, slug: found.slug });
        const anchors = await markdownAnchors(text, slugger, config);
        files.set(file, { kind: 'file', ...(anchors ? { anchors } : {}) });
      }),
    ),
  );
}

/**
 * Where the site's redirect maps send a link that reaches no file: the file's
 * site path (relative to `site.root`) is tried as written, without `.md`, and
 * as `.html`; an article id's URL path as it is. Null: no redirect.
 */
export function redirectFor(
  target: { type: 'file'; path: string } | { type: 'article-id'; url: string | URL },
  facts: Pick<InternalFacts, 'redirects'> | undefined,
  siteRoot: string,
): RedirectHit | null {
  const redirects = facts?.redirects;
  if (!redirects || redirects.size === 0) return null;
  if (target.type === 'article-id') return redirects.lookup(new URL(String(target.url), 'https://relative.invalid').pathname);
  const relative = path.relative(siteRoot, target.path);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const sitePath = `/${relative.split(path.sep).join('/')}`;
  const bare = sitePath.replace(/\.(?:md|markdown|mdown|mkd|html?)$/i, '');
  for (const candidate of [sitePath, bare, `${bare}.html`, bare.replace(/\/index$/, '') || '/']) {
    const hit = redirects.lookup(candidate);
    if (hit) return hit;
  }
  return null;
}
