// How a site turns a heading into its id, so that links to working anchors
// are not called broken. `links.slugger` picks the style; README.md#slugger
// documents each one's rule. Every style makes ids unique within a page the
// way its site does (a counter suffix for a repeated heading).
import GithubSlugger from 'github-slugger';

export type SluggerStyle = 'github' | 'docusaurus' | 'hugo' | 'goldmark' | 'zendesk' | 'mkdocs' | 'jekyll' | 'kramdown';

export type SluggerConfig = SluggerStyle | { custom: Record<string, string>; lowercase?: boolean };

/** One page's slugger: call `slugs` once per heading, in order; it returns the ids the heading may have. */
export interface PageSlugger {
  slugs(text: string): string[];
}

export function createSlugger(config: SluggerConfig | undefined): PageSlugger {
  const style = config ?? 'github';
  if (typeof style === 'object') return counted(customSlug(style), '-');
  switch (style) {
    case 'github':
    case 'docusaurus': // Docusaurus uses github-slugger itself
      return githubSlugger();
    case 'hugo':
    case 'goldmark':
      return counted(goldmarkSlug, '-');
    case 'zendesk':
      return counted(zendeskSlugs, '-');
    case 'mkdocs':
      return counted(mkdocsSlug, '_');
    case 'jekyll':
    case 'kramdown':
      return counted(kramdownSlug, '-');
  }
}

function githubSlugger(): PageSlugger {
  const slugger = new GithubSlugger();
  return { slugs: (text) => [slugger.slug(text)] };
}

/** Repeated ids get a counter: `id`, `id-1`, `id-2` (MkDocs: `id_1`). */
function counted(slug: (text: string) => string | string[], separator: string): PageSlugger {
  const seen = new Map<string, number>();
  return {
    slugs(text) {
      const bases = [...new Set([slug(text)].flat())];
      return bases.map((base) => {
        const count = seen.get(base);
        seen.set(base, (count ?? -1) + 1);
        return count === undefined ? base : `${base}${separator}${count + 1}`;
      });
    },
  };
}

/** Hugo (Goldmark, `autoHeadingIDType = "github"`): lower case, spaces to `-`, punctuation other than `-` and `_` dropped. */
function goldmarkSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * Zendesk Guide: white space (also no-break spaces) trimmed, lower case, and
 * spaces, `:`, `,`, `;`, `/` and `_` each turned into `-`; other punctuation
 * dropped. Both the plain and the collapsed form (`a--b` → `a-b`) are accepted.
 */
function zendeskSlugs(text: string): string[] {
  const plain = text
    .replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0:,;/_]/g, '-')
    .replace(/[^\p{L}\p{N}-]/gu, '');
  return [plain, plain.replace(/-+/g, '-').replace(/^-|-$/g, '')];
}

/** MkDocs (Python-Markdown `toc` slugify): ASCII only, punctuation dropped, runs of spaces and `-` to one `-`, lower case. */
function mkdocsSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '-');
}

/** Jekyll (kramdown `auto_ids`): letters, digits, spaces and `-` kept, spaces to `-`, lower case, leading non-letters dropped; `section` when empty. */
function kramdownSlug(text: string): string {
  const id = text
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-')
    .toLowerCase()
    .replace(/^[^\p{L}]+/u, '');
  return id === '' ? 'section' : id;
}

/** A custom map: each listed character becomes its replacement (`""` drops it); others are kept. */
function customSlug(config: { custom: Record<string, string>; lowercase?: boolean }): (text: string) => string {
  return (text) => {
    let out = '';
    for (const char of text.trim()) out += config.custom[char] ?? char;
    return config.lowercase === false ? out : out.toLowerCase();
  };
}
