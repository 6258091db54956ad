// Markdown articles: parsed once into mdast (frontmatter + GFM), then turned
// into the Article every rule reads.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import type { Article } from '../model/types.js';
import type { ResolvedConfig } from '../config/schema.js';
import { extractMetadata } from '../metadata/extract.js';
import { readFrontmatter, type Frontmatter } from './frontmatter.js';
import { makeArticle, type SourceFile } from './common.js';

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

export function parseMarkdown(source: string): Root {
  return markdownParser.parse(source);
}

/** Defined with the readers' shared helpers (common.ts); re-exported for the readers that import it from here. */
export type { SourceFile } from './common.js';

/** A pure function of (text, config): safe to cache by content hash or run in a worker. */
export function markdownArticle(file: SourceFile, config: ResolvedConfig): Article {
  const tree = parseMarkdown(file.text);
  const first = tree.children[0];
  const frontmatter: Frontmatter | null = first?.type === 'yaml' ? readFrontmatter(first) : null;
  return makeArticle(file, 'markdown', {
    tree,
    frontmatter: frontmatter?.data ?? null,
    frontmatterError: frontmatter?.error ?? null,
    metadata: extractMetadata({ tree, source: file.text, frontmatter, config }),
  });
}
