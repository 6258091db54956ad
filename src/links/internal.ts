// Facts about the help center's own files that internal links need: which
// paths exist, the anchors of each Markdown file, and which file holds a
// help-center article id. Linted articles give theirs as article facts (see
// facts.ts); other files on disk are read once when the corpus fact finishes
// (the only I/O), so the link rules' checks stay pure.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import YAML from 'yaml';
import type { LinkTarget } from './classify.js';
import { collectAnchors, type LinkOccurrence } from './extract.js';

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

  constructor(private readonly siteRoot: string) {}

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
    // The Markdown parser is loaded only when a link names a file that is not linted (the main thread has none otherwise).
    const parseMarkdown = async (text: string) => (await import('../sources/markdown.js')).parseMarkdown(text);
    await Promise.all(
      [...wanted].map(([file, needAnchors]) =>
        limit(async () => {
          const info = await stat(file).catch(() => null);
          if (!info) return void files.set(file, null);
          if (info.isDirectory()) return void files.set(file, { kind: 'dir' });
          if (!info.isFile()) return void files.set(file, null);
          if (!needAnchors || !MARKDOWN.has(path.extname(file).toLowerCase())) return void files.set(file, { kind: 'file' });
          const text = await readFile(file, 'utf8').catch(() => null);
          files.set(file, { kind: 'file', ...(text === null ? {} : { anchors: collectAnchors(await parseMarkdown(text)) }) });
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
    if (missing.length > 0) await scanSiteIds(this.siteRoot, articleIds, files, ids, anchors);
    return { files, articleIds, anchorsByFile: anchors, siteRoot: this.siteRoot };
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

function fmIdOf(frontmatter: Record<string, unknown> | null): string | null {
  const raw = frontmatter?.id;
  return typeof raw === 'number' || (typeof raw === 'string' && /^\d+$/.test(raw)) ? String(raw) : null;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const FILENAME_ID = /^(\d+)(?:-(.+?))?\.(?:md|markdown|mdown|mkd)$/i;

/** The help-center id (and slug) of a file, from its name or frontmatter. */
export function idOf(file: string, frontmatter: Record<string, unknown> | null): { id: string; slug: string | null } | null {
  const fromName = FILENAME_ID.exec(path.basename(file));
  const fmId = fmIdOf(frontmatter);
  // Zendesk exports carry the current URL (`html_url: …/articles/<id>-<slug>`).
  const htmlUrl = typeof frontmatter?.html_url === 'string' ? /\/articles\/(\d+)-([^/?#]+)/.exec(frontmatter.html_url) : null;
  const fmSlug =
    typeof frontmatter?.slug === 'string' ? frontmatter.slug : htmlUrl && htmlUrl[1] === fmIdOf(frontmatter) ? decodeURIComponentSafe(htmlUrl[2]!) : null;
  if (fmId) return { id: fmId, slug: fmSlug ?? (fromName?.[1] === fmId ? (fromName[2] ?? null) : null) };
  if (fromName) return { id: fromName[1]!, slug: fmSlug ?? fromName[2] ?? null };
  return null;
}

/** The YAML frontmatter of a file that is not being linted, read as linted files' is (core schema), or null. */
function frontmatterOf(text: string): Record<string, unknown> | null {
  const head = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (head === undefined) return null;
  try {
    const data: unknown = YAML.parse(head, { schema: 'core', maxAliasCount: 100 });
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Files under the site root that were not linted: their ids from the file name or the frontmatter. */
async function scanSiteIds(
  root: string,
  articleIds: Map<string, HelpCenterArticle>,
  files: Map<string, FileFact | null>,
  wantedIds: Set<string>,
  linted: ReadonlyMap<string, unknown>,
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
        const found = idOf(file, frontmatterOf(text));
        if (!found || articleIds.has(found.id) || !wantedIds.has(found.id)) return;
        articleIds.set(found.id, { path: file, slug: found.slug });
        const { parseMarkdown } = await import('../sources/markdown.js');
        files.set(file, { kind: 'file', anchors: collectAnchors(parseMarkdown(text)) });
      }),
    ),
  );
}
